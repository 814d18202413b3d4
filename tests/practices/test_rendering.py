"""Every page type renders, leading with the facts a reader needs."""

import pytest

from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    DocumentFactory,
    ImageFactory,
    LessonPageFactory,
    OrganisationFactory,
    SolutionTypeFactory,
    SpaceCategoryFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(portal_site):
    """Four case studies (one in Málaga), four tools (one with a downloadable copy) and two lessons of one
    organisation, all on the same threat, public space and solution, with listing images."""
    organisation = OrganisationFactory(name="Ayuntamiento de Málaga", slug="malaga", country="ES", city="Málaga")
    markets = SpaceCategoryFactory(name="Markets")
    terms = {
        "threat_types": [ThreatTypeFactory(parent=ThreatTypeFactory())],
        "space_categories": [markets],
        "solution_types": [SolutionTypeFactory()],
    }
    cases = [
        publish(
            section_for(portal_site.case_studies, organisation),
            CaseStudyPageFactory.build(space_category=markets, listing_image=ImageFactory(), **place),
            **terms,
        )
        for place in (
            {"city": "Málaga", "country": "ES", "space_name": "Calle Larios"},
            {"city": "Köln", "country": "DE", "space_name": "Roncalliplatz"},
            {"city": "Eindhoven", "country": "NL", "space_name": "Markt"},
            {"city": "Nice", "country": "FR", "space_name": "Promenade des Anglais"},
        )
    ]
    tools = [
        publish(
            section_for(portal_site.tools, organisation),
            ToolPageFactory.build(listing_image=ImageFactory(), access_document=document),
            related_case_studies=cases[:1],
            **terms,
        )
        for document in (DocumentFactory(title="Market perimeter checklist"), None, None, None)
    ]
    lessons = [
        publish(
            section_for(portal_site.lessons, organisation),
            LessonPageFactory.build(),
            evidence_case_studies=cases[:2],
            evidence_tools=tools[:1],
            **terms,
        )
        for _ in range(2)
    ]
    return {"case_studies": cases, "tools": tools, "lessons": lessons}


def test_home_page_lists_latest_practices_and_tools(client, practices):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Latest practices" in html
    assert "Featured tools" in html
    assert html.count('class="card"') >= 6
    assert "Privacy notice" in html  # footer link


@pytest.mark.parametrize("listing", ["case_studies", "tools", "lessons"])
def test_listing_pages_render(client, portal_site, practices, listing):
    page = getattr(portal_site, listing)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "results" in response.content.decode()


def test_every_practice_renders(client, practices):
    for pages in practices.values():
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert response.context["page"].pk == page.pk
            assert b"<h1>" in response.content


def test_case_study_leads_with_key_facts(client, practices):
    page = practices["case_studies"][0]
    assert page.city == "Málaga"
    html = client.get(page.url).content.decode()
    facts_at = html.index('class="facts"')
    assert html.index("The challenge") > facts_at
    assert page.city in html
    assert page.country.name in html
    assert page.space_name in html
    assert 'rel="canonical"' in html
    assert html.count("<h1") == 1


def test_tool_page_says_how_to_get_it(client, practices):
    page = practices["tools"][0]
    html = client.get(page.url).content.decode()
    assert "How to get it" in html
    assert page.access_document.url in html


def test_related_practices_are_shown_and_public(client, practices):
    page = practices["case_studies"][0]
    practices["case_studies"][1].unpublish()  # shares every term, but is no longer public
    response = client.get(page.url)
    related = response.context["related_practices"]
    assert related, "pages sharing its taxonomy are related practices"
    assert all(item.live for item in related)
    assert page.pk not in [item.pk for item in related]
    assert practices["case_studies"][1].pk not in [item.pk for item in related]


def test_unpublished_page_is_not_served(client, practices):
    page = practices["case_studies"][0]
    url = page.url
    page.unpublish()
    assert client.get(url).status_code == 404
