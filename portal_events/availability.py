"""Whether people can register for an event now, and what to tell them if not.

The event page shows this, so it imports no models (the registration service, ``portal_events.registration``,
books and cancels).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from portal_events.choices import EventStatus, RegistrationMode, RegistrationStatus

if TYPE_CHECKING:
    from portal_events.models import EventPage


@dataclass(frozen=True)
class RegistrationState:
    """Whether people can register now, and what to tell them if not."""

    open: bool
    message: str = ""
    seats_left: int | None = None


def closes_at(event: EventPage) -> dt.datetime:
    """Registration closes at the deadline, or when the event starts if there is none."""
    return event.registration_deadline or event.start


def seats_taken(event: EventPage) -> int:
    return event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def registration_state(event: EventPage, now: dt.datetime | None = None) -> RegistrationState:
    now = now or timezone.now()
    if event.registration_mode != RegistrationMode.BUILT_IN:
        return RegistrationState(False)
    if event.status == EventStatus.CANCELLED:
        return RegistrationState(False, "This event has been cancelled, so registration is closed.")
    if event.status == EventStatus.POSTPONED:
        return RegistrationState(False, "This event has been postponed. Registration reopens when a new date is set.")
    if now >= closes_at(event):
        closed = timezone.localtime(closes_at(event), event.tz)
        return RegistrationState(False, f"Registration closed on {closed:%d %B %Y at %H:%M} ({event.timezone}).")
    seats_left = None if event.capacity is None else max(event.capacity - seats_taken(event), 0)
    return RegistrationState(True, seats_left=seats_left)
