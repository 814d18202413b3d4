"""Fixtures for search tests: the real OpenSearch node (started by the test command, never here) and both engines."""

from __future__ import annotations

import contextlib
import os

import pytest
from django.conf import settings as django_settings
from opensearchpy import OpenSearch

from tests.module_data import fresh, rolled_back
from tests.search.index import fresh_index


def pytest_configure(config: pytest.Config) -> None:
    """No engine URL is a usage error, as no DATABASE_URL is (``tests/conftest.py``), in CI and locally alike."""
    if not os.environ.get("PORTAL_TEST_OPENSEARCH_URL", ""):
        raise pytest.UsageError(
            "The search tests run on the real OpenSearch node: use the README's test command (make test), "
            "which starts one and sets PORTAL_TEST_OPENSEARCH_URL "
            "(or set it to the URL that `python scripts/opensearch.py start` prints)."
        )


@pytest.fixture(scope="session")
def opensearch_url() -> str:
    """The suite's OpenSearch node, which the test command started (``pytest_configure`` checked it). Never skipped."""
    url = django_settings.TEST_OPENSEARCH_URL
    # Indices left behind by an interrupted earlier run would only fill the disk.
    OpenSearch(hosts=[url]).indices.delete(index="test-*", ignore=[404])
    return url


@pytest.fixture
def use_engine(settings, opensearch_url, django_capture_on_commit_callbacks):
    """Point the portal at a fresh, uniquely named index built from the test's content."""
    with fresh_index(settings, opensearch_url):
        yield opensearch_url


@pytest.fixture
def use_database(settings):
    settings.OPENSEARCH_URL = ""
    from search.indexing import refresh_entries

    refresh_entries()


@pytest.fixture(params=["opensearch", "database"])
def engine(request):
    """Run a scenario once against OpenSearch and once against the database fallback."""
    if request.param == "opensearch":
        request.getfixturevalue("use_engine")
    else:
        request.getfixturevalue("use_database")
    return request.param


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (engine writes) as a real commit would, then refresh the index."""
    from contextlib import contextmanager

    @contextmanager
    def _commit():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        if django_settings.OPENSEARCH_URL:
            from search.backends.opensearch import OpenSearchEngine

            # A test may run with the engine deliberately unreachable.
            with contextlib.suppress(Exception):
                OpenSearchEngine().refresh()

    return _commit


@pytest.fixture(scope="module")
def _search_world(django_db_setup, django_db_blocker):
    """The portal the scenarios search, built once per module (``tests.module_data``)."""
    from tests.search.content import build_search_content

    with rolled_back(django_db_blocker):
        yield build_search_content()


@pytest.fixture(autouse=True)
def search_content(_search_world, db):
    """The portal as the database holds it, before any engine fixture indexes it (autouse comes first)."""
    return fresh(_search_world)
