"""Background work of events, run by the task worker.

The reminders and the pruning are periodic (``settings.PERIODIC_TASKS``); the other two are enqueued by
``portal_events.receivers`` when a published event is cancelled or its capacity changes. Arguments and results
are JSON (primary keys and counts), as the database backend stores them.
"""

from __future__ import annotations

from django_tasks import task

from portal_events import registration


@task()
def send_event_reminders() -> int:
    """Email confirmed registrants of events starting within EVENT_REMINDER_HOURS (each person once)."""
    return registration.send_due_reminders()


@task()
def prune_unconfirmed_registrations() -> int:
    """Delete event registration requests whose link was not followed in REGISTRATION_CONFIRM_HOURS."""
    return registration.prune_unconfirmed()


@task()
def notify_event_cancelled(event_pk: int) -> int:
    """Tell everyone registered (or waiting) for a just-cancelled event; returns how many were told."""
    return registration.notify_event_cancelled(event_pk)


@task()
def promote_waitlist(event_pk: int) -> int:
    """Fill seats freed by a larger capacity from the waitlist; returns how many were promoted."""
    return len(registration.promote_waitlist(event_pk))
