"""Peer finder: "organisations and practices like mine", ranked by shared threats and spaces.

The form that asks for them is ``network.forms.PeerFinderForm``; the page is ``network.views.peers``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from network.models import Organisation
from practices.models import CaseStudyPage, SpaceCategory, ThreatType


def _expand_threats(threats: Iterable[ThreatType]) -> set[int]:
    """A family (Terrorism) stands for all its specific threats too."""
    ids: set[int] = set()
    for threat in threats:
        ids.add(threat.pk)
        ids.update(threat.children.values_list("pk", flat=True))
    return ids


@dataclass
class Match:
    item: Any
    score: int
    shared: list[str] = field(default_factory=list)


def _score(
    threat_ids: set[int], space_ids: set[int], threats: Iterable[Any], spaces: Iterable[Any], same_country: bool
) -> tuple[int, list[str]]:
    shared = [t.name for t in threats if t.pk in threat_ids] + [s.name for s in spaces if s.pk in space_ids]
    score = len(shared) * 2 + (1 if same_country and shared else 0)
    return score, shared


def rank_organisations(
    threats: Iterable[ThreatType],
    spaces: Iterable[SpaceCategory],
    country: str = "",
    limit: int = 10,
    exclude: Organisation | None = None,
) -> list[Match]:
    """Active organisations ranked by shared expertise (two points each) and same country (one)."""
    threat_ids, space_ids = _expand_threats(threats), {space.pk for space in spaces}
    queryset = Organisation.objects.public().prefetch_related(
        Prefetch("expertise_threats", queryset=ThreatType.objects.all()), "expertise_spaces"
    )
    if exclude is not None:
        queryset = queryset.exclude(pk=exclude.pk)
    matches = []
    for organisation in queryset:
        score, shared = _score(
            threat_ids,
            space_ids,
            organisation.expertise_threats.all(),
            organisation.expertise_spaces.all(),
            bool(country) and organisation.country == country,
        )
        if score:
            matches.append(Match(organisation, score, shared))
    matches.sort(key=lambda match: (-match.score, match.item.name))
    return matches[:limit]


def rank_case_studies(
    threats: Iterable[ThreatType], spaces: Iterable[SpaceCategory], country: str = "", limit: int = 10
) -> list[Match]:
    """Live, public case studies ranked the same way (their main space category counts too)."""
    threat_ids, space_ids = _expand_threats(threats), {space.pk for space in spaces}
    queryset = (
        CaseStudyPage.objects.live()
        .public()
        .select_related("space_category")
        .prefetch_related("threat_types", "space_categories")
    )
    matches = []
    for page in queryset:
        page_spaces = {page.space_category, *page.space_categories.all()} - {None}
        score, shared = _score(
            threat_ids, space_ids, page.threat_types.all(), page_spaces, bool(country) and page.country == country
        )
        if score:
            matches.append(Match(page, score, shared))
    matches.sort(key=lambda match: (-match.score, -match.item.first_published.toordinal()))
    return matches[:limit]
