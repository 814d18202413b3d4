"""Peer finder: ranking by shared threats and spaces; bad input is a 400."""

import pytest
from django.urls import reverse

from network.peers import rank_case_studies, rank_organisations
from practices.models import SpaceCategory, ThreatType

pytestmark = pytest.mark.django_db


def test_ranking_prefers_more_overlap_and_expands_threat_families():
    terrorism = ThreatType.objects.get(slug="terrorism")
    markets = SpaceCategory.objects.get(slug="markets")
    organisations = rank_organisations([terrorism], [markets])
    assert organisations
    scores = [match.score for match in organisations]
    assert scores == sorted(scores, reverse=True)
    cases = rank_case_studies([ThreatType.objects.get(slug="vehicle-ramming")], [markets], country="DE")
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
