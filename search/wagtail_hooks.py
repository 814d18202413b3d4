"""Admin registration: the editors' search vocabulary (synonym groups) as a snippet."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


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


register_snippet(SynonymGroupViewSet)
