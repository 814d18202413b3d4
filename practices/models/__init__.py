"""Models of the practices app, split by concern; import them from here."""

from practices.models.pages import (
    CaseStudyDocument,
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
    LessonIndexPage,
    LessonPage,
    LessonTag,
    PracticeBase,
    PracticeIndexPage,
    ToolIndexPage,
    ToolPage,
    ToolTag,
)
from practices.models.projects import FundingProgramme, Project, ProjectStatus
from practices.models.taxonomy import Audience, SolutionType, SpaceCategory, ThreatType

__all__ = [
    "Audience",
    "CaseStudyDocument",
    "CaseStudyImage",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyTag",
    "FundingProgramme",
    "LessonIndexPage",
    "LessonPage",
    "LessonTag",
    "PracticeBase",
    "PracticeIndexPage",
    "Project",
    "ProjectStatus",
    "SolutionType",
    "SpaceCategory",
    "ThreatType",
    "ToolIndexPage",
    "ToolPage",
    "ToolTag",
]

PRACTICE_PAGE_MODELS = (CaseStudyPage, ToolPage, LessonPage)
