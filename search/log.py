"""The search log: which words people search for, how many results they got, which result they opened.

Privacy by design: nothing identifies a person (no address, account, session or cookie), the words are
lowercased and cut at 100 characters, and rows older than ``SEARCH_LOG_DAYS`` are deleted daily
(``search.tasks.prune_search_log``). Bots, headless browsers, the portal's own crawl and benchmarks,
and the later pages of a result list are not logged.

The search page may be answered from the page cache, where the view does not run. So the view
only *describes* the search in response headers, which the cache keeps, and ``SearchLogMiddleware``
(outside the cache) logs it for every answer, cached or not, and removes the headers. A click is
reported by the page's script (a beacon to ``/api/search/click/``) with a signed token naming the
words and the position, which a cached page can carry as well.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from search.models import SearchClick, SearchLogEntry
from search.query import SearchResult

MAX_TEXT = 100
CLICK_SALT = "search.click"
CLICK_MAX_AGE = 24 * 3600
HEADERS = {"count": "X-Search-Count", "engine": "X-Search-Engine", "relaxed": "X-Search-Relaxed"}
#: User agents that are not people searching (and the portal's own crawl, browser tests and benchmarks).
NOT_PEOPLE = re.compile(
    r"bot|crawl|spider|slurp|headless|python|curl|wget|httpx|bench|monitor|preview|facebookexternalhit",
    re.IGNORECASE,
)


def normalised(text: str) -> str:
    return " ".join((text or "").lower().split())[:MAX_TEXT]


def is_person(request: HttpRequest) -> bool:
    agent = request.headers.get("User-Agent", "")
    return bool(agent) and not NOT_PEOPLE.search(agent)


def describe(response: HttpResponse, result: SearchResult) -> None:
    """Mark a search page's response as loggable (its first page, with words)."""
    if result.query.page != 1 or not result.query.text:
        return
    response[HEADERS["count"]] = str(result.count)
    response[HEADERS["engine"]] = "database" if result.degraded else "opensearch"
    response[HEADERS["relaxed"]] = "1" if result.relaxed else "0"


def click_token(text: str, position: int) -> str:
    return signing.dumps([normalised(text), position], salt=CLICK_SALT, compress=True)


def record_click(token: str) -> bool:
    """Log the click a token names; False when the token is not one the portal signed (or too old)."""
    try:
        text, position = signing.loads(token, salt=CLICK_SALT, max_age=CLICK_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return False
    if not isinstance(text, str) or not isinstance(position, int) or not 1 <= position <= 100:
        return False
    SearchClick.objects.create(text=text[:MAX_TEXT], position=position)
    return True


def prune(days: int | None = None) -> int:
    """Delete what is older than the retention period; returns how many rows went."""
    since = timezone.now() - dt.timedelta(days=days if days is not None else settings.SEARCH_LOG_DAYS)
    searches, _ = SearchLogEntry.objects.filter(created_at__lt=since).delete()
    clicks, _ = SearchClick.objects.filter(created_at__lt=since).delete()
    return searches + clicks


class SearchLogMiddleware:
    """Logs what ``describe`` marked, for fresh and cached answers alike (it sits outside the page cache)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        count = response.headers.get(HEADERS["count"])
        if count is None:
            return response
        engine, relaxed = response.headers.get(HEADERS["engine"], ""), response.headers.get(HEADERS["relaxed"])
        for header in HEADERS.values():
            del response[header]
        if settings.SEARCH_LOG_ENABLED and response.status_code == 200 and is_person(request):
            SearchLogEntry.objects.create(
                text=normalised(request.GET.get("q", "")),
                result_count=int(count),
                engine=engine[:16],
                relaxed=relaxed == "1",
            )
        return response
