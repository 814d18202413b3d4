"""Loads the demo content set (``manage.py load_demo``): idempotent, offline, deterministic.

The facts come from ``demo/data/*.toml`` (read by ``demo.content``); this module only turns them
into snippets, images, documents and published pages, through the models' own validation. Anything
that already exists (matched by slug or title) is left untouched, so running it twice changes nothing.

Every model the loader writes is imported here, at the top, from the app that defines it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from demo.content import DemoContent, Item
from demo.drawings import handout_pdf, illustration
from method.assessments import complete as complete_assessment
from method.assessments import record_answers, record_requirements
from method.assessments import start as start_assessment
from method.evaluation import create as create_evaluation
from method.evaluation import invite, record_scores
from method.models import (
    Assessment,
    Questionnaire,
    Scenario,
    ScenarioRating,
    SpaceFile,
    TechnologyIndexPage,
    TechnologyPage,
    TechnologyVendor,
)
from method.questionnaire_default import load_default_questionnaire
from method.scenarios import load_default_scenarios
from network.models import (
    ContactPerson,
    Member,
    Organisation,
    OrganisationProject,
    ProjectRole,
    Vetting,
    VettingStatus,
)
from network.vetting import join_organisation
from portal.models import HomePage, PortalSettings, StandardPage
from portal_events.models import EventIndexPage, EventPage, Person, RegistrationMode
from practices.marking import RESTRICTED_COLLECTION
from practices.models import (
    Audience,
    CaseStudyIndexPage,
    CaseStudyPage,
    EvidenceReview,
    LessonIndexPage,
    LessonPage,
    Project,
    SolutionType,
    SpaceCategory,
    ThreatType,
    ToolIndexPage,
    ToolPage,
)
from practices.sections import section_for
from practices.taxonomies import load_default_taxonomies


def paragraphs(texts: Iterable[str]) -> str:
    """Plain paragraphs as rich-text HTML."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullet_list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _coordinate(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(round(value, 5)))


def _kept_in(collection: Collection, item: Any) -> Any:
    """The document or image, moved into ``collection`` (the restricted annexes) if it is elsewhere."""
    if item.collection_id != collection.pk:
        item.collection = collection
        item.save(update_fields=["collection"])
    return item


def _by_slug(model: type, slugs: Iterable[str]) -> list[Any]:
    slugs = list(slugs)
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def _local(value: str, tz_name: str) -> dt.datetime:
    """An ISO wall-clock time in an event's timezone, as an aware datetime."""
    return dt.datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(tz_name))


def dated_from_today(item: dict[str, Any]) -> dict[str, Any]:
    """Give a relatively dated demo webinar real dates: ``weeks`` ahead, on a weekday, at a time."""
    relative = item["relative"]
    day = timezone.localdate() + dt.timedelta(weeks=relative["weeks"])
    day += dt.timedelta(days=(relative["weekday"] - day.weekday()) % 7)
    start = dt.datetime.combine(day, dt.time.fromisoformat(relative["time"]))
    end = start + dt.timedelta(minutes=relative["minutes"])
    sessions = []
    for session in item["sessions"]:
        begins = start + dt.timedelta(minutes=session["offset_minutes"])
        sessions.append(
            {
                **session,
                "start": begins.isoformat(),
                "end": (begins + dt.timedelta(minutes=session["minutes"])).isoformat(),
            }
        )
    deadline = (start - dt.timedelta(days=1)).replace(hour=17, minute=0)
    return {
        "event_type": "webinar",
        "status": "scheduled",
        "venue_name": None,
        "venue_address": None,
        "registration_deadline": deadline.isoformat(),
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
        **item,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "sessions": sessions,
    }


class DemoLoader:
    """Creates whatever part of the demo set is missing and reports what it created."""

    def __init__(self, content: DemoContent | None = None) -> None:
        self.content = content or DemoContent.read()
        self.created: dict[str, int] = {}

    def _count(self, kind: str, was_created: bool) -> None:
        self.created[kind] = self.created.get(kind, 0) + int(was_created)

    @transaction.atomic
    def load(self) -> dict[str, int]:
        self._count("taxonomy terms", False)
        self.created["taxonomy terms"] = load_default_taxonomies()
        self.load_organisations()
        self.load_projects()
        home = self.ensure_home()
        case_index = self.ensure_child(
            home,
            CaseStudyIndexPage,
            "case-studies",
            "Case studies",
            "How partner cities protected squares, streets, markets, stations and venues.",
        )
        tool_index = self.ensure_child(
            home,
            ToolIndexPage,
            "tools",
            "Tools",
            "Self-assessments, evaluation frameworks, guidance and training material.",
        )
        lesson_index = self.ensure_child(
            home,
            LessonIndexPage,
            "lessons",
            "Lessons & recommendations",
            "What projects learned, and what they recommend to local authorities.",
        )
        self.ensure_privacy_page(home)
        for item in self.content.case_studies:
            self.load_case_study(case_index, item)
        for item in self.content.tools:
            self.load_tool(tool_index, item)
        for item in self.content.lessons:
            self.load_lesson(lesson_index, item)
        self.load_people()
        event_index = self.ensure_child(
            home,
            EventIndexPage,
            "events",
            "Events",
            "Webinars, conferences, workshops and table-top exercises of the network.",
        )
        for item in self.content.events:
            self.load_event(event_index, item)
        for item in self.content.recurring_webinars:
            self.load_event(event_index, dated_from_today(item))
        self.load_accounts()
        self.load_restricted_sections()
        self.load_evidence_reviews()
        self.created["scenarios"] = load_default_scenarios()
        technology_index = self.ensure_child(
            home,
            TechnologyIndexPage,
            "technologies",
            "Technology solutions",
            "What cities can deploy against each threat scenario: maturity, effectiveness, cost, privacy and "
            "where it was used. Compare up to four side by side.",
        )
        for item in self.content.technologies:
            self.load_technology(technology_index, item)
        questionnaire = load_default_questionnaire()
        for item in self.content.spaces:
            self.load_space(questionnaire, item)
        return self.created

    # --- snippets -------------------------------------------------------------------------
    def load_organisations(self) -> None:
        for item in self.content.organisations:
            organisation, was_created = Organisation.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "org_type": item["org_type"],
                    "country": item["country"],
                    "city": item.get("city", ""),
                    "latitude": _coordinate(item.get("latitude")),
                    "longitude": _coordinate(item.get("longitude")),
                    "website": item.get("website", ""),
                    "description": item.get("description", ""),
                    "membership_status": item.get("membership", "member"),
                    "member_since": dt.date.fromisoformat(item["member_since"]) if item.get("member_since") else None,
                },
            )
            if was_created:
                organisation.expertise_threats.set(_by_slug(ThreatType, item.get("expertise_threats", [])))
                organisation.expertise_spaces.set(_by_slug(SpaceCategory, item.get("expertise_spaces", [])))
                organisation.expertise_solutions.set(_by_slug(SolutionType, item.get("expertise_solutions", [])))
                organisation.save()  # parental many-to-many relations are written on save
                if contact := item.get("contact"):
                    ContactPerson.objects.create(
                        organisation=organisation,
                        name=contact["name"],
                        role=contact.get("role", ""),
                        email=contact["email"],
                        phone=contact.get("phone", ""),
                        confirmed_at=timezone.now(),
                    )
            self._count("organisations", was_created)

    def load_projects(self) -> None:
        orgs = {org.slug: org for org in Organisation.objects.all()}
        for item in self.content.projects:
            project, was_created = Project.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "acronym": item["acronym"],
                    "full_name": item["full_name"],
                    "funding_programme": item["funding_programme"],
                    "grant_number": item.get("grant_number", ""),
                    "start_date": dt.date.fromisoformat(item["start_date"]),
                    "end_date": dt.date.fromisoformat(item["end_date"]),
                    "status": item["status"],
                    "coordinator": orgs.get(item.get("coordinator")),
                    "website": item.get("website", ""),
                    "summary": item["summary"],
                },
            )
            if was_created:
                project.partners.set([orgs[slug] for slug in item.get("partners", []) if slug in orgs])
                roles = dict.fromkeys(item.get("partners", []), ProjectRole.PARTNER)
                if item.get("coordinator"):
                    roles[item["coordinator"]] = ProjectRole.COORDINATOR
                for slug, role in roles.items():
                    if slug in orgs:
                        OrganisationProject.objects.get_or_create(
                            organisation=orgs[slug], project=project, defaults={"role": role}
                        )
            self._count("projects", was_created)

    # --- pages ----------------------------------------------------------------------------
    def ensure_home(self) -> HomePage:
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(
                    title="Protecting public spaces", slug="practice-exchange", intro=self.content.home_intro
                )
            )
            home.save_revision().publish()
            self._count("pages", True)
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Practice exchange"
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.save()
            if old_root.specific_class is Page and old_root.depth == 2 and not old_root.get_children().exists():
                old_root.delete()  # Wagtail's placeholder "Welcome" page
        return home

    def ensure_child(self, parent: Page, model: type[Page], slug: str, title: str, intro: str) -> Page:
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = parent.add_child(
            instance=model(title=title, slug=slug, intro=f"<p>{escape(intro)}</p>", show_in_menus=True)
        )
        page.save_revision().publish()
        self._count("pages", True)
        return page

    def ensure_privacy_page(self, home: HomePage) -> None:
        page = StandardPage.objects.child_of(home).filter(slug="privacy").first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title="Privacy notice", slug="privacy", body=paragraphs(self.content.privacy_notice)
                )
            )
            page.save_revision().publish()
            self._count("pages", True)
        settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
        if settings.privacy_page_id is None:
            settings.privacy_page = page
            settings.save()

    def _image(self, key: str, caption: str, alt: str) -> Any:
        image_model = get_image_model()
        title = f"Demo illustration: {key}"
        image = image_model.objects.filter(title=title).first()
        if image is None:
            image = image_model(title=title, description=alt[:255])
            image.file = ImageFile(io.BytesIO(illustration(key, caption)), name=f"demo-{key}.png")
            image.save()
            self._count("images", True)
        return image

    def _document(self, key: str, title: str, lines: list[str]) -> Any:
        document_model = get_document_model()
        document = document_model.objects.filter(title=title).first()
        if document is None:
            document = document_model(title=title)
            document.file.save(f"{key}.pdf", ContentFile(handout_pdf(title, lines)), save=False)
            document.save()
            self._count("documents", True)
        return document

    def _publish_new(self, parent: Page, page: Any, item: dict[str, Any], m2m: dict[str, list[Any]]) -> Any:
        """Attach taxonomy, tags and partners to an unsaved page, add it to the owner's section and publish it."""
        owner = self._owner(item)
        page.threat_types = _by_slug(ThreatType, item.get("threat_types", []))
        page.space_categories = _by_slug(SpaceCategory, item.get("space_categories", []))
        page.solution_types = _by_slug(SolutionType, item.get("solution_types", []))
        page.organisations = _by_slug(Organisation, item.get("organisations", []))
        for field, values in m2m.items():
            setattr(page, field, values)
        project_slug = item.get("project")
        page.project = Project.objects.filter(slug=project_slug).first() if project_slug else None
        page.first_published = dt.date.fromisoformat(item["first_published"])
        section_for(parent, owner).add_child(instance=page)
        page.tags.add(*item.get("tags", []))
        revision = page.save_revision()
        revision.publish()
        self._count("pages", True)
        return page

    def _owner(self, item: dict[str, Any]) -> Organisation:
        """Who owns a demo practice: its contact organisation, else its first partner, else the project's
        coordinator, else the network's coordinating body."""
        candidates = [item.get("contact_organisation"), *item.get("organisations", [])]
        project = next((p for p in self.content.projects if p["slug"] == item.get("project")), None)
        if project:
            candidates.append(project.get("coordinator"))
        candidates.append(self.content.organisations[0]["slug"])
        return next(org for slug in candidates if slug for org in Organisation.objects.filter(slug=slug))

    def load_case_study(self, parent: Page, item: dict[str, Any]) -> None:
        if CaseStudyPage.objects.filter(slug=item["slug"]).exists():
            return
        caption = f"{item['space_name']}, {item['city']}"
        image = self._image(item["slug"], caption, f"Illustrated plan of {caption}")
        approach: list[dict[str, Any]] = [
            {
                "type": "text",
                "value": paragraphs(item["approach"]),
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, item["slug"])),
            }
        ]
        if item.get("quote"):
            approach.append(
                {
                    "type": "quote",
                    "value": {"text": item["quote"]["text"], "attribution": item["quote"].get("attribution", "")},
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, item["slug"] + "/quote")),
                }
            )
        space = SpaceCategory.objects.get(slug=item["space_category"])
        page = CaseStudyPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            city=item["city"],
            country=item["country"],
            space_name=item["space_name"],
            space_category=space,
            latitude=_coordinate(item.get("latitude")),
            longitude=_coordinate(item.get("longitude")),
            challenge=paragraphs(item["challenge"]),
            approach=json.dumps(approach),
            results=paragraphs(item["results"]),
            lessons_learned=bullet_list(item["lessons_learned"]),
            cost_range=item.get("cost_range", ""),
            timeframe=item.get("timeframe", ""),
            contact_organisation=Organisation.objects.filter(slug=item.get("contact_organisation")).first(),
            listing_image=image,
        )
        item = {**item, "space_categories": [item["space_category"]]}
        self._publish_new(parent, page, item, {})

    def load_tool(self, parent: Page, item: dict[str, Any]) -> None:
        if ToolPage.objects.filter(slug=item["slug"]).exists():
            return
        document = self._document(item["slug"], item["title"], [item["summary"], *item["purpose"]])
        page = ToolPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            purpose=paragraphs(item["purpose"]),
            tool_type=item["tool_type"],
            languages=", ".join(item.get("languages", [])),
            access_url=item.get("access_url", ""),
            access_document=document,
            access_notes=item.get("access_notes", ""),
            licence=item.get("licence", ""),
            maturity=item.get("maturity", ""),
            listing_image=self._image(item["slug"], item["title"], f"Cover illustration for {item['title']}"),
        )
        m2m = {
            "intended_users": _by_slug(Audience, item.get("intended_users", [])),
            "related_case_studies": _by_slug(CaseStudyPage, item.get("related_case_studies", [])),
        }
        self._publish_new(parent, page, item, m2m)

    def load_lesson(self, parent: Page, item: dict[str, Any]) -> None:
        if LessonPage.objects.filter(slug=item["slug"]).exists():
            return
        page = LessonPage(
            title=item["title"],
            slug=item["slug"],
            kind=item["kind"],
            statement=item["statement"],
            summary=item["statement"],
            context=paragraphs(item["context"]),
        )
        m2m = {
            "audience": _by_slug(Audience, item.get("audience", [])),
            "evidence_case_studies": _by_slug(CaseStudyPage, item.get("evidence_case_studies", [])),
            "evidence_tools": _by_slug(ToolPage, item.get("evidence_tools", [])),
        }
        self._publish_new(parent, page, item, m2m)

    # --- events ---------------------------------------------------------------------------
    def load_technology(self, parent: Page, item: dict[str, Any]) -> None:
        if TechnologyPage.objects.filter(slug=item["slug"]).exists():
            return
        capex, opex, weeks = (item.get(key, [None, None]) for key in ("capex", "opex", "deployment_weeks"))
        page = TechnologyPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            record_kind=item["record_kind"],
            solution_type=SolutionType.objects.filter(slug=item.get("solution_type")).first(),
            description=paragraphs(item["description"]),
            trl=item["trl"],
            capex_min=capex[0],
            capex_max=capex[1],
            opex_min=opex[0],
            opex_max=opex[1],
            deployment_weeks_min=weeks[0],
            deployment_weeks_max=weeks[1],
            privacy_impact=item["privacy_impact"],
            dpia_note=item.get("dpia_note", ""),
            ethical_notes=item.get("ethical_notes", ""),
            legal_prerequisites=item.get("legal_prerequisites", ""),
            public_acceptance=item.get("public_acceptance", ""),
        )
        page.space_categories = _by_slug(SpaceCategory, item.get("space_categories", []))
        page.case_studies = _by_slug(CaseStudyPage, item.get("case_studies", []))
        scenarios = {scenario.slug: scenario for scenario in Scenario.objects.all()}
        page.ratings = [
            ScenarioRating(
                scenario=scenarios[rating["scenario"]], effectiveness=rating["effectiveness"], source=rating["source"]
            )
            for rating in item["ratings"]
        ]
        page.vendors = [
            TechnologyVendor(name=vendor["name"], website=vendor.get("website", ""))
            for vendor in item.get("vendors", [])
        ]
        parent.add_child(instance=page)
        page.save_revision().publish()
        self._count("technology records", True)

    def load_space(self, questionnaire: Questionnaire, item: dict[str, Any]) -> None:
        """A space file with its completed assessments, dated as the data says (the earlier one is compared)."""
        organisation = Organisation.objects.get(slug=item["organisation"])
        if SpaceFile.objects.filter(organisation=organisation, name=item["name"]).exists():
            return
        space = SpaceFile.objects.create(
            organisation=organisation,
            name=item["name"],
            space_category=SpaceCategory.objects.get(slug=item["space_category"]),
            latitude=_coordinate(item.get("latitude")),
            longitude=_coordinate(item.get("longitude")),
            typical_crowd=item.get("typical_crowd"),
            peak_crowd=item.get("peak_crowd"),
            opening_patterns=item.get("opening_patterns", ""),
            events_held=item.get("events_held", ""),
        )
        space.existing_measures.set(_by_slug(SolutionType, item.get("existing_measures", [])))
        space.shared_with.set(_by_slug(Organisation, item.get("shared_with", [])))
        for answered in item.get("assessments", []):
            assessment = start_assessment(space, questionnaire, None)
            record_answers(assessment, answered["answers"])
            complete_assessment(assessment)
            record_requirements(assessment, answered.get("requirements", {}))
            started = dt.datetime.combine(dt.date.fromisoformat(answered["started"]), dt.time(10), tzinfo=dt.UTC)
            Assessment.objects.filter(pk=assessment.pk).update(started_at=started, completed_at=started)
            for planned in answered.get("evaluations", []):
                self.load_evaluation(assessment, planned)
        self._count("space files", True)

    def load_evaluation(self, assessment: Assessment, item: dict[str, Any]) -> None:
        """An evaluation of catalogue records, scored independently by each panel member."""
        users = get_user_model().objects
        technologies = [TechnologyPage.objects.get(slug=slug) for slug in item["candidates"]]
        evaluation = create_evaluation(
            assessment,
            users.get(username=item["created_by"]),
            title=item["title"],
            technologies=technologies,
            own=[],
            extra_criteria=[],
        )
        keys = [criterion["key"] for criterion in evaluation.criteria]
        candidates = list(evaluation.candidates.order_by("pk"))
        for username, table in zip(item["panel"], item["scores"], strict=True):
            panelist = evaluation.panelists.filter(user__username=username).first()
            if panelist is None:
                panelist = invite(evaluation, Member.objects.get(user__username=username, left_at__isnull=True))
            record_scores(
                panelist,
                {
                    (candidate.pk, key): value
                    for candidate, row in zip(candidates, table, strict=True)
                    for key, value in zip(keys, row, strict=True)
                },
            )

    def load_people(self) -> None:
        orgs = {org.slug: org for org in Organisation.objects.all()}
        for item in self.content.people:
            _, was_created = Person.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "role": item.get("role", ""),
                    "bio": item.get("bio", ""),
                    "organisation": orgs.get(item.get("organisation")),
                },
            )
            self._count("people", was_created)

    # --- sensitive material (TLP) ----------------------------------------------------------
    def load_accounts(self) -> None:
        """Members to sign in as: one plain member (GREEN) and vetted officers with an authenticator app.

        Passwords come from DEMO_PASSWORD (default ``demo-member-pass``); the authenticator keys are new
        for every database and shown by ``load_demo`` in development only (``authenticator_keys``).
        """
        password = os.environ.get("DEMO_PASSWORD", "demo-member-pass")
        user_model = get_user_model()
        for item in self.content.accounts:
            if user_model.objects.filter(username=item["email"]).exists():
                continue
            first, _, last = item["name"].partition(" ")
            user = user_model.objects.create_user(
                item["email"], item["email"], password, first_name=first, last_name=last
            )
            member = join_organisation(user, Organisation.objects.get(slug=item["organisation"]), item["role"])
            if item.get("vetted"):
                now = timezone.now()
                Vetting.objects.create(
                    member=member,
                    organisation=member.organisation,
                    role=item["role"],
                    reason="Demo account.",
                    status=VettingStatus.APPROVED,
                    decided_at=now,
                    expires_at=now + dt.timedelta(days=365),
                )
                TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
            self._count("accounts", True)

    def load_restricted_sections(self) -> None:
        """Restricted sections on demo practices (each page once: a page that has some is left alone)."""
        by_page: dict[str, list[Item]] = {}
        for item in self.content.restricted_sections:
            by_page.setdefault(item["page"], []).append(item)
        collection = Collection.objects.get(name=RESTRICTED_COLLECTION)
        for slug, items in by_page.items():
            page = Page.objects.filter(slug=slug).specific().first()
            if page is None or page.restricted_sections:
                continue
            sections = []
            for item in items:
                documents = []
                if item.get("document"):
                    document = self._document(
                        f"restricted-{slugify(item['document'])}", item["document"], item["document_lines"]
                    )
                    documents.append(_kept_in(collection, document))
                images = []
                if item.get("image"):
                    image = self._image(f"restricted-{slugify(item['image'])}", item["image"], item["image"])
                    images.append(_kept_in(collection, image))
                sections.append(
                    (
                        "section",
                        {
                            "label": item["label"],
                            "heading": item["heading"],
                            "body": RichText(paragraphs([item["text"]])),
                            "documents": documents,
                            "images": images,
                            "shared_with": list(Organisation.objects.filter(slug__in=item.get("shared_with", []))),
                            "named_people": "\n".join(item.get("named_people", [])),
                        },
                    )
                )
            page.restricted_sections = sections
            page.save_revision().publish()
            self._count("restricted sections", True)

    def load_evidence_reviews(self) -> None:
        for item in self.content.evidence_reviews:
            page = Page.objects.filter(slug=item["page"]).first()
            if page is None or EvidenceReview.objects.filter(page=page).exists():
                continue
            EvidenceReview.objects.create(
                page=page,
                level=item["level"],
                reviewed_on=dt.date.fromisoformat(item["reviewed_on"]),
                reviewers=item["reviewers"],
                method=item.get("method", ""),
                evaluated_by=item.get("evaluated_by", ""),
                link=item.get("link", ""),
            )
            self._count("evidence reviews", True)

    def load_event(self, parent: Page, item: dict[str, Any]) -> None:
        if EventPage.objects.filter(slug=item["slug"]).exists():
            return
        tz = item["timezone"]
        people = {person.slug: person for person in Person.objects.all()}
        sessions = []
        for number, session in enumerate(item.get("sessions", [])):
            start, end = dt.datetime.fromisoformat(session["start"]), dt.datetime.fromisoformat(session["end"])
            sessions.append(
                {
                    "type": "session",
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{item['slug']}/session/{number}")),
                    "value": {
                        "title": session["title"],
                        "date": start.date().isoformat(),
                        "start_time": start.time().isoformat("minutes"),
                        "end_time": end.time().isoformat("minutes"),
                        "speakers": [people[slug].pk for slug in session.get("speakers", []) if slug in people],
                        "description": session.get("description", ""),
                    },
                }
            )
        if item.get("capacity") is not None or item.get("registration_deadline"):
            mode = RegistrationMode.BUILT_IN
        else:
            mode = RegistrationMode.NONE
        page = EventPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            event_type=item["event_type"],
            status=item["status"],
            timezone=tz,
            start=_local(item["start"], tz),
            end=_local(item["end"], tz),
            online_url=item.get("online_url") or "",
            venue_name=item.get("venue_name") or "",
            venue_address=item.get("venue_address") or "",
            venue_city=item.get("venue_city", ""),
            venue_country=item.get("venue_country", ""),
            project=Project.objects.filter(slug=item.get("project") or "").first(),
            languages=", ".join(item.get("languages", [])),
            sessions=json.dumps(sessions),
            registration_mode=mode,
            capacity=item.get("capacity"),
            registration_deadline=_local(item["registration_deadline"], tz)
            if item.get("registration_deadline")
            else None,
            recording_url=item.get("recording_url") or "",
            participant_count=item.get("participant_count"),
            country_count=item.get("country_count"),
        )
        page.organisers = _by_slug(Organisation, item.get("organisers", []))
        page.threat_types = _by_slug(ThreatType, item.get("threat_types", []))
        page.space_categories = _by_slug(SpaceCategory, item.get("space_categories", []))
        if item.get("participant_count"):
            page.report_document = self._document(
                f"{item['slug']}-report",
                f"Report: {item['title']}",
                [item["summary"], *(session["title"] for session in item.get("sessions", []))],
            )
        parent.add_child(instance=page)
        page.full_clean()  # the demo data obeys the editors' rules (sessions inside the event, …)
        page.save_revision().publish()
        self._count("events", True)
