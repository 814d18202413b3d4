"""What the search scenarios search: a small portal whose words, places and terms the tests name.

Built before an engine indexes it (``search_content`` in ``conftest.py`` is autouse, and autouse
fixtures come before ``engine``, ``use_engine`` and ``use_database``). It holds every kind of
document the index has (case studies, tools, lessons, organisations, an event), in several countries
and years, on two threat families, so that each facet has values to offer and to narrow by.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from network.models import Organisation
from practices.models import CaseStudyPage, LessonPage, ToolPage
from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    EventPageFactory,
    LessonPageFactory,
    OrganisationFactory,
    PortalSite,
    ProjectFactory,
    SolutionTypeFactory,
    SpaceCategoryFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    build_site,
    publish,
)

#: (title, city, country, public space, space slug, threat slug, first published)
CASE_STUDIES = [
    (
        "Removable bollards for the Christmas market",
        "Köln",
        "DE",
        "Roncalliplatz",
        "markets",
        "vehicle-ramming",
        dt.date(2019, 11, 20),
    ),
    (
        "Calle Larios market days without vehicle ramming risk",
        "Málaga",
        "ES",
        "Calle Larios",
        "markets",
        "vehicle-ramming",
        dt.date(2020, 5, 4),
    ),
    (
        "Station forecourt self-assessment",
        "Eindhoven",
        "NL",
        "Stationsplein",
        "transport-hubs",
        "vehicle-ramming",
        dt.date(2021, 3, 1),
    ),
    (
        "Weekly market stewards against pickpocketing",
        "Braşov",
        "RO",
        "Piața Sfatului",
        "markets",
        "pickpocketing",
        dt.date(2021, 9, 15),
    ),
    (
        "Crowd flow on the promenade during fireworks",
        "Nice",
        "FR",
        "Promenade des Anglais",
        "squares",
        "terrorism",
        dt.date(2022, 7, 14),
    ),
    (
        "Lighting the station underpass",
        "Eindhoven",
        "NL",
        "Fellenoord",
        "transport-hubs",
        "pickpocketing",
        dt.date(2023, 2, 2),
    ),
]


@dataclass(frozen=True)
class SearchContent:
    site: PortalSite
    case_studies: list[CaseStudyPage]
    tools: list[ToolPage]
    lessons: list[LessonPage]
    organisations: list[Organisation]

    def case_study_in(self, city: str) -> CaseStudyPage:
        return next(page for page in self.case_studies if page.city == city)


def build_search_content() -> SearchContent:
    site = build_site()
    terrorism = ThreatTypeFactory(name="Terrorism", slug="terrorism")
    disorder = ThreatTypeFactory(name="Crime & disorder", slug="crime-disorder")
    threats = {
        "terrorism": terrorism,
        "vehicle-ramming": ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming", parent=terrorism),
        "pickpocketing": ThreatTypeFactory(name="Pickpocketing", slug="pickpocketing", parent=disorder),
    }
    spaces = {
        slug: SpaceCategoryFactory(name=name, slug=slug)
        for slug, name in (
            ("markets", "Markets incl. Christmas markets"),
            ("transport-hubs", "Transport hubs"),
            ("squares", "Squares"),
        )
    }
    mitigation = SolutionTypeFactory(name="Hostile vehicle mitigation", slug="hostile-vehicle-mitigation")
    crowds = SolutionTypeFactory(name="Crowd management", slug="crowd-management")
    protect = ProjectFactory(acronym="PROTECT", slug="protect", full_name="Protecting public spaces")
    organisations = [
        OrganisationFactory(name="Stadt Köln", slug="koeln", country="DE", city="Köln"),
        OrganisationFactory(name="Ayuntamiento de Málaga", slug="malaga", country="ES", city="Málaga"),
        OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven", country="NL", city="Eindhoven"),
    ]
    for organisation in organisations:
        organisation.expertise_threats.set([threats["vehicle-ramming"]])
        organisation.expertise_spaces.set([spaces["markets"]])
        organisation.save()
    owners = {"DE": organisations[0], "ES": organisations[1]}
    case_studies = []
    for title, city, country, space_name, space, threat, published in CASE_STUDIES:
        owner = owners.get(country, organisations[2])
        solution = mitigation if threat == "vehicle-ramming" else crowds
        page = CaseStudyPageFactory.build(
            title=title,
            city=city,
            country=country,
            space_name=space_name,
            space_category=spaces[space],
            summary=f"{title} in {city}: what the city changed on {space_name}.",
            first_published=published,
            challenge=f"<p>Crowds on {space_name} in {city} needed protecting.</p>",
            contact_organisation=owner,
            project=protect if threat == "vehicle-ramming" else None,
        )
        case_studies.append(
            publish(
                section_for(site.case_studies, owner),
                page,
                threat_types=[threats[threat]],
                space_categories=[spaces[space]],
                solution_types=[solution],
                organisations=[owner],
            )
        )
    tools = [
        publish(
            section_for(site.tools, organisations[2]),
            ToolPageFactory.build(
                title=title,
                summary=summary,
                purpose=f"<p>{summary}</p>",
                project=protect,
                first_published=dt.date(2021, 6, 1),
            ),
            threat_types=[threats["vehicle-ramming"]],
            space_categories=[spaces["markets"]],
            solution_types=[mitigation],
            related_case_studies=case_studies[:2],
        )
        for title, summary in (
            ("Market perimeter checklist", "Walk the perimeter of a market and record every vehicle entry."),
            ("Vehicle ramming self-assessment", "Score a square's exposure to vehicle ramming."),
        )
    ]
    lessons = [
        publish(
            section_for(site.lessons, organisations[0]),
            LessonPageFactory.build(title=title, summary=title, statement=title, first_published=dt.date(2022, 1, 10)),
            threat_types=[threats["vehicle-ramming"]],
            space_categories=[spaces["markets"]],
            evidence_case_studies=case_studies[:1],
        )
        for title in ("Involve market traders early", "Plan emergency access before the barriers")
    ]
    publish(
        site.events,
        EventPageFactory.build(title="Webinar: barriers for winter markets"),
        threat_types=[threats["vehicle-ramming"]],
        space_categories=[spaces["markets"]],
    )
    return SearchContent(site, case_studies, tools, lessons, organisations)
