"""The technology catalogue: its listing filters, a record's page, and the side-by-side comparison."""

from __future__ import annotations

import pytest

from method.models import TechnologyPage
from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    ScenarioFactory,
    SolutionTypeFactory,
    SpaceCategoryFactory,
    TechnologyIndexPageFactory,
    TechnologyPageFactory,
    ThreatTypeFactory,
    publish,
    publish_technology,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(portal_site):
    index = TechnologyIndexPageFactory(parent=portal_site.home)
    index.save_revision().publish()
    return index


@pytest.fixture
def scenarios():
    ramming = ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming", parent=ThreatTypeFactory())
    explosives = ThreatTypeFactory(name="IED / explosives", slug="ied-explosives")
    return {
        "vehicle": ScenarioFactory(name="Vehicle ramming", slug="vehicle-ramming", threat_type=ramming, sort_order=1),
        "pbied": ScenarioFactory(
            name="Person-borne IED", slug="person-borne-ied", threat_type=explosives, sort_order=2
        ),
    }


def record(catalogue, **fields):
    ratings = fields.pop("ratings", [])
    vendors = fields.pop("vendors", [])
    relations = {name: fields.pop(name) for name in ("space_categories", "case_studies") if name in fields}
    return publish_technology(
        catalogue, TechnologyPageFactory.build(**fields), ratings=ratings, vendors=vendors, **relations
    )


def listed(response) -> list[str]:
    return [page.title for page in response.context["paginator"].object_list]


def test_the_listing_filters_by_scenario_maturity_privacy_and_space(client, catalogue, scenarios):
    markets = SpaceCategoryFactory(slug="markets")
    record(
        catalogue,
        title="Bollards",
        trl=9,
        ratings=[(scenarios["vehicle"], 4, "Crash tests")],
        space_categories=[markets],
    )
    record(catalogue, title="Body scanner", trl=7, privacy_impact="high", ratings=[(scenarios["pbied"], 3, "Trials")])
    record(catalogue, title="Useless fence", trl=9, ratings=[(scenarios["vehicle"], 0, "Panel")])
    url = catalogue.url
    assert listed(client.get(url)) == ["Body scanner", "Bollards", "Useless fence"]
    assert listed(client.get(url, {"scenario": "vehicle-ramming"})) == ["Bollards"]  # "no effect" is no answer
    assert listed(client.get(url, {"trl": "8"})) == ["Bollards", "Useless fence"]
    assert listed(client.get(url, {"privacy": "medium"})) == ["Bollards", "Useless fence"]
    assert listed(client.get(url, {"space": "markets"})) == ["Bollards"]


@pytest.mark.parametrize(
    "params", [{"scenario": "meteor"}, {"trl": "12"}, {"trl": "high"}, {"privacy": "none"}, {"kind": "rumour"}]
)
def test_unknown_filter_values_answer_400_with_a_message(client, catalogue, scenarios, params):
    record(catalogue, title="Bollards", ratings=[(scenarios["vehicle"], 4, "Crash tests")])
    response = client.get(catalogue.url, params)
    assert response.status_code == 400
    assert "Some filters were not recognised" in response.content.decode()
    assert listed(response) == ["Bollards"]  # the page stays usable


def test_a_record_shows_ratings_with_sources_vendors_in_order_and_public_case_studies_only(
    client, portal_site, catalogue, scenarios
):
    section = section_for(portal_site.case_studies, OrganisationFactory())
    used = publish(section, CaseStudyPageFactory.build(title="Barriers at the Christmas market"))
    draft = section.add_child(instance=CaseStudyPageFactory.build(title="Unpublished barrier trial", live=False))
    page = record(
        catalogue,
        title="Modular barriers",
        solution_type=SolutionTypeFactory(name="Hostile vehicle mitigation"),
        capex_min=40000,
        capex_max=200000,
        ratings=[(scenarios["pbied"], 1, "Network panel"), (scenarios["vehicle"], 3, "Impact tests")],
        vendors=["Zeta Barriers", "Alpha Blocks"],
        case_studies=[used, draft],
    )
    html = client.get(page.url).content.decode()
    assert "Impact tests" in html and "Network panel" in html
    assert html.index("Vehicle ramming") < html.index("Person-borne IED")  # the scenarios' order
    assert html.index("Alpha Blocks") < html.index("Zeta Barriers")  # alphabetical, never ranked
    assert "€40,000–€200,000" in html and "TRL 9: proven in operation" in html
    assert "Barriers at the Christmas market" in html
    assert "Unpublished barrier trial" not in html


def test_compare_shows_two_to_four_records_in_the_order_asked(client, catalogue, scenarios):
    first = record(catalogue, title="Bollards", ratings=[(scenarios["vehicle"], 4, "Crash tests")])
    second = record(catalogue, title="Scanner", trl=7, ratings=[(scenarios["pbied"], 3, "Trials")])
    url = f"{catalogue.url}compare/"
    response = client.get(url, {"id": [second.pk, first.pk]})
    assert response.status_code == 200
    assert [page.title for page in response.context["records"]] == ["Scanner", "Bollards"]
    html = response.content.decode()
    assert "Not rated" in html and "Crash tests" in html and "TRL 7" in html
    assert f"id={second.pk}&amp;id={first.pk}" in html  # the link to share


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["first"], "at least 2"),
        (["first", "first"], "at least 2"),
        (["first", "second", "third", "fourth", "fifth"], "at most 4"),
        (["first", "999999"], "No published solution has the number 999999"),
        (["first", "x1"], "by its number"),
        (["first", "draft"], "No published solution"),
        ([], "at least 2"),
    ],
)
def test_compare_refuses_a_comparison_it_cannot_draw_with_a_400(client, catalogue, scenarios, ids, message):
    pages = {
        name: record(catalogue, title=f"Record {name}") for name in ("first", "second", "third", "fourth", "fifth")
    }
    draft = catalogue.add_child(instance=TechnologyPageFactory.build(title="Secret prototype", live=False))
    pages["draft"] = draft
    values = [str(pages[name].pk) if name in pages else name for name in ids]
    response = client.get(f"{catalogue.url}compare/", {"id": values})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Secret prototype" not in html


def test_upper_ends_below_lower_ends_are_form_errors():
    page = TechnologyPageFactory.build(capex_min=5000, capex_max=100, deployment_weeks_min=4, deployment_weeks_max=2)
    with pytest.raises(Exception) as error:
        page.clean()
    assert set(error.value.message_dict) == {"capex_max", "deployment_weeks_max"}


def test_records_are_in_search_as_technology(client, catalogue, scenarios):
    record(catalogue, title="Drone detection", summary="Finds drones.", ratings=[(scenarios["pbied"], 2, "Trial")])
    data = client.get("/api/search/", {"type": "technology", "q": "drone detection"}).json()
    assert [hit["title"] for hit in data["results"]] == ["Drone detection"]
    assert data["results"][0]["threat_types"] == ["ied-explosives"]
    assert TechnologyPage.objects.live().count() == 1
