"""Where each page type may live in the tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from portal.models import HomePage, StandardPage
from practices.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudySection,
    LessonIndexPage,
    LessonPage,
    LessonSection,
    ToolIndexPage,
    ToolPage,
    ToolSection,
)
from tests.factories import build_site


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_listings_sit_under_the_home_page(self):
        for index in (CaseStudyIndexPage, ToolIndexPage, LessonIndexPage):
            self.assertAllowedParentPageTypes(index, {HomePage})

    def test_each_practice_type_lives_in_an_organisation_section_of_its_listing(self):
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudySection})
        self.assertAllowedParentPageTypes(ToolPage, {ToolSection})
        self.assertAllowedParentPageTypes(LessonPage, {LessonSection})
        self.assertAllowedSubpageTypes(CaseStudySection, {CaseStudyPage})
        self.assertAllowedSubpageTypes(ToolSection, {ToolPage})
        self.assertAllowedSubpageTypes(LessonSection, {LessonPage})
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudySection})
        self.assertAllowedSubpageTypes(ToolIndexPage, {ToolSection})
        self.assertAllowedSubpageTypes(LessonIndexPage, {LessonSection})
        self.assertAllowedParentPageTypes(CaseStudySection, {CaseStudyIndexPage})

    def test_practices_have_no_children(self):
        for model in (CaseStudyPage, ToolPage, LessonPage):
            self.assertAllowedSubpageTypes(model, set())

    def test_case_study_cannot_be_created_under_the_tool_listing(self):
        self.assertCanNotCreateAt(ToolSection, CaseStudyPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_only_one_listing_of_each_kind(self):
        home = build_site().home  # with one listing of each kind already under it
        for index in (CaseStudyIndexPage, ToolIndexPage, LessonIndexPage):
            assert not index.can_create_at(home)
