"""Practice queries that pages, the home page and listings share.

Everything here returns only live, publicly viewable pages: this is the one place that
decides what the public may see of practices.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.db.models import F, Func, IntegerField, ManyToManyField, OuterRef, QuerySet, Subquery, Value
from django.utils.module_loading import import_string
from wagtail.models import Page

from portal.base import prefetch_renditions, restricted_q
from practices.models import PRACTICE_PAGE_MODELS, CaseStudyPage, PracticeBase, ToolPage

logger = logging.getLogger(__name__)


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


def _terms_shared(model: type[PracticeBase], relation: str, ids: list[int]) -> Subquery:
    """How many of the terms ``ids`` a page of ``model`` has in ``relation``: a count on the relation's table.

    A subquery per relation, not joins: joining three many-to-many tables multiplies their rows, which made
    this ranking take most of a second on the demo content.
    """
    field = model._meta.get_field(relation)
    assert isinstance(field, ManyToManyField)  # the taxonomies are ParentalManyToManyFields
    through = field.remote_field.through
    assert through is not None  # Django sets it (auto-created) when the models load
    rows = through._default_manager.filter(
        **{field.m2m_field_name(): OuterRef("pk"), f"{field.m2m_reverse_field_name()}__in": ids}
    )
    counted = rows.order_by().values(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
    return Subquery(counted, output_field=IntegerField())


def related_by_taxonomy(page: PracticeBase, limit: int = 4) -> list[PracticeBase]:
    """Practices sharing the most threat types, space categories and solution types with ``page``."""
    # Read through .all(): in previews these are modelcluster's in-memory relations.
    terms = {
        "threat_types": [term.pk for term in page.threat_types.all()],
        "space_categories": [term.pk for term in page.space_categories.all()],
        "solution_types": [term.pk for term in page.solution_types.all()],
    }
    if isinstance(page, CaseStudyPage) and page.space_category_id:
        terms["space_categories"].append(page.space_category_id)
    if not any(terms.values()):
        return []
    candidates: list[tuple[int, PracticeBase]] = []
    for model in PRACTICE_PAGE_MODELS:
        overlap = sum(  # a relation without terms adds nothing (and an empty IN would make the sum NULL)
            (_terms_shared(model, relation, ids) for relation, ids in terms.items() if ids), start=Value(0)
        )
        queryset = (
            public_pages(model)
            .select_related("listing_image", "project")  # what the cards show
            .exclude(pk=page.pk)
            .annotate(overlap=overlap)
            .filter(overlap__gt=0)
            .order_by("-overlap", "-first_published")[:limit]
        )
        candidates.extend((item.overlap, item) for item in queryset)
    candidates.sort(key=lambda pair: (pair[0], pair[1].first_published), reverse=True)
    return [item for _, item in candidates[:limit]]
