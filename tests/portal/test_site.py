"""Site-wide pages: robots.txt, sitemap, error pages, the pages API and navigation."""

import pytest

from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def test_robots_txt_points_to_sitemap_and_hides_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_pages_only(client):
    draft = CaseStudyPage.objects.live().first()
    draft.unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert CaseStudyPage.objects.live().last().url in body
    assert f"/{draft.slug}/" not in body


def test_404_page_is_friendly(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_500_page_renders_without_context(rf):
    from portal.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_navigation_lists_the_listings(client):
    html = client.get("/").content.decode()
    for title in ("Case studies", "Tools", "Lessons"):
        assert title in html


def test_pages_api_hides_drafts(client):
    page = CaseStudyPage.objects.live().first()
    page.unpublish()
    response = client.get("/api/v2/pages/", {"type": "practices.CaseStudyPage", "limit": 20})
    assert response.status_code == 200
    ids = [item["id"] for item in response.json()["items"]]
    assert page.pk not in ids
    assert ids


def test_pages_api_detail_gives_taxonomy_slugs(client):
    page = CaseStudyPage.objects.live().first()
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["country_code"] == page.country.code
    assert data["space_category"] == page.space_category.slug
    assert isinstance(data["threat_types"], list)


def test_images_and_documents_apis_are_not_exposed(client):
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get("/api/v2/documents/").status_code == 404
