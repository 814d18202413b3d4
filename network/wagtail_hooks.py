"""Admin registration for the network's organisations, membership and ownership transfers."""

from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from network.continuity import TRANSFER_ACTION
from network.models import Organisation
from network.permissions import admin_visible_pages
from network.views.access import access_log, may_see_access_log
from network.views.moderation import MembershipApplicationViewSet, applications_viewset
from network.views.transfer import can_transfer, transfer_page
from network.views.vetting_admin import VettingViewSet, vetting_viewset
from practices.models import OrganisationSection


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "org_type", "country", "city", "active"]
    list_filter = ["org_type", "active"]
    search_fields = ["name", "city"]


register_snippet(OrganisationViewSet)


@hooks.register("register_admin_viewset")
def membership_applications() -> MembershipApplicationViewSet:
    """The moderators' membership pages: their URLs and their "Applications" menu item."""
    return applications_viewset


@hooks.register("register_admin_viewset")
def vetting_pages() -> VettingViewSet:
    """The coordinators' vetting queue and decisions."""
    return vetting_viewset


class AccessLogMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return may_see_access_log(request.user)


@hooks.register("register_admin_urls")
def access_log_url() -> list[URLPattern]:
    return [path("reports/access-log/", access_log, name="network_access_log")]


@hooks.register("register_reports_menu_item")
def access_log_menu_item() -> MenuItem:
    return AccessLogMenuItem("Access log (TLP)", reverse("network_access_log"), icon_name="lock", order=1260)


@hooks.register("register_log_actions")
def register_transfer_action(actions: Any) -> None:
    actions.register_action(TRANSFER_ACTION, "Transfer ownership", "Transferred to another organisation")


@hooks.register("register_admin_urls")
def transfer_admin_urls() -> list[URLPattern]:
    return [path("network/transfer/<int:page_id>/", transfer_page, name="network_transfer_page")]


@hooks.register("register_page_header_buttons")
def transfer_button(
    page: Any, user: Any, view_name: str = "", next_url: str | None = None, **kwargs: Any
) -> Iterator[Button]:
    """A moderator's "Transfer" button on a practice kept in an organisation's section."""
    parent = page.get_parent()
    if parent is not None and isinstance(parent.specific, OrganisationSection) and can_transfer(page, user):
        yield Button(
            "Transfer to another organisation",
            reverse("network_transfer_page", args=[page.pk]),
            icon_name="arrow-right-full",
            priority=60,
        )


@hooks.register("construct_page_chooser_queryset")
def chooser_pages(pages: Any, request: Any) -> Any:
    """The page chooser (links, page fields) offers a partner editor only what they may see."""
    return admin_visible_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages(parent_page: Any, pages: Any, request: Any) -> Any:
    """The page explorer and its search, likewise."""
    return admin_visible_pages(pages, request.user)
