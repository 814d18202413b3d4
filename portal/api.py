"""Wagtail's read-only pages API, hardened: every parameter is checked before a query runs.

Images and documents endpoints are deliberately not exposed. The API's own search is off
(``WAGTAILAPI_SEARCH_ENABLED``): the portal's search (``/api/search/``) validates its input, bounds
its cost and keeps to public documents, while Wagtail's would hand raw query syntax to the database
(a quote, a NUL or hundreds of operators answered 500 or ran for seconds). Field filters are
converted and validated by their model field first, and ids and offsets must be integers in range,
so a crafted value answers 400 with a message, never 500.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework.request import Request
from taggit.managers import TaggableManager
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

#: Parameters that name a page by id (Wagtail converts them with ``int()``, which accepts any size).
ID_PARAMETERS = ("id", "child_of", "ancestor_of", "descendant_of", "translation_of")
MAX_ID = 2**31 - 1
MAX_OFFSET = 100_000
MAX_PARAMETER_LENGTH = 500


def _checked_integer(name: str, value: str, maximum: int) -> None:
    try:
        number = int(value)
    except ValueError as exc:
        raise BadRequestError(f"{name} must be a positive integer") from exc
    if not 0 <= number <= maximum:
        raise BadRequestError(f"{name} must be a positive integer up to {maximum}")


def check_parameters(request: HttpRequest | Request) -> None:
    """Refuse what no field or operation of the API can accept: NULs, oversized values, ids out of range."""
    for name, value in request.GET.items():
        if "\x00" in name or "\x00" in value:
            raise BadRequestError("null characters are not allowed in query parameters")
        if len(value) > MAX_PARAMETER_LENGTH:
            raise BadRequestError(f"{name} is longer than {MAX_PARAMETER_LENGTH} characters")
    for name in ID_PARAMETERS:
        if name in request.GET:
            _checked_integer(name, request.GET[name], MAX_ID)
    if "offset" in request.GET:
        _checked_integer("offset", request.GET["offset"], MAX_OFFSET)


def _field_value(field: models.Field, value: str) -> None:
    """Convert and validate ``value`` as ``field`` would store it; a relation by its target's key."""
    target = field.target_field if field.is_relation and hasattr(field, "target_field") else field
    if isinstance(target, models.BooleanField):
        return  # Wagtail parses booleans itself, with a message
    python = target.to_python(value)
    target.run_validators(python)


class ValidatedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (``?city=Nice``), each value checked against its field before it reaches SQL."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: Any) -> QuerySet:
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if isinstance(field, TaggableManager):
                continue  # tag names: any text
            try:
                _field_value(field, value)
            except (ValidationError, ValueError, TypeError, OverflowError) as exc:
                raise BadRequestError(f"'{value}' is not a valid value for {name}") from exc
            if name in getattr(queryset.model, "body_fields", ()):
                # A restricted body is not public: filtering on it must not tell what it says.
                queryset = queryset.filter(body_label="clear")
        return super().filter_queryset(request, queryset, view)


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """The pages endpoint with its parameters checked first (see the module)."""

    filter_backends = [
        ValidatedFieldsFilter if backend is FieldsFilter else backend for backend in PagesAPIViewSet.filter_backends
    ]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        """Before any view reads a page (the ``site`` parameter is looked up first of all)."""
        super().initial(request, *args, **kwargs)
        check_parameters(request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
