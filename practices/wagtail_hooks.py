"""Admin registration: taxonomies and projects as snippets, grouped under one menu."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.blocks import in_restricted_collection
from practices.models import Audience, Project, SolutionType, SpaceCategory, ThreatType


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    search_fields = ["name", "slug"]


class ThreatTypeViewSet(TaxonomyViewSet):
    model = ThreatType
    icon = "warning"
    list_display = ["name", "parent", "slug", "sort_order"]
    list_filter = ["parent"]


class SpaceCategoryViewSet(TaxonomyViewSet):
    model = SpaceCategory
    icon = "site"


class SolutionTypeViewSet(TaxonomyViewSet):
    model = SolutionType
    icon = "cogs"


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "folder-open-inverse"
    list_display = ["acronym", "full_name", "funding_programme", "status", "end_date"]
    list_filter = ["status", "funding_programme"]
    search_fields = ["acronym", "full_name"]


class PracticesGroup(SnippetViewSetGroup):
    menu_label = "Practices data"
    menu_icon = "tag"
    menu_order = 200
    items = (ProjectViewSet, ThreatTypeViewSet, SpaceCategoryViewSet, SolutionTypeViewSet, AudienceViewSet)


register_snippet(PracticesGroup)


@hooks.register("before_serve_document")
def keep_restricted_documents_out(document: Any, request: HttpRequest) -> HttpResponse | None:
    """A restricted section's documents are never served by Wagtail's own view, to anyone: only through
    ``practices.views.marked_document``, which checks the reader's clearance and records the download."""
    if in_restricted_collection(document):
        raise Http404
    return None
