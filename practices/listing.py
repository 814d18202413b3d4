"""Simple filters for the per-type listing pages (the faceted search lives in ``search``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django_countries import countries

from practices.models import CaseStudyPage, PracticeIndexPage
from practices.services import with_card_images
from practices.vocabularies import VocabularyChoices, VocabularyField, vocabulary_rows
from practices.widgets import QuickSelect

FILTER_PARAMS = ("threat", "space", "solution", "country", "project")


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

    def __init__(self, *args: Any, with_country: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vocabulary = VocabularyChoices(vocabulary_rows())
        for name, empty_label in (("threat", "Any threat"), ("space", "Any public space"),
                                  ("solution", "Any solution"), ("project", "Any project")):  # fmt: skip
            self.fields[name].choices = self.vocabulary.choices(name, empty_label)
        if with_country:
            self.fields["country"].choices = [("", "Any country"), *countries]
        else:
            del self.fields["country"]

    def filter(self, queryset: QuerySet) -> QuerySet:
        """Apply every valid filter; invalid ones are ignored (and reported by the form)."""
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        term = {
            name: self.vocabulary.pk(name, data.get(name) or "") for name in ("threat", "space", "solution", "project")
        }
        if threat := term["threat"]:
            queryset = queryset.filter(Q(threat_types=threat) | Q(threat_types__parent=threat))
        if space := term["space"]:
            condition = Q(space_categories=space)
            if queryset.model is CaseStudyPage:
                condition |= Q(space_category=space)
            queryset = queryset.filter(condition)
        if solution := term["solution"]:
            queryset = queryset.filter(solution_types=solution)
        if country := data.get("country"):
            queryset = queryset.filter(country=country)
        if project := term["project"]:
            queryset = queryset.filter(project=project)
        return queryset.distinct()


def listing_context(index_page: PracticeIndexPage, request: HttpRequest) -> dict[str, Any]:
    """Filtered, paginated pages for an index page, plus the form and the active filters."""
    model = index_page.listing_model
    params = {key: value for key, value in request.GET.items() if key in FILTER_PARAMS and value}
    form = PracticeFilterForm(params or None, with_country=model is CaseStudyPage)
    queryset = model.objects.descendant_of(index_page).live().public()
    if form.is_bound:
        form.is_valid()
        queryset = form.filter(queryset)
    queryset = queryset.select_related("listing_image", "project").order_by("-first_published", "-pk")
    if model is CaseStudyPage:
        queryset = queryset.select_related("space_category")
    paginator = Paginator(queryset, index_page.page_size)
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = with_card_images(page_obj.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "page_obj": page_obj,
        "paginator": paginator,
        "results": page_obj.object_list,
        "filter_query": query.urlencode(),
        "has_filters": bool(params),
    }
