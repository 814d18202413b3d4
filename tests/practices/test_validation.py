"""Bad input in the admin gives form errors, never a 500, and saves nothing."""

import pytest
from django.urls import reverse

from network.models import Organisation
from practices.models import Project, ThreatType
from practices.sections import section_for
from tests.admin_forms import edit_form_data
from tests.factories import CaseStudyPageFactory, OrganisationFactory, ThreatTypeFactory, ToolPageFactory, publish

pytestmark = pytest.mark.django_db


def snippet_url(model, action, *args):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{action}", args=args)


def test_project_end_before_start_is_a_form_error(admin_client_logged_in):
    response = admin_client_logged_in.post(
        snippet_url(Project, "add"),
        {
            "acronym": "BACKW",
            "slug": "backw",
            "full_name": "Backwards",
            "funding_programme": "isf-police",
            "start_date": "2022-01-01",
            "end_date": "2021-01-01",
            "status": "ended",
            "summary": "x",
        },
    )
    assert response.status_code == 200
    assert "cannot be before the start date" in response.content.decode()
    assert not Project.objects.filter(slug="backw").exists()


def test_duplicate_taxonomy_slug_is_a_form_error(admin_client_logged_in):
    ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming")
    response = admin_client_logged_in.post(
        snippet_url(ThreatType, "add"), {"name": "Ramming again", "slug": "vehicle-ramming", "sort_order": 1}
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert ThreatType.objects.filter(slug="vehicle-ramming").count() == 1


def test_organisation_coordinates_and_country_are_validated(admin_client_logged_in):
    response = admin_client_logged_in.post(
        snippet_url(Organisation, "add"),
        {
            "name": "Nowhere",
            "slug": "nowhere",
            "org_type": "municipality",
            "country": "XX",
            "latitude": "95",
            "longitude": "-200",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html  # country XX
    assert "less than or equal to 90" in html
    assert "greater than or equal to -180" in html
    assert not Organisation.objects.filter(slug="nowhere").exists()


def test_case_study_with_bad_coordinates_and_country_is_rejected_and_unchanged(admin_client_logged_in, portal_site):
    section = section_for(portal_site.case_studies, OrganisationFactory())
    page = publish(section, CaseStudyPageFactory.build(latitude="51.44", longitude="5.48", country="NL"))
    before = (page.latitude, page.country.code, page.latest_revision_id)
    path, data = edit_form_data(admin_client_logged_in, page)
    data["latitude"] = "123.4"
    data["country"] = "ZZ"
    data["action-publish"] = "1"
    response = admin_client_logged_in.post(path, data)
    assert response.status_code == 200
    assert "The page could not be" in response.content.decode() or "errors" in response.content.decode()
    page.refresh_from_db()
    assert (page.latitude, page.country.code, page.latest_revision_id) == before


def test_tool_with_unknown_language_code_is_rejected(admin_client_logged_in, portal_site):
    page = publish(section_for(portal_site.tools, OrganisationFactory()), ToolPageFactory.build(languages="en"))
    path, data = edit_form_data(admin_client_logged_in, page)
    data["languages"] = "en, klingon"
    data["action-publish"] = "1"
    response = admin_client_logged_in.post(path, data)
    assert response.status_code == 200
    assert "Unknown language code" in response.content.decode()


def test_threat_type_cannot_nest_three_levels(admin_client_logged_in):
    child = ThreatTypeFactory(name="Vehicle ramming", parent=ThreatTypeFactory(name="Terrorism"))
    response = admin_client_logged_in.post(
        snippet_url(ThreatType, "add"), {"name": "Trucks", "slug": "trucks", "parent": child.pk, "sort_order": 1}
    )
    assert response.status_code == 200
    assert "two levels" in response.content.decode()
