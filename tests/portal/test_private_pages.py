"""View-restricted pages stay private everywhere pages are routed or listed (the restrictions are checked in SQL)."""

from __future__ import annotations

import pytest
from wagtail.models import Page, PageViewRestriction

from portal_events.models import EventPage
from practices.models import CaseStudyPage, ToolIndexPage

pytestmark = pytest.mark.django_db

CASE_STUDY = "/case-studies/eindhoven/eindhoven-station-forecourt-self-assessment/"


def test_a_page_under_a_restricted_section_asks_for_the_password_and_is_listed_nowhere(client):
    page = Page.objects.get(url_path__endswith=CASE_STUDY).specific
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type="password", password="x")
    response = client.get(CASE_STUDY)
    html = response.content.decode()
    assert 'name="password"' in html
    assert "The challenge" not in html
    for url in ("/case-studies/", "/", "/sitemap.xml", "/feeds/practices/rss/", "/network/eindhoven/"):
        assert CASE_STUDY not in client.get(url).content.decode(), url
    other = CaseStudyPage.objects.live().exclude(pk=page.pk).first()
    assert page.pk not in [item.pk for item in client.get(other.url).context["related_practices"]]


def test_a_restricted_listing_leaves_the_menu_and_takes_its_pages_along(client):
    tools = ToolIndexPage.objects.get()
    PageViewRestriction.objects.create(page=tools, restriction_type="login")
    home = client.get("/").content.decode()
    assert f'href="{tools.url}' not in home  # neither the menu's link nor a featured tool's card
    assert "/tools/" not in client.get("/sitemap.xml").content.decode()
    assert client.get(tools.url).status_code == 302  # to the login page


def test_a_restricted_event_leaves_the_listing_and_the_calendar(client):
    event = EventPage.objects.live().filter(slug="winter-market-barriers-webinar-2026").get()
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert event.url not in client.get("/events/").content.decode()
    assert event.title not in client.get("/feeds/events/calendar.ics").content.decode()
    assert client.get(event.url).status_code == 302
    assert client.get(f"{event.url}calendar/").status_code == 302
