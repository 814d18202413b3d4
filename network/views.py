"""Public pages of the network: the partner directory (map and list) and each organisation's profile.

Contact persons are never put in these templates' context: the profile offers a contact form instead.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
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
    practices_of,
    similar_organisations,
)
from network.models import Organisation, OrganisationProject
from network.sections import organisation_sections, project_sections
from portal.base import prefetch_renditions
from portal.listings import filter_status, listing_context
from practices.models import CaseStudyPage, LessonPage, Project, ThreatType, ToolPage


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


@require_GET
def organisation_profile(request: HttpRequest, slug: str) -> HttpResponse:
    """An active organisation's public profile: who they are, their projects and practices, similar partners,
    and what other apps add (``network.sections``: their events)."""
    organisation = get_object_or_404(
        Organisation.objects.public()
        .select_related("logo")
        .prefetch_related(
            Prefetch("expertise_threats", queryset=ThreatType.objects.select_related("parent")),
            "expertise_spaces",
            "expertise_solutions",
            # In the order editors gave them (the inline is orderable).
            Prefetch("project_roles", queryset=OrganisationProject.objects.select_related("project")),
        ),
        slug=slug,
    )
    sections = []
    for anchor, title, model in (
        ("case-studies", "Case studies", CaseStudyPage),
        ("tools", "Tools", ToolPage),
        ("lessons", "Lessons", LessonPage),
    ):
        pages = practices_of(model, organisation).select_related("listing_image", "project")
        sections.append((anchor, title, list(pages.order_by("-first_published", "title"))))
    # The logo and every card's image: their renditions in one query.
    prefetch_renditions([organisation.logo, *(page.listing_image for _, _, pages in sections for page in pages)])
    context = {
        "organisation": organisation,
        "expertise": [
            ("Threats", list(organisation.expertise_threats.all())),
            ("Public spaces", list(organisation.expertise_spaces.all())),
            ("Solutions", list(organisation.expertise_solutions.all())),
        ],
        "project_roles": list(organisation.project_roles.all()),
        "practice_sections": sections,
        "similar": similar_organisations(organisation),
        "sections": organisation_sections(organisation),
    }
    return render(request, "network/organisation_profile.html", context)


@require_GET
def project_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A funded project as the network keeps it after funding ends: partners, practices, and what other apps
    add (``network.sections``: its events)."""
    project = get_object_or_404(Project.objects.select_related("coordinator"), slug=slug)
    roles = (
        OrganisationProject.objects.filter(project=project, organisation__active=True)
        .select_related("organisation")
        .order_by("role", "organisation__name")
    )
    practices = []
    for title, model in (("Case studies", CaseStudyPage), ("Tools", ToolPage), ("Lessons", LessonPage)):
        pages = model.objects.live().public().filter(project=project).select_related("listing_image", "project")
        practices.append((title, list(pages.order_by("-first_published", "title"))))
    prefetch_renditions(page.listing_image for _, pages in practices for page in pages)
    context = {
        "project": project,
        "roles": list(roles),
        "practice_sections": practices,
        "sections": project_sections(project),
    }
    return render(request, "network/project_detail.html", context)
