"""Peer finder: ranking by shared threats and spaces; bad input is a 400."""

import pytest
from django.urls import reverse

from network.peers import rank_case_studies, rank_organisations
from practices.sections import section_for
from tests.factories import CaseStudyPageFactory, OrganisationFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def peers(portal_site, terms):
    """Organisations sharing more or less of the terrorism/markets expertise, and case studies of them:
    a live one in Germany on vehicle ramming at a market, one elsewhere on squares, and an unpublished one."""
    both = OrganisationFactory(name="Stadt Bochum", slug="bochum", country="DE", city="Bochum")
    both.expertise_threats.set([terms["vehicle-ramming"]])  # a specific threat of the terrorism family
    both.expertise_spaces.set([terms["markets"]])
    both.save()  # parental many-to-many fields are written on save
    threat_only = OrganisationFactory(name="Ville de Nice", slug="nice", country="FR", city="Nice")
    threat_only.expertise_threats.set([terms["terrorism"]])
    threat_only.save()
    OrganisationFactory(name="Unrelated Town", slug="unrelated")
    section = section_for(portal_site.case_studies, both)
    publish(
        section,
        CaseStudyPageFactory.build(title="Bochum market barriers", country="DE", space_category=terms["markets"]),
        threat_types=[terms["vehicle-ramming"]],
    )
    publish(
        section,
        CaseStudyPageFactory.build(title="A square in Nice", country="FR", space_category=terms["squares"]),
        threat_types=[terms["terrorism"]],
    )
    draft = section.add_child(
        instance=CaseStudyPageFactory.build(
            title="Unpublished market", live=False, country="DE", space_category=terms["markets"]
        )
    )
    draft.threat_types.set([terms["vehicle-ramming"]])
    draft.save_revision()


def test_ranking_prefers_more_overlap_and_expands_threat_families(terms):
    terrorism, markets = terms["terrorism"], terms["markets"]
    organisations = rank_organisations([terrorism], [markets])
    assert [match.item.slug for match in organisations] == ["bochum", "nice"]
    scores = [match.score for match in organisations]
    assert scores == sorted(scores, reverse=True)
    cases = rank_case_studies([terms["vehicle-ramming"]], [markets], country="DE")
    assert cases and "Markets incl. Christmas markets" in cases[0].shared
    assert all(case.item.live for case in cases)


def test_peer_finder_page(client):
    response = client.get(reverse("network:peers"), {"threats": ["vehicle-ramming"], "spaces": ["markets"]})
    assert response.status_code == 200
    assert response.context["organisations"]


@pytest.mark.parametrize("params", [{"threats": ["nope"]}, {"country": "XX", "spaces": ["markets"]}, {"country": "DE"}])
def test_peer_finder_bad_input_is_400(client, params):
    response = client.get(reverse("network:peers"), params)
    assert response.status_code == 400
