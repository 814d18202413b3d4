"""Listing filters by taxonomy, country and project; bad filter values give a 400 with a message."""

import pytest

from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    ProjectFactory,
    SpaceCategoryFactory,
    ThreatTypeFactory,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(portal_site):
    """The case studies' section of one organisation, where each test adds the case studies it filters."""
    return section_for(portal_site.case_studies, OrganisationFactory())


@pytest.fixture
def listing_url(portal_site):
    return portal_site.case_studies.url


def case_study(section, **fields):
    relations = {name: fields.pop(name) for name in ("threat_types", "space_categories") if name in fields}
    return publish(section, CaseStudyPageFactory.build(**fields), **relations)


def listed(response) -> set[int]:
    return {page.pk for page in response.context["paginator"].object_list}


def test_filter_by_threat_family_includes_specific_threats(client, listing_url, section):
    terrorism = ThreatTypeFactory(name="Terrorism", slug="terrorism")
    ramming = ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming", parent=terrorism)
    disorder = ThreatTypeFactory(name="Public disorder", slug="public-disorder", parent=ThreatTypeFactory())
    by_family = case_study(section, threat_types=[terrorism])
    by_specific_threat = case_study(section, threat_types=[ramming])
    other = case_study(section, threat_types=[disorder])
    response = client.get(listing_url, {"threat": "terrorism"})
    assert response.status_code == 200
    results = list(response.context["paginator"].object_list)
    assert {page.pk for page in results} == {by_family.pk, by_specific_threat.pk}
    assert other.pk not in listed(response)
    for page in results:
        slugs = {t.slug for t in page.threat_types.all()} | {t.parent.slug for t in page.threat_types.all() if t.parent}
        assert "terrorism" in slugs


def test_filter_by_space_and_country_combine(client, listing_url, section):
    markets, squares = SpaceCategoryFactory(slug="markets"), SpaceCategoryFactory(slug="squares")
    expected = {
        case_study(section, space_category=markets, country="DE", city="Köln").pk,
        case_study(section, space_category=squares, country="DE", city="Berlin", space_categories=[markets]).pk,
    }
    case_study(section, space_category=markets, country="NL")
    case_study(section, space_category=squares, country="DE")
    response = client.get(listing_url, {"space": "markets", "country": "DE"})
    assert response.status_code == 200
    assert listed(response) == expected


def test_filter_by_project(client, listing_url, section):
    protect, other = ProjectFactory(slug="protect"), ProjectFactory()
    ours = {case_study(section, project=protect).pk for _ in range(2)}
    case_study(section, project=other)
    case_study(section)
    response = client.get(listing_url, {"project": "protect"})
    pages = list(response.context["paginator"].object_list)
    assert {page.pk for page in pages} == ours
    assert all(page.project.slug == "protect" for page in pages)


def test_pagination_keeps_filters(client, listing_url, section, portal_site):
    terrorism = ThreatTypeFactory(slug="terrorism")
    per_page = portal_site.case_studies.page_size
    for _ in range(per_page + 1):
        case_study(section, threat_types=[terrorism])
    response = client.get(listing_url)
    assert response.context["paginator"].num_pages >= 2
    response = client.get(listing_url, {"threat": "terrorism", "page": "2"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 2 and len(response.context["results"]) == 1
    assert "threat=terrorism" in response.context["filter_query"]


@pytest.mark.parametrize(
    "params",
    [{"threat": "no-such-threat"}, {"country": "XX"}, {"project": "<script>"}, {"space": "' OR 1=1"}],
)
def test_unknown_filter_values_give_400_with_message(client, listing_url, params):
    ThreatTypeFactory(slug="terrorism")  # a vocabulary with terms, none of them the one asked for
    response = client.get(listing_url, params)
    assert response.status_code == 400
    assert "not recognised" in response.content.decode()


def test_garbage_page_number_falls_back_to_a_valid_page(client, listing_url, section):
    case_study(section)
    for page in ("abc", "99999", "-1"):
        assert client.get(listing_url, {"page": page}).status_code == 200


def test_tool_listing_has_no_country_filter(client, portal_site):
    response = client.get(portal_site.tools.url)
    assert "country" not in response.context["filter_form"].fields
