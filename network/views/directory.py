"""The partner directory: a map of every matching organisation and a paginated list of them.

Contact persons are never put in the template's context: each profile offers a contact form instead.
The filters themselves live in ``network.directory``.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from network.directory import (
    MAP_HEIGHT,
    MAP_WIDTH,
    MARKER_RADIUS,
    PAGE_SIZE,
    DirectoryFilterForm,
    DirectoryFilterSet,
    directory_queryset,
    map_points,
)
from portal.listings import filter_status, listing_context


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    """Filterable directory of active organisations: a map of all matches and a paginated list of them.

    Unknown filter values answer 400 with the form's message; the valid filters are still applied so the
    page stays usable. The list holds every match (paginated) and is the fallback for the map.
    """
    form = DirectoryFilterForm(DirectoryFilterSet.given_params(request) or None)
    # The map shows every match, so the whole (small) result is read once and the list pages it in memory.
    organisations = list(directory_queryset(form))
    context = listing_context(request, DirectoryFilterSet(form=form), PAGE_SIZE, organisations)
    context["organisations"] = context.pop("results")
    context.update(
        map_points=map_points(organisations),
        map_width=MAP_WIDTH,
        map_height=MAP_HEIGHT,
        marker_radius=MARKER_RADIUS,
    )
    return render(request, "network/directory.html", context, status=filter_status(form))
