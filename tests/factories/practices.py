"""Taxonomy terms, projects and the three practice page types (case studies, tools, lessons)."""

from __future__ import annotations

from typing import Any

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Page

from practices.models import (
    Audience,
    CaseStudyPage,
    LessonPage,
    Project,
    SolutionType,
    SpaceCategory,
    ThreatType,
    ToolPage,
)


class ThreatTypeFactory(DjangoModelFactory):
    """A threat family, or with ``parent=`` a specific threat within one (the vocabulary has two levels)."""

    class Meta:
        model = ThreatType

    name = factory.Sequence(lambda n: f"Threat {n}")
    slug = factory.Sequence(lambda n: f"threat-{n}")
    parent = None


class SpaceCategoryFactory(DjangoModelFactory):
    class Meta:
        model = SpaceCategory

    name = factory.Sequence(lambda n: f"Space {n}")
    slug = factory.Sequence(lambda n: f"space-{n}")


class SolutionTypeFactory(DjangoModelFactory):
    class Meta:
        model = SolutionType

    name = factory.Sequence(lambda n: f"Solution {n}")
    slug = factory.Sequence(lambda n: f"solution-{n}")


class AudienceFactory(DjangoModelFactory):
    class Meta:
        model = Audience

    name = factory.Sequence(lambda n: f"Audience {n}")
    slug = factory.Sequence(lambda n: f"audience-{n}")


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project

    acronym = factory.Sequence(lambda n: f"TP{n}")
    slug = factory.Sequence(lambda n: f"tp-{n}")
    full_name = "Test project"
    funding_programme = "isf-police"
    start_date = factory.Faker("date_between", start_date="-5y", end_date="-3y")
    end_date = factory.Faker("date_between", start_date="-2y", end_date="-1y")
    status = "ended"
    summary = "A project used in tests."


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    """A case study of a market square; give ``parent=`` (an organisation section) to save it.

    Its space category is always saved, also by ``build()``, so a built page can be added to the tree.
    """

    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Test case study {n}")
    slug = factory.Sequence(lambda n: f"test-case-study-{n}")
    summary = "Bollards on a market square."
    city = "Eindhoven"
    country = "NL"
    space_name = "Markt"
    space_category = factory.LazyFunction(lambda: SpaceCategoryFactory())
    challenge = "<p>Vehicles could reach the market.</p>"


class ToolPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolPage

    title = factory.Sequence(lambda n: f"Test tool {n}")
    slug = factory.Sequence(lambda n: f"test-tool-{n}")
    summary = "A checklist."
    purpose = "<p>Helps a city check a square.</p>"
    tool_type = "guidance"


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Test lesson {n}")
    slug = factory.Sequence(lambda n: f"test-lesson-{n}")
    summary = "Plan with the police early."
    statement = "Plan with the police early."


def publish(parent: Page, page: Any, *, tags: tuple[str, ...] = (), **relations: Any) -> Any:
    """Add the unsaved ``page`` under ``parent`` with its many-to-many ``relations`` and ``tags``, and
    publish it through a revision, as an editor's publish does (built pages have no revision)."""
    for name, values in relations.items():
        setattr(page, name, values)
    parent.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
