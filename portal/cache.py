"""The shared page cache for anonymous visitors, and its invalidation.

Why our own middleware on Django's cache API (Redis in production) rather than a library:
wagtail-cache 3.0 requires Wagtail < 8, and Django's cache middleware keys on ``Vary: Cookie``,
so it *stores* a copy per signed-in user and per CSRF cookie instead of refusing them. The
rules here are few and explicit:

* Looked up and stored only for GET/HEAD requests that carry no cookie but the CSRF one, no
  ``Authorization`` header, outside the admin, the document server and the pages API.
* Stored only when the response is a plain 200 that sets no cookie, has no CSRF token in it,
  is not ``private``/``no-store``/``no-cache``, and nothing in the request fell back to the
  database (a degraded search must not outlive the engine's outage).
* Invalidated as a whole: every key carries the current *generation*; a publish, unpublish,
  move, delete, view-restriction change, any change to the portal's own rows (organisations,
  taxonomies, projects, events, settings), images and documents, and every index update
  replace the generation after commit. Editorial changes are rare next to reads, and a
  whole-cache purge cannot forget a page that shows the changed content (listings, home,
  profiles, project pages, feeds, calendars, sitemap). Search answers carry a second generation
  as well, which an index update alone replaces: a document reaching the engine changes what
  searches find, not what pages show (the engine's "related" ranking may wait for the next
  content change or the expiry). The generation is read before the
  view runs, so a response rendered from data older than a purge is stored under the old
  generation, where nothing will read it.

Cached responses carry ``X-Page-Cache: hit`` (``miss`` when just stored, ``bypass`` otherwise).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re  # type: ignore[attr-defined]  # defined in django.utils.cache, not declared by django-stubs

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
SEARCH_GENERATION_KEY = "pagecache:search-generation"
#: Responses the search engine answers: they also carry the index's generation.
SEARCH_PREFIXES = ("/search/", "/api/search/")
HEADER = "X-Page-Cache"
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/_util/", "/api/v2/")
#: Response headers a cached copy keeps (cookies and per-request headers never are).
KEPT_HEADERS = (
    # What a search page tells the search log (search.log), which sits outside this cache.
    "X-Search-Count",
    "X-Search-Engine",
    "X-Search-Relaxed",
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Cache-Control",
    "Link",
    "Last-Modified",
    "ETag",
    "Referrer-Policy",
    "X-Robots-Tag",
)
NO_STORE_DIRECTIVES = {"private", "no-store", "no-cache"}
CONTENT_APPS = {
    "portal",
    "practices",
    "network",
    "events",
    "wagtailimages",
    "wagtaildocs",
    "wagtailcore",
    "wagtailsearchpromotions",
}
#: Rows of those apps that never show on a public page (or have their own signal below).
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailimages.rendition",
    "wagtailcore.uploadedfile",
    "events.registration",
    "network.membershipapplication",
    # People, vetting and the access log show on no public page (an access record is written on every
    # view of restricted material: purging then would empty the cache on each such view).
    "network.member",
    "network.vetting",
    "network.vettingevent",
    "network.accessrecord",
}


def enabled() -> bool:
    return bool(getattr(settings, "PAGE_CACHE_SECONDS", 0))


def generation(key: str = GENERATION_KEY) -> str:
    """The current generation token under ``key`` (created on first use, replaced by every purge)."""
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return str(token)


def request_generation(request: HttpRequest) -> str:
    """The generations a response to ``request`` is stored under: search answers carry the index's too."""
    if request.path.startswith(SEARCH_PREFIXES):
        return f"{generation()}.{generation(SEARCH_GENERATION_KEY)}"
    return generation()


def purge(key: str = GENERATION_KEY) -> None:
    """Make every cached response unreachable (old ones expire on their own); only search answers with
    ``SEARCH_GENERATION_KEY``."""
    try:
        cache.set(key, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.exception("Could not purge the page cache")


def purge_on_commit(*args: Any, **kwargs: Any) -> None:
    """Signal receiver: purge once the current transaction commits (at once outside one)."""
    transaction.on_commit(purge)


def purge_search_on_commit(*args: Any, **kwargs: Any) -> None:
    """Signal receiver for index updates: only search answers are purged."""
    transaction.on_commit(lambda: purge(SEARCH_GENERATION_KEY))


def _request_cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return set(request.COOKIES) <= {settings.CSRF_COOKIE_NAME}


def _response_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    from search.service import degraded_in_request

    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & NO_STORE_DIRECTIVES:
        return False
    varies = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
    if varies - {"cookie", "accept-encoding"}:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if degraded_in_request():
        return False
    return b'name="csrfmiddlewaretoken"' not in response.content


def _key(request: HttpRequest, token: str) -> str:
    scheme = "https" if request.is_secure() else "http"
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"pagecache:{token}:{scheme}:{request.get_host()}:{digest}"


def _stored(response: HttpResponse) -> dict[str, Any]:
    headers = [(name, response[name]) for name in KEPT_HEADERS if response.has_header(name)]
    return {"status": response.status_code, "headers": headers, "content": response.content}


def _restored(entry: dict[str, Any]) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serve anonymous visitors from the shared cache; store what is safe to share (see the module)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from search.service import begin_request

        begin_request()
        if not enabled() or not _request_cacheable(request):
            response = self.get_response(request)
            response.setdefault(HEADER, "bypass")
            return response
        try:
            key = _key(request, request_generation(request))
            entry = cache.get(key)
        except Exception:
            logger.warning("Page cache unavailable; rendering without it.", exc_info=True)
            response = self.get_response(request)
            response.setdefault(HEADER, "bypass")
            return response
        if entry is not None:
            response = _restored(entry)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _response_cacheable(request, response):
            try:
                cache.set(key, _stored(response), timeout=settings.PAGE_CACHE_SECONDS)
                response[HEADER] = "miss"
            except Exception:
                logger.warning("Could not store a page in the cache.", exc_info=True)
        response.setdefault(HEADER, "bypass")
        return response


def _on_row_change(sender: type[Model], **kwargs: Any) -> None:
    """Any saved or deleted row of the content apps, except pages: their drafts are saved all the time,
    and what the public sees of them changes only through the publication signals and deletion."""
    from wagtail.models import Page

    meta = sender._meta
    if meta.app_label not in CONTENT_APPS or meta.label_lower in IGNORED_MODELS:
        return
    if issubclass(sender, Page) and kwargs.get("signal") is post_save:
        return
    purge_on_commit()


def connect() -> None:
    """Purge on every change a visitor could see (called from PortalConfig.ready)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from search.tasks import index_changed

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_on_commit, dispatch_uid=f"portal.cache.{id(signal)}")
    index_changed.connect(purge_search_on_commit, dispatch_uid="portal.cache.index_changed")
    post_save.connect(_on_row_change, dispatch_uid="portal.cache.row_saved")
    post_delete.connect(_on_row_change, dispatch_uid="portal.cache.row_deleted")
