"""Models of the practices app, split by concern; import them from here."""

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
    "PRACTICE_PAGE_MODELS",
    "Audience",
    "CaseStudyDocument",
    "CaseStudyImage",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudySection",
    "CaseStudyTag",
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
]

SECTION_MODELS = {CaseStudyIndexPage: CaseStudySection, ToolIndexPage: ToolSection, LessonIndexPage: LessonSection}
