"""Simple filters for the per-type listing pages (the faceted search lives in ``search``).

The index pages build their context through this module, so it imports no page models: what differs between
the three listings (country filter, the fields that hold a page's public spaces, what the cards read) is
declared on the index page and its listing model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django_countries import countries

from portal.base import prefetch_renditions
from portal.listings import ListingFilterSet, listing_context
from practices.models.evidence import EvidenceLevel, confirmed_level
from practices.vocabularies import VocabularyChoices, VocabularyField, vocabulary_rows
from practices.widgets import QuickSelect

if TYPE_CHECKING:
    from practices.models import PracticeIndexPage


class PracticeFilterForm(forms.Form):
    """Validates listing filters; an unknown value becomes a form error instead of a crash.

    The terms and projects on offer are read in one query when the form is built (``practices.vocabularies``);
    validating and filtering need no more.
    """

    threat = VocabularyField()
    space = VocabularyField()
    solution = VocabularyField()
    country = forms.ChoiceField(required=False, widget=QuickSelect)
    project = VocabularyField()
    evidence = forms.ChoiceField(required=False, choices=[("", "Any evidence"), *EvidenceLevel.choices])

    def __init__(self, *args: Any, with_country: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vocabulary = VocabularyChoices(vocabulary_rows())
        for name, empty_label in (
            ("threat", "Any threat"),
            ("space", "Any public space"),
            ("solution", "Any solution"),
            ("project", "Any project"),
        ):
            self.fields[name].choices = self.vocabulary.choices(name, empty_label)
        if with_country:
            self.fields["country"].choices = [("", "Any country"), *countries]
        else:
            del self.fields["country"]


class PracticeFilterSet(ListingFilterSet):
    """Practices by threat (a family finds its specific threats too), public space, solution, country, project
    and confirmed evidence level.

    The form has a country field only where the listing offers it (case studies).
    """

    params = ("threat", "space", "solution", "country", "project", "evidence")

    threat = django_filters.Filter(method="filter_threat")
    space = django_filters.Filter(method="filter_space")
    solution = django_filters.Filter(method="filter_solution")
    country = django_filters.Filter(field_name="country")
    project = django_filters.Filter(method="filter_project")
    evidence = django_filters.Filter(method="filter_evidence")

    class Meta:
        form = PracticeFilterForm
        fields: list[str] = []

    def _pk(self, kind: str, slug: str) -> int | None:
        return self.form.vocabulary.pk(kind, slug)

    def filter_threat(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if threat := self._pk("threat", value):
            queryset = queryset.filter(Q(threat_types=threat) | Q(threat_types__parent=threat))
        return queryset

    def filter_space(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """A page is in a public space through any of its model's ``space_fields`` (a case study's main one too)."""
        if space := self._pk("space", value):
            condition = Q()
            for field in queryset.model.space_fields:
                condition |= Q(**{field: space})
            queryset = queryset.filter(condition)
        return queryset

    def filter_solution(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if solution := self._pk("solution", value):
            queryset = queryset.filter(solution_types=solution)
        return queryset

    def filter_project(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if project := self._pk("project", value):
            queryset = queryset.filter(project=project)
        return queryset

    def filter_evidence(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """By the confirmed level (the listing annotates every page with it)."""
        return queryset.filter(confirmed_evidence=value) if value else queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return super().filter_queryset(queryset).distinct()


def practice_listing_context(index_page: PracticeIndexPage, request: HttpRequest) -> dict[str, Any]:
    """Filtered, paginated pages for an index page, plus the form and the active filters."""
    model = index_page.listing_model
    pages = model.objects.descendant_of(index_page).live().public().annotate(confirmed_evidence=confirmed_level())
    filterset = PracticeFilterSet.from_request(request, pages, with_country=index_page.filter_by_country)
    results = filterset.qs.select_related(*index_page.listing_related).order_by("-first_published", "-pk")
    context = listing_context(request, filterset, index_page.page_size, results)
    page_obj = context["page_obj"]
    # The renditions the cards show, read in one query for the whole page.
    page_obj.object_list = list(page_obj.object_list)
    prefetch_renditions(page.listing_image for page in page_obj.object_list)
    context["results"] = page_obj.object_list
    return context
