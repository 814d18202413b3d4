"""Wagtail's own search (the admin's page search and choosers) on OpenSearch, answering from the database
when the engine does not.

Wagtail's OpenSearch backend has no fallback: with the engine stopped or hung, the admin's page search
and the page chooser's search fail with a 500 (or wait for the client timeout). Here every engine call
goes through the portal's circuit breaker (``search.service.guarded``), and when the engine cannot
answer, the same query runs on Wagtail's database fallback backend, which matches the searchable
fields with ``LIKE`` and needs no index of its own. Results are evaluated inside the guard, because
Wagtail's results are lazy and would otherwise fail later, in the template.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from modelsearch.backends.database.fallback import (
    DatabaseAutocompleteQueryCompiler,
    DatabaseSearchBackend,
    DatabaseSearchQueryCompiler,
    DatabaseSearchResults,
)
from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3SearchBackend,
    OpenSearch3SearchResults,
)

from search.service import guarded


class ResilientSearchResults(OpenSearch3SearchResults):
    """The engine's results while it answers, the database's (same query, same slice) when it does not."""

    def _database(self) -> DatabaseSearchResults:
        compiler = self.query_compiler
        compiler_class = (
            DatabaseAutocompleteQueryCompiler
            if isinstance(compiler, OpenSearch3AutocompleteQueryCompiler)
            else DatabaseSearchQueryCompiler
        )
        fallback = DatabaseSearchResults(
            DatabaseSearchBackend({}),
            compiler_class(
                compiler.queryset,
                compiler.query,
                fields=compiler.fields,
                order_by_relevance=compiler.order_by_relevance,
            ),
            prefetch_related=self.prefetch_related,
        )
        fallback.start, fallback.stop, fallback._score_field = self.start, self.stop, self._score_field
        return fallback

    def _do_search(self) -> list[Any]:
        found = guarded("admin search", lambda _engine: list(super(ResilientSearchResults, self)._do_search()))
        return found if found is not None else list(self._database()._do_search())

    def _do_count(self) -> int:
        counted = guarded("admin search count", lambda _engine: super(ResilientSearchResults, self)._do_count())
        return counted if counted is not None else self._database()._do_count()

    def facet(self, field_name: str) -> OrderedDict[Any, int]:
        counts = guarded("admin search facet", lambda _engine: super(ResilientSearchResults, self).facet(field_name))
        return counts if counts is not None else self._database().facet(field_name)


class ResilientOpenSearchBackend(OpenSearch3SearchBackend):
    """``wagtail.search.backends.opensearch3`` with the portal's breaker and a database fallback for searches."""

    results_class = ResilientSearchResults


SearchBackend = ResilientOpenSearchBackend
