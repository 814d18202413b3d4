"""The taxonomy terms and projects that filter forms offer, read in one UNION query.

The listings, the events listing and the partner directory filter by the same vocabularies; reading them as
one round trip rather than one query each keeps those pages within their query budgets. They are a few
dozen rows.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.db.models import BigIntegerField, CharField, F, IntegerField, QuerySet, Value

from practices.models.projects import Project
from practices.models.taxonomy import SolutionType, SpaceCategory, ThreatType
from practices.widgets import QuickSelect


class VocabularyRow(NamedTuple):
    kind: str
    pk: int
    parent_id: int | None
    slug: str
    name: str
    sort_order: int


NO_PARENT = Value(None, output_field=BigIntegerField())
ZERO = Value(0, output_field=IntegerField())


def vocabulary_values(
    queryset: QuerySet, kind: str, pk: Any, parent: Any, slug: str, name: str, order: Any
) -> QuerySet:
    """``queryset`` as rows of ``kind`` for ``vocabulary_rows`` (pk, parent and order are expressions)."""
    return (
        queryset.order_by()
        .annotate(
            kind=Value(kind, output_field=CharField()),
            row_pk=pk,
            row_parent=parent,
            row_slug=F(slug),
            row_name=F(name),
            row_order=order,
        )
        .values_list("kind", "row_pk", "row_parent", "row_slug", "row_name", "row_order")
    )


def vocabulary_rows(*extra: QuerySet) -> list[VocabularyRow]:
    """Threat types, space categories, solution types and projects (and ``extra`` rows) in one UNION query.

    Within a kind, rows come in their models' own order (sort order and name; projects by acronym), as the
    database sorts them.
    """
    order = F("sort_order")
    union = vocabulary_values(ThreatType.objects.all(), "threat", F("pk"), F("parent_id"), "slug", "name", order).union(
        vocabulary_values(SpaceCategory.objects.all(), "space", F("pk"), NO_PARENT, "slug", "name", order),
        vocabulary_values(SolutionType.objects.all(), "solution", F("pk"), NO_PARENT, "slug", "name", order),
        vocabulary_values(Project.objects.all(), "project", F("pk"), NO_PARENT, "slug", "acronym", ZERO),
        *extra,
    )
    return [VocabularyRow(*row) for row in union.order_by("kind", "row_order", "row_name")]


class VocabularyChoices:
    """The choices of the vocabulary filters of one form, and the ids their slugs stand for."""

    def __init__(self, rows: list[VocabularyRow]) -> None:
        self.rows = rows
        names = {row.pk: row.name for row in rows if row.kind == "threat"}
        #: Threat types are labelled with their family (``ThreatType.label``).
        self.labels = {
            (row.kind, row.pk): f"{names[row.parent_id]} › {row.name}" if row.parent_id in names else row.name
            for row in rows
        }

    def choices(self, kind: str, empty_label: str) -> list[tuple[str, str]]:
        return [
            ("", empty_label),
            *((row.slug, self.labels[row.kind, row.pk]) for row in self.rows if row.kind == kind),
        ]

    def pk(self, kind: str, slug: str) -> int | None:
        return next((row.pk for row in self.rows if row.kind == kind and row.slug == slug), None)


class VocabularyField(forms.ChoiceField):
    """A filter by taxonomy term or project, validated as the ModelChoiceField it replaces (same messages).

    Its choices come from ``VocabularyChoices``; the cleaned value is the slug.
    """

    default_error_messages = {"invalid_choice": forms.ModelChoiceField.default_error_messages["invalid_choice"]}
    widget = QuickSelect

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def to_python(self, value: Any) -> str:
        value = super().to_python(value)
        if value:
            ProhibitNullCharactersValidator()(value)  # as ModelChoiceField checks before its lookup
        return value
