"""The method's data: the threat scenarios it assesses and the technology solutions it compares."""

from method.models.assessments import (
    Assessment,
    AssessmentStatus,
    Candidate,
    Evaluation,
    Panelist,
    Questionnaire,
    Score,
    SpaceFile,
)
from method.models.scenarios import Scenario
from method.models.technologies import (
    Effectiveness,
    PrivacyImpact,
    RecordKind,
    ScenarioRating,
    TechnologyIndexPage,
    TechnologyPage,
    TechnologyVendor,
)

__all__ = [
    "Assessment",
    "AssessmentStatus",
    "Candidate",
    "Effectiveness",
    "Evaluation",
    "Panelist",
    "PrivacyImpact",
    "Questionnaire",
    "RecordKind",
    "Scenario",
    "ScenarioRating",
    "Score",
    "SpaceFile",
    "TechnologyIndexPage",
    "TechnologyPage",
    "TechnologyVendor",
]
