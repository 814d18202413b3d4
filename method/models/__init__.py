"""The method's data: the threat scenarios it assesses and the technology solutions it compares."""

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
    "Effectiveness",
    "PrivacyImpact",
    "RecordKind",
    "Scenario",
    "ScenarioRating",
    "TechnologyIndexPage",
    "TechnologyPage",
    "TechnologyVendor",
]
