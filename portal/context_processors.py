"""Template context every page needs: the main navigation."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page, Site


def navigation(request: HttpRequest) -> dict[str, object]:
    """Top-level menu: live, public children of the site's root page marked 'show in menus'."""
    site = Site.find_for_request(request)
    if site is None:
        return {"nav_pages": []}

    def pages() -> list[Page]:
        return list(site.root_page.get_children().live().public().in_menu().specific())

    return {"nav_pages": pages, "nav_root": site.root_page}
