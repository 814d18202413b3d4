"""factory_boy factories, one module per app, with a fixed seed: each test builds the data it relies on.

factory_boy's random generator and its Faker share one fixed seed, so a run's generated values
(dates, names) are the same every time. Everything is re-exported here, so
``from tests.factories import CaseStudyPageFactory`` works whatever module a factory lives in.
"""

from __future__ import annotations

import factory.random

#: The seed of factory_boy's random generator and of its Faker (``reseed_random`` sets both).
SEED = 20210614

factory.random.reseed_random(SEED)

from tests.factories.events import EventIndexPageFactory, EventPageFactory, PersonFactory, RegistrationFactory  # noqa: E402
from tests.factories.media import DocumentFactory, ImageFactory  # noqa: E402
from tests.factories.method import (  # noqa: E402
    ScenarioFactory,
    TechnologyIndexPageFactory,
    TechnologyPageFactory,
    publish_technology,
)
from tests.factories.network import ContactPersonFactory, OrganisationFactory, OrganisationProjectFactory  # noqa: E402
from tests.factories.practices import (  # noqa: E402
    AudienceFactory,
    CaseStudyPageFactory,
    LessonPageFactory,
    ProjectFactory,
    SolutionTypeFactory,
    SpaceCategoryFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    publish,
)
from tests.factories.site import (  # noqa: E402
    CaseStudyIndexPageFactory,
    HomePageFactory,
    LessonIndexPageFactory,
    PortalSite,
    StandardPageFactory,
    ToolIndexPageFactory,
    build_site,
)

__all__ = [
    "SEED",
    "AudienceFactory",
    "CaseStudyIndexPageFactory",
    "CaseStudyPageFactory",
    "ContactPersonFactory",
    "DocumentFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "HomePageFactory",
    "ImageFactory",
    "LessonIndexPageFactory",
    "LessonPageFactory",
    "OrganisationFactory",
    "OrganisationProjectFactory",
    "PersonFactory",
    "PortalSite",
    "ProjectFactory",
    "RegistrationFactory",
    "ScenarioFactory",
    "SolutionTypeFactory",
    "SpaceCategoryFactory",
    "StandardPageFactory",
    "TechnologyIndexPageFactory",
    "TechnologyPageFactory",
    "ThreatTypeFactory",
    "ToolIndexPageFactory",
    "ToolPageFactory",
    "build_site",
    "publish",
    "publish_technology",
]
