"""Admin registration: the threat scenarios, beside the practices' vocabularies."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from method.models import Scenario


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "warning"
    menu_label = "Threat scenarios"
    list_display = ["name", "threat_type", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    search_fields = ["name", "slug"]


register_snippet(ScenarioViewSet)
