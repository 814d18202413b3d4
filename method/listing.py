"""The catalogue's filters: scenario, solution type, public space, minimum maturity, privacy impact and kind.

Built on the portal's one way of filtering a listing (``portal.listings``): the vocabularies, scenarios among
them, are read in one query when the form is built, and a value the form does not know is a 400 with its
message, never a crash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import django_filters
from django import forms
from django.db.models import F, QuerySet
from django.http import HttpRequest

from method.models.scenarios import Scenario
from method.models.technologies import TRL_LABELS, PrivacyImpact, RecordKind, TechnologyPage
from portal.listings import ListingFilterSet, listing_context
from practices.vocabularies import NO_PARENT, VocabularyChoices, VocabularyField, vocabulary_rows, vocabulary_values

if TYPE_CHECKING:
    from method.models import TechnologyIndexPage

#: Lower is less intrusive: "at most medium" keeps low and medium.
PRIVACY_ORDER = [PrivacyImpact.LOW, PrivacyImpact.MEDIUM, PrivacyImpact.HIGH]


def scenario_rows() -> QuerySet:
    """The scenarios as rows of ``practices.vocabularies.vocabulary_rows``' one query."""
    return vocabulary_values(Scenario.objects.all(), "scenario", F("pk"), NO_PARENT, "slug", "name", F("sort_order"))


class TechnologyFilterForm(forms.Form):
    scenario = VocabularyField()
    solution = VocabularyField()
    space = VocabularyField()
    trl = forms.TypedChoiceField(
        label="Maturity",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any maturity"), *((str(level), f"TRL {level} or higher") for level in range(9, 0, -1))],
    )
    privacy = forms.ChoiceField(
        label="Privacy impact",
        required=False,
        choices=[("", "Any privacy impact"), ("low", "Low only"), ("medium", "Medium or low")],
    )
    kind = forms.ChoiceField(required=False, choices=[("", "Categories and products"), *RecordKind.choices])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vocabulary = VocabularyChoices(vocabulary_rows(scenario_rows()))
        for name, empty_label in (
            ("scenario", "Any scenario"),
            ("solution", "Any solution type"),
            ("space", "Any public space"),
        ):
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = self.vocabulary.choices(name, empty_label)


class TechnologyFilterSet(ListingFilterSet):
    params = ("scenario", "solution", "space", "trl", "privacy", "kind")

    scenario = django_filters.Filter(method="filter_scenario")
    solution = django_filters.Filter(method="filter_solution")
    space = django_filters.Filter(method="filter_space")
    trl = django_filters.Filter(field_name="trl", lookup_expr="gte")
    privacy = django_filters.Filter(method="filter_privacy")
    kind = django_filters.Filter(field_name="record_kind")

    class Meta:
        form = TechnologyFilterForm
        fields: list[str] = []

    def _pk(self, kind: str, slug: str) -> int | None:
        form = self.form
        assert isinstance(form, TechnologyFilterForm)
        return form.vocabulary.pk(kind, slug)

    def filter_scenario(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Rated on the scenario, with some effect (a record rated "no effect" is no answer to it)."""
        scenario = self._pk("scenario", value)
        return queryset.filter(ratings__scenario=scenario, ratings__effectiveness__gt=0) if scenario else queryset

    def filter_solution(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        solution = self._pk("solution", value)
        return queryset.filter(solution_type=solution) if solution else queryset

    def filter_space(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        space = self._pk("space", value)
        return queryset.filter(space_categories=space) if space else queryset

    def filter_privacy(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        allowed = PRIVACY_ORDER[: PRIVACY_ORDER.index(PrivacyImpact(value)) + 1]
        return queryset.filter(privacy_impact__in=allowed)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return super().filter_queryset(queryset).distinct()


def technology_listing_context(index_page: TechnologyIndexPage, request: HttpRequest) -> dict[str, Any]:
    """The filtered, paginated records with what their cards show (their ratings and scenarios in one query)."""
    records = TechnologyPage.objects.child_of(index_page).live().public()
    filterset = TechnologyFilterSet.from_request(request, records)
    results = (
        filterset.qs.select_related("solution_type")
        .prefetch_related(*TechnologyPage.shown_relations()[:1])
        .order_by("title", "pk")
    )
    context = listing_context(request, filterset, index_page.page_size, results)
    context["trl_labels"] = TRL_LABELS
    return context
