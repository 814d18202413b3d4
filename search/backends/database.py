"""The database fallback: the same queries and facets, answered from ``SearchEntry`` rows.

Used when OPENSEARCH_URL is not set (the embedded default) or the engine does not answer.
Relevance is simpler (the same words must match, by ``search.matching``'s rule; entries with
every word first, then title matches), but filters, facet counts, sorting and pagination behave
exactly as with the engine.
"""

from __future__ import annotations

import re
from typing import Any

from django.db.models import (
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils.html import escape

from practices.marking import Reader
from search.access import PUBLIC_LABEL, entry_filter, public_label
from search.content import LAST_TIER, TYPE_TIERS, fold
from search.matching import QueryPlan, matching_text, plan_query
from search.models import SearchEntry, SearchEntryTerm
from search.query import FacetValue, SearchHit, SearchQuery, SearchResult
from search.synonyms import Concept, stem
from search.terms import FACET_FIELDS


def _has(concept: Concept) -> Q:
    """Any of the concept's terms; a term of several words needs all of them (as on the engine)."""
    found = Q()
    for term in concept.terms:
        every_word = Q()
        for word in stem(term).split():  # "barrier" also finds "barriers"
            every_word &= Q(search_text__contains=word)
        found |= every_word
    return found


def _matches_text(queryset: QuerySet, plan: QueryPlan, relaxed: bool = False) -> QuerySet:
    """``search.matching``'s rule, as the engine applies it: ``matched_words`` counts the concepts each entry has."""
    concepts = plan.concepts
    needed = plan.required(relaxed)
    if needed >= len(concepts):
        for concept in concepts:
            queryset = queryset.filter(_has(concept))
        return queryset.annotate(matched_words=Value(len(concepts), output_field=IntegerField()))
    has = [Case(When(_has(concept), then=Value(1)), default=Value(0)) for concept in concepts]
    counted = queryset.annotate(matched_words=sum(has[1:], start=has[0]))
    return counted.filter(matched_words__gte=needed)


def _tagged(named: dict[str, list[str]]) -> Any:
    """How many of the named terms' facets an entry is tagged in (0 when the query names none)."""
    tagged: Any = Value(0)
    for facet, slugs in named.items():
        has = Exists(SearchEntryTerm.objects.filter(entry=OuterRef("pk"), facet=facet, value__in=slugs))
        tagged = tagged + Case(When(has, then=Value(1)), default=Value(0))
    return ExpressionWrapper(tagged, output_field=IntegerField())


def _with_filters(queryset: QuerySet, filters: dict[str, tuple[str, ...]], skip: str | None = None) -> QuerySet:
    for facet, values in filters.items():
        if facet == skip:
            continue
        queryset = queryset.filter(
            Exists(SearchEntryTerm.objects.filter(entry=OuterRef("pk"), facet=facet, value__in=values))
        )
    return queryset


def _snippet(entry: SearchEntry, text: str) -> str:
    """The summary with the query's words marked, HTML-escaped."""
    snippet: str = escape(entry.summary[:300])
    for word in sorted(set(text.split()), key=len, reverse=True)[:8]:
        if len(word) < 2:
            continue
        snippet = re.sub(f"({re.escape(escape(word))})", r"<mark>\1</mark>", snippet, flags=re.IGNORECASE)
    return snippet


class DatabaseEngine:
    name = "database"

    def search(self, query: SearchQuery, labels: dict[str, dict[str, str]]) -> SearchResult:
        plan = plan_query(query.text, labels)
        result = self._search(query, labels, plan, relaxed=False)
        if result.count == 0 and plan.can_relax:
            result = self._search(query, labels, plan, relaxed=True)  # any one of the words; the page says so
        return result

    def _search(
        self, query: SearchQuery, labels: dict[str, dict[str, str]], plan: QueryPlan, relaxed: bool
    ) -> SearchResult:
        readable = SearchEntry.objects.filter(entry_filter(query.reader))
        base = _matches_text(readable, plan, relaxed) if query.text else readable
        results = _with_filters(base, query.filters)
        if query.sort == "newest" or not query.text:
            ordered = results.order_by(F("published").desc(nulls_last=True), "-pk")
        else:
            title_hit = Q()
            for word in fold(matching_text(query.text)).split():
                title_hit &= Q(folded_title__contains=word)
            # Entries with every word first (as on the engine), then those tagged with the terms the query
            # names, those with every word in the title, then by kind of result (``TYPE_TIERS``).
            ordered = results.annotate(
                title_match=Case(When(title_hit, then=Value(1)), default=Value(0), output_field=IntegerField()),
                tagged=_tagged(plan.named or {}),
                tier=Case(
                    *(When(doc_type=doc_type, then=Value(tier)) for doc_type, tier in TYPE_TIERS.items()),
                    default=Value(LAST_TIER),
                    output_field=IntegerField(),
                ),
            ).order_by("-matched_words", "-tagged", "-title_match", "tier", F("published").desc(nulls_last=True), "-pk")
        count = results.count()
        page = list(ordered[query.offset : query.offset + query.page_size])
        hits = [self._hit(entry, query.text) for entry in page]
        facets: dict[str, list[FacetValue]] = {}
        for facet in FACET_FIELDS if query.with_facets else ():
            scoped = _with_filters(base, query.filters, skip=facet)
            rows = (
                SearchEntryTerm.objects.filter(facet=facet, entry__in=scoped.values("pk"))
                .values("value")
                .annotate(count=Count("entry", distinct=True))
                .order_by("-count", "value")
            )
            selected = set(query.selected(facet))
            values = [
                FacetValue(
                    row["value"],
                    labels.get(facet, {}).get(row["value"], row["value"]),
                    row["count"],
                    row["value"] in selected,
                )
                for row in rows
            ]
            facets[facet] = values
        return SearchResult(query=query, count=count, hits=hits, facets=facets, degraded=True, relaxed=relaxed)

    def coverage(self, reader: Reader, filters: dict[str, tuple[str, ...]]) -> dict[tuple[str, str], tuple[int, int]]:
        """The engine's ``coverage`` from the database copy: one grouped query over (threat, space) term pairs."""
        entries = _with_filters(SearchEntry.objects.filter(entry_filter(reader)), filters)
        pairs = (
            SearchEntryTerm.objects.filter(facet="threat_type", entry__in=entries.values("pk"))
            .filter(entry__terms__facet="space_category")
            .values("value", "entry__terms__value")
            .annotate(
                total=Count("entry", distinct=True),
                restricted=Count("entry", distinct=True, filter=~Q(entry__access_label=PUBLIC_LABEL)),
            )
        )
        return {(row["value"], row["entry__terms__value"]): (row["total"], row["restricted"]) for row in pairs}

    @staticmethod
    def _hit(entry: SearchEntry, text: str) -> SearchHit:
        document: dict[str, Any] = entry.document
        return SearchHit(
            doc_id=entry.doc_id,
            title=entry.title,
            url=entry.url,
            type=entry.doc_type,
            snippet=_snippet(entry, text),
            country=document.get("country") or "",
            threat_types=document.get("threat_types", []),
            space_categories=document.get("space_categories", []),
            published=document.get("published"),
            city=document.get("city") or "",
            project=document.get("project"),
            label=public_label(document.get("access_label")),
            part=document.get("part_heading") or "",
        )

    def suggest(self, text: str, limit: int = 8) -> list[dict[str, str]]:
        folded = fold(text).split()
        queryset = SearchEntry.objects.filter(access_label=PUBLIC_LABEL)  # suggestions: public documents only
        for word in folded[:6]:
            queryset = queryset.filter(folded_title__contains=word)
        return [
            {"doc_id": entry.doc_id, "title": entry.title, "url": entry.url, "type": entry.doc_type}
            for entry in queryset.order_by(F("published").desc(nulls_last=True))[:limit]
        ]
