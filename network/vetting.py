"""Vetting: a member asks, a coordinator decides, it lapses after a year or is withdrawn at once.

Every state change of a vetting is here, and each one writes a ``VettingEvent`` in the same
transaction, so the history cannot miss a step:

* a member has at most one open request or approval (a database constraint as well);
* a decision is taken once, under a row lock, so two coordinators cannot both decide;
* only members of an eligible organisation type (``VETTING_ELIGIBLE_TYPES``) can be approved;
* withdrawal, and leaving the organisation, end the person's sessions on their next request;
* emails go out with the decision (``portal.mail`` retries them), never from the models.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from network.clearance import eligible_types
from network.models import Member, Organisation, Vetting, VettingEvent, VettingStatus

logger = logging.getLogger(__name__)

SUBJECT_PREFIX = "[Practice exchange]"


class VettingError(ValueError):
    """A request or decision that cannot be taken; the message is shown as it is."""


def _event(vetting: Vetting, action: str, actor: Any = None, note: str = "") -> None:
    VettingEvent.objects.create(vetting=vetting, action=action, actor=actor, note=note[:2000])


def _notify(vetting: Vetting, subject: str, template: str) -> None:
    body = render_to_string(template, {"vetting": vetting, "coordinator_email": settings.NETWORK_COORDINATOR_EMAIL})
    send_mail(f"{SUBJECT_PREFIX} {subject}", body, None, [vetting.member.user.email])


def latest_vetting(member: Member) -> Vetting | None:
    """The member's most recent request or decision, for their account page."""
    return member.vettings.order_by("-requested_at", "-pk").first()


def request_vetting(member: Member, *, role: str, reason: str) -> Vetting:
    """A member asks to be vetted; a current approval can be renewed within the reminder window."""
    if not member.active:
        raise VettingError("Only current members of an organisation can ask to be vetted.")
    if member.organisation.org_type not in eligible_types():
        raise VettingError(
            f"Members of a {member.organisation.get_org_type_display().lower()} cannot be vetted for AMBER material."
        )
    with transaction.atomic():
        if member.vettings.filter(status=VettingStatus.REQUESTED).exists():
            raise VettingError("Your request is waiting for a coordinator's decision.")
        renewal_from = timezone.now() + dt.timedelta(days=settings.VETTING_REMINDER_DAYS)
        current = member.vettings.filter(status=VettingStatus.APPROVED, expires_at__gt=renewal_from).first()
        if current is not None:
            raise VettingError(f"Your vetting is current until {current.expires_at:%d %B %Y}.")
        # A renewal: the approval in force stays in force until the new request is decided.
        vetting = Vetting.objects.create(
            member=member, organisation=member.organisation, role=role[:200], reason=reason[:2000]
        )
        _event(vetting, "requested", member.user, f"Role: {vetting.role}")
    logger.info("Vetting %s requested for member %s", vetting.pk, member.pk)
    return vetting


def _lock_requested(vetting: Vetting) -> Vetting:
    locked = Vetting.objects.select_for_update().select_related("member__organisation").get(pk=vetting.pk)
    if locked.status != VettingStatus.REQUESTED:
        raise VettingError(f"This request was already {locked.get_status_display().lower()}; nothing was changed.")
    return locked


def approve(vetting: Vetting, coordinator: Any, reason: str = "") -> Vetting:
    """Vet the member for ``VETTING_DAYS`` days from now."""
    with transaction.atomic():
        locked = _lock_requested(vetting)
        member = locked.member
        if not member.active or member.organisation_id != locked.organisation_id:
            raise VettingError("The person has left the organisation they asked to be vetted for.")
        if member.organisation.org_type not in eligible_types():
            raise VettingError(
                f"{member.organisation} is a {member.organisation.get_org_type_display().lower()}: "
                "its members cannot hold AMBER material."
            )
        now = timezone.now()
        locked.status = VettingStatus.APPROVED
        locked.decided_at = now
        locked.decided_by = coordinator
        locked.decision_reason = reason[:2000]
        locked.expires_at = now + dt.timedelta(days=settings.VETTING_DAYS)
        locked.save()
        for older in member.vettings.filter(status=VettingStatus.APPROVED).exclude(pk=locked.pk):
            older.status = VettingStatus.EXPIRED
            older.save(update_fields=["status"])
            _event(older, "renewed", coordinator, f"Superseded by the approval of request {locked.pk}.")
        _event(locked, "approved", coordinator, f"Until {locked.expires_at:%Y-%m-%d}. {reason}".strip())
        _notify(locked, "You are vetted", "network/emails/vetting_approved.txt")
    return locked


def refuse(vetting: Vetting, coordinator: Any, reason: str) -> Vetting:
    """Refuse a request; the reason is required and is sent to the member."""
    if not reason.strip():
        raise VettingError("Give the reason for the refusal: the member is told it.")
    with transaction.atomic():
        locked = _lock_requested(vetting)
        locked.status = VettingStatus.REFUSED
        locked.decided_at = timezone.now()
        locked.decided_by = coordinator
        locked.decision_reason = reason[:2000]
        locked.expires_at = None
        locked.save()
        _event(locked, "refused", coordinator, reason)
        _notify(locked, "Your vetting request", "network/emails/vetting_refused.txt")
    return locked


def end_sessions(member: Member) -> None:
    """Every session of the person that began before now ends on its next request."""
    member.sessions_ended_at = timezone.now()
    member.save(update_fields=["sessions_ended_at"])


def withdraw(vetting: Vetting, coordinator: Any, reason: str) -> Vetting:
    """A coordinator withdraws a vetting at once; the person's sessions end."""
    if not reason.strip():
        raise VettingError("Give the reason for the withdrawal: it is kept in the vetting's history.")
    with transaction.atomic():
        locked = Vetting.objects.select_for_update().select_related("member").get(pk=vetting.pk)
        if locked.status not in {VettingStatus.APPROVED, VettingStatus.REQUESTED}:
            raise VettingError(f"This vetting is already {locked.get_status_display().lower()}.")
        locked.status = VettingStatus.REVOKED
        locked.decided_at = timezone.now()
        locked.decided_by = coordinator
        locked.decision_reason = reason[:2000]
        locked.save()
        _event(locked, "withdrawn", coordinator, reason)
        end_sessions(locked.member)
    return locked


def leave_organisation(member: Member, actor: Any = None) -> None:
    """The person left their organisation: membership ends, vetting is withdrawn, sessions end."""
    with transaction.atomic():
        member.left_at = timezone.now()
        member.save(update_fields=["left_at"])
        for vetting in member.vettings.filter(status__in=[VettingStatus.APPROVED, VettingStatus.REQUESTED]):
            vetting.status = VettingStatus.REVOKED
            vetting.decided_at = member.left_at
            vetting.decided_by = actor
            vetting.decision_reason = "Left the organisation."
            vetting.save()
            _event(vetting, "withdrawn", actor, "Left the organisation.")
        group = member.organisation.editors_group
        if group is not None:
            member.user.groups.remove(group)
        end_sessions(member)


def join_organisation(user: Any, organisation: Organisation, role: str = "") -> Member:
    """Make ``user`` a member of ``organisation`` (an editor account is one; see ``add_editor``)."""
    member, created = Member.objects.get_or_create(
        user=user, defaults={"organisation": organisation, "role": role[:200]}
    )
    if not created and (member.organisation_id != organisation.pk or member.left_at is not None):
        if member.active and member.organisation_id != organisation.pk:
            leave_organisation(member)
        member.organisation = organisation
        member.role = role[:200] or member.role
        member.joined_at = timezone.now()
        member.left_at = None
        member.save()
    return member


def expire_due(now: dt.datetime | None = None) -> tuple[int, int]:
    """Mark lapsed vettings expired and remind those due for renewal; returns (expired, reminded)."""
    now = now or timezone.now()
    expired = reminded = 0
    for vetting in Vetting.objects.filter(status=VettingStatus.APPROVED, expires_at__lte=now).select_related(
        "member__user"
    ):
        with transaction.atomic():
            vetting.status = VettingStatus.EXPIRED
            vetting.save(update_fields=["status"])
            _event(vetting, "expired")
        expired += 1
    due = now + dt.timedelta(days=settings.VETTING_REMINDER_DAYS)
    for vetting in Vetting.objects.filter(
        status=VettingStatus.APPROVED, expires_at__lte=due, reminded_at__isnull=True
    ).select_related("member__user"):
        with transaction.atomic():
            vetting.reminded_at = now
            vetting.save(update_fields=["reminded_at"])
            _event(vetting, "reminded")
            _notify(vetting, "Your vetting expires soon", "network/emails/vetting_reminder.txt")
        reminded += 1
    return expired, reminded
