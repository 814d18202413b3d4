"""Admin registration: the editors' search vocabulary (synonym groups) as a snippet, and the search report."""

from typing import Any

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from search.models import SynonymGroup
from search.report import search_report

REPORT_PERMISSION = "search.view_searchlogentry"


class SynonymGroupCreateView(CreateView):
    """Prefilled from the search report: ``?terms=`` carries the words of a query that found nothing."""

    def get_initial(self) -> dict[str, Any]:
        initial = super().get_initial()
        if terms := self.request.GET.get("terms", "")[:200]:
            initial["terms"] = terms
        return initial


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Search synonyms"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["terms", "kind", "broader", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["terms", "broader", "note"]
    ordering = ["kind", "terms"]
    panels = [FieldPanel("kind"), FieldPanel("terms"), FieldPanel("broader"), FieldPanel("note")]
    add_view_class = SynonymGroupCreateView


register_snippet(SynonymGroupViewSet)


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_search_report_url() -> list[Any]:
    view = permission_required(REPORT_PERMISSION, raise_exception=True)(search_report)
    return [path("reports/search/", view, name="search_report")]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item() -> MenuItem:
    return SearchReportMenuItem("Search report", reverse("search_report"), icon_name="search", order=1250)
