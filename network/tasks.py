"""Background work of the network app, run by the task worker (see ``settings.PERIODIC_TASKS``)."""

from __future__ import annotations

from django_tasks import task

from network import registration


@task()
def send_event_reminders() -> int:
    """Email confirmed registrants of events starting within EVENT_REMINDER_HOURS (each person once)."""
    return registration.send_due_reminders()


@task()
def prune_unconfirmed_registrations() -> int:
    """Delete event registration requests whose link was not followed in REGISTRATION_CONFIRM_HOURS."""
    return registration.prune_unconfirmed()
