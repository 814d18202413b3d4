"""Template context every page needs: the main navigation."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page, Site

from portal.base import menu_pages


def navigation(request: HttpRequest) -> dict[str, object]:
    """Top-level menu: live, public children of the site's root page marked 'show in menus'.

    Read lazily, so only templates that show the menu pay for it; see ``portal.base.menu_pages``.
    """
    site = Site.find_for_request(request)
    if site is None:
        return {"nav_pages": []}

    def pages() -> list[Page]:
        return menu_pages(request, site.root_page)

    return {"nav_pages": pages, "nav_root": site.root_page}
