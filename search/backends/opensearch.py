"""The OpenSearch engine: writes documents, answers faceted searches, suggestions and more-like-this.

Timeouts are short and retries few on purpose: a search that cannot get an answer within
``SEARCH_TIMEOUT`` falls back to the database instead of making the visitor wait (and the
circuit breaker in ``search.service`` stops the next ones from waiting at all). Writes run in
the task worker with the longer ``SEARCH_WRITE_TIMEOUT`` and are retried from the backlog.
With several nodes in OPENSEARCH_URL a request that cannot reach one node is retried on another.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.utils.html import escape
from opensearchpy import FacetedSearch, OpenSearch, Q, Search, TermsFacet
from opensearchpy.exceptions import ConnectionError as EngineConnectionError
from opensearchpy.exceptions import TransportError
from opensearchpy.helpers import bulk, parallel_bulk
from opensearchpy.helpers.query import Query

from portal.settings.env import opensearch_urls
from practices.marking import Reader
from search.access import PUBLIC_LABEL, engine_filter, public_label, public_only
from search.content import LAST_TIER, TYPE_TIERS
from search.documents import alias_name, new_index
from search.matching import QueryPlan, matching_text, plan_query
from search.query import FacetValue, SearchHit, SearchQuery, SearchResult
from search.synonyms import Concept
from search.terms import FACET_FIELDS

logger = logging.getLogger(__name__)

SEARCH_FIELDS = [
    "title^4",
    "title.words^2",
    "summary^2",
    "city^3",
    "taxonomy_text^2",
    "credits^2",
    "tags^2",
    "body",
]
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]}
#: A document's other matching fields add this share of their score to its best field's: the words spread over
#: title, summary and body say more than one field alone (on the tuning half, nDCG@10 0.771 → 0.785).
FIELDS_TIE_BREAKER = 0.3
#: Added to the score of a document that has every word of the query (``PracticeFacetedSearch.query``).
ALL_WORDS_BOOST = 1000
#: Added to the score of a document tagged with a taxonomy term the query names (``search.matching.named_terms``).
NAMED_TERM_BOOST = 5
#: The same for a project the query names by its acronym ("PRoTECT"): the query is the project's name, so its
#: work comes before pages that merely use the word ("protect the queue"); far less than ``ALL_WORDS_BOOST``.
NAMED_PROJECT_BOOST = 20
#: Added to the score per tier a kind of result stands above the last (``search.content.TYPE_TIERS``).
TIER_BOOST = 3

_clients: dict[tuple[str, float], OpenSearch] = {}
#: HTTP statuses that mean "the engine cannot answer now" rather than "the request is wrong".
UNAVAILABLE_STATUSES = {429, 500, 502, 503, 504}


class EngineUnavailable(RuntimeError):
    """The engine is not configured or did not answer."""


def is_unavailable(exc: BaseException) -> bool:
    """Is ``exc`` the engine being down, hung or overloaded (as opposed to a bug in our request)?"""
    if isinstance(exc, EngineUnavailable | EngineConnectionError):
        return True
    if isinstance(exc, TransportError):
        return exc.status_code == "N/A" or exc.status_code in UNAVAILABLE_STATUSES
    return False


def is_closed(exc: BaseException) -> bool:
    """Is ``exc`` the index being closed for a moment (a synonym push, ``search.indexing``)?"""
    return isinstance(exc, TransportError) and exc.error == "index_closed_exception"


def client(timeout: float | None = None) -> OpenSearch:
    """A shared client for the configured node(s), with the search timeout unless ``timeout`` is given.

    Searches use ``SEARCH_TIMEOUT``; writes, rebuilds and checks (the worker's and operators' work)
    use ``write_client()``. No retry on the same node (a hung node would double the wait); with
    several nodes a connection error or a timeout (a node going down stops answering before it stops
    accepting) is retried once on each other node.
    """
    urls = opensearch_urls(settings.OPENSEARCH_URL)
    if not urls:
        raise EngineUnavailable("OPENSEARCH_URL is not set")
    timeout = float(settings.SEARCH_TIMEOUT if timeout is None else timeout)
    key = (",".join(urls), timeout)
    if key not in _clients:
        _clients[key] = OpenSearch(
            hosts=urls, timeout=timeout, max_retries=len(urls) - 1, retry_on_timeout=len(urls) > 1, pool_maxsize=4
        )
    return _clients[key]


def write_client() -> OpenSearch:
    """The client for writes and index operations, with the longer ``SEARCH_WRITE_TIMEOUT``."""
    return client(settings.SEARCH_WRITE_TIMEOUT)


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
    Which documents match is decided by ``all_text`` with ``search.matching``'s rule (every word of a
    short query, most words of a longer one, in any field), exactly like the database fallback; the
    per-field query only ranks them, and documents with every word rank first.
    """

    fields = SEARCH_FIELDS
    facets = {name: TermsFacet(field=field, size=200) for name, field in FACET_FIELDS.items()}

    def __init__(
        self,
        query: SearchQuery,
        index: str,
        fuzzy: bool = False,
        exclude: tuple[str, ...] = (),
        relaxed: bool = False,
        plan: QueryPlan | None = None,
    ) -> None:
        self.index = index
        self._plan = plan if plan is not None else plan_query(query.text, {})
        self._search_query = query
        self._fuzzy = fuzzy
        self._exclude = exclude
        self._relaxed = relaxed
        filters: dict[str, list[str | int]] = {name: list(values) for name, values in query.filters.items()}
        if "year" in filters:
            filters["year"] = [int(value) for value in filters["year"]]
        # Relevance with words: the engine's score (a rescore cannot be combined with a sort).
        sort: tuple[Any, ...] = ()
        if query.sort == "newest":
            # The DSL refuses "-_score"; a bare "_score" already sorts best first.
            sort = ("-published", "_score")
        elif not query.text:
            sort = ("-published",)
        super().__init__(query.text, filters, sort=sort)

    def search(self) -> Search:
        return Search(index=self.index, using=client()).response_class(self._response_class())

    @staticmethod
    def _response_class() -> Any:
        from opensearchpy.helpers.faceted_search import FacetedResponse

        return FacetedResponse

    def _concept(self, concept: Concept) -> Query:
        """The concept's words, or any of its synonyms (a term of several words needs all of them), in any field.

        The exact pass gives the engine the words as typed: the search analyzer's ``synonym_graph``
        (``search.documents``) expands them. The typo-tolerant pass matches unstemmed words, which have no
        synonym filter (a fuzzy graph would match far too much), so it is given the portal's alternatives.
        """
        if not self._fuzzy:
            # A synonym of several words needs all of them, anywhere, as on the database (not as a phrase).
            return Q(
                "match",
                all_text={"query": concept.words, "operator": "and", "auto_generate_synonyms_phrase_query": False},
            )
        fuzzy = {"fuzziness": "AUTO", "prefix_length": 1, "max_expansions": 20}
        clauses = [Q("match", all_words={"query": term, "operator": "and", **fuzzy}) for term in concept.terms]
        return clauses[0] if len(clauses) == 1 else Q("bool", should=clauses, minimum_should_match=1)

    def _match(self, needed: int) -> Query:
        """``needed`` of the query's concepts (``search.matching``)."""
        return Q(
            "bool", should=[self._concept(concept) for concept in self._plan.concepts], minimum_should_match=needed
        )

    def text_match(self) -> Query | None:
        """Which documents the words select: ``search.matching``'s rule (any one word when relaxed)."""
        if not self._query:
            return None
        return self._match(self._plan.required(self._relaxed))

    def query(self, search: Search, query: str) -> Search:
        match = self.text_match()
        must: list[Query] = [match] if match is not None else []
        # On the typo-tolerant pass the ranking forgives typos too, or only the words spelled right would rank.
        typos = {"fuzziness": "AUTO", "prefix_length": 1, "max_expansions": 20} if self._fuzzy else {}
        should = (
            [
                Q(
                    "multi_match",
                    query=matching_text(query),
                    fields=self.fields,
                    type="best_fields",
                    tie_breaker=FIELDS_TIE_BREAKER,
                    **typos,
                )
            ]
            if query
            else []
        )
        if query and self._plan.required(self._relaxed) < len(self._plan.concepts):
            # Documents with every word rank above those with only some (a constant far above any score).
            # Not needed when every word is required anyway: a second pass over the text costs time.
            should.append(Q("constant_score", filter=self._match(len(self._plan.concepts)), boost=ALL_WORDS_BOOST))
        for facet, slugs in (
            self._plan.named or {}
        ).items():  # "vehicle ramming at Christmas markets": their tagged documents
            boost = NAMED_PROJECT_BOOST if facet == "project" else NAMED_TERM_BOOST
            should.append(Q("terms", **{FACET_FIELDS[facet]: slugs}, boost=boost))
        if query:
            for tier in range(LAST_TIER):
                types = [doc_type for doc_type, rank in TYPE_TIERS.items() if rank == tier]
                should.append(Q("constant_score", filter=Q("terms", type=types), boost=TIER_BOOST * (LAST_TIER - tier)))
        search = search.query(Q("bool", must=must, should=should, filter=self.narrowing(), must_not=self.excluded()))
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

    def narrowing(self, skip: str | None = None) -> list[Query]:
        """The facet filters (all but ``skip``'s) and the reader's clearance (``search.access``)."""
        return [
            engine_filter(self._search_query.reader),
            *(flt for name, flt in self._filters.items() if name != skip),
        ]

    def excluded(self) -> list[Query]:
        """Documents on their way out of the index (see ``search.models.EngineBacklog``): never found or counted."""
        return [Q("ids", values=list(self._exclude))] if self._exclude else []

    def filter(self, search: Search) -> Search:
        return search  # the filters are part of the query (see the class docstring)

    def aggregate(self, search: Search) -> None:
        """Facet counts: each facet ignores its own filter, so its other values stay selectable.

        A facet nobody filters on counts exactly the documents the query matches, so it is an
        ordinary aggregation over the hits. Only the facets with a selection need the ``global``
        scope, which re-applies the text match and every *other* facet's filter.
        """
        if not self._search_query.with_facets:
            return
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
            narrowing = self.narrowing(skip=name)
            if match is not None:
                narrowing.insert(0, match)
            scope.bucket(
                "_filter_" + name, "filter", filter=Q("bool", filter=narrowing, must_not=self.excluded())
            ).bucket(name, self.facets[name].get_aggregation())

    def facet_buckets(self, response: Any) -> dict[str, list[tuple[str, int, bool]]]:
        """(value, count, selected) per facet, from wherever ``aggregate`` put its aggregation."""
        if not self._search_query.with_facets:
            return {}
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
        es = write_client()
        alias = alias_name()
        if es.indices.exists_alias(name=alias):
            return alias
        name = f"{alias}-{dt.datetime.now(dt.UTC).strftime('%Y%m%d%H%M%S%f')}"
        new_index(name).create(using=es)
        es.indices.put_alias(index=name, name=alias)
        return alias

    def index(self, doc_id: str, document: dict[str, Any]) -> None:
        # An immediate refresh makes a published page searchable at once; editorial writes are rare.
        write_client().index(index=alias_name(), id=doc_id, body=document, refresh=True)

    def delete(self, doc_id: str) -> None:
        write_client().delete(index=alias_name(), id=doc_id, ignore=[404], refresh=True)

    def write(self, documents: dict[str, dict[str, Any] | None]) -> list[str]:
        """Index (a document) or delete (``None``) each id in one bulk request; return the ids written.

        A delete of a document the engine does not have counts as written. Ids missing from the
        result failed on their own (the caller retries them); an unavailable engine raises.
        """
        actions = [
            {"_op_type": "delete", "_index": alias_name(), "_id": doc_id}
            if body is None
            else {"_op_type": "index", "_index": alias_name(), "_id": doc_id, "_source": body}
            for doc_id, body in documents.items()
        ]
        _ok, errors = bulk(
            write_client(), actions, refresh=True, raise_on_error=False, raise_on_exception=True, max_retries=0
        )
        failed = set()
        for error in errors:
            (operation,) = error.values()
            if not (operation.get("status") == 404 and error.get("delete")):
                failed.add(operation.get("_id"))
        return [doc_id for doc_id in documents if doc_id not in failed]

    def bulk_index(self, index: str, documents: Iterable[tuple[str, dict[str, Any]]], chunk_size: int = 1000) -> int:
        """Write ``documents`` in chunks, two requests at a time; returns how many were written.

        The documents are read here, in the calling thread, a batch of chunks at a time: parallel_bulk
        pulls its actions from a thread of its own, where a lazy queryset would be read on another
        database connection, outside the caller's transaction (it would not see the caller's uncommitted
        rows) and left open when the thread ends.
        """
        ok = 0
        iterator = iter(documents)
        while batch := list(itertools.islice(iterator, 2 * chunk_size)):
            actions = [{"_index": index, "_id": doc_id, "_source": body} for doc_id, body in batch]
            # Two threads keep the node busy with the batch's chunks.
            for success, _info in parallel_bulk(
                write_client(), actions, thread_count=2, chunk_size=chunk_size, request_timeout=120, raise_on_error=True
            ):
                ok += int(success)
        return ok

    def refresh(self) -> None:
        write_client().indices.refresh(index=alias_name())

    # --- reading --------------------------------------------------------------------------
    def search(
        self, query: SearchQuery, labels: dict[str, dict[str, str]], exclude: tuple[str, ...] = ()
    ) -> SearchResult:
        plan = plan_query(query.text, labels)
        result = self._search(query, labels, plan, fuzzy=False, exclude=exclude)
        if result.count == 0 and query.text:
            # Nothing matched exactly: allow typos ("vehicle rammming") and work out a "did you mean".
            # Only this rare second request pays for the suggester.
            result = self._search(query, labels, plan, fuzzy=True, exclude=exclude)
        if result.count == 0 and plan.can_relax:
            # Still nothing: any one of the words (the page says so).
            result = self._search(query, labels, plan, fuzzy=True, exclude=exclude, relaxed=True)
        return result

    def _search(
        self,
        query: SearchQuery,
        labels: dict[str, dict[str, str]],
        plan: QueryPlan,
        fuzzy: bool,
        exclude: tuple[str, ...],
        relaxed: bool = False,
    ) -> SearchResult:
        faceted = PracticeFacetedSearch(query, alias_name(), fuzzy=fuzzy, exclude=exclude, relaxed=relaxed, plan=plan)
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
                    doc_id=hit.meta.id,
                    title=hit.title,
                    url=hit.url,
                    type=hit.type,
                    snippet=snippet,
                    country=hit.country or "",
                    threat_types=list(hit.threat_types or []),
                    space_categories=list(hit.space_categories or []),
                    published=hit.published
                    if isinstance(hit.published, str) or hit.published is None
                    else hit.published.date().isoformat(),
                    city=hit.city or "",
                    project=hit.project,
                    label=public_label(getattr(hit, "access_label", "")),
                    part=getattr(hit, "part_heading", "") or "",
                )
            )
        facets = {
            name: [
                FacetValue(value, _label(name, value, labels), count, selected) for value, count, selected in buckets
            ]
            for name, buckets in faceted.facet_buckets(response).items()
        }
        return SearchResult(
            query=query,
            count=response.hits.total.value,
            hits=hits,
            facets=facets,
            suggestion=self._suggestion(response, query.text),
            relaxed=relaxed,
        )

    def coverage(
        self, reader: Reader, filters: dict[str, tuple[str, ...]], exclude: tuple[str, ...] = ()
    ) -> dict[tuple[str, str], tuple[int, int]]:
        """Documents per (threat type, space category) in one aggregation: (all, restricted parts among them).

        ``filters`` narrow by facet (``type`` among them, always given); only what ``reader`` may match counts.
        """
        clauses = [engine_filter(reader)]
        for facet, values in filters.items():
            clauses.append(Q("terms", **{FACET_FIELDS[facet]: list(values)}))
        must_not = [Q("ids", values=list(exclude))] if exclude else []
        search = Search(index=alias_name(), using=client()).query(Q("bool", filter=clauses, must_not=must_not))
        search = search.extra(size=0, track_total_hits=False)
        threats = search.aggs.bucket("threats", "terms", field="threat_types", size=200)
        spaces = threats.bucket("spaces", "terms", field="space_categories", size=200)
        spaces.bucket("restricted", "filter", bool={"must_not": [{"term": {"access_label": PUBLIC_LABEL}}]})
        response = search.execute()
        return {
            (threat.key, space.key): (space.doc_count, space.restricted.doc_count)
            for threat in response.aggregations.threats.buckets
            for space in threat.spaces.buckets
        }

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

    def suggest(self, text: str, limit: int = 8, exclude: tuple[str, ...] = ()) -> list[dict[str, str]]:
        search = (
            Search(index=alias_name(), using=client())
            .query(
                Q(
                    "bool",
                    must=[
                        Q(
                            "multi_match",
                            query=text,
                            fields=["title.autocomplete", "title^2"],
                            type="bool_prefix",
                            operator="and",
                        )
                    ],
                    filter=[public_only()],
                    must_not=[Q("ids", values=list(exclude))] if exclude else [],
                )
            )
            .source(["title", "url", "type"])
        )[:limit]
        return [
            {"doc_id": hit.meta.id, "title": hit.title, "url": hit.url, "type": hit.type} for hit in search.execute()
        ]

    def more_like_this(
        self,
        doc_id: str,
        document: dict[str, Any],
        types: tuple[str, ...],
        limit: int = 4,
        exclude: tuple[str, ...] = (),
    ) -> list[dict[str, Any]]:
        """Documents of ``types`` most like ``doc_id``: text similarity plus shared taxonomy, itself excluded."""
        should = [
            Q(
                "more_like_this",
                fields=["title", "summary", "body"],
                like=[{"_index": alias_name(), "_id": doc_id}],
                min_term_freq=1,
                min_doc_freq=1,
                max_query_terms=25,
            ),
        ]
        for field in ("threat_types", "space_categories", "solution_types"):
            if document.get(field):
                should.append(Q("terms", **{field: document[field]}, boost=1.5))
        search = (
            Search(index=alias_name(), using=client())
            .query(
                Q(
                    "bool",
                    should=should,
                    minimum_should_match=1,
                    filter=[Q("terms", type=list(types)), public_only()],
                    must_not=[Q("ids", values=[doc_id, *exclude])],
                )
            )
            .source(["object_id", "title", "url", "type"])
        )[:limit]
        return [{**hit.to_dict(), "doc_id": hit.meta.id} for hit in search.execute()]
