"""Content-Security-Policy: a strict policy for the public site, a looser one where Wagtail's admin needs it.

The public site runs no inline script and loads nothing from other origins (no CDN, no map tiles,
no web fonts), so its policy allows only the portal itself: a script or style injected into a page
cannot run, and a page cannot be framed. Wagtail's admin (and Django's) still use inline styles and
some inline scripts, and previews frame the page being edited, so paths under the admin get a policy
that allows those, still only from the portal's own origin. django-csp sets the header on every
response that passes the middleware: pages, feeds, calendars, APIs, files, error pages, and cached
pages (the middleware sits outside the page cache).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIXES = ("/admin/", "/django-admin/")

PUBLIC_DIRECTIVES: dict[str, Any] = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_DIRECTIVES: dict[str, Any] = {
    **PUBLIC_DIRECTIVES,
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "frame-src": [SELF],  # the preview panel
    "frame-ancestors": [SELF],  # previews are framed by the editor
}


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for paths under the admin."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIXES):
            parts = replace(parts, config=default_config(ADMIN_DIRECTIVES))
        return parts
