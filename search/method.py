"""The practices the portal's search ranks for an assessment's weakest scenarios (``method.matching``).

Wired through ``settings.METHOD_PRACTICES_PROVIDER`` so that ``method`` never imports ``search``. The query is
the search page's own (facets, per-clearance filter, engine or database fallback): practices tagged with one of
the threat types in the space's category first, then in any space if that finds fewer than the limit.
"""

from __future__ import annotations

from typing import Any

from practices.marking import Reader
from search import service
from search.content import TYPE_LABELS
from search.query import SearchQuery
from search.service import PRACTICE_TYPES


def practices_for(threats: list[str], space: str, reader: Reader, limit: int = 5) -> list[dict[str, Any]]:
    labels = service.facet_labels()
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    for filters in (
        {"threat_type": tuple(threats), "space_category": (space,), "type": PRACTICE_TYPES},
        {"threat_type": tuple(threats), "type": PRACTICE_TYPES},
    ):
        result = service.search(SearchQuery(filters=filters, page_size=limit, reader=reader, with_facets=False))
        for hit in result.hits:
            if hit.doc_id in seen or len(found) >= limit:
                continue
            seen.add(hit.doc_id)
            named = [labels["threat_type"].get(slug, slug) for slug in hit.threat_types if slug in threats]
            where = " in the same kind of space" if space in hit.space_categories else ""
            found.append(
                {
                    "title": hit.title,
                    "url": hit.url,
                    "kind": TYPE_LABELS.get(hit.type, hit.type),
                    "why": f"About {', '.join(named)}{where}",
                }
            )
        if len(found) >= limit:
            break
    return found
