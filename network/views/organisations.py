"""An organisation's public profile: who they are, their projects and practices, similar partners.

Contact persons are never put in the template's context: the profile offers a contact form instead.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from network.directory import practices_of, similar_organisations
from network.models import Organisation, OrganisationProject
from network.sections import organisation_sections
from portal.base import prefetch_renditions
from practices.models import CaseStudyPage, LessonPage, ThreatType, ToolPage


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
