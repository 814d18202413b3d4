"""What a person may read: the one place clearance is computed, for every surface that shows marked content.

A signed-in person's ``Reader`` (``practices.marking``) comes from their membership and their vetting,
read from the database on each request that needs it, never from the session: a vetting that expires
or is withdrawn stops working on the next request. ``ClearanceMiddleware`` attaches it lazily as
``request.reader``, and ends sessions that began before a revocation (``Member.sessions_ended_at``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import SimpleLazyObject

from network.models import Member, Vetting, VettingStatus
from portal.emails import normalise_email
from practices.marking import ANONYMOUS, Reader

SESSION_SIGNED_IN_AT = "network_signed_in_at"


def eligible_types() -> frozenset[str]:
    """Organisation types whose vetted members may hold AMBER (``VETTING_ELIGIBLE_TYPES``)."""
    return frozenset(settings.VETTING_ELIGIBLE_TYPES)


def current_vetting(member: Member) -> Vetting | None:
    """The member's approved, unexpired vetting for the organisation they are in now, if any."""
    return (
        Vetting.objects.filter(
            member=member,
            organisation_id=member.organisation_id,
            status=VettingStatus.APPROVED,
            expires_at__gt=timezone.now(),
        )
        .order_by("-expires_at")
        .first()
    )


def _lapse(member: Member) -> str:
    last = member.vettings.exclude(status=VettingStatus.REQUESTED).order_by("-requested_at").first()
    return last.status if last and last.status in {VettingStatus.REVOKED, VettingStatus.EXPIRED} else ""


def is_verified(request: HttpRequest) -> bool:
    """Whether this session passed the second step (django-otp's middleware sets ``is_verified``)."""
    check = getattr(getattr(request, "user", None), "is_verified", None)
    return bool(check and check())


def reader_for(user: Any, *, verified: bool = False) -> Reader:
    """The clearance of ``user``: anonymous, signed-in member (GREEN), or vetted (AMBER and up).

    A vetting counts only in a session ``verified`` with a second factor (``network.twofactor``).
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return ANONYMOUS
    member = Member.objects.select_related("organisation").filter(user=user, left_at__isnull=True).first()
    email = normalise_email(user.email or "")
    if member is None or not member.organisation.active:
        return Reader(user_id=user.pk, email=email)
    current = current_vetting(member) if member.organisation.org_type in eligible_types() else None
    lapsed = ("" if verified else "unverified") if current is not None else _lapse(member)
    return Reader(
        user_id=user.pk,
        email=email,
        organisation_id=member.organisation_id,
        vetted=current is not None and verified,
        lapsed=lapsed,
    )


@receiver(user_logged_in)
def remember_sign_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """When this session began: a later revocation ends every session that began before it."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_SIGNED_IN_AT] = timezone.now().isoformat()


def _session_ended(request: HttpRequest) -> bool:
    user = request.user
    if not user.is_authenticated:
        return False
    ended = Member.objects.filter(user=user, sessions_ended_at__isnull=False).values_list(
        "sessions_ended_at", flat=True
    )
    ended_at = next(iter(ended), None)
    if ended_at is None:
        return False
    began = parse_datetime(request.session.get(SESSION_SIGNED_IN_AT, "") or "")
    return began is None or began < ended_at


class ClearanceMiddleware:
    """Ends revoked sessions, then attaches ``request.reader`` (computed only if something asks)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if getattr(request, "user", None) is not None and _session_ended(request):
            logout(request)
        request.reader = SimpleLazyObject(  # type: ignore[attr-defined]
            lambda: reader_for(request.user, verified=is_verified(request))
        )
        return self.get_response(request)
