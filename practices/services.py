"""Practice queries that pages, the home page and listings share.

Everything here returns only live, publicly viewable pages: this is the one place that
decides what the public may see of practices.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils.module_loading import import_string
from wagtail.models import Page

from practices.models import PRACTICE_PAGE_MODELS, CaseStudyPage, PracticeBase, ToolPage

logger = logging.getLogger(__name__)


def public_pages(model: type[Page]) -> QuerySet:
    """Live, not view-restricted pages of one type."""
    return model.objects.live().public()


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
    """Practices most recently published on the portal (what a feed reader calls new)."""
    pages: list[PracticeBase] = []
    for model in PRACTICE_PAGE_MODELS:
        pages.extend(public_pages(model).select_related("project").order_by("-first_published_at", "-pk")[:limit])
    pages.sort(key=lambda page: (page.first_published_at, page.pk), reverse=True)
    return pages[:limit]


def featured_tools(limit: int = 4) -> QuerySet:
    """Tools to show on the home page: the most mature ones first."""
    return (
        public_pages(ToolPage)
        .select_related("project")
        .order_by("-maturity", "-first_published")[:limit]
    )


def related_practices(page: PracticeBase, limit: int = 4) -> list[PracticeBase]:
    """Practices most like ``page``: from the provider in settings.PRACTICES_RELATED_PROVIDER
    (the search engine's more-like-this), or by taxonomy overlap in the database.

    The box is one part of a page: whatever goes wrong in the provider degrades the box to the
    database ranking, and never fails the page.
    """
    provider = getattr(settings, "PRACTICES_RELATED_PROVIDER", "")
    if provider:
        try:
            found = import_string(provider)(page, limit)
        except Exception:  # any provider fault: log it, show the database ranking instead
            logger.exception("Related practices provider %s failed for page %s", provider, page.pk)
            found = None
        if found:
            return list(found)[:limit]
    return related_by_taxonomy(page, limit)


def related_by_taxonomy(page: PracticeBase, limit: int = 4) -> list[PracticeBase]:
    """Practices sharing the most threat types, space categories and solution types with ``page``."""
    # Read through .all(): in previews these are modelcluster's in-memory relations.
    threat_ids = [term.pk for term in page.threat_types.all()]
    space_ids = [term.pk for term in page.space_categories.all()]
    solution_ids = [term.pk for term in page.solution_types.all()]
    if isinstance(page, CaseStudyPage) and page.space_category_id:
        space_ids.append(page.space_category_id)
    candidates: list[tuple[int, PracticeBase]] = []
    for model in PRACTICE_PAGE_MODELS:
        shared = (
            Q(threat_types__in=threat_ids) | Q(space_categories__in=space_ids) | Q(solution_types__in=solution_ids)
        )
        queryset = (
            public_pages(model)
            .exclude(pk=page.pk)
            .filter(shared)
            .annotate(
                overlap=Count("threat_types", filter=Q(threat_types__in=threat_ids), distinct=True)
                + Count("space_categories", filter=Q(space_categories__in=space_ids), distinct=True)
                + Count("solution_types", filter=Q(solution_types__in=solution_ids), distinct=True)
            )
            .order_by("-overlap", "-first_published")[:limit]
        )
        candidates.extend((item.overlap, item) for item in queryset)
    candidates.sort(key=lambda pair: (pair[0], pair[1].first_published), reverse=True)
    return [item for _, item in candidates[:limit]]
