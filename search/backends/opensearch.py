"""The OpenSearch engine: writes documents, answers faceted searches, suggestions and more-like-this.

Timeouts are short and retries few on purpose: a page publish must not hang on a slow
engine (the drift check catches up), and a search that cannot get an answer in time falls
back to the database instead of making the visitor wait.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.utils.html import escape
from opensearchpy import FacetedSearch, OpenSearch, Q, Search, TermsFacet
from opensearchpy.helpers import parallel_bulk

from search.documents import alias_name, new_index
from search.query import FacetValue, SearchHit, SearchQuery, SearchResult
from search.terms import FACET_FIELDS

logger = logging.getLogger(__name__)

SEARCH_FIELDS = ["title^4", "title.words^2", "summary^2", "city^3", "taxonomy_text^2", "tags^2", "body"]
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]}

_clients: dict[str, OpenSearch] = {}


class EngineUnavailable(RuntimeError):
    """The engine is not configured or did not answer."""


def client() -> OpenSearch:
    """A shared client for the configured node (short timeout, one retry)."""
    url = settings.OPENSEARCH_URL
    if not url:
        raise EngineUnavailable("OPENSEARCH_URL is not set")
    if url not in _clients:
        _clients[url] = OpenSearch(hosts=[url], timeout=3, max_retries=1, retry_on_timeout=False, pool_maxsize=4)
    return _clients[url]


def _html_escape_fragment(fragment: str) -> str:
    """Escape a highlighted fragment, keeping only our own <mark> tags."""
    return escape(fragment).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")


class PracticeFacetedSearch(FacetedSearch):
    """Text + facets in one request: AND across facets, OR within one, counts for every bucket.

    Unlike the DSL's default (query everything, narrow with ``post_filter``), the facet filters
    go into the query itself, so only the few matching documents are scored. Facets without a
    selection are counted over the hits; those with one come from a ``global`` aggregation that
    applies the text match and every *other* facet's filter (see ``aggregate``).
    The phrase boost is a rescore of the top window only.
    Which documents match is decided by ``all_text`` (every word, in any field), exactly like
    the database fallback; the per-field query only ranks them.
    """

    fields = SEARCH_FIELDS
    facets = {name: TermsFacet(field=field, size=200) for name, field in FACET_FIELDS.items()}

    def __init__(self, query: SearchQuery, index: str, fuzzy: bool = False) -> None:
        self.index = index
        self._search_query = query
        self._fuzzy = fuzzy
        filters = {name: list(values) for name, values in query.filters.items()}
        if "year" in filters:
            filters["year"] = [int(value) for value in filters["year"]]
        # Relevance with words: the engine's score (a rescore cannot be combined with a sort).
        sort: tuple[Any, ...] = ()
        if query.sort == "newest":
            sort = ("-published", "-_score")
        elif not query.text:
            sort = ("-published",)
        super().__init__(query.text, filters, sort=sort)

    def search(self) -> Search:
        return Search(index=self.index, using=client()).response_class(self._response_class())

    @staticmethod
    def _response_class() -> Any:
        from opensearchpy.helpers.faceted_search import FacetedResponse

        return FacetedResponse

    def text_match(self) -> Q | None:
        """Which documents the words select (every word must occur, in any field)."""
        if not self._query:
            return None
        options: dict[str, Any] = {"query": self._query, "operator": "and"}
        if self._fuzzy:
            options.update(fuzziness="AUTO", prefix_length=1, max_expansions=20)
            return Q("match", all_words=options)
        return Q("match", all_text=options)

    def query(self, search: Search, query: str) -> Search:
        match = self.text_match()
        must = [match] if match is not None else []
        should = [Q("multi_match", query=query, fields=self.fields, type="best_fields")] if query else []
        search = search.query(Q("bool", must=must, should=should, filter=list(self._filters.values())))
        if query and self._search_query.sort != "newest":
            search = search.extra(
                rescore={
                    "window_size": 50,
                    "query": {
                        "rescore_query": {"multi_match": {"query": query, "fields": self.fields, "type": "phrase"}},
                        "query_weight": 1,
                        "rescore_query_weight": 2,
                    },
                }
            )
        return search

    def filter(self, search: Search) -> Search:
        return search  # the filters are part of the query (see the class docstring)

    def aggregate(self, search: Search) -> None:
        """Facet counts: each facet ignores its own filter, so its other values stay selectable.

        A facet nobody filters on counts exactly the documents the query matches, so it is an
        ordinary aggregation over the hits. Only the facets with a selection need the ``global``
        scope, which re-applies the text match and every *other* facet's filter.
        """
        selected = [name for name in self.facets if name in self._filters]
        for name, facet in self.facets.items():
            if name not in selected:
                search.aggs.bucket(name, facet.get_aggregation())
        if not selected:
            return
        scope = search.aggs.bucket("_all", "global")
        match = self.text_match()
        for name in selected:
            # One conjunction per facet (words and the other facets' filters) lets Lucene
            # leapfrog from its rarest clause; a shared text filter above them would visit
            # every document the words match, which on 100k documents doubled the request time.
            narrowing = [flt for other, flt in self._filters.items() if other != name]
            if match is not None:
                narrowing.insert(0, match)
            scope.bucket("_filter_" + name, "filter", filter=Q("bool", filter=narrowing)).bucket(
                name, self.facets[name].get_aggregation()
            )

    def facet_buckets(self, response: Any) -> dict[str, list[tuple[str, int, bool]]]:
        """(value, count, selected) per facet, from wherever ``aggregate`` put its aggregation."""
        aggregations = response.aggregations
        scope = getattr(aggregations, "_all", None)
        result = {}
        for name, facet in self.facets.items():
            if name in self._filters:
                data = getattr(getattr(scope, "_filter_" + name), name)
            else:
                data = getattr(aggregations, name)
            selected = [str(value) for value in self.filter_values.get(name, ())]
            result[name] = [(str(key), count, str(key) in selected) for key, count, _ in facet.get_values(data, ())]
        return result

    def highlight(self, search: Search) -> Search:
        return search.highlight_options(
            **HIGHLIGHT_TAGS, number_of_fragments=1, fragment_size=180, no_match_size=180, encoder="default"
        ).highlight("summary", "body")


def _label(facet: str, value: str, labels: dict[str, dict[str, str]]) -> str:
    return labels.get(facet, {}).get(str(value), str(value))


class OpenSearchEngine:
    name = "opensearch"

    # --- writing --------------------------------------------------------------------------
    def ensure_index(self) -> str:
        """Create the first concrete index and point the alias at it, if there is none yet."""
        es = client()
        alias = alias_name()
        if es.indices.exists_alias(name=alias):
            return alias
        name = f"{alias}-{dt.datetime.now(dt.UTC).strftime('%Y%m%d%H%M%S%f')}"
        new_index(name).create(using=es)
        es.indices.put_alias(index=name, name=alias)
        return alias

    def index(self, doc_id: str, document: dict[str, Any]) -> None:
        # An immediate refresh makes a published page searchable at once; editorial writes are rare.
        client().index(index=alias_name(), id=doc_id, body=document, refresh=True)

    def delete(self, doc_id: str) -> None:
        client().delete(index=alias_name(), id=doc_id, ignore=[404], refresh=True)

    def bulk_index(self, index: str, documents: Iterable[tuple[str, dict[str, Any]]], chunk_size: int = 1000) -> int:
        actions = ({"_index": index, "_id": doc_id, "_source": body} for doc_id, body in documents)
        ok = 0
        # Two threads keep the node busy while Python serialises the next chunk.
        for success, _info in parallel_bulk(client(), actions, thread_count=2, chunk_size=chunk_size,
                                           request_timeout=120, raise_on_error=True):  # fmt: skip
            ok += int(success)
        return ok

    def refresh(self) -> None:
        client().indices.refresh(index=alias_name())

    # --- reading --------------------------------------------------------------------------
    def search(self, query: SearchQuery, labels: dict[str, dict[str, str]]) -> SearchResult:
        result = self._search(query, labels, fuzzy=False)
        if result.count == 0 and query.text:
            # Nothing matched exactly: allow typos ("vehicle rammming") and work out a "did you mean".
            # Only this rare second request pays for the suggester.
            result = self._search(query, labels, fuzzy=True)
        return result

    def _search(self, query: SearchQuery, labels: dict[str, dict[str, str]], fuzzy: bool) -> SearchResult:
        faceted = PracticeFacetedSearch(query, alias_name(), fuzzy=fuzzy)
        faceted = faceted[query.offset : query.offset + query.page_size]
        faceted._s = faceted._s.source(excludes=["body", "taxonomy_text"]).extra(track_total_hits=True)
        if fuzzy:
            faceted._s = faceted._s.suggest(
                "did_you_mean", query.text, term={"field": "title.words", "suggest_mode": "popular"}
            )
        response = faceted.execute()
        hits = []
        for hit in response:
            highlight = getattr(hit.meta, "highlight", None)
            fragments = []
            if highlight is not None:
                fragments = list(getattr(highlight, "summary", []) or []) or list(getattr(highlight, "body", []) or [])
            snippet = _html_escape_fragment(fragments[0]) if fragments else escape(hit.summary or "")[:300]
            hits.append(
                SearchHit(
                    title=hit.title, url=hit.url, type=hit.type, snippet=snippet, country=hit.country or "",
                    threat_types=list(hit.threat_types or []), space_categories=list(hit.space_categories or []),
                    published=hit.published if isinstance(hit.published, str) or hit.published is None
                    else hit.published.date().isoformat(),
                    city=hit.city or "", project=hit.project,
                )
            )  # fmt: skip
        facets = {
            name: [FacetValue(value, _label(name, value, labels), count, selected) for value, count, selected in buckets]
            for name, buckets in faceted.facet_buckets(response).items()
        }
        return SearchResult(
            query=query, count=response.hits.total.value, hits=hits, facets=facets,
            suggestion=self._suggestion(response, query.text),
        )  # fmt: skip

    @staticmethod
    def _suggestion(response: Any, text: str) -> str | None:
        suggest = getattr(response, "suggest", None)
        if not suggest or not text:
            return None
        words = text.split()
        changed = False
        for entry in suggest.did_you_mean:
            options = list(entry.options)
            if options:
                for position, word in enumerate(words):
                    if word.lower() == entry.text.lower():
                        words[position] = options[0].text
                        changed = True
        return " ".join(words) if changed else None

    def suggest(self, text: str, limit: int = 8) -> list[dict[str, str]]:
        search = (
            Search(index=alias_name(), using=client())
            .query("multi_match", query=text, fields=["title.autocomplete", "title^2"], type="bool_prefix",
                   operator="and")
            .source(["title", "url", "type"])
        )[:limit]  # fmt: skip
        return [{"title": hit.title, "url": hit.url, "type": hit.type} for hit in search.execute()]

    def more_like_this(self, doc_id: str, document: dict[str, Any], limit: int = 4) -> list[dict[str, Any]]:
        """Text similarity plus shared taxonomy, the document itself excluded."""
        should = [
            Q("more_like_this", fields=["title", "summary", "body"],
              like=[{"_index": alias_name(), "_id": doc_id}], min_term_freq=1, min_doc_freq=1, max_query_terms=25),
        ]  # fmt: skip
        for field in ("threat_types", "space_categories", "solution_types"):
            if document.get(field):
                should.append(Q("terms", **{field: document[field]}, boost=1.5))
        search = (
            Search(index=alias_name(), using=client())
            .query(Q("bool", should=should, minimum_should_match=1, must_not=[Q("ids", values=[doc_id])]))
            .source(["object_id", "title", "url", "type", "summary", "city", "country", "project"])
        )[:limit]
        return [hit.to_dict() for hit in search.execute()]
