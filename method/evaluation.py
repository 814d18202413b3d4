"""Solution evaluation after PRoTECT's Technology Evaluation Framework: a weighted multi-criteria analysis.

Model. The member lists candidates (catalogue records or their own) and weighs the criteria: effectiveness
against each scenario they set requirements for (or the assessment's weakest), cost, privacy and ethics, legal
fit, maturity, integration with existing measures, public acceptance and time to deploy, plus any they add.
Weights are non-negative numbers, at least one above zero; only their ratios matter. Each invited panel member
scores every candidate on every criterion from 0 (poor) to 5 (excellent), without seeing the others' scores
first. A candidate's criterion score is the panel's mean, its spread the range between the lowest and the
highest score; its total is the weighted mean of its criterion scores, on the same 0–5 scale. The sensitivity
view ranks the candidates again with each criterion's weight set to zero and doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from method.assessments import may_open, profile
from method.matching import focus
from method.models import Assessment, Candidate, Evaluation, Panelist, Score, TechnologyPage
from network.models import Member
from practices.marking import Reader

MAX_SCORE = 5
CRITERIA = [
    ("cost", "Cost"),
    ("privacy", "Privacy and ethics"),
    ("legal", "Legal fit"),
    ("maturity", "Maturity"),
    ("integration", "Integration with existing measures"),
    ("acceptance", "Public acceptance"),
    ("time", "Time to deploy"),
]


class EvaluationError(ValueError):
    """Bad weights, criteria or scores; the message is shown with the form."""


def default_criteria(assessment: Assessment) -> list[dict[str, Any]]:
    """Effectiveness against each scenario with requirements (else the weakest), then the framework's criteria."""
    names = {scenario["slug"]: scenario["name"] for scenario in assessment.definition["scenarios"]}
    slugs = [slug for slug in assessment.requirements if slug in names]
    if not slugs:
        try:
            slugs = focus(profile(assessment))
        except ValueError:
            slugs = []
    criteria = [{"key": f"effect-{slug}", "name": f"Effectiveness: {names[slug]}", "weight": 3.0} for slug in slugs]
    return criteria + [{"key": key, "name": name, "weight": 1.0} for key, name in CRITERIA]


def checked_weights(criteria: list[dict[str, Any]], weights: dict[str, float]) -> list[dict[str, Any]]:
    if any(value < 0 for value in weights.values()):
        raise EvaluationError("Weights cannot be negative.")
    updated = [
        {**criterion, "weight": float(weights.get(criterion["key"], criterion["weight"]))} for criterion in criteria
    ]
    if not any(criterion["weight"] > 0 for criterion in updated):
        raise EvaluationError("At least one weight must be above zero.")
    return updated


@transaction.atomic
def create(
    assessment: Assessment,
    user: Any,
    *,
    title: str,
    technologies: list[TechnologyPage],
    own: list[str],
    extra_criteria: list[str],
) -> Evaluation:
    names = [technology.title for technology in technologies] + [name for name in own if name]
    if len(names) < 2:
        raise EvaluationError("List at least two candidate solutions.")
    criteria = default_criteria(assessment)
    keys = {criterion["key"] for criterion in criteria}
    for name in extra_criteria:
        key = f"own-{slugify(name)[:30]}"
        if name and key not in keys:
            criteria.append({"key": key, "name": name[:80], "weight": 1.0})
            keys.add(key)
    evaluation = Evaluation.objects.create(assessment=assessment, title=title, criteria=criteria, created_by=user)
    for technology in technologies:
        Candidate.objects.create(evaluation=evaluation, technology=technology, name=technology.title)
    for name in own:
        if name:
            Candidate.objects.create(evaluation=evaluation, name=name[:200])
    Panelist.objects.create(evaluation=evaluation, user=user)
    return evaluation


def eligible_panel(evaluation: Evaluation) -> list[Member]:
    """Who may be invited: members of the organisations that may open the space (``may_open`` decides at
    scoring time, so a member whose vetting lapses loses their seat's access)."""
    space = evaluation.assessment.space
    organisations = [space.organisation_id, *(organisation.pk for organisation in space.shared_with.all())]
    seated = set(evaluation.panelists.values_list("user_id", flat=True))
    return [
        member
        for member in Member.objects.filter(organisation_id__in=organisations, left_at__isnull=True)
        .select_related("user", "organisation")
        .order_by("user__username")
        if member.user_id not in seated
    ]


def invite(evaluation: Evaluation, member: Member) -> Panelist:
    if member not in eligible_panel(evaluation):
        raise EvaluationError("Only members of the organisations that share this space can join its panel.")
    return Panelist.objects.create(evaluation=evaluation, user=member.user)


def seat(evaluation: Evaluation, user: Any, reader: Reader) -> Panelist | None:
    """The user's seat on the panel, if they were invited and may still open the space."""
    if not may_open(reader, evaluation.assessment.space):
        return None
    return evaluation.panelists.filter(user=user).first()


@transaction.atomic
def record_scores(panelist: Panelist, scores: dict[tuple[int, str], int]) -> None:
    """Keep the panelist's scores (candidate id, criterion key) → 0–5; others are refused."""
    evaluation = panelist.evaluation
    candidates = set(evaluation.candidates.values_list("pk", flat=True))
    criteria = {criterion["key"] for criterion in evaluation.criteria}
    for (candidate, criterion), value in scores.items():
        if candidate not in candidates or criterion not in criteria or not 0 <= value <= MAX_SCORE:
            raise EvaluationError("A score is out of range or for something not in this evaluation.")
    for (candidate, criterion), value in scores.items():
        Score.objects.update_or_create(
            panelist=panelist, candidate_id=candidate, criterion=criterion, defaults={"value": value}
        )


@dataclass
class CriterionResult:
    name: str
    weight: float
    mean: float | None
    low: int | None
    high: int | None


@dataclass
class CandidateResult:
    candidate: Candidate
    total: float | None
    criteria: list[CriterionResult]
    rank: int = 0


def _totals(rows: dict[int, dict[str, list[int]]], criteria: list[dict[str, Any]]) -> dict[int, float | None]:
    totals: dict[int, float | None] = {}
    for candidate, by_criterion in rows.items():
        weighted = weight_sum = 0.0
        for criterion in criteria:
            values = by_criterion.get(criterion["key"], [])
            if values and criterion["weight"] > 0:
                weighted += criterion["weight"] * sum(values) / len(values)
                weight_sum += criterion["weight"]
        totals[candidate] = round(weighted / weight_sum, 2) if weight_sum else None
    return totals


def _ranking(totals: dict[int, float | None]) -> list[int]:
    return sorted(totals, key=lambda candidate: (totals[candidate] is None, -(totals[candidate] or 0), candidate))


@dataclass
class Results:
    candidates: list[CandidateResult]
    panel_size: int
    scored_by: int
    #: Per criterion: the ranking (candidate names, best first) with its weight at zero and doubled.
    sensitivity: list[tuple[str, list[str], list[str]]]


def results(evaluation: Evaluation) -> Results:
    candidates = list(evaluation.candidates.all())
    rows: dict[int, dict[str, list[int]]] = {candidate.pk: {} for candidate in candidates}
    scorers = set()
    for score in Score.objects.filter(candidate__evaluation=evaluation):
        rows[score.candidate_id].setdefault(score.criterion, []).append(score.value)
        scorers.add(score.panelist_id)
    criteria = evaluation.criteria
    totals = _totals(rows, criteria)
    found = []
    for candidate in candidates:
        per = []
        for criterion in criteria:
            values = rows[candidate.pk].get(criterion["key"], [])
            per.append(
                CriterionResult(
                    criterion["name"],
                    criterion["weight"],
                    round(sum(values) / len(values), 2) if values else None,
                    min(values) if values else None,
                    max(values) if values else None,
                )
            )
        found.append(CandidateResult(candidate, totals[candidate.pk], per))
    order = _ranking(totals)
    for result in found:
        result.rank = order.index(result.candidate.pk) + 1
    found.sort(key=lambda result: result.rank)
    names = {candidate.pk: candidate.name for candidate in candidates}
    sensitivity = []
    for criterion in criteria:
        changed = []
        for factor in (0.0, 2.0):
            varied = [
                {**other, "weight": other["weight"] * factor} if other["key"] == criterion["key"] else other
                for other in criteria
            ]
            changed.append([names[pk] for pk in _ranking(_totals(rows, varied))])
        sensitivity.append((criterion["name"], changed[0], changed[1]))
    return Results(found, evaluation.panelists.count(), len(scorers), sensitivity)
