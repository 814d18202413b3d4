"""Listing filters by taxonomy, country and project; bad filter values give a 400 with a message."""

import pytest

from practices.models import CaseStudyIndexPage, CaseStudyPage, ToolIndexPage

pytestmark = pytest.mark.django_db


def listing_url():
    return CaseStudyIndexPage.objects.get().url


def test_filter_by_threat_family_includes_specific_threats(client):
    response = client.get(listing_url(), {"threat": "terrorism"})
    assert response.status_code == 200
    results = list(response.context["paginator"].object_list)
    assert results
    for page in results:
        slugs = {t.slug for t in page.threat_types.all()} | {t.parent.slug for t in page.threat_types.all() if t.parent}
        assert "terrorism" in slugs


def test_filter_by_space_and_country_combine(client):
    expected = CaseStudyPage.objects.live().filter(space_category__slug="markets", country="DE")
    assert expected.exists(), "demo content has German market case studies"
    response = client.get(listing_url(), {"space": "markets", "country": "DE"})
    assert response.status_code == 200
    found = {page.pk for page in response.context["paginator"].object_list}
    assert found == set(expected.values_list("pk", flat=True))


def test_filter_by_project(client):
    response = client.get(listing_url(), {"project": "protect"})
    pages = list(response.context["paginator"].object_list)
    assert pages
    assert all(page.project.slug == "protect" for page in pages)


def test_pagination_keeps_filters(client):
    response = client.get(listing_url())
    assert response.context["paginator"].num_pages >= 2
    response = client.get(listing_url(), {"threat": "terrorism", "page": "2"})
    assert response.status_code == 200
    assert "threat=terrorism" in response.context["filter_query"]


@pytest.mark.parametrize(
    "params",
    [{"threat": "no-such-threat"}, {"country": "XX"}, {"project": "<script>"}, {"space": "' OR 1=1"}],
)
def test_unknown_filter_values_give_400_with_message(client, params):
    response = client.get(listing_url(), params)
    assert response.status_code == 400
    assert "not recognised" in response.content.decode()


def test_garbage_page_number_falls_back_to_a_valid_page(client):
    for page in ("abc", "99999", "-1"):
        assert client.get(listing_url(), {"page": page}).status_code == 200


def test_tool_listing_has_no_country_filter(client):
    response = client.get(ToolIndexPage.objects.get().url)
    assert "country" not in response.context["filter_form"].fields
