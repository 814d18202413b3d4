"""JSON search API: the same query, results and facets as the search page."""

from __future__ import annotations

from dataclasses import replace

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from portal.antispam import over_rate
from practices.marking import reader_of
from search import log, service
from search.query import SearchParamError, clean_text, parse_search_params


def _error(message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=400)


@require_GET
def search_api(request: HttpRequest) -> JsonResponse:
    try:
        query = replace(parse_search_params(request.GET, service.known_values()), reader=reader_of(request))
    except SearchParamError as error:
        return _error(str(error))
    result = service.search(query)
    if query.page > result.num_pages:
        return _error("That page is beyond the last page of results.")
    return JsonResponse(
        {
            "count": result.count,
            "page": query.page,
            "num_pages": result.num_pages,
            "results": [hit.as_dict() for hit in result.hits],
            "facets": {name: [value.as_dict() for value in values] for name, values in result.facets.items()},
            "suggestion": result.suggestion,
            "degraded": result.degraded,
            "relaxed": result.relaxed,
            "promoted": [promotion.as_dict() for promotion in result.promoted],
        }
    )


@require_GET
def suggest_api(request: HttpRequest) -> JsonResponse:
    text = clean_text(request.GET.get("q", ""))
    if len(text) < 2:
        return JsonResponse({"suggestions": [], "degraded": False})
    suggestions = service.suggest(text[:100])
    return JsonResponse({"suggestions": suggestions, "degraded": service.degraded_in_request()})


@csrf_exempt  # a beacon carries no CSRF token; the signed token is what makes a click count
@require_POST
def click_api(request: HttpRequest) -> HttpResponse:
    """A result opened from the search page (``search.log``): 204, or 400 for a token the portal did not sign."""
    if not log.is_person(request) or over_rate(request, "search-click", "120/h"):
        return HttpResponse(status=204)  # not counted, and nothing to tell a robot
    if not log.record_click(request.POST.get("token", "")[:500]):
        return _error("That click token is not valid.")
    return HttpResponse(status=204)
