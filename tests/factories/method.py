"""The method's data: threat scenarios and the technology catalogue."""

from __future__ import annotations

from typing import Any

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Page

from method.models import Scenario, ScenarioRating, TechnologyIndexPage, TechnologyPage, TechnologyVendor
from tests.factories.practices import ThreatTypeFactory


class ScenarioFactory(DjangoModelFactory):
    class Meta:
        model = Scenario

    name = factory.Sequence(lambda n: f"Scenario {n}")
    slug = factory.Sequence(lambda n: f"scenario-{n}")
    threat_type = factory.SubFactory(ThreatTypeFactory)


class TechnologyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TechnologyIndexPage

    title = "Technology solutions"
    slug = "technologies"
    intro = "<p>What cities can deploy.</p>"
    show_in_menus = True


class TechnologyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TechnologyPage

    title = factory.Sequence(lambda n: f"Test technology {n}")
    slug = factory.Sequence(lambda n: f"test-technology-{n}")
    summary = "Stops vehicles at the edge of a square."
    description = "<p>Steel posts in the pavement.</p>"
    record_kind = "category"
    trl = 9
    privacy_impact = "low"


def publish_technology(
    parent: Page,
    page: TechnologyPage,
    *,
    ratings: list[tuple[Scenario, int, str]] = (),  # type: ignore[assignment]
    vendors: list[str] = (),  # type: ignore[assignment]
    **relations: Any,
) -> TechnologyPage:
    """Add the unsaved record under ``parent`` with its ratings, vendors and many-to-many ``relations``, and
    publish it through a revision, as an editor's publish does."""
    page.ratings = [
        ScenarioRating(scenario=scenario, effectiveness=effectiveness, source=source)
        for scenario, effectiveness, source in ratings
    ]
    page.vendors = [TechnologyVendor(name=name) for name in vendors]
    for name, values in relations.items():
        setattr(page, name, values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
