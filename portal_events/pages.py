"""What an event page shows: its programme, speakers, registration state, calendar links and schema.org data."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from network.models import is_public, public_organisations
from portal.base import prefetch_renditions
from portal_events.availability import registration_state
from portal_events.calendar import add_to_calendar_links
from portal_events.choices import EventStatus
from portal_events.forms import RegistrationForm
from practices.models.pages import parse_language_codes

if TYPE_CHECKING:
    from portal_events.models import EventPage

#: What the page says after a registration request (``?registration=``).
OUTCOME_MESSAGES = {
    "sent": "Thank you. We have emailed that address: follow the link in the email to confirm your "
    "registration. Your seat (or your place on the waitlist) is held once you confirm.",
}


def event_page_context(event: EventPage, request: HttpRequest) -> dict[str, Any]:
    state = registration_state(event)
    speakers = event.all_speakers()
    prefetch_related_objects(speakers, "photo")
    prefetch_renditions(person.photo for person in speakers)
    return {
        "sessions": event.session_list(),
        "speakers": speakers,
        # From the organisers the page read with it (the JSON-LD names them all).
        "organisers": public_organisations(event.organisers.all()),
        "calendar_links": add_to_calendar_links(event, request) if event.start and event.end else {},
        "registration": state,
        "registration_outcome": OUTCOME_MESSAGES.get(request.GET.get("registration", "")),
        "registration_form": RegistrationForm.fresh() if state.open else None,
        "json_ld": event_json_ld(event, request),
        "is_past": event.is_past(),
    }


SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def attendance_mode(event: EventPage) -> str:
    if event.is_online and event.has_venue:
        return "https://schema.org/MixedEventAttendanceMode"
    if event.is_online:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def event_schema(event: EventPage, request: HttpRequest) -> dict[str, Any]:
    """The event as schema.org ``Event`` data, for search engines and calendar tools."""
    url = request.build_absolute_uri(event.get_url(request) or "/")
    locations: list[dict[str, Any]] = []
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": event.public_join_link or url})
    if event.has_venue:
        address = {
            "@type": "PostalAddress",
            "streetAddress": event.venue_address,
            "addressLocality": event.venue_city,
            "addressCountry": event.venue_country_code,
        }
        locations.append(
            {
                "@type": "Place",
                "name": event.venue_name or event.venue_city,
                "address": {key: value for key, value in address.items() if value},
            }
        )
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "startDate": event.local_start.isoformat() if event.start else None,
        "endDate": event.local_end.isoformat() if event.end else None,
        "eventStatus": SCHEMA_STATUS.get(event.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": attendance_mode(event),
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": [
            {"@type": "Organization", "name": org.name, "url": request.build_absolute_uri(f"/network/{org.slug}/")}
            for org in public_organisations(event.organisers.all())
        ],
        "performer": [_person_schema(person) for person in event.all_speakers()],
        "inLanguage": parse_language_codes(event.languages),
    }
    if event.registration_mode != "none":
        data["isAccessibleForFree"] = True
    return data


def _person_schema(person: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Person", "name": person.name}
    if person.organisation_id and is_public(person.organisation):
        data["affiliation"] = {"@type": "Organization", "name": person.organisation.name}
    return data


_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def event_json_ld(event: EventPage, request: HttpRequest) -> SafeString:
    """The schema.org data, safe inside a ``<script>`` element (no ``</script>`` can break out)."""
    text = json.dumps(event_schema(event, request), ensure_ascii=False)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above
