"""Evidence levels: partners propose, moderators confirm with a review; a badge, a listing filter, a criteria page."""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.test.utils.form_data import nested_form_data

from network.permissions import add_editor, moderators
from practices.models import EvidenceReview
from practices.sections import section_for
from tests.factories import CaseStudyPageFactory, OrganisationFactory, publish

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/practices/evidencereview/add/"


@pytest.fixture
def pages(portal_site):
    city = OrganisationFactory(name="Ayuntamiento de Málaga", slug="malaga", country="ES")
    reviewed = publish(section_for(portal_site.case_studies, city), CaseStudyPageFactory.build(title="Calle Larios"))
    other = publish(section_for(portal_site.case_studies, city), CaseStudyPageFactory.build(title="Plaza de la Merced"))
    return city, reviewed, other


@pytest.fixture
def coordinator(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("coordinator", "c@network.example", "pw")
    group = moderators()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return user, client


def review_form(page, level="peer_reviewed", **extra) -> dict:
    return nested_form_data(
        {
            "page": page.pk,
            "level": level,
            "reviewed_on": "2026-11-30",
            "reviewers": "Panel of three city officers",
            **extra,
        }
    )


def test_a_practice_is_inspiring_until_a_moderator_confirms_a_level(pages, coordinator, portal_site):
    _, reviewed, _other = pages
    reviewed.evidence_proposed = "evaluated"  # a partner's proposal changes nothing shown
    reviewed.save_revision().publish()
    assert "Inspiring" in Client().get(reviewed.url).content.decode()
    user, client = coordinator
    response = client.post(ADD_URL, review_form(reviewed))
    assert response.status_code == 302, response.content.decode()[:2000]
    review = EvidenceReview.objects.get()
    assert review.confirmed_by == user
    body = Client().get(reviewed.url).content.decode()
    assert "Peer-reviewed" in body and "Panel of three city officers" in body
    # The listing shows the badge and filters by the confirmed level.
    listing = Client().get(portal_site.case_studies.url, {"evidence": "peer_reviewed"}).content.decode()
    assert "Calle Larios" in listing and "Plaza de la Merced" not in listing and "Peer-reviewed" in listing
    assert Client().get(portal_site.case_studies.url, {"evidence": "nonsense"}).status_code == 400


def test_a_draft_from_before_the_review_does_not_undo_it(pages, coordinator):
    _, reviewed, _ = pages
    reviewed.title = "Calle Larios, revised"
    draft = reviewed.save_revision()
    coordinator[1].post(ADD_URL, review_form(reviewed))
    draft.publish()
    assert "Peer-reviewed" in Client().get(reviewed.url).content.decode()


def test_an_evaluation_needs_its_method_evaluator_and_link(pages, coordinator):
    _, reviewed, _ = pages
    response = coordinator[1].post(ADD_URL, review_form(reviewed, "evaluated"))
    assert response.status_code == 200 and "names the evaluation" in response.content.decode()
    assert not EvidenceReview.objects.exists()
    response = coordinator[1].post(
        ADD_URL,
        review_form(
            reviewed,
            "evaluated",
            method="Before/after study",
            evaluated_by="University of Málaga",
            link="https://example.org/evaluation.pdf",
        ),
    )
    assert response.status_code == 302
    body = Client().get(reviewed.url).content.decode()
    assert "Evaluated" in body and "University of Málaga" in body and "https://example.org/evaluation.pdf" in body


def test_only_moderators_confirm_levels(pages, client):
    city, reviewed, _ = pages
    editor = add_editor(city, "editor@malaga.example", "Ed Itor")
    client.force_login(editor)
    response = client.post(ADD_URL, review_form(reviewed))
    assert response.status_code in (302, 403)
    assert not EvidenceReview.objects.exists()


def test_a_review_of_a_page_that_is_not_a_practice_is_refused(coordinator, portal_site):
    response = coordinator[1].post(ADD_URL, review_form(portal_site.home))
    assert response.status_code == 200 and "Only case studies" in response.content.decode()


def test_the_criteria_page_explains_each_level():
    body = Client().get("/evidence/").content.decode()
    for text in ("Inspiring", "Peer-reviewed", "Evaluated", 'id="peer_reviewed"'):
        assert text in body
