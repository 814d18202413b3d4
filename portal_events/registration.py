"""Built-in event registration: seats, the waitlist, cancellation and reminders.

Every change that depends on how many seats are taken runs in a transaction holding a lock
on the event's row, so two people registering at once cannot both take the last seat.
Emails go out after the commit: a rolled-back registration never sends a confirmation.
These functions are the only place registrations change state; views, tasks, receivers and the
personal-data eraser call them.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal.emails import normalised_or_stripped
from portal_events.availability import registration_state, seats_taken
from portal_events.calendar import event_calendar_bytes
from portal_events.models import (
    EventPage,
    EventStatus,
    PendingRegistration,
    Registration,
    RegistrationStatus,
)


class RegistrationClosed(Exception):
    """Raised when someone tries to register while registration is closed."""


class ConfirmationExpired(Exception):
    """Raised when a registration request is confirmed after ``REGISTRATION_CONFIRM_HOURS``."""


def _confirm_window() -> dt.timedelta:
    return dt.timedelta(hours=settings.REGISTRATION_CONFIRM_HOURS)


def request_registration(event: EventPage, *, name: str, email: str, organisation: str = "") -> None:
    """What the event page's form does: ask the address to confirm before anything is booked (double opt-in).

    A new request (or a repeated one, which refreshes it) sends the confirmation link, at most once per
    ``CONFIRM_NOTICE_SECONDS`` per address and event; an address already registered is told so instead
    (``register`` below). Either way the visitor sees the same answer, and no seat is held until the link
    is followed. Raises ``RegistrationClosed`` when registration is not open.
    """
    email = normalised_or_stripped(email)
    now = timezone.now()
    with transaction.atomic():
        event = _locked(event.pk)
        existing = Registration.objects.filter(event=event, email=email).first()
        if existing is not None and existing.is_active:
            register(event, name=name, email=email, organisation=organisation)  # only tells the address
            return
        state = registration_state(event, now)
        if not state.open:
            raise RegistrationClosed(state.message or "Registration is not open for this event.")
        pending, _created = PendingRegistration.objects.update_or_create(
            event=event,
            email=email,
            defaults={
                "name": name.strip(),
                "organisation": organisation.strip(),
                "requested_at": now,
                "consent_given_at": now,
            },
        )
        if cache.add(f"registration:confirm:{pending.pk}", 1, timeout=CONFIRM_NOTICE_SECONDS):
            transaction.on_commit(lambda: send_confirmation_request(pending.pk))


def confirm_registration(pending: PendingRegistration) -> Registration:
    """Book what ``pending`` asked for (a seat, or a place on the waitlist), now that its address confirmed it.

    Raises ``ConfirmationExpired`` (the request is then deleted) or ``RegistrationClosed``.
    """
    if pending.requested_at < timezone.now() - _confirm_window():
        pending.delete()
        raise ConfirmationExpired("This confirmation link has expired. Please register again on the event page.")
    with transaction.atomic():
        registration, _changed = register(
            pending.event, name=pending.name, email=pending.email, organisation=pending.organisation
        )
        PendingRegistration.objects.filter(pk=pending.pk).delete()
    return registration


def prune_unconfirmed(now: dt.datetime | None = None) -> int:
    """Delete registration requests nobody confirmed in time (they hold nothing but a name and an address)."""
    cutoff = (now or timezone.now()) - _confirm_window()
    deleted, _ = PendingRegistration.objects.filter(requested_at__lt=cutoff).delete()
    return deleted


def send_confirmation_request(pending_pk: int) -> bool:
    """Queue the email that asks the address to confirm a registration request."""
    pending = PendingRegistration.objects.select_related("event").filter(pk=pending_pk).first()
    if pending is None:
        return False
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "pending": pending,
        "event": pending.event,
        "event_url": base + (pending.event.url or ""),
        "confirm_url": base + reverse("events:registration_confirm", args=[pending.token]),
        "hours": settings.REGISTRATION_CONFIRM_HOURS,
    }
    message = EmailMessage(
        subject=f"Please confirm your registration: {pending.event.title}",
        body=render_to_string("events/emails/registration_confirm_request.txt", context),
        to=[pending.email],
    )
    return bool(message.send())


def _locked(event_pk: int) -> EventPage:
    return EventPage.objects.select_for_update().get(pk=event_pk)


def register(event: EventPage, *, name: str, email: str, organisation: str = "") -> tuple[Registration, bool]:
    """Register someone, or return their existing registration (registering twice changes nothing).

    Returns the registration and whether anything changed. A full event puts people on the
    waitlist; someone who had cancelled and registers again joins at the back of the queue.
    """
    email = normalised_or_stripped(email)
    now = timezone.now()
    with transaction.atomic():
        event = _locked(event.pk)
        state = registration_state(event, now)
        existing = Registration.objects.filter(event=event, email=email).first()
        if existing is not None and existing.is_active:
            # The visitor sees the same answer as for a new registration; the address itself is told.
            if cache.add(f"registration:already:{existing.pk}", 1, timeout=ALREADY_NOTICE_SECONDS):
                transaction.on_commit(lambda: send_registration_email(existing.pk, "already"))
            return existing, False
        if not state.open:
            raise RegistrationClosed(state.message or "Registration is not open for this event.")
        status = RegistrationStatus.CONFIRMED
        if state.seats_left == 0:
            status = RegistrationStatus.WAITLISTED
        registration = existing or Registration(event=event, email=email)
        registration.name, registration.organisation, registration.status = name.strip(), organisation.strip(), status
        registration.queued_at, registration.consent_given_at, registration.cancelled_at = now, now, None
        registration.reminder_sent_at = None
        registration.save()
        template = "confirmed" if status == RegistrationStatus.CONFIRMED else "waitlisted"
        transaction.on_commit(lambda: send_registration_email(registration.pk, template))
    return registration, True


def cancel(registration: Registration, *, notify: bool = True) -> bool:
    """Cancel a registration; a freed seat goes to the first person on the waitlist.

    Returns False when it was already cancelled (the link was used twice). ``notify=False``
    skips the confirmation email (an erasure request must not be answered by a new email).
    """
    with transaction.atomic():
        _locked(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return False
        registration.status, registration.cancelled_at = RegistrationStatus.CANCELLED, timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        _promote(registration.event_id)
        pk = registration.pk
        if notify:
            transaction.on_commit(lambda: send_registration_email(pk, "cancelled"))
    return True


def promote_waitlist(event_pk: int) -> list[Registration]:
    """Fill free seats from the waitlist, first come first served, and tell those promoted."""
    with transaction.atomic():
        return _promote(event_pk)


def _promote(event_pk: int) -> list[Registration]:
    event = _locked(event_pk)
    if event.status == EventStatus.CANCELLED or event.is_past():
        return []
    waiting = event.registrations.filter(status=RegistrationStatus.WAITLISTED).order_by("queued_at", "pk")
    if event.capacity is not None:
        free = max(event.capacity - seats_taken(event), 0)
        waiting = waiting[:free]
    promoted = list(waiting)
    now = timezone.now()
    for registration in promoted:
        registration.status, registration.promoted_at = RegistrationStatus.CONFIRMED, now
        registration.save(update_fields=["status", "promoted_at"])
        transaction.on_commit(partial(send_registration_email, registration.pk, "promoted"))
    return promoted


def notify_event_cancelled(event_pk: int) -> int:
    """Tell everyone registered (or waiting) that the event is cancelled."""
    registrations = Registration.objects.filter(event_id=event_pk).exclude(status=RegistrationStatus.CANCELLED)
    return sum(send_registration_email(registration.pk, "event_cancelled") for registration in registrations)


def send_due_reminders(now: dt.datetime | None = None) -> int:
    """Remind confirmed registrants of events starting within ``EVENT_REMINDER_HOURS``; each once.

    Safe to run from cron and from several workers at once: a reminder is claimed by a
    conditional update before it is sent.
    """
    now = now or timezone.now()
    horizon = now + dt.timedelta(hours=settings.EVENT_REMINDER_HOURS)
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__live=True,
        event__status=EventStatus.SCHEDULED,
        event__start__gt=now,
        event__start__lte=horizon,
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        if Registration.objects.filter(pk=pk, reminder_sent_at__isnull=True).update(reminder_sent_at=now):
            sent += send_registration_email(pk, "reminder")
    return sent


#: What the event page says after Post/Redirect/Get. One answer for every accepted form, so the page never
#: tells a stranger whether an address was registered already (or is on the waitlist): the email does.
#: A repeated registration re-sends "you are already registered" at most this often per registration.
ALREADY_NOTICE_SECONDS = 60 * 60
#: A repeated request re-sends its confirmation link at most this often.
CONFIRM_NOTICE_SECONDS = 10 * 60

SUBJECTS = {
    "confirmed": "You are registered: {title}",
    "already": "You are already registered: {title}",
    "waitlisted": "You are on the waitlist: {title}",
    "promoted": "A seat is free for you: {title}",
    "cancelled": "Your registration is cancelled: {title}",
    "event_cancelled": "Cancelled: {title}",
    "reminder": "Reminder: {title} starts soon",
}


def send_registration_email(registration_pk: int, kind: str) -> bool:
    """Queue one registration email (``portal.mail``: delivered by the worker, retried if the server fails)."""
    registration = Registration.objects.select_related("event").get(pk=registration_pk)
    event = registration.event
    context: dict[str, Any] = {
        "registration": registration,
        "event": event,
        "start": event.local_start,
        "end": event.local_end,
        "event_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (event.url or ""),
        "cancel_url": registration.cancel_url(),
        "coordinator_email": settings.NETWORK_COORDINATOR_EMAIL,
    }
    message = EmailMessage(
        subject=SUBJECTS[kind].format(title=event.title),  # made one line by the mail queue
        body=render_to_string(f"events/emails/registration_{kind}.txt", context),
        to=[registration.email],
    )
    if kind in {"confirmed", "promoted"} or (kind == "already" and registration.status == RegistrationStatus.CONFIRMED):
        message.attach(f"{event.slug}.ics", event_calendar_bytes(event), "text/calendar")
    return bool(message.send())


def attendee_rows(event: EventPage) -> list[list[str]]:
    """The attendee list for organisers: header row first, confirmed then waitlisted then cancelled."""
    order: dict[str, int] = {
        RegistrationStatus.CONFIRMED: 0,
        RegistrationStatus.WAITLISTED: 1,
        RegistrationStatus.CANCELLED: 2,
    }
    registrations = sorted(event.registrations.all(), key=lambda r: (order[r.status], r.queued_at, r.pk))
    rows = [["Name", "Email", "Organisation", "Status", "Registered at (UTC)", "Cancelled at (UTC)"]]
    for r in registrations:
        rows.append(
            [
                r.name,
                r.email,
                r.organisation,
                r.get_status_display(),
                r.queued_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"),
                r.cancelled_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if r.cancelled_at else "",
            ]
        )
    return rows
