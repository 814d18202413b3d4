"""Practices like a given one, for the box on each practice page.

The pages build their context through this module, so it imports no models: the page types to look among
are passed in (``PRACTICE_PAGE_MODELS``). Only live, publicly viewable pages are offered, as in
``practices.services``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import F, Func, IntegerField, ManyToManyField, OuterRef, Subquery, Value
from django.utils.module_loading import import_string

if TYPE_CHECKING:
    from practices.models import PracticeBase

logger = logging.getLogger(__name__)


def related_practices(page: PracticeBase, models: Iterable[type[PracticeBase]], limit: int = 4) -> list[PracticeBase]:
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
    return related_by_taxonomy(page, models, limit)


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


def related_by_taxonomy(page: PracticeBase, models: Iterable[type[PracticeBase]], limit: int = 4) -> list[PracticeBase]:
    """Practices sharing the most threat types, space categories and solution types with ``page``."""
    # Read through .all(): in previews these are modelcluster's in-memory relations.
    terms = {
        "threat_types": [term.pk for term in page.threat_types.all()],
        "space_categories": [term.pk for term in page.space_categories.all()],
        "solution_types": [term.pk for term in page.solution_types.all()],
    }
    if main_space := getattr(page, "space_category_id", None):  # a case study's main public space
        terms["space_categories"].append(main_space)
    if not any(terms.values()):
        return []
    candidates: list[tuple[int, PracticeBase]] = []
    for model in models:
        overlap = sum(  # a relation without terms adds nothing (and an empty IN would make the sum NULL)
            (_terms_shared(model, relation, ids) for relation, ids in terms.items() if ids), start=Value(0)
        )
        queryset = (
            model.objects.live()
            .public()
            .select_related("listing_image", "project")  # what the cards show
            .exclude(pk=page.pk)
            .annotate(overlap=overlap)
            .filter(overlap__gt=0)
            .order_by("-overlap", "-first_published")[:limit]
        )
        candidates.extend((item.overlap, item) for item in queryset)
    candidates.sort(key=lambda pair: (pair[0], pair[1].first_published), reverse=True)
    return [item for _, item in candidates[:limit]]
