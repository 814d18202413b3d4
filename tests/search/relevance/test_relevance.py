"""Relevance on the judgement set (``judgements.toml``, made by reading the demo content before any tuning,
with ``technology_judgements.toml``'s grades for the catalogue's records, made the same way after it came).

OpenSearch and the database fallback are each called directly (``search.relevance``), never through the
service's fallback, so OpenSearch's figure is OpenSearch's. ``bench/relevance`` prints the same figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from search import relevance, service
from search.backends.database import DatabaseEngine
from search.backends.opensearch import OpenSearchEngine
from search.models import SearchEntry
from tests.search.index import fresh_index

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

JUDGEMENTS = relevance.load_judgements(Path(__file__).with_name("judgements.toml"))
#: Set from the measurement in the closing note of issue 13, a little below it: a drop fails the suite.
OPENSEARCH_NDCG_FLOOR = 0.77
DATABASE_NDCG_FLOOR = 0.66
#: OpenSearch's lead over the fallback (measured 0.10; the issue's target is 0.15).
MARGIN_FLOOR = 0.08
MAX_ZERO_RESULT_RATE = 0.05


def test_the_judgement_set_is_sound():
    public = {f"{entry.doc_type}/{entry.url.rstrip('/').rsplit('/', 1)[-1]}" for entry in SearchEntry.objects.all()}
    assert len(JUDGEMENTS) >= 40
    assert len({judgement.text.lower() for judgement in JUDGEMENTS}) == len(JUDGEMENTS)
    for judgement in JUDGEMENTS:
        assert max(judgement.relevant.values()) >= 2, judgement.text
        assert set(judgement.relevant.values()) <= {1, 2, 3}, judgement.text
        assert set(judgement.relevant) <= public, (judgement.text, set(judgement.relevant) - public)
    kinds = {judgement.kind for judgement in JUDGEMENTS}
    assert {"typo", "accent", "synonym", "question", "city", "example"} <= kinds


@pytest.fixture(scope="module")
def reports(django_db_setup, django_db_blocker, opensearch_url):
    """Both engines' reports, measured once for the module on a fresh index of the demo content."""
    from django.conf import settings

    with django_db_blocker.unblock(), fresh_index(settings, opensearch_url):
        labels = service.facet_labels()
        yield {
            "opensearch": relevance.evaluate(OpenSearchEngine(), JUDGEMENTS, labels),
            "database": relevance.evaluate(DatabaseEngine(), JUDGEMENTS, labels),
        }


def test_opensearch_relevance_stays_above_its_floor(reports):
    report = reports["opensearch"]
    print(relevance.summary(report))
    assert report.ndcg >= OPENSEARCH_NDCG_FLOOR, (relevance.summary(report), relevance.worst(report))
    assert report.zero_result_rate <= MAX_ZERO_RESULT_RATE, relevance.summary(report)


def test_the_database_fallback_stays_above_its_floor(reports):
    report = reports["database"]
    print(relevance.summary(report))
    assert report.ndcg >= DATABASE_NDCG_FLOOR, (relevance.summary(report), relevance.worst(report))
    assert report.zero_result_rate <= MAX_ZERO_RESULT_RATE, relevance.summary(report)


def test_opensearch_keeps_its_lead_over_the_fallback(reports):
    margin = reports["opensearch"].ndcg - reports["database"].ndcg
    assert margin >= MARGIN_FLOOR, (relevance.summary(reports["opensearch"]), relevance.summary(reports["database"]))


@pytest.mark.parametrize("engine", ["opensearch", "database"])
@pytest.mark.parametrize("kind", ["example", "synonym"])
def test_the_issues_queries_find_what_a_person_expects(reports, engine, kind):
    """The issue's example queries and the practitioners' synonyms: a document graded 2 or 3 in the top five."""
    misses = [
        (score.judgement.text, score.found[:5])
        for score in reports[engine].scores
        if score.judgement.kind == kind
        and not any(score.judgement.relevant.get(key, 0) >= 2 for key in score.found[:5])
    ]
    assert not misses, misses
