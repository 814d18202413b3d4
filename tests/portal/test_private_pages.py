"""View-restricted pages stay private everywhere pages are routed or listed (the restrictions are checked in SQL)."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    SpaceCategoryFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    publish,
)

pytestmark = pytest.mark.django_db


def test_a_page_under_a_restricted_section_asks_for_the_password_and_is_listed_nowhere(client, portal_site):
    eindhoven = OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven")
    terms = {"threat_types": [ThreatTypeFactory()], "space_categories": [SpaceCategoryFactory()]}
    page = publish(
        section_for(portal_site.case_studies, eindhoven),
        CaseStudyPageFactory.build(title="Station forecourt self-assessment", contact_organisation=eindhoven),
        organisations=[eindhoven],
        **terms,
    )
    other = publish(section_for(portal_site.case_studies, OrganisationFactory()), CaseStudyPageFactory.build(), **terms)
    url = page.url
    assert page.pk in [item.pk for item in client.get(other.url).context["related_practices"]]  # before
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type="password", password="x")
    response = client.get(url)
    html = response.content.decode()
    assert 'name="password"' in html
    assert "The challenge" not in html
    for listing in ("/case-studies/", "/", "/sitemap.xml", "/feeds/practices/rss/", "/network/eindhoven/"):
        assert url not in client.get(listing).content.decode(), listing
    assert page.pk not in [item.pk for item in client.get(other.url).context["related_practices"]]


def test_a_restricted_listing_leaves_the_menu_and_takes_its_pages_along(client, portal_site):
    tools = portal_site.tools
    tool = publish(section_for(tools, OrganisationFactory()), ToolPageFactory.build())
    assert tool.url in client.get("/").content.decode()  # a featured tool, before the restriction
    PageViewRestriction.objects.create(page=tools, restriction_type="login")
    home = client.get("/").content.decode()
    assert f'href="{tools.url}' not in home  # neither the menu's link nor a featured tool's card
    assert "/tools/" not in client.get("/sitemap.xml").content.decode()
    assert client.get(tools.url).status_code == 302  # to the login page


def test_a_restricted_event_leaves_the_listing_and_the_calendar(client, portal_site):
    event = publish(portal_site.events, EventPageFactory.build(title="Winter market barriers webinar"))
    assert event.url in client.get("/events/").content.decode()  # before the restriction
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert event.url not in client.get("/events/").content.decode()
    assert event.title not in client.get("/feeds/events/calendar.ics").content.decode()
    assert client.get(event.url).status_code == 302
    assert client.get(f"{event.url}calendar/").status_code == 302
