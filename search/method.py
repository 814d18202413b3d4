"""The public practices the portal's search ranks for an assessment's weakest scenarios (``method.matching``).

Wired through ``settings.METHOD_PRACTICES_PROVIDER`` so that ``method`` never imports ``search``. The queries are
the search page's own (engine or database fallback), for an anonymous reader: practices tagged with one of the
threat types, in the space's category and with a solution type the space lacks first; then in its category;
then in any space, until the limit is reached.
"""

from __future__ import annotations

from typing import Any

from practices.marking import ANONYMOUS
from search import service
from search.content import TYPE_LABELS
from search.query import SearchQuery
from search.service import PRACTICE_TYPES


def practices_for(threats: list[str], space: str, missing: list[str], limit: int = 5) -> list[dict[str, Any]]:
    labels = service.facet_labels()
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    tiers: list[dict[str, tuple[str, ...]]] = [
        {"threat_type": tuple(threats), "space_category": (space,), "type": PRACTICE_TYPES},
        {"threat_type": tuple(threats), "type": PRACTICE_TYPES},
    ]
    if missing:
        tiers.insert(0, {**tiers[0], "solution_type": tuple(missing)})
    for filters in tiers:
        result = service.search(SearchQuery(filters=filters, page_size=limit, reader=ANONYMOUS, with_facets=False))
        for hit in result.hits:
            if hit.doc_id in seen or len(found) >= limit:
                continue
            seen.add(hit.doc_id)
            named = [labels["threat_type"].get(slug, slug) for slug in hit.threat_types if slug in threats]
            where = " in the same kind of space" if space in hit.space_categories else ""
            if "solution_type" in filters:
                where += ", with a kind of solution the space does not have yet"
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
