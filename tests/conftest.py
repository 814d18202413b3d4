"""Shared fixtures: the test database is PostgreSQL; tests build their own data with ``tests.factories``.

The demo content set is loaded only for the tests whose subject it is (or that are not converted yet):
see ``DEMO_PREFIXES``. Once loaded it stays for the rest of the session, so those tests run last.
"""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command


def pytest_configure(config: pytest.Config) -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise pytest.UsageError(
            "The tests run on PostgreSQL: use the README's test command (make test), which starts one "
            "and sets DATABASE_URL."
        )
    if not os.environ.get("REDIS_URL", "").startswith("redis://"):
        raise pytest.UsageError(
            "The tests use the real Redis cache: use the README's test command (make test), which starts one "
            "and sets REDIS_URL."
        )


#: The tests that run on the demo content set: the demo loader's own tests, the relevance judgements
#: (made by reading the demo content), the browser journeys and the production crawl, whose subject it is.
DEMO_PREFIXES = ("tests/demo/", "tests/search/relevance/", "tests/browser/", "tests/crawl/")

#: The collection order after the demo-free tests (rank 0): the demo, once loaded and committed, stays in
#: the test database, so every test that builds its own data runs before it. The browser journeys and
#: then the production crawl, whose last phase stops the suite's OpenSearch node, run last.
DEMO_ORDER = (
    ("tests/demo/", "tests/search/relevance/"),
    ("tests/browser/",),
    ("tests/crawl/",),
)


def uses_demo(nodeid: str) -> bool:
    return nodeid.startswith(DEMO_PREFIXES)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next(
            (position + 1 for position, prefixes in enumerate(DEMO_ORDER) if item.nodeid.startswith(prefixes)), 0
        )

    items.sort(key=rank)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker) -> None:
    """The demo content set, loaded (and committed) once, the first time a test asks for it.

    Tests run in rolled-back transactions, so it is never undone: it stays for the rest of the session.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(scope="module", autouse=True)
def _demo_where_it_is_used(request: pytest.FixtureRequest) -> None:
    """Load the demo content for the modules under ``DEMO_PREFIXES`` only.

    Module-scoped so that it runs before any test opens its rolled-back transaction (a load inside
    one would be rolled back with it).
    """
    if uses_demo(request.node.nodeid):
        request.getfixturevalue("demo_content")


@pytest.fixture(autouse=True)
def _queued_email(settings):
    """Mail goes through the portal's queue, as in production (Django's test setup would swap in locmem);
    the tasks run inline, and their delivery backend is locmem, so ``mail.outbox`` still shows it."""
    settings.EMAIL_BACKEND = "portal.mail.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def _clear_shared_cache():
    """Each test starts with an empty shared cache (rate limits, breaker, vocabularies, pages)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor-admin", "editor-admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture(scope="module")
def _module_site(django_db_setup, django_db_blocker):
    """Built once per module that asks for it (``tests.module_data``)."""
    from tests.factories import build_site
    from tests.module_data import rolled_back

    with rolled_back(django_db_blocker):
        yield build_site()


@pytest.fixture
def portal_site(_module_site, db):
    """The page tree a fresh installation starts with (home, listings, privacy notice); no content yet."""
    from tests.module_data import fresh

    return fresh(_module_site)
