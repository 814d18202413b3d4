"""What the event pages show: listings with filters, upcoming events, and schema.org data."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet, prefetch_related_objects
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from network.models import (
    EventIndexPage,
    EventPage,
    EventStatus,
    EventType,
    Organisation,
    is_public,
    public_organisations,
)
from portal.base import prefetch_renditions
from practices.models import Project
from practices.models.pages import parse_language_codes
from practices.vocabularies import VocabularyChoices, VocabularyField, vocabulary_rows
from practices.widgets import QuickSelect

FILTER_PARAMS = ("when", "type", "project", "threat")


class EventFilterForm(forms.Form):
    """Listing filters; unknown values become form errors (and a 400), never a crash.

    Projects and threat types on offer are read in one query when the form is built (``practices.vocabularies``).
    """

    when = forms.ChoiceField(
        choices=[("upcoming", "Upcoming"), ("past", "Past")], required=False, label="When", widget=QuickSelect
    )
    type = forms.ChoiceField(choices=[("", "Any type"), *EventType.choices], required=False, widget=QuickSelect)
    project = VocabularyField()
    threat = VocabularyField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vocabulary = VocabularyChoices(vocabulary_rows())
        self.fields["project"].choices = self.vocabulary.choices("project", "Any project")
        self.fields["threat"].choices = self.vocabulary.choices("threat", "Any threat")

    def filter(self, queryset: QuerySet) -> QuerySet:
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        if event_type := data.get("type"):
            queryset = queryset.filter(event_type=event_type)
        if project := self.vocabulary.pk("project", data.get("project") or ""):
            queryset = queryset.filter(project=project)
        if threat := self.vocabulary.pk("threat", data.get("threat") or ""):
            queryset = queryset.filter(Q(threat_types=threat) | Q(threat_types__parent=threat))
        return queryset.distinct()

    @property
    def past(self) -> bool:
        return self.is_bound and self.is_valid() and self.cleaned_data.get("when") == "past"


def public_events() -> QuerySet:
    return EventPage.objects.live().public().select_related("project")


def upcoming(queryset: QuerySet | None = None) -> QuerySet:
    """Events that have not ended yet, soonest first (running events count as upcoming)."""
    return (public_events() if queryset is None else queryset).filter(end__gt=timezone.now()).order_by("start", "pk")


def past(queryset: QuerySet | None = None) -> QuerySet:
    return (public_events() if queryset is None else queryset).filter(end__lte=timezone.now()).order_by("-start", "-pk")


def events_index() -> EventIndexPage | None:
    return EventIndexPage.objects.live().public().first()


def upcoming_events(limit: int = 3) -> list[EventPage]:
    """The next events for the home page; cancelled ones are left out there."""
    return list(upcoming().exclude(status=EventStatus.CANCELLED)[:limit])


def _upcoming_and_past(queryset: QuerySet, past_limit: int | None = None) -> dict[str, list[EventPage]]:
    """``upcoming()`` and ``past()`` of one (small) set of events, read in one query rather than two."""
    now = timezone.now()
    events = list(queryset.order_by("start", "pk"))
    past_events = [event for event in reversed(events) if event.end <= now]
    return {"upcoming": [event for event in events if event.end > now], "past": past_events[:past_limit]}


def events_for_organisation(organisation: Organisation) -> dict[str, list[EventPage]]:
    """Events an organisation organises or sends speakers to, split into upcoming and past.

    ``pk__in`` on the two relations' tables rather than joins and DISTINCT: the same events, planned in a
    quarter of the time.
    """
    organised = EventPage.organisers.through.objects.filter(organisation=organisation).values("eventpage_id")
    spoken = EventPage.speakers.through.objects.filter(person__organisation=organisation).values("eventpage_id")
    queryset = public_events().filter(Q(pk__in=organised) | Q(pk__in=spoken))
    return _upcoming_and_past(queryset, past_limit=10)


def events_for_project(project: Project) -> dict[str, list[EventPage]]:
    return _upcoming_and_past(public_events().filter(project=project))


def listing_context(index_page: EventIndexPage, request: HttpRequest) -> dict[str, Any]:
    params = {key: value for key, value in request.GET.items() if key in FILTER_PARAMS and value}
    form = EventFilterForm(params or None)
    queryset = public_events().descendant_of(index_page)
    if form.is_bound:
        form.is_valid()
        queryset = form.filter(queryset)
    queryset = past(queryset) if form.past else upcoming(queryset)
    paginator = Paginator(queryset, 12)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "showing_past": form.past,
        "page_obj": page_obj,
        "paginator": paginator,
        "results": page_obj.object_list,
        "filter_query": query.urlencode(),
        "has_filters": bool(params),
    }


def event_page_context(event: EventPage, request: HttpRequest) -> dict[str, Any]:
    from network.calendar import add_to_calendar_links
    from network.registration import OUTCOME_MESSAGES, registration_state
    from network.registration_forms import RegistrationForm

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
        address = {"@type": "PostalAddress", "streetAddress": event.venue_address, "addressLocality": event.venue_city,
                   "addressCountry": event.venue_country_code}  # fmt: skip
        locations.append({"@type": "Place", "name": event.venue_name or event.venue_city,
                          "address": {key: value for key, value in address.items() if value}})  # fmt: skip
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
