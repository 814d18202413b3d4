"""Fixtures shared by the event tests: the same portal for every test, and the events some tests read.

Every test here runs on ``build_site()`` (home page, listings, the event listing), built once per module
(``portal_site``), so ``publish_event`` always has its listing; the events and organisations a
test names are created by the fixtures below, in the test's own savepoint.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from portal_events.models import EventPage
from tests.events.event_helpers import publish_event
from tests.factories import (
    DocumentFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectFactory,
    ThreatTypeFactory,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture(autouse=True)
def _site(portal_site):
    """Every event test has the page tree a fresh installation starts with."""
    return portal_site


def _session(title: str, day: dt.date, speakers: list) -> tuple[str, dict]:
    return (
        "session",
        {
            "title": title,
            "date": day,
            "start_time": dt.time(10, 0),
            "end_time": dt.time(13, 0),
            "speakers": speakers,
            "description": "",
        },
    )


@pytest.fixture
def closing_event(db) -> EventPage:
    """A past online final event over three mornings (Brussels, summer time), its 13 speakers spread over
    the sessions, with participant figures, a report, two organisers, a project and a threat."""
    ditss = OrganisationFactory(name="Dutch Institute for Technology, Safety & Security", slug="ditss")
    efus = OrganisationFactory(name="European Forum for Urban Security", slug="efus", country="FR", city="Paris")
    protect = ProjectFactory(acronym="PRoTECT", slug="protect")
    terrorism = ThreatTypeFactory(name="Terrorism", slug="terrorism")
    speakers = [PersonFactory(organisation=ditss if n % 2 else efus) for n in range(13)]
    event = publish_event(
        title="PRoTECT closing event: from vulnerability assessment to local action",
        slug="protect-closing-event-2021",
        event_type="final-event",
        registration_mode="none",
        start=dt.datetime(2021, 6, 14, 10, 0, tzinfo=BRUSSELS),
        end=dt.datetime(2021, 6, 16, 13, 0, tzinfo=BRUSSELS),
        online_url="https://events.protect-final.example/2021",
        participant_count=98,
        country_count=13,
        report_document=DocumentFactory(title="PRoTECT closing event report"),
        project=protect,
        organisers=[ditss, efus],
        threat_types=[terrorism],
        sessions=[
            _session("Who does what", dt.date(2021, 6, 14), speakers[:4]),
            _session("The self-assessment in five cities", dt.date(2021, 6, 15), speakers[4:9]),
            _session("Comparing tools with other projects", dt.date(2021, 6, 16), speakers[9:]),
        ],
    )
    return event


@pytest.fixture
def venue_event(db) -> EventPage:
    """An upcoming table-top exercise at a venue in Germany."""
    berlin = ZoneInfo("Europe/Berlin")
    return publish_event(
        title="Table-top exercise: a drone over a sold-out stadium",
        slug="stadium-drone-tabletop-2027",
        event_type="table-top-exercise",
        timezone="Europe/Berlin",
        online_url="",
        start=dt.datetime(2027, 2, 17, 9, 30, tzinfo=berlin),
        end=dt.datetime(2027, 2, 17, 16, 30, tzinfo=berlin),
        venue_name="Rhine-Ruhr Institute, exercise room 2",
        venue_address="Sicherheitscampus 4, 44801",
        venue_city="Bochum",
        venue_country="DE",
        capacity=36,
    )
