"""The visitor's address, as the rate limits and login throttling see it.

Behind the TLS proxy the README asks for, ``REMOTE_ADDR`` is the proxy: every visitor would share one
rate-limit bucket, and one of them could use up the contact, join and registration limits for all.
``X-Forwarded-For`` can name the visitor, but anyone can send that header, so it is read only
through the proxies this deployment trusts: with ``TRUSTED_PROXY_COUNT = N`` the visitor is the
N-th address from the right (each trusted proxy appends the address it saw). With 0 (the default,
no proxy) the header is ignored and ``REMOTE_ADDR`` is the visitor.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The address of the visitor who sent ``request`` (``RATELIMIT_IP_META_KEY`` points here)."""
    remote = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 - an address, not a bind
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted <= 0:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < trusted:
        return remote  # not through all the trusted proxies: the header cannot be believed
    return _valid(forwarded[-trusted]) or remote
