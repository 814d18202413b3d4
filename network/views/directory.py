"""The partner directory: a map of every matching organisation and a paginated list of them.

Contact persons are never put in the template's context: each profile offers a contact form instead.
The filters themselves live in ``network.directory``.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from network.directory import (
    FILTER_PARAMS,
    MAP_HEIGHT,
    MAP_WIDTH,
    MARKER_RADIUS,
    PAGE_SIZE,
    DirectoryFilterForm,
    directory_queryset,
    map_points,
)


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    """Filterable directory of active organisations: a map of all matches and a paginated list of them.

    Unknown filter values answer 400 with the form's message; the valid filters are still applied so the
    page stays usable. The list holds every match (paginated) and is the fallback for the map.
    """
    params = {key: value for key, value in request.GET.items() if key in FILTER_PARAMS and value.strip()}
    form = DirectoryFilterForm(params or None)
    valid = form.is_valid() if form.is_bound else True
    # The map shows every match, so the whole (small) result is read once and the list pages it in memory.
    organisations = list(directory_queryset(form))
    paginator = Paginator(organisations, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filter_form": form,
        "page_obj": page_obj,
        "paginator": paginator,
        "organisations": page_obj.object_list,
        "map_points": map_points(organisations),
        "map_width": MAP_WIDTH,
        "map_height": MAP_HEIGHT,
        "marker_radius": MARKER_RADIUS,
        "filter_query": query.urlencode(),
        "has_filters": bool(params),
    }
    return render(request, "network/directory.html", context, status=200 if valid else 400)
