"""Every parameter combination the search API accepts is answered by OpenSearch itself, never by a fallback.

The service falls back to the database when the engine cannot answer; a fault in how a query is
built (the DSL refusing a sort, say) would look exactly like that and go unnoticed. So each sort,
each facet, paging, and empty and non-empty text run against the real engine, through the API,
the search page and the suggestion box, and each answer must say it came from the engine.
"""

from __future__ import annotations

import itertools

import pytest

from search.query import FILTER_PARAMS, SORTS

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

TEXTS = ["", "market", "vehicle rammming"]  # nothing, words, a typo (the fuzzy second request)


def test_every_accepted_combination_is_answered_by_the_engine(client, use_engine):
    everything = client.get("/api/search/", {"page_size": 100}).json()
    assert everything["degraded"] is False
    # One real value per facet, the most common one, so that every filter also narrows something.
    values = {name: everything["facets"][name][0]["value"] for name in FILTER_PARAMS}
    failures = []
    for text, sort, facet in itertools.product(TEXTS, SORTS, [None, *FILTER_PARAMS]):
        params = {"q": text, "sort": sort, "page_size": 3}
        if facet:
            params[facet] = values[facet]
        first = client.get("/api/search/", params)
        data = first.json()
        pages = [data] + ([client.get("/api/search/", {**params, "page": 2}).json()] if data["num_pages"] > 1 else [])
        if first.status_code != 200 or any(page.get("degraded") is not False for page in pages):
            failures.append(f"{params}: {first.status_code} {data.get('error') or 'degraded'}")
        html = client.get("/search/", params)
        if html.status_code != 200 or b"simplified mode" in html.content:
            failures.append(f"/search/ {params}: {html.status_code}")
    for text in ("ma", "vehicle", "köln"):
        suggestions = client.get("/api/search/suggest/", {"q": text}).json()
        if suggestions.get("degraded") is not False:
            failures.append(f"suggest {text!r}: degraded")
    assert not failures, "\n".join(failures)
