"""The search log and the editors' search report (``search.log``, ``search.report``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from search.log import click_token, prune
from search.models import SearchClick, SearchLogEntry

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"


def search(client, agent: str = BROWSER, **params):
    return client.get("/search/", params, HTTP_USER_AGENT=agent)


@pytest.fixture
def coordinator_client(client, django_user_model):
    from network.permissions import moderators

    user = django_user_model.objects.create_user("coordinator", "coordinator@network.example", "pw")
    user.groups.add(moderators())
    client.force_login(user)
    return client


def test_a_persons_searches_are_logged_without_anything_personal(client, engine):
    search(client, q="Market")
    search(client, q="  Zeppelin   Hangar  ")
    rows = {(row.text, row.result_count > 0, row.engine) for row in SearchLogEntry.objects.all()}
    assert rows == {("market", True, engine), ("zeppelin hangar", False, engine)}
    assert {field.name for field in SearchLogEntry._meta.get_fields()} == {
        "id",
        "created_at",
        "text",
        "result_count",
        "engine",
        "relaxed",
    }
    search(client, q="x" * 150)
    assert SearchLogEntry.objects.filter(text="x" * 100).exists()


def test_bots_tests_later_pages_and_empty_searches_are_not_logged(client):
    client.get("/search/", {"q": "market"})  # the test client sends no user agent
    search(client, agent="Googlebot/2.1 (+http://www.google.com/bot.html)", q="market")
    search(client, agent="Mozilla/5.0 HeadlessChrome/131.0", q="market")
    search(client, agent="portal-production-crawl", q="market")
    search(client, q="market", page_size=1, page=2)
    search(client)
    assert not SearchLogEntry.objects.exists()


def test_searches_answered_from_the_page_cache_are_logged_too(client, settings, use_engine):
    settings.PAGE_CACHE_SECONDS = 600
    first, second = search(client, q="market"), search(client, q="market")
    assert second["X-Page-Cache"] == "hit"
    assert not [name for name in second.headers if name.startswith("X-Search")]
    assert SearchLogEntry.objects.filter(text="market").count() == 2
    assert first.content == second.content


def test_a_click_is_counted_with_its_position(client):
    page = search(client, q="market").content.decode()
    token = re.search(r'data-search-click="([^"]+)"', page).group(1)
    response = client.post("/api/search/click/", {"token": token}, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 204
    assert list(SearchClick.objects.values_list("text", "position")) == [("market", 1)]
    bad = client.post("/api/search/click/", {"token": token + "x"}, HTTP_USER_AGENT=BROWSER)
    assert bad.status_code == 400 and "not valid" in bad.json()["error"]
    assert client.get("/api/search/click/").status_code == 405
    assert SearchClick.objects.count() == 1


def test_the_log_keeps_ninety_days():
    old = SearchLogEntry.objects.create(text="old", result_count=1, engine="opensearch")
    SearchLogEntry.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=91))
    SearchLogEntry.objects.create(text="new", result_count=1, engine="opensearch")
    assert prune() == 1
    assert list(SearchLogEntry.objects.values_list("text", flat=True)) == ["new"]


def test_the_report_shows_what_found_nothing_and_leads_to_a_fix(client, coordinator_client):
    search(client, q="zeppelin hangar")
    search(client, q="zeppelin hangar")
    search(client, q="market")
    client.post("/api/search/click/", {"token": click_token("market", 2)}, HTTP_USER_AGENT=BROWSER)
    response = coordinator_client.get(reverse("search_report"), {"days": 7})
    assert response.status_code == 200
    zero = response.context["zero"]
    assert [(row["text"], row["searches"]) for row in zero] == [("zeppelin hangar", 2)]
    assert response.context["positions"][1]["clicks"] == 1
    assert [row["text"] for row in response.context["no_click"]] == []
    form = coordinator_client.get(zero[0]["synonym_url"])
    assert form.status_code == 200 and "zeppelin hangar" in form.content.decode()
    assert coordinator_client.get(zero[0]["promotion_url"]).status_code == 200
    assert coordinator_client.get(reverse("search_report"), {"days": "forever"}).status_code == 400


def test_only_coordinators_read_the_report(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", "editor@partner.example", "pw")
    client.force_login(editor)
    assert client.get(reverse("search_report")).status_code in (302, 403)
