"""GDPR: export and erase what the portal stores about a person, found by email address.

Erasure anonymises rather than deletes where a record must stay (an organisation keeps its
contact slot, an application its decision), so nothing else breaks and nothing identifies
the person afterwards.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from network.models import ContactPerson, MembershipApplication, PendingRegistration, Registration
from network.registration import cancel
from portal.emails import normalised_or_stripped

ERASED = "Erased"


def _erased_email(kind: str, pk: int) -> str:
    return f"erased-{kind}-{pk}@invalid.example"


def export_personal_data(email: str) -> dict[str, Any]:
    """Everything stored about the person with this email address, as JSON-ready data."""
    email = normalised_or_stripped(email)  # stored in the normal form: matched exactly (see portal.emails)
    contacts = ContactPerson.objects.filter(email=email).select_related("organisation")
    applications = MembershipApplication.objects.filter(contact_email=email)
    users = get_user_model().objects.filter(email=email)
    registrations = Registration.objects.filter(email=email).select_related("event")
    pending = PendingRegistration.objects.filter(email=email).select_related("event")
    return {
        "email": email,
        "contact_persons": [
            {"organisation": c.organisation.name, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone,
             "confirmed_at": c.confirmed_at.isoformat() if c.confirmed_at else None}
            for c in contacts
        ],
        "membership_applications": [
            {"organisation_name": a.organisation_name, "contact_name": a.contact_name, "contact_role": a.contact_role,
             "contact_email": a.contact_email, "contact_phone": a.contact_phone, "status": a.status,
             "created_at": a.created_at.isoformat(), "consent_given_at": a.consent_given_at.isoformat()}
            for a in applications
        ],
        "event_registrations": [
            {"event": r.event.title, "name": r.name, "email": r.email, "organisation": r.organisation,
             "status": r.status, "registered_at": r.queued_at.isoformat(),
             "consent_given_at": r.consent_given_at.isoformat(),
             "cancelled_at": r.cancelled_at.isoformat() if r.cancelled_at else None}
            for r in registrations
        ],
        "event_registration_requests": [
            {"event": p.event.title, "name": p.name, "email": p.email, "organisation": p.organisation,
             "requested_at": p.requested_at.isoformat(), "consent_given_at": p.consent_given_at.isoformat()}
            for p in pending
        ],
        "user_accounts": [
            {"username": u.username, "first_name": u.first_name, "last_name": u.last_name, "email": u.email,
             "date_joined": u.date_joined.isoformat(), "groups": list(u.groups.values_list("name", flat=True))}
            for u in users
        ],
    }  # fmt: skip


@transaction.atomic
def erase_personal_data(email: str) -> dict[str, int]:
    """Anonymise every record holding this email address; return how many of each were changed."""
    email = normalised_or_stripped(email)
    counts = {"contact_persons": 0, "membership_applications": 0, "event_registrations": 0, "user_accounts": 0}
    for contact in ContactPerson.objects.filter(email=email):
        contact.name, contact.role, contact.phone = ERASED, "", ""
        contact.email = _erased_email("contact", contact.pk)
        contact.save()
        counts["contact_persons"] += 1
    for application in MembershipApplication.objects.filter(contact_email=email):
        application.contact_name, application.contact_role, application.contact_phone = ERASED, "", ""
        application.contact_email = _erased_email("application", application.pk)
        application.save()
        counts["membership_applications"] += 1
    for registration in Registration.objects.filter(email=email):
        # Erasing frees the seat like a cancellation would, so the waitlist still moves on.
        if registration.is_active:
            cancel(registration, notify=False)
            registration.refresh_from_db()
        registration.name, registration.organisation = ERASED, ""
        registration.email = _erased_email("registration", registration.pk)
        registration.save()
        counts["event_registrations"] += 1
    # Unconfirmed requests hold nothing but a name and the address: deleted outright.
    counts["event_registrations"] += PendingRegistration.objects.filter(email=email).delete()[0]
    for user in get_user_model().objects.filter(email=email):
        user.first_name, user.last_name = ERASED, ""
        user.email = _erased_email("user", user.pk)
        user.username = f"erased-{user.pk}"
        user.is_active = False
        user.set_unusable_password()
        user.save()
        counts["user_accounts"] += 1
    return counts
