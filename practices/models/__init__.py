"""Models of the practices app, split by concern; import them from here."""

from practices.models.evidence import CRITERIA, EvidenceLevel, EvidenceReview, confirmed_level
from practices.models.pages import (
    PRACTICE_PAGE_MODELS,
    CaseStudyDocument,
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudySection,
    CaseStudyTag,
    LessonIndexPage,
    LessonPage,
    LessonSection,
    LessonTag,
    OrganisationSection,
    PracticeBase,
    PracticeIndexPage,
    ToolIndexPage,
    ToolPage,
    ToolSection,
    ToolTag,
)
from practices.models.projects import FundingProgramme, Project, ProjectStatus
from practices.models.taxonomy import Audience, SolutionType, SpaceCategory, ThreatType

__all__ = [
    "CRITERIA",
    "PRACTICE_PAGE_MODELS",
    "Audience",
    "CaseStudyDocument",
    "CaseStudyImage",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudySection",
    "CaseStudyTag",
    "EvidenceLevel",
    "EvidenceReview",
    "FundingProgramme",
    "LessonIndexPage",
    "LessonPage",
    "LessonSection",
    "LessonTag",
    "OrganisationSection",
    "PracticeBase",
    "PracticeIndexPage",
    "Project",
    "ProjectStatus",
    "SolutionType",
    "SpaceCategory",
    "ThreatType",
    "ToolIndexPage",
    "ToolPage",
    "ToolSection",
    "ToolTag",
    "confirmed_level",
]

SECTION_MODELS = {CaseStudyIndexPage: CaseStudySection, ToolIndexPage: ToolSection, LessonIndexPage: LessonSection}
