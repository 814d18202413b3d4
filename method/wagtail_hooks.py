"""Admin registration: the threat scenarios and the self-assessment questionnaires.

Space files and assessments are not in the admin: they are TLP:AMBER+STRICT, for their organisation only.
"""

from typing import Any

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from method.assessments import next_version
from method.models import Questionnaire, Scenario


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "warning"
    menu_label = "Threat scenarios"
    list_display = ["name", "threat_type", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    search_fields = ["name", "slug"]


class QuestionnaireEditView(EditView):
    """An edit of a version that has answers is saved as the next version (the answers keep theirs)."""

    def save_instance(self) -> Any:
        next_version(self.form.instance)
        return super().save_instance()


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "list-ul"
    menu_label = "Self-assessment questionnaires"
    list_display = ["title", "version", "active"]
    edit_view_class = QuestionnaireEditView


register_snippet(ScenarioViewSet)
register_snippet(QuestionnaireViewSet)
