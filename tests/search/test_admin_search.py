"""Wagtail's admin search on OpenSearch answers from the database when the engine does not (``search.backends.admin``).

Before, the admin's page search and the page chooser's search answered 500 while the engine was stopped.
"""

from __future__ import annotations

import os
import uuid

import pytest
from django.core.management import call_command
from opensearchpy import OpenSearch
from wagtail.search.backends import get_search_backend

from portal.settings.env import wagtail_search_backends
from search import breaker
from search.backends.admin import ResilientSearchResults

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

DEAD_ENGINE = "http://127.0.0.1:9"  # nothing listens there
SEARCHES = ("/admin/pages/search/", "/admin/choose-page/search/")


@pytest.fixture
def admin_engine(settings, opensearch_url):
    """Wagtail's index on the suite's node, as production configures it (``portal.settings.env``)."""
    prefix = f"test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    settings.OPENSEARCH_URL = opensearch_url
    settings.WAGTAILSEARCH_BACKENDS = wagtail_search_backends([opensearch_url], prefix)
    call_command("update_index", verbosity=0)
    breaker.reset()
    yield settings
    OpenSearch(hosts=[opensearch_url]).indices.delete(index=f"{prefix}-*", ignore=[404])


def _titles(response) -> list[str]:
    assert response.status_code == 200, response.content[:500]
    pages = response.context["pages"] if "pages" in response.context else response.context["results"]
    return [page.title for page in pages]


def test_the_engine_answers_the_admin_search(admin_engine, search_content, admin_client_logged_in):
    results = get_search_backend().autocomplete("bollards", search_content.case_studies[0].__class__)
    assert isinstance(results, ResilientSearchResults)
    for url in SEARCHES:
        assert "Removable bollards for the Christmas market" in _titles(
            admin_client_logged_in.get(url, {"q": "bollards"})
        )
    assert not breaker.is_open()


def test_the_database_answers_the_admin_search_while_the_engine_is_down(admin_engine, admin_client_logged_in):
    admin_engine.OPENSEARCH_URL = DEAD_ENGINE
    admin_engine.WAGTAILSEARCH_BACKENDS = wagtail_search_backends([DEAD_ENGINE], "unreachable")
    for url in SEARCHES:
        assert "Removable bollards for the Christmas market" in _titles(
            admin_client_logged_in.get(url, {"q": "bollards"})
        )
    assert breaker.is_open(), "the failure opened the breaker for every process"
    # While it is open, the engine is not even tried (no wait for a hung node).
    response = admin_client_logged_in.get(SEARCHES[0], {"q": "market", "ordering": "title"})
    assert response.status_code == 200
    breaker.reset()
