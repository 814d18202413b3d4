"""The search service the views call: picks the engine, falls back to the database.

With OPENSEARCH_URL set, OpenSearch answers; when it is not set or does not answer, the
database engine answers the same query and the result says ``degraded``.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings

from search.backends.database import DatabaseEngine
from search.query import SearchQuery, SearchResult

logger = logging.getLogger(__name__)


_vocabulary_cache: dict[str, object] = {}


def clear_vocabulary_cache(*args: object, **kwargs: object) -> None:
    """Forget cached labels and valid values (connected to taxonomy and project changes)."""
    _vocabulary_cache.clear()


def facet_labels() -> dict[str, dict[str, str]]:
    """Human labels of facet values, cached until a taxonomy or project changes."""
    if "labels" not in _vocabulary_cache:
        _vocabulary_cache["labels"] = _load_facet_labels()
    return _vocabulary_cache["labels"]  # type: ignore[return-value]


def known_values() -> dict[str, set[str]]:
    """Valid filter values, cached like the labels."""
    from search.query import known_values as load

    if "values" not in _vocabulary_cache:
        _vocabulary_cache["values"] = load()
    return _vocabulary_cache["values"]  # type: ignore[return-value]


def _load_facet_labels() -> dict[str, dict[str, str]]:
    from django_countries import countries

    from practices.models import Project, SolutionType, SpaceCategory, ThreatType
    from search.content import TYPE_LABELS

    return {
        "threat_type": {t.slug: t.label for t in ThreatType.objects.select_related("parent")},
        "space_category": dict(SpaceCategory.objects.values_list("slug", "name")),
        "solution_type": dict(SolutionType.objects.values_list("slug", "name")),
        "project": dict(Project.objects.values_list("slug", "acronym")),
        "country": {code: str(name) for code, name in countries},
        "type": TYPE_LABELS,
    }


def _engine() -> Any | None:
    if not settings.OPENSEARCH_URL:
        return None
    from search.backends.opensearch import OpenSearchEngine

    return OpenSearchEngine()


def search(query: SearchQuery) -> SearchResult:
    labels = facet_labels()
    engine = _engine()
    result = None
    if engine is not None:
        try:
            result = engine.search(query, labels)
        except Exception as exc:  # any engine failure: answer from the database instead
            logger.warning("Search engine unavailable (%s); answering from the database.", type(exc).__name__)
    if result is None:
        result = DatabaseEngine().search(query, labels)
    result.labels = labels
    return result


def suggest(text: str, limit: int = 8) -> list[dict[str, str]]:
    engine = _engine()
    if engine is not None:
        try:
            return engine.suggest(text, limit)
        except Exception as exc:
            logger.warning("Suggest failed on the engine (%s); using the database.", type(exc).__name__)
    return DatabaseEngine().suggest(text, limit)


def related(page: Any, limit: int = 4) -> list[dict[str, Any]] | None:
    """More-like-this from the engine, or ``None`` to let the caller use its database ranking."""
    from search import adapters

    engine = _engine()
    built = adapters.build_document(page)
    if engine is None or built is None or built[1] is None:
        return None
    try:
        return engine.more_like_this(built[0], built[1], limit)
    except Exception as exc:
        logger.warning("More-like-this failed (%s); using the database ranking.", type(exc).__name__)
        return None


def related_pages(page: Any, limit: int = 4) -> list[Any] | None:
    """Related practices as page objects, for ``practices.services.related_practices``.

    Wired through settings.PRACTICES_RELATED_PROVIDER so that ``practices`` never imports ``search``.
    """
    from search import adapters

    hits = related(page, limit)
    if not hits:
        return None
    by_type = {adapter.doc_type: adapter for adapter in adapters.adapters()}
    pages: list[Any] = []
    for hit in hits:
        adapter = by_type.get(hit.get("type"))
        if adapter is None:
            continue
        found = adapter.model.objects.live().public().filter(pk=hit.get("object_id")).first()
        if found is not None:
            pages.append(found)
    return pages or None
