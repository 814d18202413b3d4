"""An editor can create, edit, preview and publish every page type through the Wagtail admin."""

from __future__ import annotations

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from network.models import Organisation
from portal.models import HomePage, StandardPage
from practices.models import (
    Audience,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudySection,
    LessonPage,
    LessonSection,
    Project,
    SolutionType,
    SpaceCategory,
    ThreatType,
    ToolPage,
    ToolSection,
)
from tests.admin_forms import edit_form_data


def taxonomy_ids() -> dict[str, list[int]]:
    return {
        "threat_types": [ThreatType.objects.get(slug="vehicle-ramming").pk],
        "space_categories": [SpaceCategory.objects.get(slug="markets").pk],
        "solution_types": [SolutionType.objects.get(slug="hostile-vehicle-mitigation").pk],
        "organisations": [Organisation.objects.order_by("pk").first().pk],
    }


def common_fields(title: str, slug: str) -> dict:
    return {
        "title": title,
        "slug": slug,
        "summary": "Removable bollards protect the Christmas market while keeping emergency access.",
        "project": Project.objects.get(slug="protect").pk,
        "first_published": "2024-11-20",
        "tags": "christmas market, bollards",
        "comments": inline_formset([]),
        **taxonomy_ids(),
    }


class AdminPageEditingTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.create_superuser("editor")
        self.client.force_login(self.user)

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
        parent = CaseStudySection.objects.first()
        data = {
            **common_fields("Bollards for the Advent market in Test-on-Sea", "advent-market-bollards"),
            "city": "Köln",
            "country": "DE",
            "space_name": "Roncalliplatz",
            "space_category": SpaceCategory.objects.get(slug="markets").pk,
            "latitude": "50.94",
            "longitude": "6.96",
            "challenge": rich_text("<p>Delivery vans crossed the square while it was full.</p>"),
            "approach": streamfield([("text", rich_text("<p>Temporary barriers at six entries.</p>"))]),
            "results": rich_text("<p>No vehicle entered during opening hours.</p>"),
            "lessons_learned": rich_text("<ul><li>Plan emergency access first.</li></ul>"),
            "cost_range": "50k-250k",
            "timeframe": "5 months",
            "contact_organisation": Organisation.objects.order_by("pk").first().pk,
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
        parent = ToolSection.objects.first()
        data = {
            **common_fields("Market perimeter checklist", "market-perimeter-checklist"),
            "purpose": rich_text("<p>Walk the perimeter and record every entry.</p>"),
            "tool_type": "guidance",
            "intended_users": [Audience.objects.get(slug="local-authorities").pk],
            "languages": "en, de",
            "access_url": "https://tools.example/checklist",
            "access_notes": "Free download.",
            "licence": "cc-by",
            "maturity": "piloted",
            "related_case_studies": [CaseStudyPage.objects.live().first().pk],
        }
        page = self._create_and_check(parent, ToolPage, data)
        assert page.languages == "en, de"

    def test_lesson_create_edit_preview_publish(self):
        parent = LessonSection.objects.first()
        data = {
            **common_fields("Involve market traders early", "involve-market-traders-early"),
            "kind": "lesson",
            "statement": "Traders accept barriers they helped to place.",
            "context": rich_text("<p>Seen in three cities.</p>"),
            "audience": [Audience.objects.get(slug="event-organisers").pk],
            "evidence_case_studies": [CaseStudyPage.objects.live().first().pk],
            "evidence_tools": [ToolPage.objects.live().first().pk],
        }
        self._create_and_check(parent, LessonPage, data)

    def test_standard_page_create_edit(self):
        home = HomePage.objects.get()
        data = {
            "title": "About the network",
            "slug": "about",
            "body": rich_text("<p>Who we are.</p>"),
            "comments": inline_formset([]),
        }
        self._create_and_check(home, StandardPage, data)

    def test_existing_demo_pages_are_editable(self):
        for model in (HomePage, CaseStudyIndexPage, CaseStudyPage, ToolPage, LessonPage):
            page = model.objects.live().first()
            self.client.force_login(self.user)  # the assertion helpers log out when they finish
            _, data = edit_form_data(self.client, page)
            data["action-publish"] = "1"
            self.assertPageIsEditable(page, post_data=data, user=self.user)

    def test_draft_is_saved_without_publishing(self):
        page = CaseStudyPage.objects.live().first()
        path, data = edit_form_data(self.client, page)
        data["title"] = "A draft title nobody should see"
        response = self.client.post(path, data)
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.has_unpublished_changes
        assert page.title != "A draft title nobody should see"
        public = self.client.get(page.url)
        assert b"A draft title nobody should see" not in public.content
