"""The shared filtered listing (``portal.listings``) on its three listings: practices, the directory, events.

A bad filter value answers 400 with the form's message and the rest of the page; a page number out of
range gives a valid page; a parameter the listing does not know is ignored.
"""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from network.directory import DirectoryFilterForm, DirectoryFilterSet
from network.models import Organisation
from portal.listings import filter_status, listing_context
from portal_events.models import EventIndexPage
from practices.models import CaseStudyIndexPage, ToolIndexPage
from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    EventPageFactory,
    OrganisationFactory,
    ToolPageFactory,
    build_site,
    publish,
)
from tests.module_data import fresh, rolled_back

pytestmark = pytest.mark.django_db

NOT_RECOGNISED = "were not recognised"


@pytest.fixture(scope="module")
def _listed_world(django_db_setup, django_db_blocker):
    """A little of everything each listing lists: case studies, a tool, organisations and an event.

    Built once for the module (``tests.module_data``).
    """
    with rolled_back(django_db_blocker):
        site = build_site()
        partners = [OrganisationFactory(org_type="police"), OrganisationFactory(org_type="municipality")]
        for number, partner in enumerate(partners):
            publish(section_for(site.case_studies, partner), CaseStudyPageFactory.build(title=f"Square {number}"))
        publish(section_for(site.tools, partners[0]), ToolPageFactory.build(title="Self-assessment checklist"))
        publish(site.events, EventPageFactory.build(title="Market barriers webinar"))
        yield partners


@pytest.fixture(autouse=True)
def listed_content(_listed_world, db) -> list[Organisation]:
    return fresh(_listed_world)


def listing_urls() -> dict[str, str]:
    return {
        "case_studies": CaseStudyIndexPage.objects.get().url,
        "tools": ToolIndexPage.objects.get().url,
        "directory": "/network/",
        "events": EventIndexPage.objects.get().url,
    }


BAD_VALUES = {
    "case_studies": [{"threat": "no-such-threat"}, {"country": "XX"}, {"space": "%00"}],
    "tools": [{"solution": "no-such-solution"}, {"project": "<script>"}],
    "directory": [{"country": "XX"}, {"expertise": "no-such-term"}, {"type": "party"}, {"q": "x" * 101}],
    "events": [{"type": "party"}, {"when": "yesterday"}, {"threat": "nope"}],
}


@pytest.mark.parametrize(
    ("listing", "params"), [(listing, params) for listing, values in BAD_VALUES.items() for params in values]
)
def test_a_bad_filter_value_answers_400_with_the_page_and_the_message(client, listing, params):
    response = client.get(listing_urls()[listing], params)
    assert response.status_code == 400
    html = response.content.decode()
    assert NOT_RECOGNISED in html
    assert "Select a valid choice" in html or "at most 100 characters" in html
    assert response.context["filter_form"].errors
    assert "page_obj" in response.context  # the listing is still shown, with the valid filters applied


@pytest.mark.parametrize("listing", ["case_studies", "tools", "directory", "events"])
@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", ""])
def test_a_page_number_out_of_range_gives_a_valid_page(client, listing, page):
    response = client.get(listing_urls()[listing], {"page": page})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert 1 <= page_obj.number <= page_obj.paginator.num_pages
    if page == "99999":
        assert page_obj.number == page_obj.paginator.num_pages


@pytest.mark.parametrize("listing", ["case_studies", "tools", "directory", "events"])
def test_an_unknown_parameter_is_ignored(client, listing):
    url = listing_urls()[listing]
    plain = client.get(url)
    response = client.get(url, {"colour": "blue", "utm_source": "newsletter"})
    assert response.status_code == 200
    assert response.context["has_filters"] is False
    assert not response.context["filter_form"].is_bound
    assert [item.pk for item in response.context["page_obj"]] == [item.pk for item in plain.context["page_obj"]]
    # The parameter is kept in the pagination links, as any other parameter of the address.
    assert "colour=blue" in response.context["filter_query"]


def test_a_blank_name_counts_as_no_filter_in_the_directory(client):
    response = client.get("/network/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["has_filters"] is False


def test_the_shared_context_applies_the_valid_filters_and_reports_the_invalid_ones():
    request = RequestFactory().get("/network/", {"country": "XX", "type": "police", "page": "1"})
    form = DirectoryFilterForm(DirectoryFilterSet.given_params(request) or None)
    filterset = DirectoryFilterSet(queryset=Organisation.objects.public(), form=form)
    context = listing_context(request, filterset, 10)
    assert filter_status(form) == 400
    assert "country" in form.errors and "type" not in form.errors
    assert context["filter_form"] is form and context["has_filters"] is True
    assert context["filter_query"] == "country=XX&type=police"
    assert all(org.org_type == "police" for org in filterset.qs)
    assert set(filterset.qs) == set(Organisation.objects.public().filter(org_type="police"))
