"""Rebuild behind an alias, the drift check, and an engine that is down."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from search import breaker
from search.backends.opensearch import write_client as client
from search.documents import alias_name
from search.models import EngineBacklog, SearchEntry
from search.tasks import sync_backlog

pytestmark = pytest.mark.django_db


def test_rebuild_swaps_the_alias_and_removes_the_old_index(use_engine, capsys):
    es = client()
    before = set(es.indices.get_alias(name=alias_name()))
    call_command("search_rebuild")
    after = set(es.indices.get_alias(name=alias_name()))
    assert before and after and not (before & after)
    assert not any(es.indices.exists(index=name) for name in before)
    assert es.count(index=alias_name())["count"] == SearchEntry.objects.count()
    assert "documents/s" in capsys.readouterr().out


def test_index_analysis_settings(use_engine):
    es = client()
    tokens = es.indices.analyze(
        index=alias_name(), body={"analyzer": "folded_english", "text": "Málaga Braşov Köln ramming"}
    )
    assert [token["token"] for token in tokens["tokens"]] == ["malaga", "brasov", "koln", "ram"]
    settings = next(iter(es.indices.get_settings(index=alias_name()).values()))["settings"]["index"]
    assert settings["refresh_interval"] == "1s"


def test_drift_check_repairs_missing_stale_and_leaked(use_engine, capsys):
    es = client()
    first, second = SearchEntry.objects.order_by("pk")[:2]
    es.delete(index=alias_name(), id=first.doc_id, refresh=True)
    es.update(index=alias_name(), id=second.doc_id, body={"doc": {"title": "stale title"}}, refresh=True)
    es.index(index=alias_name(), id="case_study-999999", body={"title": "leaked", "type": "case_study"}, refresh=True)
    call_command("search_check")
    out = capsys.readouterr().out
    assert "1 missing, 1 stale, 1 leaked found" in out
    call_command("search_check", "--repair")
    call_command("search_check")
    assert "0 missing, 0 stale, 0 leaked found" in capsys.readouterr().out


def test_engine_down_search_falls_back_and_publish_still_works(search_content, use_engine, settings, client, commit):
    settings.OPENSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    data = client.get("/api/search/", {"q": "market"}).json()
    assert data["degraded"] is True and data["count"] > 0
    page = search_content.case_studies[0]
    with commit():
        page.title = "Published while the engine was down"
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == "Published while the engine was down"
    assert SearchEntry.objects.get(doc_id=f"case_study-{page.pk}").title == page.title
    assert EngineBacklog.objects.filter(doc_id=f"case_study-{page.pk}", removal=False).exists()
    settings.OPENSEARCH_URL = use_engine
    # The breaker's interval and the write's backoff have passed; the worker's retry runs:
    breaker.reset()
    EngineBacklog.objects.update(next_attempt_at=timezone.now())
    assert sync_backlog.call() >= 1
    assert not EngineBacklog.objects.exists()
    data = client.get("/api/search/", {"q": "published while engine down"}).json()
    assert data["degraded"] is False
    assert "Published while the engine was down" in [hit["title"] for hit in data["results"]]


def test_related_practices_come_from_the_engine(search_content, use_engine, client):
    page = search_content.case_studies[0]
    response = client.get(page.url)
    related = response.context["related_practices"]
    assert related and page.pk not in [item.pk for item in related]
    assert all(item.live for item in related)


def test_wagtail_admin_search_uses_opensearch_when_configured():
    from portal.settings.env import wagtail_search_backends

    assert wagtail_search_backends([], "p")["default"]["BACKEND"] == "wagtail.search.backends.database"
    backend = wagtail_search_backends(["http://127.0.0.1:9201"], "p")["default"]
    assert backend["BACKEND"] == "search.backends.admin"
