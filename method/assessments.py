"""The self-assessment's services: who may open a space file, answering, completing and scoring.

Scoring model. Each answer option carries a score from 0 (no weakness) to 4 (severe) for each scenario it
bears on. A scenario's vulnerability is the sum of the chosen options' scores for it divided by the sum of the
highest score each question offers for it, as a percentage: 0 % means no weakness the questionnaire knows of,
100 % the worst answer to every question that bears on the scenario. A theme's weakness is the same ratio over
its questions and all scenarios. The answers that drive a scenario's score are those that score highest for it.
Questions that do not bear on a scenario do not count for it, so a short list of CBR questions weighs as much
as a long list of vehicle questions: each scenario's percentage is comparable with the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from method.models import Assessment, AssessmentStatus, Questionnaire, Scenario, SpaceFile
from practices.marking import Label, Reader, marked_part_read, may_read

#: Space files are always marked so: the owner's and the named organisations' vetted members may open them.
SPACE_LABEL = Label.AMBER_STRICT


class IncompleteAssessment(ValueError):
    """Scoring needs every question answered; ``missing`` names those that are not."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(f"{len(missing)} question(s) not answered yet")
        self.missing = missing


def readable_spaces(reader: Reader) -> QuerySet[SpaceFile]:
    """The space files ``reader`` may open (none unless vetted: they are TLP:AMBER+STRICT)."""
    if not (reader.member and reader.vetted):
        return SpaceFile.objects.none()
    return SpaceFile.objects.filter(
        Q(organisation_id=reader.organisation_id) | Q(shared_with=reader.organisation_id)
    ).distinct()


def may_open(reader: Reader, space: SpaceFile) -> bool:
    shared = [organisation.pk for organisation in space.shared_with.all()]
    return may_read(reader, SPACE_LABEL, owner_id=space.organisation_id, shared_with=shared)


def announce_read(reader: Reader, space: SpaceFile, what: str, kind: str = "view", document: str = "") -> None:
    """Record in the access log (``network.access``) that ``reader`` opened or downloaded ``what`` of ``space``:
    space files are TLP:AMBER+STRICT, whose every view and download is logged for the owning organisation."""
    marked_part_read.send(
        sender=SpaceFile,
        reader=reader,
        page=None,
        owner_id=space.organisation_id,
        section=f"{what}: {space.name}",
        label=SPACE_LABEL,
        kind=kind,
        document=document,
    )


def frozen(questionnaire: Questionnaire) -> dict[str, Any]:
    """The questionnaire's current version as plain data, with keys answers refer to (``t1-q2``, ``o3``)."""
    scenarios = {scenario.pk: scenario for scenario in Scenario.objects.all()}
    themes = []
    for theme_number, theme in enumerate(questionnaire.themes, start=1):
        questions = []
        for question_number, question in enumerate(theme.value["questions"], start=1):
            options = []
            for option_number, option in enumerate(question["options"], start=1):
                scores = {}
                for score in option["scores"]:
                    scenario = score["scenario"]
                    if scenario is not None and scenario.pk in scenarios:
                        scores[scenario.slug] = int(score["score"])
                options.append({"key": f"o{option_number}", "label": option["label"], "scores": scores})
            questions.append(
                {
                    "key": f"t{theme_number}-q{question_number}",
                    "text": question["text"],
                    "help": question["help"] or "",
                    "options": options,
                }
            )
        themes.append({"key": f"t{theme_number}", "name": theme.value["name"], "questions": questions})
    used = {slug for theme in themes for q in theme["questions"] for o in q["options"] for slug in o["scores"]}
    return {
        "title": questionnaire.title,
        "version": questionnaire.version,
        "scenarios": [
            {"slug": scenario.slug, "name": scenario.name}
            for scenario in sorted(scenarios.values(), key=lambda scenario: (scenario.sort_order, scenario.name))
            if scenario.slug in used
        ],
        "themes": themes,
    }


def questions(definition: dict[str, Any]) -> list[dict[str, Any]]:
    return [question for theme in definition["themes"] for question in theme["questions"]]


def start(space: SpaceFile, questionnaire: Questionnaire, user: Any) -> Assessment:
    return Assessment.objects.create(
        space=space,
        questionnaire=questionnaire,
        version=questionnaire.version,
        definition=frozen(questionnaire),
        started_by=user,
    )


def record_answers(assessment: Assessment, answers: dict[str, str]) -> None:
    """Keep the valid answers given (others are ignored: the form has validated them); progress is saved."""
    valid = {q["key"]: {o["key"] for o in q["options"]} for q in questions(assessment.definition)}
    kept = {key: value for key, value in answers.items() if value in valid.get(key, set())}
    assessment.answers = {**assessment.answers, **kept}
    assessment.save(update_fields=["answers"])


def record_requirements(assessment: Assessment, requirements: dict[str, dict[str, str]]) -> None:
    """Keep the objectives and requirements for the assessment's scenarios (others are ignored)."""
    known = {scenario["slug"] for scenario in assessment.definition["scenarios"]}
    assessment.requirements = {slug: entry for slug, entry in requirements.items() if slug in known}
    assessment.save(update_fields=["requirements"])


def missing(assessment: Assessment) -> list[str]:
    """The questions not answered yet, as their text."""
    return [q["text"] for q in questions(assessment.definition) if q["key"] not in assessment.answers]


@transaction.atomic
def complete(assessment: Assessment) -> None:
    """Mark it completed; ``IncompleteAssessment`` (naming what is missing) when a question has no answer."""
    unanswered = missing(assessment)
    if unanswered:
        raise IncompleteAssessment(unanswered)
    assessment.status = AssessmentStatus.COMPLETED
    assessment.completed_at = timezone.now()
    assessment.save(update_fields=["status", "completed_at"])


@dataclass
class Driver:
    question: str
    answer: str
    score: int


@dataclass
class ScenarioScore:
    slug: str
    name: str
    percent: int
    drivers: list[Driver] = field(default_factory=list)
    #: The change since the earlier assessment compared with (percentage points), or None.
    change: int | None = None


@dataclass
class ThemeScore:
    name: str
    percent: int


@dataclass
class Profile:
    scenarios: list[ScenarioScore]
    themes: list[ThemeScore]

    @property
    def weakest_themes(self) -> list[ThemeScore]:
        return sorted((theme for theme in self.themes if theme.percent > 0), key=lambda theme: -theme.percent)[:3]


def _percent(got: int, worst: int) -> int:
    return round(100 * got / worst) if worst else 0


def profile(assessment: Assessment, earlier: Assessment | None = None) -> Profile:
    """The vulnerability profile of a completed assessment (see the module for the model); ``earlier``, a
    completed assessment of the same space, gives each scenario's change."""
    if missing(assessment):
        raise IncompleteAssessment(missing(assessment))
    definition = assessment.definition
    scenarios = []
    for scenario in definition["scenarios"]:
        slug = scenario["slug"]
        got = worst = 0
        drivers = []
        for question in questions(definition):
            offered = [option["scores"].get(slug) for option in question["options"]]
            if all(score is None for score in offered):
                continue
            worst += max(score or 0 for score in offered)
            chosen = next(
                option for option in question["options"] if option["key"] == assessment.answers[question["key"]]
            )
            score = chosen["scores"].get(slug, 0)
            got += score
            if score:
                drivers.append(Driver(question["text"], chosen["label"], score))
        drivers.sort(key=lambda driver: -driver.score)
        scenarios.append(ScenarioScore(slug, scenario["name"], _percent(got, worst), drivers[:3]))
    themes = []
    for theme in definition["themes"]:
        got = worst = 0
        for question in theme["questions"]:
            chosen = next(
                option for option in question["options"] if option["key"] == assessment.answers[question["key"]]
            )
            for scenario in definition["scenarios"]:
                offered = [option["scores"].get(scenario["slug"]) for option in question["options"]]
                if any(score is not None for score in offered):
                    worst += max(score or 0 for score in offered)
                    got += chosen["scores"].get(scenario["slug"], 0)
        themes.append(ThemeScore(theme["name"], _percent(got, worst)))
    result = Profile(scenarios, themes)
    if earlier is not None and not missing(earlier):
        before = {score.slug: score.percent for score in profile(earlier).scenarios}
        for score in result.scenarios:
            if score.slug in before:
                score.change = score.percent - before[score.slug]
    return result


def earlier_completed(assessment: Assessment) -> Assessment | None:
    """The space's completed assessment before this one, if any."""
    return (
        Assessment.objects.filter(space=assessment.space_id, status=AssessmentStatus.COMPLETED)
        .exclude(pk=assessment.pk)
        .filter(started_at__lt=assessment.started_at)
        .order_by("-started_at")
        .first()
    )


def next_version(questionnaire: Questionnaire) -> None:
    """Before an edit is saved: a version that has answers stays as it was answered, the edit becomes the next."""
    if (
        questionnaire.pk
        and Assessment.objects.filter(questionnaire=questionnaire, version=questionnaire.version).exists()
    ):
        questionnaire.version += 1
