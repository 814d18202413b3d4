"""Event pages: a past final event, listings, calendars (RFC 5545), schema.org data, feeds, admin input."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from network.models import Organisation
from portal_events.models import EventPage, EventStatus
from practices.models import Project, ThreatType
from practices.sections import section_for
from tests.admin_forms import edit_form_data
from tests.events.event_helpers import publish_event
from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    SpaceCategoryFactory,
    ToolPageFactory,
    publish,
)

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


# --- a past final event ------------------------------------------------------------------
def test_a_final_event_has_its_sessions_speakers_and_figures(closing_event):
    final = EventPage.objects.get(pk=closing_event.pk)
    assert final.event_type == "final-event" and final.is_past()
    sessions = final.session_list()
    assert [s["start"].date() for s in sessions] == [dt.date(2021, 6, 14), dt.date(2021, 6, 15), dt.date(2021, 6, 16)]
    assert (final.participant_count, final.country_count) == (98, 13)
    assert len(final.all_speakers()) == 13
    assert final.report_document is not None


def test_event_page_shows_times_in_the_event_timezone(client, closing_event):
    final = closing_event
    html = client.get(final.url).content.decode()
    assert "Monday 14 June 2021, 10:00" in html and "CEST (Europe/Brussels)" in html
    assert 'datetime="2021-06-14T10:00:00+02:00" data-local-time' in html
    assert "98 participants from 13 countries" in html
    assert "Read the report" in html
    assert html.count("<h1") == 1


# --- listings -----------------------------------------------------------------------------
def test_listing_upcoming_past_and_filters(client, closing_event):
    publish_event(title="Winter markets: barriers that blend in")
    publish_event(
        title="Security, Democracy and Cities: the Nice conference",
        event_type="conference",
        start=dt.datetime(2021, 10, 4, 9, 0, tzinfo=BRUSSELS),
        end=dt.datetime(2021, 10, 5, 17, 0, tzinfo=BRUSSELS),
        project=closing_event.project,
        threat_types=list(closing_event.threat_types.all()),
    )
    index = closing_event.get_parent()
    upcoming = client.get(index.url).content.decode()
    assert "Winter markets" in upcoming or "Network call" in upcoming
    assert "PRoTECT closing event" not in upcoming
    past = client.get(index.url + "?when=past").content.decode()
    assert "PRoTECT closing event" in past
    filtered = client.get(index.url + "?when=past&type=final-event&project=protect&threat=terrorism").content.decode()
    assert "PRoTECT closing event" in filtered and "Security, Democracy" not in filtered
    for bad in ("?type=party", "?project=nope", "?threat=%00", "?when=yesterday"):
        response = client.get(index.url + bad)
        assert response.status_code == 400, bad
        assert b"were not recognised" in response.content


def test_home_organisation_and_project_pages_list_events(client, closing_event):
    event = publish_event(
        title="Bollard webinar for Eindhoven",
        organisers=[Organisation.objects.get(slug="ditss")],
        project=Project.objects.get(slug="protect"),
    )
    assert (
        "Bollard webinar for Eindhoven" in client.get("/").content.decode()
        or EventPage.objects.filter(start__lt=event.start, end__gt=timezone.now()).count() >= 3
    )
    assert "Bollard webinar for Eindhoven" in client.get("/network/ditss/").content.decode()
    project_page = client.get("/network/projects/protect/").content.decode()
    assert "Bollard webinar for Eindhoven" in project_page and "PRoTECT closing event" in project_page
    assert client.get("/network/projects/unknown/").status_code == 404


def test_drafts_and_private_events_never_leak(client):
    draft = publish_event(title="Secret draft webinar")
    draft.unpublish()
    private = publish_event(title="Members-only exercise")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    index = draft.get_parent()
    pages = [
        index.url,
        "/",
        "/feeds/events/rss/",
        "/feeds/events/atom/",
        "/feeds/events/calendar.ics",
        "/search/?q=webinar",
        "/api/v2/pages/?type=events.EventPage&limit=50",
    ]
    for path in pages:
        body = client.get(path).content.decode()
        assert "Secret draft webinar" not in body and "Members-only exercise" not in body, path
    behind_password = client.get(private.url + "calendar/")
    assert b"BEGIN:VCALENDAR" not in behind_password.content and b"password" in behind_password.content.lower()
    assert client.get("/events/" + draft.slug + "/calendar/").status_code == 404


# --- calendars ----------------------------------------------------------------------------
def _only_event(body: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(body)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_ics_across_a_daylight_saving_change(client):
    # Clocks go forward in Brussels on Sunday 28 March 2027.
    event = publish_event(
        timezone="Europe/Brussels",
        start=dt.datetime(2027, 3, 27, 10, 0, tzinfo=BRUSSELS),
        end=dt.datetime(2027, 3, 29, 12, 0, tzinfo=BRUSSELS),
        registration_mode="none",
    )
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    vevent = _only_event(response.content)
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start.utcoffset() == dt.timedelta(hours=1) and end.utcoffset() == dt.timedelta(hours=2)
    assert start.astimezone(dt.UTC) == dt.datetime(2027, 3, 27, 9, 0, tzinfo=dt.UTC)
    assert end.astimezone(dt.UTC) == dt.datetime(2027, 3, 29, 10, 0, tzinfo=dt.UTC)
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    assert str(vevent["STATUS"]) == "CONFIRMED" and int(vevent["SEQUENCE"]) == 0


def test_uid_stays_and_sequence_grows_when_the_event_changes(client):
    event = publish_event(registration_mode="none")
    first = _only_event(client.get(event.url + "calendar/").content)
    event.title = "Renamed webinar"
    event.start += dt.timedelta(hours=1)
    event.end += dt.timedelta(hours=1)
    event.save_revision().publish()
    second = _only_event(client.get(event.url + "calendar/").content)
    event.status = EventStatus.CANCELLED
    event.save_revision().publish()
    third = _only_event(client.get(event.url + "calendar/").content)
    assert str(first["UID"]) == str(second["UID"]) == str(third["UID"])
    assert [int(v["SEQUENCE"]) for v in (first, second, third)] == [0, 1, 2]
    assert str(third["STATUS"]) == "CANCELLED"
    # Publishing an unchanged event does not bump it.
    event.summary = "New summary text"
    event.save_revision().publish()
    assert int(_only_event(client.get(event.url + "calendar/").content)["SEQUENCE"]) == 2


def test_calendar_feed_lists_upcoming_and_cancelled_events(client):
    cancelled = publish_event(title="Called-off exercise", status=EventStatus.CANCELLED, registration_mode="none")
    response = client.get("/feeds/events/calendar.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert "CANCELLED: Called-off exercise" in events
    assert str(events["CANCELLED: Called-off exercise"]["STATUS"]) == "CANCELLED"
    assert all(e.decoded("DTEND") > timezone.now() - dt.timedelta(days=31) for e in events.values())
    tzids = {str(e["DTSTART"].params.get("TZID")) for e in events.values()}
    assert tzids <= {tz["TZID"] for tz in calendar.walk("VTIMEZONE")}  # every TZID is defined
    assert len({str(e["UID"]) for e in events.values()}) == len(events)
    assert cancelled.title in response.content.decode().replace("\r\n ", "")


def test_add_to_calendar_links(client):
    event = publish_event(registration_mode="none")
    html = client.get(event.url).content.decode()
    assert f'href="{event.url}calendar/"' in html
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
    assert "outlook.live.com/calendar/0/deeplink/compose" in html


# --- schema.org ---------------------------------------------------------------------------
def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_json_ld_has_the_schema_org_event_fields(client, closing_event, venue_event):
    final = closing_event
    data = _json_ld(client.get(final.url).content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["startDate"] == "2021-06-14T10:00:00+02:00" and data["endDate"] == "2021-06-16T13:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    assert {org["name"] for org in data["organizer"]} >= {"European Forum for Urban Security"}
    assert len(data["performer"]) == 13 and all(p["@type"] == "Person" for p in data["performer"])

    venue = venue_event
    data = _json_ld(client.get(venue.url).content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place" and data["location"]["address"]["addressCountry"] == "DE"


def test_json_ld_cannot_be_broken_out_of(client):
    event = publish_event(
        title="</script><script>alert(1)</script>", registration_mode="none", status=EventStatus.POSTPONED
    )
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)" not in html
    data = _json_ld(html)
    assert data["name"] == "</script><script>alert(1)</script>"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"


# --- feeds --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path", ["/feeds/practices/rss/", "/feeds/practices/atom/", "/feeds/events/rss/", "/feeds/events/atom/"]
)
def test_feeds_parse(client, path, portal_site, closing_event):
    publish(
        section_for(portal_site.case_studies, OrganisationFactory()),
        CaseStudyPageFactory.build(title="Planters & bollards <on> the market"),
        space_categories=[SpaceCategoryFactory()],
    )
    publish(section_for(portal_site.tools, OrganisationFactory()), ToolPageFactory.build())
    publish_event(title="Upcoming webinar & Q&A")
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title and len(feed.entries) > 0
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/") and entry.title and entry.id


def test_new_practice_appears_first_in_the_practices_feed(client, portal_site):
    index = portal_site.case_studies
    publish(section_for(index, OrganisationFactory()), CaseStudyPageFactory.build(title="An earlier practice"))
    publish(section_for(portal_site.tools, OrganisationFactory()), ToolPageFactory.build(title="An earlier tool"))
    page = CaseStudyPageFactory.build(title="Freshly shared bollard practice")
    section_for(index, OrganisationFactory(slug="ditss")).add_child(instance=page)
    page.save_revision().publish()
    feed = feedparser.parse(client.get("/feeds/practices/atom/").content)
    assert len(feed.entries) == 3
    assert feed.entries[0].title == "Case study: Freshly shared bollard practice"


# --- admin input --------------------------------------------------------------------------
def _post_edit(client, event, **changes):
    path, data = edit_form_data(client, event)
    for key, value in changes.items():
        data[key] = value
    data["action-publish"] = "1"
    return client.post(path, data)


def test_admin_times_are_typed_in_the_event_timezone(admin_client_logged_in):
    event = publish_event(registration_mode="none")
    response = _post_edit(
        admin_client_logged_in, event, timezone="Europe/Lisbon", start="2027-04-20 09:00", end="2027-04-20 17:00"
    )
    assert response.status_code == 302, response.content[:2000]
    event.refresh_from_db()
    assert event.start == dt.datetime(2027, 4, 20, 8, 0, tzinfo=dt.UTC)  # 09:00 in Lisbon (WEST, UTC+1)
    # The editor sees it back as typed.
    _path, data = edit_form_data(admin_client_logged_in, event)
    assert data["start"] == "2027-04-20 09:00"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": "2027-04-20 12:00", "end": "2027-04-20 11:00"}, "must end after it starts"),
        ({"timezone": "Mars/Olympus_Mons"}, "Unknown timezone"),
        ({"capacity": "-5"}, "greater than or equal to 0"),
        # Lisbon's clocks jump from 01:00 to 02:00 that night (Brussels' an hour later).
        ({"timezone": "Europe/Lisbon", "start": "2027-03-28 01:30", "end": "2027-03-28 05:00"}, "does not exist"),
        ({"start": "someday"}, "Enter a valid date"),
        ({"online_url": "", "venue_name": "", "venue_city": "", "venue_address": ""}, "online link, a venue"),
    ],
)
def test_bad_event_input_is_a_form_error(admin_client_logged_in, changes, message):
    event = publish_event()
    before = (event.start, event.end, event.capacity)
    response = _post_edit(admin_client_logged_in, event, **changes)
    assert response.status_code == 200
    assert message in response.content.decode()
    event.refresh_from_db()
    assert (event.start, event.end, event.capacity) == before


def test_session_outside_the_event_is_a_form_error(admin_client_logged_in):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    event = publish_event(registration_mode="none")
    local = event.local_start
    session = {
        "title": "Too late",
        "date": (local + dt.timedelta(days=1)).date().isoformat(),
        "start_time": "10:00",
        "end_time": "11:00",
        "speakers": {"count": 0},
        "description": "",
    }
    path, data = edit_form_data(admin_client_logged_in, event)
    for key in [k for k in data if k.startswith("sessions")]:
        del data[key]
    data.update(nested_form_data({"sessions": streamfield([("session", session)])}))
    data["action-publish"] = "1"
    response = admin_client_logged_in.post(path, data)
    assert response.status_code == 200
    assert "falls outside the event" in response.content.decode()
    event.refresh_from_db()
    assert len(event.sessions) == 0


def test_events_are_searchable_as_type_event(client, closing_event):
    from search.indexing import refresh_entries

    refresh_entries()
    data = client.get("/api/search/?q=PRoTECT closing event&type=event").json()
    assert data["results"] and all(hit["type"] == "event" for hit in data["results"])
    assert any("protect-closing-event-2021" in hit["url"] for hit in data["results"])
    assert ThreatType.objects.filter(slug="terrorism").exists()
