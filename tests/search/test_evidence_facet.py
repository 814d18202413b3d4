"""The evidence level is a search facet and filter on both engines, following a moderator's review."""

from __future__ import annotations

import pytest
from django.test import Client

from practices.models import EvidenceReview

pytestmark = pytest.mark.django_db


def test_the_evidence_facet_follows_reviews(search_content, engine, commit):
    page = search_content.case_study_in("Köln")
    with commit():
        EvidenceReview.objects.create(page=page, level="peer_reviewed", reviewers="Network panel")
    if engine == "database":
        from search.indexing import refresh_entries

        refresh_entries()
    data = Client().get("/api/search/", {"evidence": "peer_reviewed"}).json()
    assert data["degraded"] is (engine == "database")
    assert [hit["url"] for hit in data["results"]] == [page.url]
    everything = Client().get("/api/search/").json()
    counts = {value["value"]: value["count"] for value in everything["facets"]["evidence"]}
    assert counts["peer_reviewed"] == 1
    practices = sum(1 for hit in everything["results"] if hit["type"] in {"case_study", "tool", "lesson"})
    assert counts.get("inspiring", 0) + 1 >= practices  # every other practice is inspiring


def test_an_unknown_evidence_level_is_a_400(client):
    response = client.get("/api/search/", {"evidence": "gold-standard"})
    assert response.status_code == 400 and "evidence" in response.json()["error"]
