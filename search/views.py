"""The /search/ page: query box, facets, highlighted results, pagination; works without JavaScript."""

from __future__ import annotations

from dataclasses import replace

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from practices.marking import reader_of
from search import log, service
from search.coverage import CoverageFilterForm, coverage_grid
from search.query import FILTER_PARAMS, SearchParamError, parse_search_params

FACET_TITLES = {
    "type": "Content type",
    "threat_type": "Threat type",
    "space_category": "Public space",
    "solution_type": "Solution",
    "country": "Country",
    "project": "Project",
    "year": "Year",
    "evidence": "Evidence",
}


def _toggle_url(request: HttpRequest, facet: str, value: str) -> str:
    """The URL of this search with ``value`` of ``facet`` added or removed (page reset)."""
    params = request.GET.copy()
    params.pop("page", None)
    values = params.getlist(facet)
    if value in values:
        values.remove(value)
    else:
        values.append(value)
    params.setlist(facet, values)
    return "?" + params.urlencode()


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    context: dict[str, object] = {"query_text": request.GET.get("q", "")[:200], "facet_titles": FACET_TITLES}
    try:
        query = replace(parse_search_params(request.GET, service.known_values()), reader=reader_of(request))
    except SearchParamError as error:
        context["error"] = str(error)
        return render(request, "search/search_page.html", context, status=400)
    result = service.search(query)
    if query.page > result.num_pages and result.count:
        context["error"] = "That page is beyond the last page of results."
        return render(request, "search/search_page.html", context, status=400)
    facets = []
    for name in ("type", "evidence", "threat_type", "space_category", "solution_type", "country", "project", "year"):
        values = [
            {**value.as_dict(), "toggle_url": _toggle_url(request, name, value.value)}
            for value in result.facets.get(name, [])
        ]
        if name == "year":
            values.sort(key=lambda item: item["value"], reverse=True)
        facets.append({"name": name, "title": FACET_TITLES[name], "values": values})
    labels = result.labels
    selected = [
        {
            "facet": FACET_TITLES[name],
            "label": labels.get(name, {}).get(value, value),
            "remove_url": _toggle_url(request, name, value),
        }
        for name, values in query.filters.items()
        for value in values
    ]
    params = request.GET.copy()
    params.pop("page", None)
    sort_params = params.copy()
    sort_params.pop("sort", None)
    context.update(
        result=result,
        query=query,
        facets=facets,
        selected=selected,
        has_filters=any(request.GET.getlist(name) for name in FILTER_PARAMS),
        page_query=params.urlencode(),
        sort_query=sort_params.urlencode(),
        suggestion_url=_suggestion_url(request, result.suggestion),
    )
    for position, hit in enumerate(result.hits, start=query.offset + 1):
        hit.click = log.click_token(query.text, position)
    response = render(request, "search/search_page.html", context)
    if not query.reader.member:  # members' searches may count restricted parts: the log keeps none of them
        log.describe(response, result)
    return response


def _suggestion_url(request: HttpRequest, suggestion: str | None) -> str | None:
    if not suggestion:
        return None
    params = request.GET.copy()
    params["q"] = suggestion
    params.pop("page", None)
    return "?" + params.urlencode()


@require_GET
def coverage_page(request: HttpRequest) -> HttpResponse:
    """The coverage grid (``search.coverage``); an unknown filter value is a 400 with the form's message."""
    form = CoverageFilterForm(request.GET or None)
    status = 400 if form.is_bound and not form.is_valid() else 200
    reader = reader_of(request)
    grid = coverage_grid(reader, form.search_filters())
    context = {
        "grid": grid,
        "filter_form": form,
        "has_filters": form.is_bound,
        "signed_in": reader.member,
        "degraded": service.degraded_in_request(),
    }
    return render(request, "search/coverage.html", context, status=status)
