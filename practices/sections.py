"""Organisation sections: the per-organisation folders under each practice listing."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from practices.models import SECTION_MODELS, OrganisationSection, PracticeIndexPage


@transaction.atomic
def section_for(index_page: PracticeIndexPage, organisation: Any) -> OrganisationSection:
    """The organisation's section under ``index_page``, created (and published) if missing."""
    section_model = SECTION_MODELS[index_page.specific_class]
    section = section_model.objects.child_of(index_page).filter(organisation=organisation).first()
    if section is None:
        section = section_model(title=organisation.name, slug=organisation.slug, organisation=organisation)
        index_page.add_child(instance=section)
        section.save_revision().publish()
    return section


def sections_for(organisation: Any) -> list[OrganisationSection]:
    """The organisation's section under every practice listing that exists."""
    return [
        section_for(index_page, organisation)
        for index_model in SECTION_MODELS
        for index_page in index_model.objects.all()
    ]
