"""The method's data: the threat scenarios it assesses and the technology solutions it compares."""

from method.models.assessments import Assessment, AssessmentStatus, Questionnaire, SpaceFile
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
    "Effectiveness",
    "PrivacyImpact",
    "Questionnaire",
    "RecordKind",
    "Scenario",
    "ScenarioRating",
    "SpaceFile",
    "TechnologyIndexPage",
    "TechnologyPage",
    "TechnologyVendor",
]
