"""GDPR: export and erase what the portal stores about a person, found by email address.

Each app registers what it stores about people (``register``): an exporter returning JSON-ready data
under its own keys, and an eraser returning how many records of each kind it changed. The network
registers its contacts and applications (``NetworkConfig.ready``), other apps theirs (``events``: event
registrations), so this module imports none of them; user accounts, which every app may create, are
handled here, last.

Erasure anonymises rather than deletes where a record must stay (an organisation keeps its
contact slot, an application its decision), so nothing else breaks and nothing identifies
the person afterwards. Everything is erased in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from network.models import AccessRecord, ContactPerson, Member, MembershipApplication, Vetting, VettingEvent
from portal.emails import normalised_or_stripped

ERASED = "Erased"

#: ``exporter(email)``: JSON-ready data by kind; ``eraser(email)``: records changed by kind. Both receive
#: the address in its normal form (``portal.emails``: stored so, matched exactly).
Exporter = Callable[[str], dict[str, Any]]
Eraser = Callable[[str], dict[str, int]]


@dataclass(frozen=True)
class PersonalData:
    name: str
    export: Exporter
    erase: Eraser


_registry: dict[str, PersonalData] = {}


def register(name: str, export: Exporter, erase: Eraser) -> None:
    """Include ``export`` and ``erase`` in every export and erasure, in registration order (once per ``name``)."""
    _registry.setdefault(name, PersonalData(name, export, erase))


def erased_email(kind: str, pk: int) -> str:
    """The address an erased record keeps: unique, and never delivered (``.invalid``)."""
    return f"erased-{kind}-{pk}@invalid.example"


def export_personal_data(email: str) -> dict[str, Any]:
    """Everything stored about the person with this email address, as JSON-ready data."""
    email = normalised_or_stripped(email)  # stored in the normal form: matched exactly (see portal.emails)
    data: dict[str, Any] = {"email": email}
    for entry in [*_registry.values(), _ACCOUNTS]:
        data.update(entry.export(email))
    return data


@transaction.atomic
def erase_personal_data(email: str) -> dict[str, int]:
    """Anonymise every record holding this email address; return how many of each were changed."""
    email = normalised_or_stripped(email)
    counts: dict[str, int] = {}
    for entry in [*_registry.values(), _ACCOUNTS]:
        counts.update(entry.erase(email))
    return counts


# --- the network's own records -------------------------------------------------------------------


def export_network_data(email: str) -> dict[str, Any]:
    contacts = ContactPerson.objects.filter(email=email).select_related("organisation")
    applications = MembershipApplication.objects.filter(contact_email=email)
    return {
        "contact_persons": [
            {
                "organisation": c.organisation.name,
                "name": c.name,
                "role": c.role,
                "email": c.email,
                "phone": c.phone,
                "confirmed_at": c.confirmed_at.isoformat() if c.confirmed_at else None,
            }
            for c in contacts
        ],
        "membership_applications": [
            {
                "organisation_name": a.organisation_name,
                "contact_name": a.contact_name,
                "contact_role": a.contact_role,
                "contact_email": a.contact_email,
                "contact_phone": a.contact_phone,
                "status": a.status,
                "created_at": a.created_at.isoformat(),
                "consent_given_at": a.consent_given_at.isoformat(),
            }
            for a in applications
        ],
    }


def erase_network_data(email: str) -> dict[str, int]:
    counts = {"contact_persons": 0, "membership_applications": 0}
    for contact in ContactPerson.objects.filter(email=email):
        contact.name, contact.role, contact.phone = ERASED, "", ""
        contact.email = erased_email("contact", contact.pk)
        contact.save()
        counts["contact_persons"] += 1
    for application in MembershipApplication.objects.filter(contact_email=email):
        application.contact_name, application.contact_role, application.contact_phone = ERASED, "", ""
        application.contact_email = erased_email("application", application.pk)
        application.save()
        counts["membership_applications"] += 1
    return counts


def export_vetting_data(email: str) -> dict[str, Any]:
    """Membership, vetting with its history, and the access log of the person's account(s)."""
    members = Member.objects.filter(user__email=email).select_related("organisation")
    vettings = Vetting.objects.filter(member__in=members).select_related("organisation").prefetch_related("events")
    records = AccessRecord.objects.filter(user__email=email).select_related("page")
    return {
        "memberships": [
            {
                "organisation": m.organisation.name,
                "role": m.role,
                "joined_at": m.joined_at.isoformat(),
                "left_at": m.left_at.isoformat() if m.left_at else None,
            }
            for m in members
        ],
        "vettings": [
            {
                "organisation": v.organisation.name,
                "role": v.role,
                "reason": v.reason,
                "status": v.status,
                "requested_at": v.requested_at.isoformat(),
                "decided_at": v.decided_at.isoformat() if v.decided_at else None,
                "decision_reason": v.decision_reason,
                "expires_at": v.expires_at.isoformat() if v.expires_at else None,
                "history": [{"action": e.action, "at": e.at.isoformat()} for e in v.events.all()],
            }
            for v in vettings
        ],
        "access_log": [
            {
                "page": r.page.title if r.page else "",
                "section": r.section,
                "label": r.label,
                "kind": r.kind,
                "document": r.document,
                "at": r.at.isoformat(),
            }
            for r in records
        ],
    }


def erase_vetting_data(email: str) -> dict[str, int]:
    """The access log goes; vettings keep their dates and decisions (the coordinators' record) without the
    person's own words; membership ends."""
    members = list(Member.objects.filter(user__email=email))
    deleted, _ = AccessRecord.objects.filter(user__email=email).delete()
    vettings = Vetting.objects.filter(member__in=members).update(role=ERASED, reason=ERASED)
    VettingEvent.objects.filter(vetting__member__in=members).update(note="")
    now = timezone.now()
    Member.objects.filter(pk__in=[m.pk for m in members]).update(role="", left_at=now, sessions_ended_at=now)
    return {"access_records": deleted, "vettings": vettings, "memberships": len(members)}


# --- user accounts -------------------------------------------------------------------------------


def _export_accounts(email: str) -> dict[str, Any]:
    users = get_user_model().objects.filter(email=email)
    return {
        "user_accounts": [
            {
                "username": u.username,
                "first_name": u.first_name,
                "last_name": u.last_name,
                "email": u.email,
                "date_joined": u.date_joined.isoformat(),
                "groups": list(u.groups.values_list("name", flat=True)),
            }
            for u in users
        ],
    }


def _erase_accounts(email: str) -> dict[str, int]:
    count = 0
    for user in get_user_model().objects.filter(email=email):
        user.first_name, user.last_name = ERASED, ""
        user.email = erased_email("user", user.pk)
        user.username = f"erased-{user.pk}"
        user.is_active = False
        user.set_unusable_password()
        user.save()
        count += 1
    return {"user_accounts": count}


_ACCOUNTS = PersonalData("user_accounts", _export_accounts, _erase_accounts)
