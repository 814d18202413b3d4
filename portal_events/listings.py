"""The event listing: its filters, upcoming or past events, and the page's context.

The listing page builds its context through this module, so it imports no models: the page passes itself
(its ``listing_model`` says which events it lists). The events other pages show (the home page's next
events, an organisation's or a project's) are in ``portal_events.queries``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from portal.listings import ListingFilterSet, listing_context
from portal_events.choices import EventType
from practices.vocabularies import VocabularyChoices, VocabularyField, vocabulary_rows
from practices.widgets import QuickSelect

if TYPE_CHECKING:
    from portal_events.models import EventIndexPage

PAGE_SIZE = 12


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

    @property
    def past(self) -> bool:
        return self.is_bound and self.is_valid() and self.cleaned_data.get("when") == "past"


class EventFilterSet(ListingFilterSet):
    """Events by type, project and threat (a family finds its specific threats too).

    ``when`` is no filter: it chooses between the upcoming and the past events (``event_listing_context``).
    """

    params = ("when", "type", "project", "threat")

    type = django_filters.Filter(field_name="event_type")
    project = django_filters.Filter(method="filter_project")
    threat = django_filters.Filter(method="filter_threat")

    class Meta:
        form = EventFilterForm
        fields: list[str] = []

    def filter_project(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if project := self.form.vocabulary.pk("project", value):
            queryset = queryset.filter(project=project)
        return queryset

    def filter_threat(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if threat := self.form.vocabulary.pk("threat", value):
            queryset = queryset.filter(Q(threat_types=threat) | Q(threat_types__parent=threat))
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return super().filter_queryset(queryset).distinct()


def upcoming(queryset: QuerySet) -> QuerySet:
    """Events that have not ended yet, soonest first (running events count as upcoming)."""
    return queryset.filter(end__gt=timezone.now()).order_by("start", "pk")


def past(queryset: QuerySet) -> QuerySet:
    return queryset.filter(end__lte=timezone.now()).order_by("-start", "-pk")


def event_listing_context(index_page: EventIndexPage, request: HttpRequest) -> dict[str, Any]:
    """The listing's events, upcoming (or past, when asked) and filtered, a page of them, the form."""
    events = index_page.listing_model.objects.live().public().select_related("project").descendant_of(index_page)
    filterset = EventFilterSet.from_request(request, events)
    form = filterset.form
    results = past(filterset.qs) if form.past else upcoming(filterset.qs)
    context = listing_context(request, filterset, PAGE_SIZE, results)
    context["showing_past"] = form.past
    return context
