"""The events other pages show: the home page's next events, those of an organisation or a project
(on their pages through ``network.sections``), and those of the calendar feed."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from network.models import Organisation
from portal_events.calendar import FEED_KEEPS_PAST
from portal_events.listings import upcoming
from portal_events.models import EventIndexPage, EventPage, EventStatus
from practices.models import Project


def public_events() -> QuerySet:
    return EventPage.objects.live().public().select_related("project")


def events_index() -> EventIndexPage | None:
    return EventIndexPage.objects.live().public().first()


def upcoming_events(limit: int = 3) -> list[EventPage]:
    """The next events for the home page; cancelled ones are left out there."""
    return list(upcoming(public_events()).exclude(status=EventStatus.CANCELLED)[:limit])


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


def feed_events(now: dt.datetime | None = None) -> list[EventPage]:
    """Public events that have not ended (or ended recently), soonest first."""
    since = (now or timezone.now()) - FEED_KEEPS_PAST
    return list(EventPage.objects.live().public().filter(end__gte=since).order_by("start", "pk"))
