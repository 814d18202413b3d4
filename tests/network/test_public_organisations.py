"""An inactive organisation is public nowhere: pages, JSON-LD, the pages API, the directory, search."""

from __future__ import annotations

import json
import re

import pytest

from network.models import Organisation
from practices.sections import section_for
from tests.events.event_helpers import publish_event
from tests.factories import CaseStudyPageFactory, OrganisationFactory, PersonFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def departed(portal_site):
    """An organisation that has left the network, still named by an event, its speaker and a case study."""
    organisation = OrganisationFactory(name="Departed Municipality", slug="departed-municipality")
    OrganisationFactory(name="Staying Municipality", slug="staying-municipality")  # a public one remains
    case = publish(section_for(portal_site.case_studies, OrganisationFactory()), CaseStudyPageFactory.build())
    case.organisations.add(organisation)
    case.save_revision().publish()
    speaker = PersonFactory(name="Dana Speaker", organisation=organisation)
    event = publish_event(organisers=[organisation], title="Webinar with a departed organiser")
    event.speakers.add(speaker)
    event.save_revision().publish()
    Organisation.objects.filter(pk=organisation.pk).update(active=False)
    return organisation, case, event


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_an_inactive_organisation_is_public_nowhere(client, departed):
    organisation, case, event = departed
    event_html = client.get(event.url).content.decode()
    assert "Dana Speaker" in event_html  # the person stays; their affiliation does not
    assert organisation.name not in event_html
    data = json_ld(event_html)
    assert organisation.name not in json.dumps(data)
    assert all(performer.get("affiliation") is None for performer in data["performer"])
    assert organisation.name not in client.get(case.url).content.decode()
    for page in (event, case):
        detail = client.get(f"/api/v2/pages/{page.pk}/").json()
        assert organisation.slug not in json.dumps(detail)
    listing = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "organisers"}).json()
    assert organisation.slug not in json.dumps(listing)
    assert client.get(f"/network/{organisation.slug}/").status_code == 404
    assert organisation.name not in client.get("/network/").content.decode()
    assert client.get(f"/network/{organisation.slug}/contact/").status_code == 404


def test_public_is_one_rule_for_rows_and_queries(departed):
    organisation, _case, _event = departed
    organisation.refresh_from_db()
    assert not organisation.is_public
    assert not Organisation.objects.public().filter(pk=organisation.pk).exists()
    assert Organisation.objects.public().exists()
    assert all(row.is_public for row in Organisation.objects.public())
