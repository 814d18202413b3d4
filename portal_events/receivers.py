"""What follows a change of a published event, outside the model (models hold data and send no mail).

When an editor publishes a cancellation, everyone registered is told; when they change the capacity,
freed seats go to the waitlist. Both run as tasks (``portal_events.tasks``) once the change is committed, so
a rolled-back publish tells nobody. ``EventPage.save`` leaves the row it compared with on the instance.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_save

from portal_events import tasks
from portal_events.models import EventPage, EventStatus


def event_saved(sender: type[EventPage], instance: EventPage, **kwargs: Any) -> None:
    previous = getattr(instance, "stored_before_save", None)
    if previous is None or not instance.live:
        return
    pk = instance.pk
    if instance.status == EventStatus.CANCELLED and previous["status"] != EventStatus.CANCELLED:
        transaction.on_commit(lambda: tasks.notify_event_cancelled.enqueue(pk))
    elif previous["capacity"] != instance.capacity:
        transaction.on_commit(lambda: tasks.promote_waitlist.enqueue(pk))


def connect() -> None:
    post_save.connect(event_saved, sender=EventPage, dispatch_uid="events.event_saved")
