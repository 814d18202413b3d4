"""Mapping between a search document and its facet values (shared by both engines)."""

from __future__ import annotations

from typing import Any

#: facet name → document field holding its value(s)
FACET_FIELDS = {
    "threat_type": "threat_types",
    "space_category": "space_categories",
    "solution_type": "solution_types",
    "country": "country",
    "type": "type",
    "project": "project",
    "year": "year",
    "evidence": "evidence_level",
}


def facet_values(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (facet, value) pair of a document, values as strings."""
    pairs: list[tuple[str, str]] = []
    for facet, field in FACET_FIELDS.items():
        value = document.get(field)
        values = value if isinstance(value, list) else [value]
        pairs.extend((facet, str(item)) for item in values if item not in (None, ""))
    return pairs
