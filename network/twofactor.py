"""Two-factor sign-in with django-otp: a TOTP authenticator app, ten recovery codes, a coordinator's reset.

Who needs it: everyone whose clearance is above GREEN (a current vetting), the network's coordinators
(the Moderators group) and superusers. For them:

* ``network.clearance`` counts a vetting only in a session verified with a second factor, so AMBER and
  RED material stay closed until then, on every surface;
* ``SecondFactorMiddleware`` sends them from the admin to the verification (or the enrolment) first,
  whichever login form they used (``SECOND_FACTOR_FOR_ADMIN``).

Failed codes are throttled by django-otp per device (the wait doubles with each failure,
``OTP_TOTP_THROTTLE_FACTOR``), and the verification form counts against the sign-in throttle too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from network.clearance import is_verified
from network.models import Member, Vetting, VettingEvent, VettingStatus
from network.permissions import sees_every_page
from network.vetting import end_sessions, latest_vetting

logger = logging.getLogger(__name__)

RECOVERY_CODES = 10
DEVICE_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
#: Paths an unverified coordinator may still open (the second step itself, signing out, the assets).
EXEMPT_PREFIXES = ("/account/", "/admin/logout/", "/static/", "/admin/jsi18n/")


def has_current_vetting(user: Any) -> bool:
    return Vetting.objects.filter(
        member__user=user, member__left_at__isnull=True, status=VettingStatus.APPROVED, expires_at__gt=timezone.now()
    ).exists()


def needs_second_factor(user: Any) -> bool:
    """Superusers, coordinators and vetted members sign in with a second factor."""
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser or sees_every_page(user) or has_current_vetting(user))


def has_device(user: Any) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(user: Any) -> TOTPDevice:
    """The authenticator being set up (not confirmed yet); one is created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def qr_svg(device: TOTPDevice) -> str:
    """The set-up link as an inline SVG QR code (made here: nothing is fetched from elsewhere)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4, title="Set-up code for your authenticator")


def secret_text(device: TOTPDevice) -> str:
    """The key in groups of four, for apps set up by typing it."""
    secret = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@transaction.atomic
def confirm(request: HttpRequest, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm a new authenticator with a code from it; returns the fresh recovery codes (shown once)."""
    if not device.verify_token(token.strip().replace(" ", "")):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_recovery_codes(device.user)
    otp_login(request, device)
    return codes


def new_recovery_codes(user: Any) -> list[str]:
    """Replace the person's recovery codes with ten new single-use ones."""
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=static, token=code) for code in codes])
    return codes


def verify(request: HttpRequest, token: str) -> bool:
    """Check a code from the authenticator, or a recovery code (used up), and mark the session verified."""
    token = token.strip().replace(" ", "")
    if not token:
        return False
    with transaction.atomic():
        for model in (TOTPDevice, StaticDevice):
            device = model.objects.select_for_update().filter(user=request.user, confirmed=True).first()
            if device is not None and device.verify_is_allowed()[0] and device.verify_token(token):
                otp_login(request, device)
                return True
    return False


def throttled(user: Any) -> bool:
    """Whether django-otp is making the person wait after failed codes."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device is not None and not device.verify_is_allowed()[0]


@transaction.atomic
def reset(user: Any, coordinator: Any, reason: str = "") -> None:
    """A coordinator removes someone's second factor (a lost phone): they enrol again at the next sign-in.

    Their sessions end, and the reset is written in the history of their latest vetting.
    """
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    member = Member.objects.filter(user=user).first()
    if member is not None:
        end_sessions(member)
        latest = latest_vetting(member)
        if latest is not None:
            VettingEvent.objects.create(vetting=latest, action="second factor reset", actor=coordinator, note=reason)
    logger.info("Second factor of user %s reset by user %s", user.pk, getattr(coordinator, "pk", None))


def next_step_url(request: HttpRequest) -> str:
    """Where an unverified person who needs a second factor goes: enrolment or verification."""
    target = "/account/two-factor/" if not has_device(request.user) else "/account/verify/"
    return f"{target}?{urlencode({'next': request.get_full_path()})}"


class SecondFactorMiddleware:
    """Coordinators, superusers and vetted members reach the admin only from a verified session."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.SECOND_FACTOR_FOR_ADMIN
            and request.path.startswith(("/admin/", "/django-admin/"))
            and not request.path.startswith(EXEMPT_PREFIXES)
            and request.user.is_authenticated
            and not request.path.startswith(("/admin/login/", "/django-admin/login/"))
            and not is_verified(request)
            and needs_second_factor(request.user)
        ):
            return HttpResponseRedirect(next_step_url(request))
        return self.get_response(request)
