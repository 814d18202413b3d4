"""Admin registration for the network's organisations."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from network.models import Organisation


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


@hooks.register("register_admin_urls")
def membership_admin_urls() -> list:
    from network.membership_admin import admin_urls

    return admin_urls()


@hooks.register("register_admin_menu_item")
def membership_menu_item() -> object:
    from network.membership_admin import menu_item

    return menu_item()
