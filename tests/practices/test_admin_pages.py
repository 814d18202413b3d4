"""An editor can create, edit, preview and publish every page type through the Wagtail admin."""

from __future__ import annotations

import json

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.models import HomePage, StandardPage
from practices.models import (
    CaseStudyPage,
    CaseStudySection,
    LessonPage,
    LessonSection,
    ToolPage,
    ToolSection,
)
from practices.sections import section_for
from tests.admin_forms import edit_form_data
from tests.factories import (
    AudienceFactory,
    CaseStudyPageFactory,
    LessonPageFactory,
    OrganisationFactory,
    ProjectFactory,
    SolutionTypeFactory,
    SpaceCategoryFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    build_site,
    publish,
)


class AdminPageEditingTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.create_superuser("editor")
        self.client.force_login(self.user)
        self.site = build_site()
        self.organisation = OrganisationFactory(name="City of Köln", slug="koeln", country="DE", city="Köln")
        self.threat = ThreatTypeFactory(name="Vehicle ramming", parent=ThreatTypeFactory(name="Terrorism"))
        self.markets = SpaceCategoryFactory(name="Markets")
        self.solution = SolutionTypeFactory(name="Hostile vehicle mitigation")
        self.project = ProjectFactory(acronym="PROTECT")
        self.local_authorities = AudienceFactory(name="Local authorities")
        self.event_organisers = AudienceFactory(name="Event organisers")
        terms = {
            "threat_types": [self.threat],
            "space_categories": [self.markets],
            "solution_types": [self.solution],
            "organisations": [self.organisation],
        }
        approach = [
            {"type": "text", "value": "<p>Barriers at every entry.</p>"},
            {"type": "quote", "value": {"text": "No van got through.", "attribution": "Market manager"}},
        ]
        self.case_study = publish(
            section_for(self.site.case_studies, self.organisation),
            CaseStudyPageFactory.build(
                space_category=self.markets,
                approach=json.dumps(approach),
                contact_organisation=self.organisation,
                project=self.project,
            ),
            tags=("christmas market",),
            **terms,
        )
        self.tool = publish(
            section_for(self.site.tools, self.organisation),
            ToolPageFactory.build(project=self.project, languages="en, de"),
            intended_users=[self.local_authorities],
            related_case_studies=[self.case_study],
            **terms,
        )
        self.lesson = publish(
            section_for(self.site.lessons, self.organisation),
            LessonPageFactory.build(project=self.project),
            audience=[self.event_organisers],
            evidence_case_studies=[self.case_study],
            evidence_tools=[self.tool],
            **terms,
        )

    def taxonomy_ids(self) -> dict[str, list[int]]:
        return {
            "threat_types": [self.threat.pk],
            "space_categories": [self.markets.pk],
            "solution_types": [self.solution.pk],
            "organisations": [self.organisation.pk],
        }

    def common_fields(self, title: str, slug: str) -> dict:
        return {
            "title": title,
            "slug": slug,
            "summary": "Removable bollards protect the Christmas market while keeping emergency access.",
            "project": self.project.pk,
            "first_published": "2024-11-20",
            "tags": "christmas market, bollards",
            "comments": inline_formset([]),
            "restricted_sections": streamfield([]),
            "body_label": "clear",
            **self.taxonomy_ids(),
        }

    def _create_and_check(self, parent: Page, model: type[Page], data: dict) -> Page:
        self.assertCanCreate(parent, model, nested_form_data(data))
        page = model.objects.get(slug=data["slug"])
        assert page.live
        self.client.force_login(self.user)
        _, post_data = edit_form_data(self.client, page)
        post_data["action-publish"] = "1"
        self.assertPageIsEditable(page, post_data=post_data, user=self.user)
        self.assertPageIsPreviewable(page, post_data=post_data, user=self.user)
        self.assertPageIsRenderable(page)
        return page

    def test_case_study_create_edit_preview_publish(self):
        parent = CaseStudySection.objects.get(organisation=self.organisation)
        data = {
            **self.common_fields("Bollards for the Advent market in Test-on-Sea", "advent-market-bollards"),
            "city": "Köln",
            "country": "DE",
            "space_name": "Roncalliplatz",
            "space_category": self.markets.pk,
            "latitude": "50.94",
            "longitude": "6.96",
            "challenge": rich_text("<p>Delivery vans crossed the square while it was full.</p>"),
            "approach": streamfield([("text", rich_text("<p>Temporary barriers at six entries.</p>"))]),
            "results": rich_text("<p>No vehicle entered during opening hours.</p>"),
            "lessons_learned": rich_text("<ul><li>Plan emergency access first.</li></ul>"),
            "cost_range": "50k-250k",
            "timeframe": "5 months",
            "contact_organisation": self.organisation.pk,
            "gallery_images": inline_formset([]),
            "related_documents": inline_formset([]),
        }
        page = self._create_and_check(parent, CaseStudyPage, data)
        assert page.city == "Köln"
        assert str(page.country) == "DE"
        assert list(page.tags.names()) == ["bollards", "christmas market"] or set(page.tags.names()) == {
            "bollards",
            "christmas market",
        }

    def test_tool_create_edit_preview_publish(self):
        parent = ToolSection.objects.get(organisation=self.organisation)
        data = {
            **self.common_fields("Market perimeter checklist", "market-perimeter-checklist"),
            "purpose": rich_text("<p>Walk the perimeter and record every entry.</p>"),
            "tool_type": "guidance",
            "intended_users": [self.local_authorities.pk],
            "languages": "en, de",
            "access_url": "https://tools.example/checklist",
            "access_notes": "Free download.",
            "licence": "cc-by",
            "maturity": "piloted",
            "related_case_studies": [self.case_study.pk],
        }
        page = self._create_and_check(parent, ToolPage, data)
        assert page.languages == "en, de"

    def test_lesson_create_edit_preview_publish(self):
        parent = LessonSection.objects.get(organisation=self.organisation)
        data = {
            **self.common_fields("Involve market traders early", "involve-market-traders-early"),
            "kind": "lesson",
            "statement": "Traders accept barriers they helped to place.",
            "context": rich_text("<p>Seen in three cities.</p>"),
            "audience": [self.event_organisers.pk],
            "evidence_case_studies": [self.case_study.pk],
            "evidence_tools": [self.tool.pk],
        }
        self._create_and_check(parent, LessonPage, data)

    def test_standard_page_create_edit(self):
        home = HomePage.objects.get()  # the only one: the site root build_site() made
        data = {
            "title": "About the network",
            "slug": "about",
            "body": rich_text("<p>Who we are.</p>"),
            "comments": inline_formset([]),
        }
        self._create_and_check(home, StandardPage, data)

    def test_existing_pages_of_every_type_are_editable(self):
        """Pages with taxonomy, relations, tags and a StreamField survive a round trip through the editor."""
        for page in (self.site.home, self.site.case_studies, self.case_study, self.tool, self.lesson):
            self.client.force_login(self.user)  # the assertion helpers log out when they finish
            _, data = edit_form_data(self.client, page)
            data["action-publish"] = "1"
            self.assertPageIsEditable(page, post_data=data, user=self.user)

    def test_draft_is_saved_without_publishing(self):
        page = self.case_study
        path, data = edit_form_data(self.client, page)
        data["title"] = "A draft title nobody should see"
        response = self.client.post(path, data)
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.has_unpublished_changes
        assert page.title != "A draft title nobody should see"
        public = self.client.get(page.url)
        assert b"A draft title nobody should see" not in public.content
