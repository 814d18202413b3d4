"""The search service the views call: picks the engine, guards it, checks its answers.

With OPENSEARCH_URL set, OpenSearch answers; when it is not set, unavailable, or skipped by the
circuit breaker (``search.breaker``), the database engine answers the same query and the result
says ``degraded``. Whatever the engine returns is checked against the database copy first:
documents on their way out (``EngineBacklog``) are excluded inside the engine query, so they are
neither found nor counted, and every hit must still have its ``SearchEntry`` (one query per page
of results), so a page that was unpublished, deleted or restricted a moment ago is never shown,
even before the engine has caught up.

Vocabularies (valid filter values, facet labels) live in the shared cache, so every worker
process sees a new taxonomy term or project the moment it is saved.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from search import breaker
from search.backends.database import DatabaseEngine
from search.models import EngineBacklog, SearchEntry
from search.query import Promotion, SearchQuery, SearchResult

if TYPE_CHECKING:
    from wagtail.models import Page

    from practices.marking import Reader

logger = logging.getLogger(__name__)

T = TypeVar("T")
VOCABULARY_KEY = "search:vocabulary"
VOCABULARY_SECONDS = 3600
INDEX_VERSION_KEY = "search:index-version"
RELATED_SECONDS = 3600
#: Doc types the "related practices" box may show (organisations and events are indexed too).
PRACTICE_TYPES = ("case_study", "tool", "lesson")

_degraded: ContextVar[bool] = ContextVar("search_degraded", default=False)


# --- degraded answers --------------------------------------------------------------------------------------
def begin_request() -> None:
    """Forget whether an earlier request on this thread was answered without the engine."""
    _degraded.set(False)


def degraded_in_request() -> bool:
    """Did anything in this request fall back to the database (so its response must not be cached)?"""
    return _degraded.get()


def _note_degraded() -> None:
    _degraded.set(True)


# --- vocabularies ------------------------------------------------------------------------------------------
def clear_vocabulary_cache(*args: object, **kwargs: object) -> None:
    """Forget the shared labels and valid values once the change is committed (taxonomy/project signals)."""
    transaction.on_commit(lambda: cache.delete(VOCABULARY_KEY))


def _vocabulary() -> dict[str, Any]:
    vocabulary = cache.get(VOCABULARY_KEY)
    if vocabulary is None:
        from search.query import known_values as load_known_values

        vocabulary = {"labels": _load_facet_labels(), "values": load_known_values()}
        cache.set(VOCABULARY_KEY, vocabulary, timeout=VOCABULARY_SECONDS)
    return vocabulary


def facet_labels() -> dict[str, dict[str, str]]:
    """Human labels of facet values."""
    return _vocabulary()["labels"]


def known_values() -> dict[str, set[str]]:
    """Valid filter values (taxonomy slugs, ISO codes, types)."""
    return _vocabulary()["values"]


def _load_facet_labels() -> dict[str, dict[str, str]]:
    from django_countries import countries

    from practices.models import EvidenceLevel, Project, SolutionType, SpaceCategory, ThreatType
    from search.content import TYPE_LABELS

    return {
        "threat_type": {t.slug: t.label for t in ThreatType.objects.select_related("parent")},
        "space_category": dict(SpaceCategory.objects.values_list("slug", "name")),
        "solution_type": dict(SolutionType.objects.values_list("slug", "name")),
        "project": dict(Project.objects.values_list("slug", "acronym")),
        "country": {code: str(name) for code, name in countries},
        "type": TYPE_LABELS,
        "evidence": dict(EvidenceLevel.choices),
    }


# --- the guarded engine ------------------------------------------------------------------------------------
def _engine() -> Any | None:
    if not settings.OPENSEARCH_URL:
        return None
    from search.backends.opensearch import OpenSearchEngine

    return OpenSearchEngine()


def guarded(what: str, operation: Callable[[Any], T]) -> T | None:
    """Run ``operation`` on the engine behind the circuit breaker; ``None`` means "answer from the database".

    An unavailable engine (down, hung, overloaded) opens the breaker for every process; any other
    error is a bug in our request, logged with its traceback, and does not blame the engine.
    """
    from search.backends.opensearch import is_unavailable

    engine = _engine()
    if engine is None:
        return None
    ticket = breaker.allow()
    if ticket is None:
        _note_degraded()
        return None
    try:
        result = _through_push(engine, operation)
    except Exception as exc:  # the engine's errors are many; none may fail the page
        _note_degraded()
        if is_unavailable(exc):
            breaker.record_failure()
            logger.warning(
                "Search engine unavailable for %s (%s); answering from the database.", what, type(exc).__name__
            )
        else:
            logger.exception("Search engine %s failed; answering from the database.", what)
        return None
    breaker.record_success(ticket)
    return result


def _through_push(engine: Any, operation: Callable[[Any], T]) -> T:
    """``operation``, asked again once if it met the index closed by a synonym push: the push takes a few
    hundred milliseconds, so waiting for it beats answering from the database."""
    from search.backends.opensearch import is_closed
    from search.indexing import wait_for_push

    try:
        return operation(engine)
    except Exception as exc:
        if not is_closed(exc):
            raise
        wait_for_push()
    return operation(engine)


def _pending_removals() -> tuple[str, ...]:
    """Documents the engine may still hold although they are no longer public."""
    return tuple(EngineBacklog.objects.filter(removal=True).values_list("doc_id", flat=True)[:1000])


def _confirmed(result: SearchResult) -> SearchResult:
    """Drop hits the database copy no longer has, and show each hit's current title and URL."""
    if not result.hits:
        return result
    current = {
        doc_id: (title, url)
        for doc_id, title, url in SearchEntry.objects.filter(
            doc_id__in=[hit.doc_id for hit in result.hits]
        ).values_list("doc_id", "title", "url")
    }
    hits = [
        replace(hit, title=current[hit.doc_id][0], url=current[hit.doc_id][1])
        for hit in result.hits
        if hit.doc_id in current
    ]
    dropped = len(result.hits) - len(hits)
    if dropped:
        logger.info("Dropped %s search hit(s) the engine still held.", dropped)
    return replace(result, hits=hits, count=max(0, result.count - dropped))


# --- what the views call -----------------------------------------------------------------------------------
def search(query: SearchQuery) -> SearchResult:
    labels = facet_labels()
    result = guarded("search", lambda engine: engine.search(query, labels, exclude=_pending_removals()))
    if result is not None:
        result = _confirmed(result)
    else:
        _note_degraded()
        result = DatabaseEngine().search(query, labels)
    result.labels = labels
    if query.page == 1 and query.text:
        result.promoted = promotions(query.text)
    return result


def coverage(reader: Reader, filters: dict[str, tuple[str, ...]]) -> dict[tuple[str, str], tuple[int, int]]:
    """Documents per (threat type, space category) that ``reader`` may match, as ``(all, restricted parts)``:
    the engine's one aggregation, or the database copy's one grouped query when the engine cannot answer."""
    counts = guarded("coverage", lambda engine: engine.coverage(reader, filters, exclude=_pending_removals()))
    if counts is None:
        _note_degraded()
        counts = DatabaseEngine().coverage(reader, filters)
    return counts


def promotions(text: str) -> list[Promotion]:
    """The editors' picks for ``text`` (Wagtail's normalised query string): live, public pages only.

    A pinned page that has since been unpublished, restricted or deleted is never shown; external
    links are shown as editors wrote them.
    """
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.models import Page
    from wagtail.search.utils import normalise_query_string

    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text)).order_by("sort_order", "pk")
    )
    if not picks:
        return []
    visible = {
        page.pk: page
        for page in Page.objects.live().public().filter(pk__in=[pick.page_id for pick in picks if pick.page_id])
    }
    found: list[Promotion] = []
    for pick in picks:
        if pick.page_id in visible:
            page = visible[pick.page_id]
            found.append(Promotion(page.title, page.url or "", pick.description))
        elif not pick.page_id and pick.external_link_url:
            found.append(
                Promotion(pick.external_link_text or pick.external_link_url, pick.external_link_url, pick.description)
            )
    return found


def suggest(text: str, limit: int = 8) -> list[dict[str, str]]:
    suggestions = guarded("suggest", lambda engine: engine.suggest(text, limit, exclude=_pending_removals()))
    if suggestions is None:
        _note_degraded()
        return [_public_suggestion(item) for item in DatabaseEngine().suggest(text, limit)]
    current = set(
        SearchEntry.objects.filter(doc_id__in=[item["doc_id"] for item in suggestions]).values_list("doc_id", flat=True)
    )
    return [_public_suggestion(item) for item in suggestions if item["doc_id"] in current]


def index_version() -> str:
    """A token that changes whenever documents reach the engine (``search.tasks.index_changed``)."""
    token = cache.get(INDEX_VERSION_KEY)
    if token is None:
        cache.add(INDEX_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(INDEX_VERSION_KEY)
    return str(token)


def on_index_changed(**kwargs: Any) -> None:
    """What the engine would answer may have changed: answers kept under the old version are not read again."""
    cache.set(INDEX_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _public_suggestion(item: dict[str, str]) -> dict[str, str]:
    return {"title": item["title"], "url": item["url"], "type": item["type"]}


def related_pages(page: Any, limit: int = 4) -> list[Any] | None:
    """Related practices (case studies, tools, lessons) as live, public pages, most similar first.

    Wired through settings.PRACTICES_RELATED_PROVIDER so that ``practices`` never imports ``search``.
    ``None`` lets the caller use its database ranking (no engine, engine unavailable, nothing found).
    The engine's ranking changes only when documents reach it, so it is kept in the shared cache
    under the index's version; the pages are read (live and public) on every request.
    """
    from search import adapters
    from search.content import taxonomy_terms

    adapter = adapters.adapter_for(page)
    if adapter is None or not settings.OPENSEARCH_URL:
        return None
    doc_id = adapter.doc_id(page.pk)
    key = f"search:related:{index_version()}:{doc_id}:{limit}"
    hits = cache.get(key)
    if hits is None:
        document = taxonomy_terms(page)  # the text comes from the engine's own copy of the document
        found = guarded(
            "more-like-this",
            lambda engine: engine.more_like_this(doc_id, document, PRACTICE_TYPES, limit, exclude=_pending_removals()),
        )
        if found is None:
            return None  # degraded: the caller ranks from the database, and nothing is kept
        hits = [(hit["type"], int(hit["object_id"])) for hit in found if hit.get("type") in PRACTICE_TYPES]
        cache.set(key, hits, timeout=RELATED_SECONDS)
    by_type = {adapter.doc_type: adapter for adapter in adapters.adapters()}
    wanted: dict[str, list[int]] = {}
    for doc_type, object_id in hits:
        if doc_type in by_type:
            wanted.setdefault(doc_type, []).append(object_id)
    pages: dict[tuple[str, int], Any] = {}
    for doc_type, ids in wanted.items():
        model: type[Page] = by_type[doc_type].model  # the practice types are pages
        for item in model.objects.live().public().filter(pk__in=ids).select_related("listing_image", "project"):
            pages[(doc_type, item.pk)] = item
    related = [pages[hit] for hit in map(tuple, hits) if hit in pages]
    return related or None
