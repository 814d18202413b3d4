"""Admin registration: taxonomies and projects as snippets, grouped under one menu."""

from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet, SnippetViewSetGroup

from practices.annexes import attachable, may_change
from practices.blocks import in_restricted_collection
from practices.marked_files import attachment
from practices.marking import reader_of
from practices.models import Audience, EvidenceReview, Project, SolutionType, SpaceCategory, ThreatType
from practices.restricted import announce_read, parts_holding
from practices.signals import WIDENED_ACTION


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


class ConfirmedByMixin:
    """The moderator who saves a review is the one who confirmed the level."""

    def save_instance(self) -> Any:
        self.form.instance.confirmed_by = self.request.user  # type: ignore[attr-defined]
        return super().save_instance()  # type: ignore[misc]


class EvidenceReviewCreateView(ConfirmedByMixin, CreateView):
    pass


class EvidenceReviewEditView(ConfirmedByMixin, EditView):
    pass


class EvidenceReviewViewSet(SnippetViewSet):
    """Moderators confirm a practice's evidence level here (partners only propose one on the page)."""

    model = EvidenceReview
    icon = "success"
    menu_label = "Evidence reviews"
    list_display = ["page", "level", "reviewed_on", "reviewers", "confirmed_by"]
    list_filter = ["level"]
    add_view_class = EvidenceReviewCreateView
    edit_view_class = EvidenceReviewEditView


class PracticesGroup(SnippetViewSetGroup):
    menu_label = "Practices data"
    menu_icon = "tag"
    menu_order = 200
    items = (
        ProjectViewSet,
        ThreatTypeViewSet,
        SpaceCategoryViewSet,
        SolutionTypeViewSet,
        AudienceViewSet,
        EvidenceReviewViewSet,
    )


register_snippet(PracticesGroup)


@hooks.register("before_serve_document")
def keep_restricted_documents_out(document: Any, request: HttpRequest) -> HttpResponse | None:
    """A restricted section's documents are served to readers only through ``practices.views.marked_document``,
    which checks their clearance and records the download. Wagtail's own view serves them only to those who
    may change the document in the admin: the partner editor who uploaded it, moderators reviewing it and
    superusers; to anyone else they do not exist. Their downloads of a live page's AMBER or RED annex are
    logged like a reader's."""
    if not in_restricted_collection(document):
        return None
    if not may_change(request.user, document):
        raise Http404
    for page, part in parts_holding(document):  # the uploader or a reviewer: their downloads are logged too
        announce_read(reader_of(request), page, part, "download", document.title)
    try:  # Wagtail uses a hook's answer only if it is an HttpResponse (not a streaming one)
        with document.file.open("rb") as handle:
            data = handle.read()
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    return attachment(data, document.filename)  # never in a shared cache (Wagtail's own would not say so)


@hooks.register("construct_document_chooser_queryset")
def choose_own_restricted_documents(documents: QuerySet, request: HttpRequest) -> QuerySet:
    """Choosers list another organisation's annexes to nobody (``practices.annexes``): not even their titles."""
    return attachable(documents, request.user)


@hooks.register("construct_image_chooser_queryset")
def choose_own_restricted_images(images: QuerySet, request: HttpRequest) -> QuerySet:
    return attachable(images, request.user)


@hooks.register("register_log_actions")
def register_marking_action(actions: Any) -> None:
    actions.register_action(WIDENED_ACTION, "Marking widened", "Opened restricted sections to more readers")
