"""Document builders for the practices' page types, registered with ``search.adapters``."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from django.db.models import Prefetch, QuerySet
from django.utils.html import strip_tags
from django_countries.fields import Country
from wagtail.models import Page, PageViewRestriction

from method.models import ScenarioRating, TechnologyPage
from network.models import Organisation, public_organisations
from portal_events.models import EventPage
from practices.models import CaseStudyPage, LessonPage, ThreatType, ToolPage, confirmed_level
from practices.restricted import body_part
from practices.restricted import parts as restricted_parts
from search import adapters
from search.access import access_fields

#: The technology catalogue's records: in search, they rank after practices that match as well.
CATALOGUE_TYPE = "technology"
#: Which kinds of result come first among those that match as well (0 first): the portal is a practice
#: exchange, so practices, then the members and events around them, then the catalogue (it has its own listing;
#: in search its records complement practices). A query that names a member or an event still finds it first:
#: its name in the title outweighs the tier on the engine.
TYPE_TIERS = {"case_study": 0, "tool": 0, "lesson": 0, "event": 1, "organisation": 1, CATALOGUE_TYPE: 2}
LAST_TIER = max(TYPE_TIERS.values())

TYPE_LABELS = {
    "case_study": "Case study",
    "tool": "Tool",
    "lesson": "Lesson",
    "event": "Event",
    "organisation": "Organisation",
    "technology": "Technology",
}


def fold(text: str) -> str:
    """Lowercase and strip accents (Málaga → malaga), as the engine's asciifolding does."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def is_publicly_visible(page: Page) -> bool:
    """Live and not behind any view restriction (on itself or an ancestor)."""
    if not page.live or page.expired:
        return False
    return not PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(page)).exists()


def _ancestor_paths(page: Page) -> list[str]:
    steplen = Page.steplen
    return [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]


def _text(*parts: Any) -> str:
    return "\n".join(strip_tags(str(part)) for part in parts if part)


def _threat_slugs(page: Any) -> list[str]:
    slugs: list[str] = []
    for threat in page.threat_types.all():
        slugs.append(threat.slug)
        if threat.parent is not None and threat.parent.slug not in slugs:
            slugs.append(threat.parent.slug)
    return slugs


def taxonomy_terms(page: Any) -> dict[str, list[str]]:
    """The facet terms a page's document carries: threats with their families, spaces (a case study's main
    space first), solutions. Read from the page's relations, which serving and rebuilds prefetch."""
    spaces = [space.slug for space in page.space_categories.all()]
    main_space = getattr(page, "space_category", None)
    if main_space is not None and main_space.slug not in spaces:
        spaces.insert(0, main_space.slug)
    solutions = page.solution_types.all() if hasattr(page, "solution_types") else []
    return {
        "threat_types": _threat_slugs(page),
        "space_categories": spaces,
        "solution_types": [solution.slug for solution in solutions],
    }


def web_name(website: str) -> str:
    """The name an organisation goes by on the web ("https://www.ditss.nl" → "ditss"): people search members
    by their acronym, which is often only in the address."""
    host = urlsplit(website or "").hostname or ""
    labels = host.removeprefix("www.").split(".")[:-1]
    return " ".join(labels)


def organisation_names(organisations: Any) -> str:
    """The public organisations' names and web names, as the text that finds what they took part in."""
    return " ".join(
        f"{organisation.name} {web_name(organisation.website)}".strip()
        for organisation in public_organisations(organisations)
    )


def _credits(page: Any) -> str:
    """Who a practice or event comes from: its project (acronym and name) and the public organisations involved.

    A query naming them ("SAFEMARKT", "Pennine Institute") finds the practice though its text may never say so.
    """
    project = page.project
    organisations = page.organisations.all() if hasattr(page, "organisations") else []
    return _text(f"{project.acronym} {project.full_name}" if project else "", organisation_names(organisations))


def _common(page: Any, doc_type: str, body: str) -> dict[str, Any]:
    """The fields practices and events share; pages without solutions or tags (events) get none."""
    threats = list(page.threat_types.all())
    spaces = list(page.space_categories.all())
    solutions = list(page.solution_types.all()) if hasattr(page, "solution_types") else []
    tags = page.tags.all() if hasattr(page, "tags") else []
    first_published = getattr(page, "first_published", None)
    return {
        "type": doc_type,
        "object_id": page.pk,
        "url": page.url,
        "title": page.title,
        "summary": page.summary,
        "body": body,
        "city": None,
        "country": None,
        **taxonomy_terms(page),
        "project": page.project.slug if page.project else None,
        "tags": sorted(tag.name for tag in tags),  # sorted: the drift check compares documents
        "taxonomy_text": " ".join(term.name for term in [*threats, *spaces, *solutions]),
        "credits": _credits(page),
        "year": first_published.year if first_published else None,
        "published": first_published.isoformat() if first_published else None,
        "updated": page.last_published_at.isoformat() if page.last_published_at else None,
        "evidence_level": getattr(page, "evidence_level", None),
    }


def case_study_document(page: CaseStudyPage) -> dict[str, Any]:
    approach = " ".join(str(block.value) for block in page.approach if block.block_type in {"text", "quote"})
    doc = _common(page, "case_study", _text(page.challenge, approach, page.results, page.lessons_learned))
    doc["city"] = page.city
    doc["country"] = _country_code(page.country)
    doc["body"] = _text(page.space_name, doc["body"])
    return doc


def tool_document(page: ToolPage) -> dict[str, Any]:
    return _common(page, "tool", _text(page.purpose, page.access_notes))


def lesson_document(page: LessonPage) -> dict[str, Any]:
    return _common(page, "lesson", _text(page.statement, page.context))


def _country_code(country: Country | str) -> str | None:
    """The ISO code of a ``CountryField``, ``None`` when blank.

    django-stubs types the field as ``str`` (it is a ``CharField``); django-countries gives a ``Country``.
    """
    return country.code if isinstance(country, Country) and country else None


def _prefetched(model: type[Page]) -> QuerySet:
    """Live pages with everything the builder touches, so a rebuild runs a fixed number of queries."""
    queryset = (
        model.objects.live()
        .public()
        .select_related("project")
        .prefetch_related(
            Prefetch("threat_types", queryset=ThreatType.objects.select_related("parent")),
            "space_categories",
            "solution_types",
            "tags",
            "organisations",
        )
    )
    if model is CaseStudyPage:
        queryset = queryset.select_related("space_category")
    queryset = queryset.annotate(confirmed_evidence=confirmed_level())
    return queryset.order_by("pk")


def organisation_document(organisation: Organisation) -> dict[str, Any]:
    """A network member as a search result (``type=organisation``); contact persons never included."""
    threats = list(organisation.expertise_threats.all())
    spaces = list(organisation.expertise_spaces.all())
    solutions = list(organisation.expertise_solutions.all())
    since = organisation.member_since
    return {
        "type": "organisation",
        "object_id": organisation.pk,
        "url": f"/network/{organisation.slug}/",
        "title": organisation.name,
        "summary": organisation.description[:500],
        "body": _text(organisation.get_org_type_display(), organisation.description),
        "city": organisation.city or None,
        "country": _country_code(organisation.country),
        "threat_types": sorted({t.slug for t in threats} | {t.parent.slug for t in threats if t.parent}),
        "space_categories": [space.slug for space in spaces],
        "solution_types": [solution.slug for solution in solutions],
        "project": None,
        "tags": [],
        "taxonomy_text": " ".join(term.name for term in [*threats, *spaces, *solutions]),
        "credits": web_name(organisation.website),
        "year": since.year if since else None,
        "published": since.isoformat() if since else None,
        "updated": None,
    }


def register_organisations() -> None:
    adapters.register(
        "organisation",
        Organisation,
        organisation_document,
        lambda: (
            Organisation.objects.public()
            .prefetch_related(
                Prefetch("expertise_threats", queryset=ThreatType.objects.select_related("parent")),
                "expertise_spaces",
                "expertise_solutions",
            )
            .order_by("pk")
        ),
        lambda organisation: organisation.active,
    )


def _part_document(document: dict[str, Any], part: Any, text: str) -> dict[str, Any]:
    allowed = [org for org in (part.owner_id, *part.shared_with) if org is not None]
    return {
        **document,
        "url": f"{document['url']}#{part.anchor}",
        "summary": text[:300],
        "body": _text(part.heading, text),
        "part_heading": part.heading,
        **access_fields(part.label, allowed, list(part.named_people)),
    }


def practice_parts(
    build: Callable[[Any], dict[str, Any]],
) -> Callable[[Any, dict[str, Any]], dict[str, dict[str, Any]]]:
    """A practice's restricted parts as documents: the page's facets and title, the part's own text, and who
    may match it (``search.access``). The title stays the page's, which is public; the result shows the part's
    heading from ``part_heading``. A page restricted as a whole is a part too: its body (``build``'s)."""

    def parts(page: Any, document: dict[str, Any]) -> dict[str, dict[str, Any]]:
        found = {part.block_id: _part_document(document, part, _text(part.body)) for part in restricted_parts(page)}
        body = body_part(page)
        if body is not None:
            full = build(page)
            found[body.block_id] = {**_part_document(document, body, full["body"]), "summary": document["summary"]}
        return found

    return parts


def public_body(build: Callable[[Any], dict[str, Any]]) -> Callable[[Any], dict[str, Any]]:
    """``build``, with the body left out of the public document of a page restricted as a whole."""

    def public(page: Any) -> dict[str, Any]:
        document = build(page)
        return {**document, "body": ""} if body_part(page) is not None else document

    return public


def register_practices() -> None:
    for doc_type, model, build in (
        ("case_study", CaseStudyPage, case_study_document),
        ("tool", ToolPage, tool_document),
        ("lesson", LessonPage, lesson_document),
    ):
        adapters.register(
            doc_type,
            model,
            public_body(build),
            functools.partial(_prefetched, model),
            is_publicly_visible,
            practice_parts(build),
        )


def event_document(event: EventPage) -> dict[str, Any]:
    """An event as a search result (``type=event``): programme, speakers and venue are searchable."""
    sessions = event.session_list()
    speakers = [person.name for person in event.all_speakers()]
    doc = _common(
        event,
        "event",
        _text(
            event.get_event_type_display(),
            event.description,
            *(f"{session['title']} {session['description']}" for session in sessions),
            " ".join(speakers),
            event.venue_name,
            event.venue_address,
        ),
    )
    doc["city"] = event.venue_city or None
    doc["country"] = _country_code(event.venue_country)
    doc["year"] = event.start.year if event.start else None
    doc["published"] = event.start.date().isoformat() if event.start else None
    return doc


def _prefetched_events() -> QuerySet:
    return (
        EventPage.objects.live()
        .public()
        .select_related("project")
        .prefetch_related(
            Prefetch("threat_types", queryset=ThreatType.objects.select_related("parent")),
            "space_categories",
            "speakers__organisation",
        )
        .order_by("pk")
    )


def register_events() -> None:
    adapters.register("event", EventPage, event_document, _prefetched_events, is_publicly_visible)


def technology_document(page: TechnologyPage) -> dict[str, Any]:
    """A record of the technology catalogue (``type=technology``): found under the threat types of the scenarios
    it is rated on, the spaces it fits and its solution type; its vendors' names are searchable, never ranked."""
    # Sorted here, not by the queryset: a single page's sync reads its relations unprefetched, and the drift
    # check compares documents.
    ratings = sorted(page.ratings.all(), key=lambda rating: (rating.scenario.sort_order, rating.scenario.slug))
    threats = sorted({rating.scenario.threat_type for rating in ratings}, key=lambda threat: threat.slug)
    spaces = sorted(page.space_categories.all(), key=lambda space: space.slug)
    solution = page.solution_type
    published = page.first_published_at
    return {
        "type": "technology",
        "object_id": page.pk,
        "url": page.url,
        "title": page.title,
        "summary": page.summary,
        "body": _text(
            page.description,
            *(f"{rating.scenario.name}: {rating.get_effectiveness_display()}" for rating in ratings),
            page.dpia_note,
            page.ethical_notes,
            page.legal_prerequisites,
            page.public_acceptance,
            " ".join(sorted(vendor.name for vendor in page.vendors.all())),
        ),
        "city": None,
        "country": None,
        "threat_types": sorted({t.slug for t in threats} | {t.parent.slug for t in threats if t.parent}),
        "space_categories": [space.slug for space in spaces],
        "solution_types": [solution.slug] if solution else [],
        "project": None,
        "tags": [],
        "taxonomy_text": " ".join(
            [*(rating.scenario.name for rating in ratings), *(t.name for t in threats), *(s.name for s in spaces)]
            + ([solution.name] if solution else [])
        ),
        "year": published.year if published else None,
        "published": published.date().isoformat() if published else None,
        "updated": page.last_published_at.isoformat() if page.last_published_at else None,
    }


def _prefetched_technologies() -> QuerySet:
    return (
        TechnologyPage.objects.live()
        .public()
        .select_related("solution_type")
        .prefetch_related(
            Prefetch(
                "ratings",
                queryset=ScenarioRating.objects.select_related("scenario__threat_type__parent"),
            ),
            "space_categories",
            "vendors",
        )
        .order_by("pk")
    )


def register_technologies() -> None:
    adapters.register("technology", TechnologyPage, technology_document, _prefetched_technologies, is_publicly_visible)
