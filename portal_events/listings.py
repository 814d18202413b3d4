"""Which events a page lists: the listing with its filters, the home page's next events, and the events
of an organisation or a project (shown on their pages through ``network.sections``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from network.models import Organisation
from portal_events.models import EventIndexPage, EventPage, EventStatus, EventType
from practices.models import Project
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
