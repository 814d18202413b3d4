"""The editors' vocabulary inside OpenSearch: a ``synonym_graph`` in the search analyzer, pushed without a reindex.

Every test here runs on the suite's OpenSearch node (``use_engine``): the database fallback expands
queries in the portal and is covered by ``test_matching``.
"""

from __future__ import annotations

import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from search import indexing
from search.backends.opensearch import write_client
from search.documents import SEARCH_ANALYZER, alias_name
from search.models import SynonymGroup
from search.synonyms import engine_rules
from tests.search.test_matching import KOELN
from tests.search.test_search_scenarios import api, titles

pytestmark = pytest.mark.django_db


def live_index() -> str:
    (name,) = write_client().indices.get_alias(name=alias_name())
    return name


def analysed(text: str) -> set[str]:
    """The terms the live index's search analyzer makes of ``text``."""
    found = write_client().indices.analyze(index=alias_name(), body={"analyzer": SEARCH_ANALYZER, "text": text})
    return {token["token"] for token in found["tokens"]}


def test_groups_become_synonym_rules_in_both_forms():
    rules = engine_rules(
        [
            (SynonymGroup.EQUIVALENT, "unattended bag, suspicious package", ""),
            (SynonymGroup.EXPANSION, "lorry, trucks", "vehicle"),
            (SynonymGroup.EQUIVALENT, "a => b, c#d", ""),
        ]
    )
    assert rules == [
        "unattended bag, unattended bags, suspicious package, suspicious packages",
        "lorry => lorry, vehicle",
        "lorrys => lorrys, vehicle",
        "trucks => trucks, vehicle",
        "truck => truck, vehicle",
        "a b, a bs, c d, c ds",  # the rule syntax's own characters never reach the engine
    ]


def test_the_index_is_built_with_the_vocabulary(use_engine):
    assert indexing.index_rules(live_index()) == engine_rules()
    assert {"drone", "uas"} <= analysed("UAS")


def test_an_editors_group_reaches_the_engines_analyzer_without_a_rebuild(
    client, use_engine, admin_client_logged_in, commit
):
    index = live_index()
    assert api(client, q="Domplatte")["count"] == 0
    assert "roncalliplatz" not in analysed("Domplatte")
    with commit():
        response = admin_client_logged_in.post(
            reverse("wagtailsnippets_search_synonymgroup:add"),
            {"kind": "equivalent", "terms": "Domplatte, Roncalliplatz", "broader": "", "note": "Köln's squares"},
        )
    assert response.status_code == 302, response.content[:2000]
    assert live_index() == index  # the same index: nothing was rebuilt or reindexed
    assert {"domplatte", "roncalliplatz"} <= analysed("Domplatte")
    assert titles(api(client, q="Domplatte")) == [KOELN]  # answered by OpenSearch (``api`` checks)
    group = SynonymGroup.objects.get(terms="Domplatte, Roncalliplatz")
    with commit():
        group.delete()
    assert "roncalliplatz" not in analysed("Domplatte")
    assert api(client, q="Domplatte")["count"] == 0


def test_a_search_while_the_index_is_closed_for_a_push_waits_for_it(client, use_engine):
    """The moment a push has the index closed, a search waits for it instead of answering from the database."""
    index = live_index()
    assert cache.add(indexing.PUSH_LOCK_KEY, 1, timeout=30)
    write_client().indices.close(index=index)

    def reopen() -> None:
        time.sleep(0.4)
        write_client().indices.open(index=index)
        write_client().cluster.health(index=index, wait_for_status="yellow")
        cache.delete(indexing.PUSH_LOCK_KEY)

    reopening = threading.Thread(target=reopen)
    reopening.start()
    try:
        data = api(client, q="market")  # ``api`` fails on a database answer
    finally:
        reopening.join()
    assert data["count"] > 0


def test_the_drift_check_pushes_a_vocabulary_the_engine_missed(use_engine):
    SynonymGroup.objects.create(kind=SynonymGroup.EQUIVALENT, terms="Domplatte, Roncalliplatz")  # no commit: no push
    assert indexing.check().synonyms_stale
    call_command("search_check", "--repair", verbosity=0)
    assert indexing.index_rules(live_index()) == engine_rules()
    assert not indexing.check().synonyms_stale
