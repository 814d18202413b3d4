"""From a vulnerability profile to what the network knows: practices, technologies and peers, each with why.

The scenarios that score highest (``FOCUS``) lead: their threat types, the space's category and the solution
types the space does not have yet. Public practices are ranked by the portal's search, through the provider in
``settings.METHOD_PRACTICES_PROVIDER`` (``method`` never imports ``search``); technologies come from the
catalogue's ratings; peers from the peer finder (``network.peers``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Max, Prefetch
from django.utils.module_loading import import_string

from method.assessments import Profile
from method.models import Scenario, ScenarioRating, SpaceFile, TechnologyPage
from network.peers import rank_organisations
from practices.models import SolutionType

#: How many of the highest-scoring scenarios the lists answer (those above zero only).
FOCUS = 3
#: A technology is offered when it is at least this effective against one of them ("moderate").
MIN_EFFECTIVENESS = 2


@dataclass
class Item:
    title: str
    url: str
    kind: str
    why: str


@dataclass
class Knowledge:
    scenarios: list[str]
    practices: list[Item] = field(default_factory=list)
    technologies: list[Item] = field(default_factory=list)
    peers: list[Item] = field(default_factory=list)


def focus(profile: Profile) -> list[str]:
    """The slugs of the highest-scoring scenarios (above zero), worst first."""
    ranked = sorted((score for score in profile.scenarios if score.percent > 0), key=lambda score: -score.percent)
    return [score.slug for score in ranked[:FOCUS]]


def matching_knowledge(profile: Profile, space: SpaceFile) -> Knowledge:
    slugs = focus(profile)
    scenarios = list(Scenario.objects.filter(slug__in=slugs).select_related("threat_type"))
    knowledge = Knowledge([scenario.name for scenario in scenarios])
    if not scenarios:
        return knowledge
    threats = {scenario.threat_type for scenario in scenarios}
    have = {measure.pk for measure in space.existing_measures.all()}
    provider = getattr(settings, "METHOD_PRACTICES_PROVIDER", "")
    if provider:
        lacking = list(SolutionType.objects.exclude(pk__in=have).values_list("slug", flat=True))
        found = import_string(provider)(
            [threat.slug for threat in threats], space.space_category.slug, lacking, limit=5
        )
        knowledge.practices = [Item(**hit) for hit in found]
    best = (
        TechnologyPage.objects.live()
        .public()
        .filter(ratings__scenario__in=scenarios, ratings__effectiveness__gte=MIN_EFFECTIVENESS)
        .exclude(solution_type__in=have)
        .annotate(best=Max("ratings__effectiveness"))
        .select_related("solution_type")
        .prefetch_related(
            Prefetch(
                "ratings",
                queryset=ScenarioRating.objects.filter(scenario__in=scenarios).select_related("scenario"),
                to_attr="focus_ratings",
            )
        )
        .order_by("-best", "title")[:5]
    )
    for record in best:
        ratings = ", ".join(
            f"{rating.get_effectiveness_display().lower()} against {rating.scenario.name}"
            for rating in record.focus_ratings
            if rating.effectiveness >= MIN_EFFECTIVENESS
        )
        missing = f"; the space has no {record.solution_type.name.lower()} yet" if record.solution_type else ""
        knowledge.technologies.append(
            Item(record.title, record.url, record.get_record_kind_display(), ratings + missing)
        )
    for match in rank_organisations(threats, [space.space_category], exclude=space.organisation, limit=5):
        organisation = match.item
        knowledge.peers.append(
            Item(
                organisation.name, f"/network/{organisation.slug}/", "Organisation", "Knows " + ", ".join(match.shared)
            )
        )
    return knowledge
