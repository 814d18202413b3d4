"""What events store about a person (registrations and registration requests), for ``network.privacy``."""

from __future__ import annotations

from typing import Any

from network import privacy
from portal_events.models import PendingRegistration, Registration
from portal_events.registration import cancel


def export_registrations(email: str) -> dict[str, Any]:
    registrations = Registration.objects.filter(email=email).select_related("event")
    pending = PendingRegistration.objects.filter(email=email).select_related("event")
    return {
        "event_registrations": [
            {
                "event": r.event.title,
                "name": r.name,
                "email": r.email,
                "organisation": r.organisation,
                "status": r.status,
                "registered_at": r.queued_at.isoformat(),
                "consent_given_at": r.consent_given_at.isoformat(),
                "cancelled_at": r.cancelled_at.isoformat() if r.cancelled_at else None,
            }
            for r in registrations
        ],
        "event_registration_requests": [
            {
                "event": p.event.title,
                "name": p.name,
                "email": p.email,
                "organisation": p.organisation,
                "requested_at": p.requested_at.isoformat(),
                "consent_given_at": p.consent_given_at.isoformat(),
            }
            for p in pending
        ],
    }


def erase_registrations(email: str) -> dict[str, int]:
    count = 0
    for registration in Registration.objects.filter(email=email):
        # Erasing frees the seat like a cancellation would, so the waitlist still moves on.
        if registration.is_active:
            cancel(registration, notify=False)
            registration.refresh_from_db()
        registration.name, registration.organisation = privacy.ERASED, ""
        registration.email = privacy.erased_email("registration", registration.pk)
        registration.save()
        count += 1
    # Unconfirmed requests hold nothing but a name and the address: deleted outright.
    count += PendingRegistration.objects.filter(email=email).delete()[0]
    return {"event_registrations": count}


def register() -> None:
    privacy.register("events", export_registrations, erase_registrations)
