"""A funded project's public page, as the network keeps it after the funding ends."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from network.models import OrganisationProject
from network.sections import project_sections
from portal.base import prefetch_renditions
from practices.models import CaseStudyPage, LessonPage, Project, ToolPage


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
