"""iCalendar (RFC 5545) files: one per event, and a feed of upcoming events to subscribe to.

The event page serves its file through this module, so it imports no models (the feed's events are read
in ``portal_events.queries``, its view is in ``portal_events.views``).

Times are written in the event's own timezone with its VTIMEZONE, so a calendar shows
"14:00 Brussels" and still converts correctly across daylight-saving changes. The UID is
the page's translation key (stable when the title or slug changes) and SEQUENCE is the
page's counter, bumped on each calendar-relevant change, so calendar apps update the entry
instead of adding a second one; cancelled events stay in the feed with STATUS:CANCELLED.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from portal.text import one_line
from portal_events.choices import EventStatus

if TYPE_CHECKING:
    from portal_events.models import EventPage

PRODID = "-//Practice exchange portal//Events//EN"
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
#: How long ended events stay in the subscription feed, so late changes still reach calendars.
FEED_KEEPS_PAST = dt.timedelta(days=30)


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def event_uid(event: EventPage) -> str:
    return f"{event.translation_key}@practice-exchange"


def event_description(event: EventPage, url: str) -> str:
    lines = [event.summary]
    for title, start, end in event.session_times():
        if start and end:
            lines.append(f"{start:%d %b %H:%M}–{end:%H:%M} {title}")
    if event.public_join_link:
        lines.append(f"Join online: {event.public_join_link}")
    lines.append(f"Details and registration: {url}")
    return "\n\n".join(line for line in lines if line)


def vevent(event: EventPage, request: HttpRequest | None = None) -> Event:
    url = absolute_url(event.get_url(request) or "/", request)
    stamp = event.last_published_at or timezone.now()
    component = Event.new(
        uid=event_uid(event),
        sequence=event.sequence,
        stamp=stamp.astimezone(dt.UTC),
        start=event.local_start,
        end=event.local_end,
        summary=one_line(("CANCELLED: " if event.is_cancelled else "") + event.title),
        description=event_description(event, url),
        location=one_line(event.location_text) or None,
        status=ICAL_STATUS.get(event.status, "CONFIRMED"),
        url=url,
        categories=[event.get_event_type_display()],
    )
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(dt.UTC))
    return component


def build_calendar(events: Iterable[EventPage], name: str, uid: str, request: HttpRequest | None = None) -> Calendar:
    """A calendar of ``events`` with the VTIMEZONE of each timezone used, covering the events' years."""
    events = list(events)
    # one_line: the library writes the calendar's NAME unescaped, so a line break would break the file.
    calendar = Calendar.new(
        prodid=PRODID, method="PUBLISH", name=one_line(name), uid=uid, refresh_interval=dt.timedelta(hours=12)
    )
    for event in events:
        calendar.add_component(vevent(event, request))
    if events:
        first = min(event.start for event in events).date().replace(month=1, day=1)
        last = max(event.end for event in events).date().replace(month=12, day=31)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def event_calendar_bytes(event: EventPage, request: HttpRequest | None = None) -> bytes:
    return build_calendar([event], event.title, f"calendar-{event_uid(event)}", request).to_ical()


def calendar_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_calendar_response(event: EventPage, request: HttpRequest) -> HttpResponse:
    return calendar_response(event_calendar_bytes(event, request), f"{event.slug}.ics")


def add_to_calendar_links(event: EventPage, request: HttpRequest) -> dict[str, str]:
    """Links for the page's "add to calendar" menu: the .ics file and the big web calendars."""
    path = event.get_url(request) or "/"
    url = absolute_url(path, request)
    start, end = event.start.astimezone(dt.UTC), event.end.astimezone(dt.UTC)
    details = f"{event.summary}\n\n{url}"
    google = urlencode(
        {
            "action": "TEMPLATE",
            "text": event.title,
            "details": details,
            "location": event.location_text,
            "ctz": event.timezone,
            "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
        }
    )
    outlook = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": event.title,
            "startdt": start.isoformat(),
            "enddt": end.isoformat(),
            "body": details,
            "location": event.location_text,
        }
    )
    return {
        "ics": path + "calendar/",
        "google": f"https://calendar.google.com/calendar/render?{google}",
        "outlook": f"https://outlook.live.com/calendar/0/deeplink/compose?{outlook}",
    }
