"""Shared fixtures: the test database is PostgreSQL with the demo content loaded once per session."""

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


#: Run after everything else, in this order: the browser journeys, then the production crawl, whose
#: last phase stops the suite's OpenSearch node.
LAST = ("tests/browser/", "tests/crawl/")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next((position + 1 for position, prefix in enumerate(LAST) if item.nodeid.startswith(prefix)), 0)

    items.sort(key=rank)


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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """After migrations, load the demo content once; each test then runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor-admin", "editor-admin@example.org", "pw")
    client.force_login(user)
    return client
