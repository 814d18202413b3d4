"""Uploaded files the portal serves itself: image renditions, and nothing else under MEDIA_URL.

Documents are served only through Wagtail's permission-checking view (``/documents/<id>/<file>``,
``WAGTAILDOCS_SERVE_METHOD = "serve_view"``): a document of a login-restricted collection must not be
reachable by its file path, so ``MEDIA_ROOT/documents`` is never published, in development or in
production. Pages show images only as renditions (``MEDIA_ROOT/images``); the originals are not served.
Renditions are public derivatives, so the same view serves them in every configuration, and a proxy in
front may cache them (``Cache-Control: public``). The README says what a proxy must and must not serve.

The one exception: images kept in the restricted collection (``practices.marking``). Pages show them
only through ``practices.views.marked_image``, which renders them in memory; the admin's thumbnails of
them are renditions, served here only to those who may change the image, and never to a shared cache.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, re_path
from django.utils.cache import add_never_cache_headers
from django.views.static import serve
from wagtail.images import get_image_model

from practices.annexes import may_change
from practices.blocks import in_restricted_collection

RENDITIONS_DIR = "images"
RENDITION_MAX_AGE = 24 * 60 * 60


def serve_rendition(request: HttpRequest, path: str) -> HttpResponse:
    """One rendition file; 404 for missing ones, for paths that would leave the renditions' directory, and for
    restricted images' renditions to anyone who may not change the image."""
    if posixpath.normpath(path) != path or path.startswith("/") or "\\" in path:
        raise Http404  # only the plain name a rendition has: "./", "//" or "..\" would dodge the check below
    rendition = rendition_at(path)
    if rendition is None:
        raise Http404  # a file no rendition row names: nothing to serve
    restricted = rendition.image if in_restricted_collection(rendition.image) else None
    if restricted is not None and not may_change(request.user, restricted):
        raise Http404
    try:
        response = serve(request, path, document_root=Path(settings.MEDIA_ROOT) / RENDITIONS_DIR)
    except SuspiciousFileOperation as exc:  # a path that climbs out of the renditions: nothing there
        raise Http404 from exc
    if restricted is not None:
        add_never_cache_headers(response)
    else:
        response["Cache-Control"] = f"public, max-age={RENDITION_MAX_AGE}"
    return response


def rendition_at(path: str) -> Any:
    """The rendition whose file is ``images/<path>``, with its image and the image's collection."""
    model = get_image_model().get_rendition_model()
    return model.objects.filter(file=f"{RENDITIONS_DIR}/{path}").select_related("image__collection").first()


def media_urls() -> list[URLPattern]:
    """The renditions' URL, when media is served from this site (not from object storage on another host)."""
    prefix = settings.MEDIA_URL
    if not prefix.startswith("/") or "//" in prefix:
        return []
    return [
        re_path(rf"^{re.escape(prefix.strip('/'))}/{RENDITIONS_DIR}/(?P<path>.+)$", serve_rendition, name="rendition")
    ]
