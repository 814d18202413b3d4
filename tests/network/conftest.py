"""Fixtures shared by the network tests: a portal with a small vocabulary (one per module), and the moderators.

Every test here runs on ``build_site()`` (the join form links to its privacy notice) and on the terms
below (the join form offers them as expertise); the organisations and pages a test names it creates.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from network.permissions import moderators
from tests.factories import SolutionTypeFactory, SpaceCategoryFactory, ThreatTypeFactory
from tests.module_data import fresh, rolled_back


def access_admin() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@pytest.fixture(autouse=True)
def _site(portal_site):
    """Every network test has the page tree a fresh installation starts with."""
    return portal_site


def make_terms() -> dict:
    """A threat family with one specific threat, two spaces and a solution, by slug."""
    terrorism = ThreatTypeFactory(name="Terrorism", slug="terrorism")
    return {
        "terrorism": terrorism,
        "vehicle-ramming": ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming", parent=terrorism),
        "markets": SpaceCategoryFactory(name="Markets incl. Christmas markets", slug="markets"),
        "squares": SpaceCategoryFactory(name="Squares", slug="squares"),
        "video-surveillance": SolutionTypeFactory(name="Video surveillance", slug="video-surveillance"),
    }


@pytest.fixture(scope="module")
def _module_terms(_module_site, django_db_blocker):
    """Built once per module, in a savepoint of the site's transaction (``tests.module_data``)."""
    with rolled_back(django_db_blocker):
        yield make_terms()


@pytest.fixture(autouse=True)
def terms(_module_terms, db) -> dict:
    return fresh(_module_terms)


@pytest.fixture
def moderator(django_user_model):
    """A network coordinator: a member of the moderators group, with admin access."""
    group = moderators()
    group.permissions.add(access_admin())
    user = django_user_model.objects.create_user("mod", "mod@network.example", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def moderator_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client
