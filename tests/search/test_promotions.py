"""Promoted results: pages an editor pins to a query come first, marked, and never leak (both engines)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from tests.search.test_search_scenarios import api

pytestmark = pytest.mark.django_db


def pin(text: str, page, description: str = "") -> None:
    query = Query.get(text)
    query.editors_picks.create(page=page, description=description, sort_order=query.editors_picks.count())


def test_pinned_pages_come_first_and_are_marked(client, search_content, engine):
    tool = search_content.tools[0]
    pin("Winter Barriers", tool, "The checklist the network recommends.")
    data = api(client, q="winter barriers")  # Wagtail's normal form: case and spacing do not matter
    assert data["promoted"] == [
        {"title": tool.title, "url": tool.url, "description": "The checklist the network recommends."}
    ]
    page = client.get("/search/", {"q": "winter  barriers"}).content.decode()
    assert "Recommended by the editors" in page and page.index(tool.title) < page.index('<ol class="results">')
    assert api(client, q="winter barriers", page=1, page_size=1)["promoted"]
    assert api(client, q="market")["promoted"] == []


def test_a_pinned_page_that_is_no_longer_public_is_never_shown(client, search_content, engine):
    unpublished, restricted = search_content.case_studies[:2]
    pin("market", unpublished)
    pin("market", restricted)
    unpublished.unpublish()
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    assert api(client, q="market")["promoted"] == []
    assert "Recommended by the editors" not in client.get("/search/", {"q": "market"}).content.decode()


def test_promotions_show_on_the_first_page_only(client, search_content, engine):
    pin("market", search_content.tools[0])
    assert api(client, q="market", page_size=2)["promoted"]
    assert api(client, q="market", page_size=2, page=2)["promoted"] == []


def test_network_coordinators_manage_promotions(client, django_user_model):
    from network.permissions import moderators

    coordinator = django_user_model.objects.create_user("coordinator", "coordinator@network.example", "pw")
    coordinator.groups.add(moderators())
    client.force_login(coordinator)
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200
