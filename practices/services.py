"""Practice queries that pages, the home page and listings share.

Everything here returns only live, publicly viewable pages: this is the one place that
decides what the public may see of practices.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet
from wagtail.models import Page

from portal.base import prefetch_renditions, restricted_q
from practices.models import PRACTICE_PAGE_MODELS, PracticeBase, ToolPage


def public_pages(model: type[Page]) -> QuerySet:
    """Live, not view-restricted pages of one type."""
    return model.objects.live().public()


def with_card_images(pages: Iterable[PracticeBase]) -> list[PracticeBase]:
    """The pages as a list, with the renditions their cards show read in one query for all of them."""
    pages = list(pages)
    prefetch_renditions(page.listing_image for page in pages)
    return pages


def latest_practices(limit: int = 6) -> list[PracticeBase]:
    """The most recently published case studies, tools and lessons, newest first."""
    pages: list[PracticeBase] = []
    for model in PRACTICE_PAGE_MODELS:
        pages.extend(
            public_pages(model).select_related("listing_image", "project").order_by("-first_published", "-pk")[:limit]
        )
    pages.sort(key=lambda page: (page.first_published, page.pk), reverse=True)
    return pages[:limit]


def recently_added_practices(limit: int = 30) -> list[PracticeBase]:
    """Practices most recently published on the portal (what a feed reader calls new), with their threats.

    The newest are picked across the three types in one query, and only those are read in full.
    """
    newest = (
        Page.objects.type(*PRACTICE_PAGE_MODELS)
        .live()
        .exclude(restricted_q())
        .order_by("-first_published_at", "-pk")[:limit]
    )
    return list(
        newest.specific()
        .select_related("project", for_specific_subqueries=True)
        .prefetch_related("threat_types", for_specific_subqueries=True)
    )


def featured_tools(limit: int = 4) -> QuerySet:
    """Tools to show on the home page: the most mature ones first."""
    return (
        public_pages(ToolPage)
        .select_related("listing_image", "project")
        .order_by("-maturity", "-first_published")[:limit]
    )
