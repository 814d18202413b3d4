"""Loading the default vocabularies (idempotent: existing terms are left as editors made them)."""

from __future__ import annotations

from django.db import transaction

from practices import taxonomy_defaults as defaults
from practices.models import Audience, SolutionType, SpaceCategory, ThreatType


@transaction.atomic
def load_default_taxonomies() -> int:
    """Create any missing default term; return how many were created."""
    created = 0
    for order, (slug, name, description, children) in enumerate(defaults.THREAT_TYPES):
        family, was_created = ThreatType.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order * 100}
        )
        created += was_created
        for child_order, (child_slug, child_name, child_description) in enumerate(children, start=1):
            _, was_created = ThreatType.objects.get_or_create(
                slug=child_slug,
                defaults={
                    "name": child_name,
                    "description": child_description,
                    "parent": family,
                    "sort_order": order * 100 + child_order,
                },
            )
            created += was_created
    for model, terms in (
        (SpaceCategory, defaults.SPACE_CATEGORIES),
        (SolutionType, defaults.SOLUTION_TYPES),
        (Audience, defaults.AUDIENCES),
    ):
        for order, (slug, name, description) in enumerate(terms):
            _, was_created = model.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description, "sort_order": order}
            )
            created += was_created
    return created
