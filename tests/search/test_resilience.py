"""Search rides out engine faults: a breaker for a hung engine, retried writes, and no leaks meanwhile.

The engine here is the suite's real OpenSearch node: frozen with SIGSTOP for the breaker (as a
long GC pause would), and unreachable (a dead port) while pages change for the backlog tests.
"""

from __future__ import annotations

import time

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import PageViewRestriction

from practices.models import CaseStudyPage
from scripts import opensearch
from search import breaker
from search.backends.opensearch import write_client
from search.documents import alias_name
from search.models import EngineBacklog, SearchEntry
from search.tasks import sync_backlog

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

DEAD_ENGINE = "http://127.0.0.1:9"  # nothing listens there


def timed_search(client, **params) -> tuple[float, dict]:
    started = time.monotonic()
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return time.monotonic() - started, response.json()


def _let_the_interval_pass() -> None:
    """End the breaker's open spell as its expiry would, without the test racing a clock."""
    cache.delete(breaker.OPEN_KEY)


def test_a_hung_engine_costs_one_timeout_per_breaker_interval(use_engine, client, settings):
    settings.SEARCH_TIMEOUT = 0.5
    # Longer than the test, so the spell ends only when the test says so (a slow CI machine
    # must not see the interval pass between two searches).
    settings.SEARCH_BREAKER_SECONDS = 120
    breaker.reset()
    opensearch.pause()
    try:
        answers = [timed_search(client, q="market") for _ in range(15)]
        assert all(data["degraded"] for _, data in answers)
        assert all(data["count"] > 0 for _, data in answers), "the database answers while the engine hangs"
        waited = [seconds for seconds, _ in answers if seconds >= 0.45]
        assert len(waited) == 1 and answers[0][0] >= 0.45, [round(seconds, 2) for seconds, _ in answers]
        assert breaker.is_open()
        _let_the_interval_pass()  # one trial pays the timeout again, the others skip the engine
        trial, after = timed_search(client, q="market"), timed_search(client, q="market")
        assert trial[0] >= 0.45 and after[0] < 0.45
        assert trial[1]["degraded"] and after[1]["degraded"]
    finally:
        opensearch.resume()
    _let_the_interval_pass()
    assert timed_search(client, q="market")[1]["degraded"] is False  # the trial succeeds and closes it
    assert not breaker.is_open()
    assert timed_search(client, q="market")[1]["degraded"] is False


def _unpublish(page: CaseStudyPage) -> None:
    page.unpublish()


def _delete(page: CaseStudyPage) -> None:
    page.delete()


def _restrict(page: CaseStudyPage) -> None:
    PageViewRestriction.objects.create(page=page, restriction_type="login")


@pytest.mark.parametrize("change", [_unpublish, _delete, _restrict], ids=["unpublish", "delete", "restrict"])
def test_a_page_that_left_while_the_engine_was_away_is_never_found(
    search_content, use_engine, client, settings, commit, change
):
    page = search_content.case_studies[0]
    doc_id, title = f"case_study-{page.pk}", page.title
    settings.OPENSEARCH_URL = DEAD_ENGINE
    with commit():
        change(page)
    assert EngineBacklog.objects.filter(doc_id=doc_id, removal=True).exists(), "the write waits in the backlog"

    # The engine is back but has not caught up: it still holds the page.
    settings.OPENSEARCH_URL = use_engine
    breaker.reset()
    assert write_client().exists(index=alias_name(), id=doc_id)
    public_case_studies = SearchEntry.objects.filter(doc_type="case_study").count()
    data = timed_search(client, q=title, page_size=100)[1]
    assert data["degraded"] is False
    assert title not in [hit["title"] for hit in data["results"]]
    by_type = timed_search(client, type="case_study", page_size=100)[1]
    assert by_type["count"] == public_case_studies, "counted although it left"
    assert {v["value"]: v["count"] for v in by_type["facets"]["type"]}["case_study"] == public_case_studies
    assert title not in [
        item["title"] for item in client.get("/api/search/suggest/", {"q": title[:12]}).json()["suggestions"]
    ]

    # The worker's retry (after the write's backoff) converges the index.
    EngineBacklog.objects.update(next_attempt_at=timezone.now())
    sync_backlog.call()
    assert not EngineBacklog.objects.exists()
    assert not write_client().exists(index=alias_name(), id=doc_id)


def test_hits_the_database_copy_no_longer_has_are_dropped(use_engine, client):
    """Whatever else went wrong (a lost write, drift), a hit must still be public in the database copy."""
    entry = SearchEntry.objects.filter(doc_type="case_study").order_by("pk").first()
    before = timed_search(client, q=entry.title, page_size=100)[1]
    assert entry.title in [hit["title"] for hit in before["results"]]
    SearchEntry.objects.filter(pk=entry.pk).delete()  # the engine still holds it, and nothing says so
    after = timed_search(client, q=entry.title, page_size=100)[1]
    assert after["degraded"] is False
    assert entry.title not in [hit["title"] for hit in after["results"]]
    assert after["count"] == before["count"] - 1
