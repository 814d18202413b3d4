"""Every page type renders with the demo content, leading with the facts a reader needs."""

import pytest

from practices.models import CaseStudyIndexPage, CaseStudyPage, LessonIndexPage, LessonPage, ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db


def test_home_page_lists_latest_practices_and_tools(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Latest practices" in html
    assert "Featured tools" in html
    assert html.count('class="card"') >= 6
    assert "Privacy notice" in html  # footer link


@pytest.mark.parametrize("model", [CaseStudyIndexPage, ToolIndexPage, LessonIndexPage])
def test_listing_pages_render(client, model):
    page = model.objects.get()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "results" in response.content.decode()


def test_every_demo_practice_renders(client):
    for model in (CaseStudyPage, ToolPage, LessonPage):
        for page in model.objects.live():
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert response.context["page"].pk == page.pk
            assert b"<h1>" in response.content


def test_case_study_leads_with_key_facts(client):
    page = CaseStudyPage.objects.live().filter(city="Málaga").first() or CaseStudyPage.objects.live().first()
    html = client.get(page.url).content.decode()
    facts_at = html.index('class="facts"')
    assert html.index("The challenge") > facts_at
    assert page.city in html
    assert page.country.name in html
    assert page.space_name in html
    assert 'rel="canonical"' in html
    assert html.count("<h1") == 1


def test_tool_page_says_how_to_get_it(client):
    page = ToolPage.objects.live().exclude(access_document=None).first()
    html = client.get(page.url).content.decode()
    assert "How to get it" in html
    assert page.access_document.url in html


def test_related_practices_are_shown_and_public(client):
    page = CaseStudyPage.objects.live().first()
    response = client.get(page.url)
    related = response.context["related_practices"]
    assert related, "demo content should give every case study some related practices"
    assert all(item.live for item in related)
    assert page.pk not in [item.pk for item in related]


def test_unpublished_page_is_not_served(client):
    page = CaseStudyPage.objects.live().first()
    url = page.url
    page.unpublish()
    assert client.get(url).status_code == 404
