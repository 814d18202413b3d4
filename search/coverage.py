"""``/coverage/``: where the network's knowledge is, and where it is missing.

A threat × public-space grid of practice counts (case studies, tools and lessons), from one aggregation on
either engine (``search.service.coverage``). Each cell links into search with both filters set; empty and thin
cells are marked, so a coordinator sees at a glance that nobody has shared a practice on drones at beaches.
Counts are the reader's: anonymous visitors count public practices only; a signed-in member's grid adds the
restricted sections they may read, counted apart (``search.access``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django_countries import countries

from practices.marking import Reader
from practices.models import EvidenceLevel, SpaceCategory, ThreatType
from search import service
from search.content import TYPE_LABELS
from search.service import PRACTICE_TYPES

#: A cell with at most this many practices is "thin".
THIN = 1


class CoverageFilterForm(forms.Form):
    """The grid's filters; a value the form does not know is a form error (the page answers 400)."""

    type = forms.ChoiceField(
        label="Content type",
        required=False,
        choices=[("", "All practices"), *((name, TYPE_LABELS[name]) for name in PRACTICE_TYPES)],
    )
    country = forms.ChoiceField(required=False, choices=[("", "Any country"), *countries])
    evidence = forms.ChoiceField(required=False, choices=[("", "Any evidence"), *EvidenceLevel.choices])

    def search_filters(self) -> dict[str, tuple[str, ...]]:
        """The valid filters as search facets (every practice type when none is chosen)."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        filters: dict[str, tuple[str, ...]] = {"type": (data["type"],) if data.get("type") else PRACTICE_TYPES}
        for name in ("country", "evidence"):
            if data.get(name):
                filters[name] = (data[name],)
        return filters


@dataclass
class Cell:
    threat: ThreatType
    space: SpaceCategory
    practices: int
    restricted: int
    url: str

    @property
    def empty(self) -> bool:
        return self.practices == 0 and self.restricted == 0

    @property
    def thin(self) -> bool:
        return not self.empty and self.practices + self.restricted <= THIN


@dataclass
class Row:
    threat: ThreatType
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Grid:
    spaces: list[SpaceCategory]
    rows: list[Row]
    #: How many cells are empty; a summary line says so.
    empty_cells: int
    thin_cells: int


def _search_url(filters: dict[str, tuple[str, ...]], threat: str, space: str) -> str:
    params = [("threat_type", threat), ("space_category", space)]
    params += [(name, value) for name, values in filters.items() for value in values]
    return f"/search/?{urlencode(params)}"


def coverage_grid(reader: Reader, filters: dict[str, tuple[str, ...]]) -> Grid:
    """The grid of specific threats (by family) × public spaces for ``reader``, narrowed by ``filters``."""
    counts = service.coverage(reader, filters)
    threats = list(
        ThreatType.objects.filter(parent__isnull=False)
        .select_related("parent")
        .order_by("parent__sort_order", "parent__name", "sort_order", "name")
    )
    spaces = list(SpaceCategory.objects.all())
    rows = []
    for threat in threats:
        row = Row(threat)
        for space in spaces:
            total, restricted = counts.get((threat.slug, space.slug), (0, 0))
            row.cells.append(
                Cell(threat, space, total - restricted, restricted, _search_url(filters, threat.slug, space.slug))
            )
        rows.append(row)
    cells = [cell for row in rows for cell in row.cells]
    return Grid(
        spaces=spaces,
        rows=rows,
        empty_cells=sum(cell.empty for cell in cells),
        thin_cells=sum(cell.thin for cell in cells),
    )
