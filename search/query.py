"""One typed search query, parsed and validated from request parameters.

Bad input stops here with ``SearchParamError`` (a 400 for the views), so the engines only
ever see values they know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.http import QueryDict
from django_countries import countries

from practices.marking import ANONYMOUS, Reader
from search import adapters

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_QUERY_CHARS = 200
MAX_RESULT_WINDOW = 10_000
SORTS = ("relevance", "newest")
#: query-string parameter → facet name
FILTER_PARAMS = ("threat_type", "space_category", "solution_type", "country", "type", "project", "year", "evidence")


class SearchParamError(ValueError):
    """A parameter the portal cannot answer; the message is shown to the user."""


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    #: Who is searching (``network.clearance``, attached by the views): which restricted parts may match.
    reader: Reader = ANONYMOUS
    #: Whether to count facets; a list that shows only hits (an assessment's matching practices) need not.
    with_facets: bool = True

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def selected(self, facet: str) -> tuple[str, ...]:
        return self.filters.get(facet, ())


def clean_text(raw: str) -> str:
    """Collapse whitespace and control characters and cap the length; the engines never parse syntax."""
    text = re.sub(r"[\x00-\x1f\x7f]+", " ", raw or "")
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or text[:MAX_QUERY_CHARS]
    return text


def _positive_int(params: QueryDict, name: str, default: int) -> int:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    if not re.fullmatch(r"\d{1,6}", raw.strip()):
        raise SearchParamError(f"'{name}' must be a positive whole number.")
    value = int(raw)
    if value < 1:
        raise SearchParamError(f"'{name}' must be at least 1.")
    return value


def known_values() -> dict[str, set[str]]:
    """Valid values of each filter parameter (slugs from the taxonomies, ISO codes, types)."""
    from practices.models import EvidenceLevel, Project, SolutionType, SpaceCategory, ThreatType

    return {
        "threat_type": set(ThreatType.objects.values_list("slug", flat=True)),
        "space_category": set(SpaceCategory.objects.values_list("slug", flat=True)),
        "solution_type": set(SolutionType.objects.values_list("slug", flat=True)),
        "project": set(Project.objects.values_list("slug", flat=True)),
        "country": {code for code, _ in countries},
        "type": set(adapters.doc_types()),
        "evidence": set(EvidenceLevel.values),
    }


def parse_search_params(params: QueryDict, vocabularies: dict[str, set[str]] | None = None) -> SearchQuery:
    """Validate request parameters into a ``SearchQuery``; raise ``SearchParamError`` on bad input."""
    vocabularies = vocabularies if vocabularies is not None else known_values()
    filters: dict[str, tuple[str, ...]] = {}
    for name in FILTER_PARAMS:
        values = [value.strip() for value in params.getlist(name) if value.strip()]
        if not values:
            continue
        if len(values) > 50:
            raise SearchParamError(f"Too many values for '{name}'.")
        if name == "country":
            values = [value.upper() for value in values]
        if name == "year":
            if not all(re.fullmatch(r"(19|20)\d\d", value) for value in values):
                raise SearchParamError("'year' must be a four-digit year.")
        else:
            unknown = [value for value in values if value not in vocabularies[name]]
            if unknown:
                shown = ", ".join(repr(value[:40]) for value in unknown[:3])
                raise SearchParamError(f"Unknown value for '{name}': {shown}.")
        filters[name] = tuple(dict.fromkeys(values))
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        raise SearchParamError("'sort' must be 'relevance' or 'newest'.")
    page = _positive_int(params, "page", 1)
    page_size = _positive_int(params, "page_size", DEFAULT_PAGE_SIZE)
    if page_size > MAX_PAGE_SIZE:
        raise SearchParamError(f"'page_size' can be at most {MAX_PAGE_SIZE}.")
    if page * page_size > MAX_RESULT_WINDOW:
        raise SearchParamError("That page is beyond the last page of results.")
    return SearchQuery(text=clean_text(params.get("q", "")), filters=filters, sort=sort, page=page, page_size=page_size)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label, "count": self.count, "selected": self.selected}


@dataclass
class SearchHit:
    title: str
    url: str
    type: str
    snippet: str
    country: str
    threat_types: list[str]
    space_categories: list[str]
    published: str | None
    city: str = ""
    project: str | None = None
    doc_id: str = ""
    #: A restricted part's TLP label and heading ("" for public documents); the reader may read it.
    label: str = ""
    part: str = ""
    #: The search log's signed token for a click on this hit (``search.log.click_token``); not in the API.
    click: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type,
            "snippet": self.snippet,
            "country": self.country,
            "threat_types": self.threat_types,
            "space_categories": self.space_categories,
            "published": self.published,
            **({"tlp": self.label, "section": self.part} if self.label else {}),
        }


@dataclass(frozen=True)
class Promotion:
    """A page an editor pinned to the query (``wagtail.contrib.search_promotions``): shown first, marked."""

    title: str
    url: str
    description: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "description": self.description}


@dataclass
class SearchResult:
    query: SearchQuery
    count: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    degraded: bool = False
    suggestion: str | None = None
    #: Nothing had enough of the query's words, so these have only some of them (``search.matching``).
    relaxed: bool = False
    #: Editors' picks for the query, on its first page (``search.service.promotions``).
    promoted: list[Promotion] = field(default_factory=list)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.query.page_size))
