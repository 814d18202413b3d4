"""``/technologies/compare/?id=…&id=…``: two to four records side by side, in the order asked for.

The URL is the comparison, so it can be shared as it is. Fewer than two records, more than four, or an id
that is not a published record of the catalogue answers a 400 page saying which; nothing else is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, QueryDict
from django.template.response import TemplateResponse
from wagtail.models import Page

from method.models.technologies import Effectiveness, TechnologyPage
from practices.models import CaseStudyPage

if TYPE_CHECKING:
    from method.models import TechnologyIndexPage

MIN_COMPARED = 2
MAX_COMPARED = 4


class CompareError(ValueError):
    """A comparison the portal cannot draw; the message is shown with the 400."""


def requested_ids(params: QueryDict) -> list[int]:
    """The ``id`` values, in order and without repeats; ``CompareError`` when there are too few, too many or
    one is not a number."""
    raw = [value.strip() for value in params.getlist("id") if value.strip()]
    if len(raw) > 20:
        raise CompareError(f"Choose at most {MAX_COMPARED} solutions to compare.")
    if not all(re.fullmatch(r"\d{1,9}", value) for value in raw):
        raise CompareError("Each solution to compare is given by its number (id=…).")
    ids = list(dict.fromkeys(int(value) for value in raw))
    if len(ids) < MIN_COMPARED:
        raise CompareError(f"Choose at least {MIN_COMPARED} different solutions to compare.")
    if len(ids) > MAX_COMPARED:
        raise CompareError(f"Choose at most {MAX_COMPARED} solutions to compare.")
    return ids


@dataclass(frozen=True)
class Row:
    label: str
    values: list[Any]
    #: ``text``; ``pages`` (links); ``rating``: (effectiveness, its label, source) per record, or None where the
    #: record is not rated on the scenario.
    kind: str = "text"


def compared(index_page: TechnologyIndexPage, ids: list[int]) -> list[TechnologyPage]:
    found = {
        record.pk: record
        for record in TechnologyPage.objects.child_of(index_page)
        .live()
        .public()
        .filter(pk__in=ids)
        .select_related("solution_type")
        .prefetch_related(*TechnologyPage.shown_relations())
    }
    missing = [str(pk) for pk in ids if pk not in found]
    if missing:
        raise CompareError(f"No published solution has the number {', '.join(missing)}.")
    records = [found[pk] for pk in ids]
    used_in: dict[int, list[Any]] = {pk: [] for pk in ids}
    links = (
        TechnologyPage.case_studies.through.objects.filter(
            technologypage__in=ids, casestudypage__in=CaseStudyPage.objects.live().public()
        )
        .select_related("casestudypage")
        .order_by("casestudypage__title")
    )
    for link in links:  # the public case studies of all of them, in one query
        used_in[link.technologypage_id].append(link.casestudypage)
    for record in records:
        record.public_cases = used_in[record.pk]
    return records


def comparison_rows(records: list[TechnologyPage]) -> list[Row]:
    """The facts row by row, then one row per scenario any of them is rated on (in the scenarios' order)."""
    rows = [
        Row("Kind", [record.get_record_kind_display() for record in records]),
        Row("Solution type", [record.solution_type.name if record.solution_type else "" for record in records]),
        Row("Maturity", [record.trl_label for record in records]),
        Row("Capital cost", [record.capex for record in records]),
        Row("Running cost", [record.opex for record in records]),
        Row("Time to deploy", [record.deployment_time for record in records]),
        Row("Privacy impact", [record.get_privacy_impact_display() for record in records]),
        Row("DPIA note", [record.dpia_note for record in records]),
        Row("Legal prerequisites", [record.legal_prerequisites for record in records]),
        Row("Public acceptance", [record.public_acceptance for record in records]),
        Row("Vendors", [", ".join(vendor.name for vendor in record.vendors.all()) for record in records]),
        Row("Used in", [record.public_cases for record in records], kind="pages"),
    ]
    scenarios = {}
    for record in records:
        for rating in record.ratings.all():
            scenarios[rating.scenario.pk] = rating.scenario
    for scenario in sorted(scenarios.values(), key=lambda scenario: (scenario.sort_order, scenario.name)):
        values = []
        for record in records:
            found = next((rating for rating in record.ratings.all() if rating.scenario_id == scenario.pk), None)
            values.append(
                None if found is None else (found.effectiveness, Effectiveness(found.effectiveness).label, found.source)
            )
        rows.append(Row(scenario.name, values, kind="rating"))
    return rows


def compare_view(index_page: TechnologyIndexPage, request: HttpRequest) -> TemplateResponse:
    context = Page.get_context(index_page, request)  # not the listing's: a comparison reads only its records
    try:
        records = compared(index_page, requested_ids(request.GET))
    except CompareError as error:
        context["error"] = str(error)
        return TemplateResponse(request, "method/technology_compare.html", context, status=400)
    context.update(records=records, rows=comparison_rows(records), share_url=request.build_absolute_uri())
    return TemplateResponse(request, "method/technology_compare.html", context)
