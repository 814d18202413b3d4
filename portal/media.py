"""Uploaded files the portal serves itself: image renditions, and nothing else under MEDIA_URL.

Documents are served only through Wagtail's permission-checking view (``/documents/<id>/<file>``,
``WAGTAILDOCS_SERVE_METHOD = "serve_view"``): a document of a login-restricted collection must not be
reachable by its file path, so ``MEDIA_ROOT/documents`` is never published, in development or in
production. Pages show images only as renditions (``MEDIA_ROOT/images``); the originals are not served.
Renditions are public derivatives, so the same view serves them in every configuration, and a proxy in
front may cache them (``Cache-Control: public``). The README says what a proxy must and must not serve.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, re_path
from django.views.static import serve

RENDITIONS_DIR = "images"
RENDITION_MAX_AGE = 24 * 60 * 60


def serve_rendition(request: HttpRequest, path: str) -> HttpResponse:
    """One rendition file; 404 for missing ones and for paths that would leave the renditions' directory."""
    try:
        response = serve(request, path, document_root=Path(settings.MEDIA_ROOT) / RENDITIONS_DIR)
    except SuspiciousFileOperation as exc:  # a path that climbs out of the renditions: nothing there
        raise Http404 from exc
    response["Cache-Control"] = f"public, max-age={RENDITION_MAX_AGE}"
    return response


def media_urls() -> list[URLPattern]:
    """The renditions' URL, when media is served from this site (not from object storage on another host)."""
    prefix = settings.MEDIA_URL
    if not prefix.startswith("/") or "//" in prefix:
        return []
    return [
        re_path(rf"^{re.escape(prefix.strip('/'))}/{RENDITIONS_DIR}/(?P<path>.+)$", serve_rendition, name="rendition")
    ]
