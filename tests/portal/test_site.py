"""Site-wide pages: robots.txt, sitemap, error pages, the pages API and navigation."""

import pytest

from practices.models import CaseStudyPage
from practices.sections import section_for
from tests.factories import CaseStudyPageFactory, OrganisationFactory, ThreatTypeFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_studies(portal_site):
    """Three published case studies with taxonomy, in one organisation's section."""
    section = section_for(portal_site.case_studies, OrganisationFactory())
    return [publish(section, CaseStudyPageFactory.build()) for _ in range(3)]


def test_robots_txt_points_to_sitemap_and_hides_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_pages_only(client, case_studies):
    draft = case_studies[0]
    draft.unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert CaseStudyPage.objects.live().last().url in body
    assert f"/{draft.slug}/" not in body


def test_404_page_is_friendly(client, portal_site):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_500_page_renders_without_context(rf):
    from portal.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_navigation_lists_the_listings(client, portal_site):
    html = client.get("/").content.decode()
    for title in ("Case studies", "Tools", "Lessons"):
        assert title in html


def test_pages_api_hides_drafts(client, case_studies):
    page = case_studies[0]
    page.unpublish()
    response = client.get("/api/v2/pages/", {"type": "practices.CaseStudyPage", "limit": 20})
    assert response.status_code == 200
    ids = [item["id"] for item in response.json()["items"]]
    assert page.pk not in ids
    assert ids


def test_pages_api_detail_gives_taxonomy_slugs(client, case_studies):
    page = case_studies[0]
    page.threat_types = [ThreatTypeFactory(slug="vehicle-ramming")]
    page.save_revision().publish()
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["country_code"] == page.country.code
    assert data["space_category"] == page.space_category.slug
    assert data["threat_types"] == ["vehicle-ramming"]


def test_images_and_documents_apis_are_not_exposed(client):
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get("/api/v2/documents/").status_code == 404
