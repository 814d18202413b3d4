"""The one way a public listing is filtered: GET parameters through a form, filters, pagination, a 400 on a bad value.

The practice listings, the partner directory and the event listing share it. Each declares a ``ListingFilterSet``
(django-filter) whose form owns the fields: the forms read their vocabularies in one query when they are built
(``practices.vocabularies``), which a generated form could not do within the pages' query budgets.

An unknown value becomes a form error, never a crash: the valid filters are still applied so the page stays
usable, and the page answers 400 with the form's message (``filter_status``, ``FilteredListingPageMixin``).
This module imports no models: the listings pass their querysets in, so page models can build their context
through it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import django_filters
from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django_filters.constants import EMPTY_VALUES


class ListingFilterSet(django_filters.FilterSet):
    """A FilterSet whose form is ``Meta.form`` itself, built from the listing's GET parameters.

    ``params`` are the parameters the listing reads (others, ``page`` included, are ignored); a parameter given
    empty (or only blank, with ``strip_params``) counts as not given, and with none given the form is unbound.
    Filters get the form's cleaned value; those whose value did not validate are skipped.
    """

    params: ClassVar[tuple[str, ...]] = ()
    #: Whether a value of only spaces counts as not given (the directory's free-text name search).
    strip_params: ClassVar[bool] = False

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        queryset: QuerySet | None = None,
        *,
        form: forms.Form | None = None,
        **form_kwargs: Any,
    ) -> None:
        if form is not None:
            data = form.data if form.is_bound else None
        super().__init__(data, queryset)
        self.form_kwargs = form_kwargs
        if form is not None:
            self._form = form

    @classmethod
    def given_params(cls, request: HttpRequest) -> dict[str, str]:
        """The listing's parameters that ``request`` gives a value for."""
        given = {}
        for key in cls.params:
            value = request.GET.get(key, "")
            if value.strip() if cls.strip_params else value:
                given[key] = value
        return given

    @classmethod
    def from_request(cls, request: HttpRequest, queryset: QuerySet, **form_kwargs: Any) -> ListingFilterSet:
        return cls(cls.given_params(request) or None, queryset, **form_kwargs)

    def get_form_class(self) -> type[forms.Form]:
        """The form declared in ``Meta.form``, as it is: it owns the fields and their choices."""
        return self._meta.form

    @property
    def form(self) -> forms.Form:
        if not hasattr(self, "_form"):
            self._form = self.get_form_class()(self.data if self.is_bound else None, **self.form_kwargs)
        return self._form

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """Apply each filter whose field validated with a value (a form may lack a filter's field)."""
        data = self.form.cleaned_data
        for name, filter_ in self.filters.items():
            value = data.get(name)
            if value not in EMPTY_VALUES:
                queryset = filter_.filter(queryset, value)
        return queryset


def filter_status(form: forms.Form) -> int:
    """400 when a filter value did not validate (the page shows the form's message), else 200."""
    return 400 if form.is_bound and not form.is_valid() else 200


def listing_context(
    request: HttpRequest,
    filterset: ListingFilterSet,
    per_page: int,
    objects: QuerySet | Sequence[Any] | None = None,
) -> dict[str, Any]:
    """The context the listing templates share: the form, the requested page of ``objects`` and the active filters.

    ``objects`` defaults to the filterset's queryset; a listing that needs every match (the directory's map)
    passes them as a list. A page number out of range gives the last page, a non-number the first.
    """
    paginator = Paginator(filterset.qs if objects is None else objects, per_page)
    page_obj: PaginatorPage = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": filterset.form,
        "page_obj": page_obj,
        "paginator": paginator,
        "results": page_obj.object_list,
        "filter_query": query.urlencode(),
        "has_filters": filterset.is_bound,
    }


class FilteredListingPageMixin:
    """For a page whose context holds a ``filter_form``: it answers 400 when a filter value is invalid."""

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)  # type: ignore[misc]  # a mixin: Page.serve comes later in the MRO
        form = getattr(response, "context_data", {}).get("filter_form")
        if form is not None and filter_status(form) == 400:
            response.status_code = 400
        return response
