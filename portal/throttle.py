"""Throttled sign-ins: logins, second-factor codes, page passwords and password resets, per visitor and target.

Guessing a password costs one POST; without a limit 30 guesses at a page password took 1.4 s. Each
throttled form counts *failed* attempts (a login or page password that did not redirect; every
password-reset request, since its answer is the same either way) in the shared cache, twice: per
visitor address (``portal.client_ip``, so behind the proxy each visitor counts alone) and per target
(the username, the page restriction, the email address), so neither one address guessing many
accounts nor many addresses guessing one account gets far. Past a limit the form answers 429 with a
message saying when to try again, even for the right password, until the window (sliding from the
first failure) has passed. The counters live in Redis in production, shared by every worker.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from portal.client_ip import client_ip

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Throttled:
    """A form whose POSTs are counted: where it is, what it guards, and what a failure looks like."""

    name: str
    path: re.Pattern[str]
    target_field: str | None  # the POST field naming the account; None: the target is in the path
    counts_every_attempt: bool = False  # password resets answer the same either way
    by_account: bool = False  # the target is the signed-in account (a second step of signing in)

    def failed(self, response: HttpResponse) -> bool:
        return self.counts_every_attempt or response.status_code < 300 or response.status_code >= 400

    def target(self, request: HttpRequest) -> str:
        if self.by_account:
            value = f"user:{getattr(request.user, 'pk', '')}"
        else:
            value = request.POST.get(self.target_field, "") if self.target_field else request.path
        return hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]


THROTTLED = (
    Throttled("login", re.compile(r"^/(admin|django-admin|account)/(login|sign-in)/$"), "username"),
    Throttled("second-factor", re.compile(r"^/account/verify/$"), None, by_account=True),
    Throttled("page-password", re.compile(r"^/_util/authenticate_with_password/\d+/\d+/$"), None),
    Throttled("password-reset", re.compile(r"^/admin/password_reset/$"), "email", counts_every_attempt=True),
)


def _keys(form: Throttled, request: HttpRequest) -> list[tuple[str, int]]:
    return [
        (f"throttle:{form.name}:ip:{client_ip(request)}", settings.SIGN_IN_FAILURES_PER_IP),
        (f"throttle:{form.name}:target:{form.target(request)}", settings.SIGN_IN_FAILURES_PER_TARGET),
    ]


def _count(key: str) -> None:
    window = settings.SIGN_IN_WINDOW_SECONDS
    if cache.add(key, 1, timeout=window):
        cache.set(f"{key}:since", time.time(), timeout=window)
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)


def _retry_after(keys: list[str]) -> int:
    starts = [since for since in cache.get_many([f"{key}:since" for key in keys]).values() if since]
    if not starts:
        return settings.SIGN_IN_WINDOW_SECONDS
    return max(1, int(min(starts) + settings.SIGN_IN_WINDOW_SECONDS - time.time()))


def too_many_attempts(request: HttpRequest, retry_after: int) -> HttpResponse:
    minutes = max(1, round(retry_after / 60))
    response = render(request, "portal/too_many_attempts.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


class SignInThrottleMiddleware:
    """Counts failed POSTs to the forms of ``THROTTLED``; answers 429 past the limits (see the module)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        form = next((form for form in THROTTLED if form.path.match(request.path)), None)
        if form is None or request.method != "POST":
            return self.get_response(request)
        keys = _keys(form, request)
        counts = cache.get_many([key for key, _limit in keys])
        over = [key for key, limit in keys if counts.get(key, 0) >= limit]
        if over:
            logger.warning("Throttled %s attempts from a visitor (limit reached).", form.name)
            return too_many_attempts(request, _retry_after(over))
        response = self.get_response(request)
        if form.failed(response):
            for key, _limit in keys:
                _count(key)
        return response
