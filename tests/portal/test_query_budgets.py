"""Every public page type renders within a fixed number of SQL queries, however much content the site holds.

Each page is measured on the demo content, then again after ``grow_site`` has added more of everything it
lists (practices, organisations, events, speakers, all sharing its taxonomy terms and with images): the
budget must still hold. The first request of each page is a warm-up (renditions generated, the site's root
paths cached), as a page is in production most of the time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from network.models import Organisation, OrganisationProject
from portal_events.models import EventIndexPage, EventPage
from practices.models import (
    CaseStudyDocument,
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
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
from tests.factories import (
    CaseStudyPageFactory,
    DocumentFactory,
    EventPageFactory,
    ImageFactory,
    LessonPageFactory,
    OrganisationFactory,
    PersonFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db

CASE_STUDY = "/case-studies/eindhoven/eindhoven-station-forecourt-self-assessment/"
TOOL = "/tools/ditss/public-space-vulnerability-self-check/"
LESSON = "/lessons/ditss/bring-every-level-of-government-in-early/"
UPCOMING_EVENT = "/events/winter-market-barriers-webinar-2026/"
PAST_EVENT = "/events/protect-closing-event-2021/"  # programme and speakers
BRUSSELS = ZoneInfo("Europe/Brussels")  # the event factory's timezone


@dataclass(frozen=True)
class Budget:
    urls: tuple[str, ...]
    queries: int
    #: Whose content grows: the organisation and project the page is about (or lists).
    organisation: str = "ditss"
    project: str = "protect"


BUDGETS: dict[str, Budget] = {
    # Routing, the menu and the view restrictions take one query; the site, its root page and the settings three.
    # Practice pages read their taxonomy, relations and related practices (by taxonomy here: the suite runs on
    # the database search fallback) with the cards' images.
    "case_study": Budget((CASE_STUDY,), 16, organisation="eindhoven"),
    "tool": Budget((TOOL,), 15),
    "lesson": Budget((LESSON,), 15),
    "listing": Budget(("/case-studies/", "/tools/", "/lessons/"), 9),
    "listing_filtered": Budget(
        ("/case-studies/?threat=vehicle-ramming&country=NL", "/tools/?threat=terrorism", "/lessons/?project=protect"),
        9,
    ),
    "home": Budget(("/",), 11),
    "directory": Budget(("/network/", "/network/?country=NL&expertise=terrorism"), 5),
    "organisation": Budget(("/network/ditss/",), 14),
    "project": Budget(("/network/projects/protect/",), 10),
    "event": Budget((UPCOMING_EVENT, PAST_EVENT), 12),
    "events_listing": Budget(("/events/", "/events/?when=past"), 8),
    "search_page": Budget(
        ("/search/?q=vehicle+ramming", "/search/?q=crowd&space_category=markets&type=case_study"), 12
    ),
    # The practice feeds read the newest pages, then each type among them with its threats.
    "feeds": Budget(
        ("/feeds/practices/rss/", "/feeds/practices/atom/", "/feeds/events/rss/", "/feeds/events/atom/"), 8
    ),
    "calendars": Budget(("/feeds/events/calendar.ics", f"{UPCOMING_EVENT}calendar/", f"{PAST_EVENT}calendar/"), 4),
    "sitemap": Budget(("/sitemap.xml",), 3),
}


def _publish(parent: object, page: object, **relations: object) -> None:
    """Add ``page`` under ``parent`` with its many-to-many ``relations`` and publish it."""
    for name, values in relations.items():
        setattr(page, name, values)
    parent.add_child(instance=page)
    page.save_revision().publish()


def grow_site(organisation_slug: str, project_slug: str, count: int = 4) -> None:
    """Add ``count`` more of everything a page of the organisation or project lists, on shared terms.

    Practices of each type (in the organisation's sections, with listing images, involving it and other
    organisations), images and documents on the organisation's case studies, organisations with the same
    expertise and project, and upcoming and past events the organisation organises, with speakers (with
    photos) in their programme and among their speakers.
    """
    organisation = Organisation.objects.get(slug=organisation_slug)
    project = Project.objects.get(slug=project_slug)
    threats = list(ThreatType.objects.filter(slug__in=["terrorism", "vehicle-ramming"]))
    spaces = list(SpaceCategory.objects.filter(slug__in=["markets", "transport-hubs"]))
    solutions = list(SolutionType.objects.all()[:2])
    peers = []
    for _ in range(count):
        peer = OrganisationFactory(country=organisation.country, logo=ImageFactory())
        # The organisation's own expertise too, so that the peers rank among its similar organisations.
        peer.expertise_threats.set([*organisation.expertise_threats.all(), *threats])
        peer.expertise_spaces.set([*organisation.expertise_spaces.all(), *spaces])
        peer.expertise_solutions.set([*organisation.expertise_solutions.all(), *solutions])
        peer.save()  # parental relations are written on save
        OrganisationProject.objects.create(organisation=peer, project=project)
        peers.append(peer)
    terms = {"threat_types": threats, "space_categories": spaces, "solution_types": solutions,
             "organisations": [organisation, *peers]}  # fmt: skip
    cases = []
    for index_model, factory in (
        (CaseStudyIndexPage, CaseStudyPageFactory),
        (ToolIndexPage, ToolPageFactory),
        (LessonIndexPage, LessonPageFactory),
    ):
        section = section_for(index_model.objects.get(), organisation)
        for _ in range(count):
            page = factory.build(project=project, listing_image=ImageFactory())
            extra = {}
            if isinstance(page, CaseStudyPage):
                page.country, page.contact_organisation = organisation.country, peers[0]
            elif isinstance(page, ToolPage):
                extra = {"related_case_studies": cases}
            elif isinstance(page, LessonPage):
                extra = {"evidence_case_studies": cases}
            _publish(section, page, **terms, **extra)
            if isinstance(page, CaseStudyPage):
                cases.append(page)
    for case in CaseStudyPage.objects.live().filter(contact_organisation=organisation):
        for index in range(count):
            CaseStudyImage.objects.create(page=case, image=ImageFactory(), caption=f"Image {index}", sort_order=index)
            CaseStudyDocument.objects.create(page=case, document=DocumentFactory(), sort_order=index)
    speakers = [PersonFactory(organisation=peer, photo=ImageFactory()) for peer in peers]
    events = EventIndexPage.objects.get()
    for offset in range(count):
        days = 10 + offset if offset % 2 else -(10 + offset)  # half upcoming, half past
        # Session times are wall-clock times in the event's timezone.
        start = timezone.now().astimezone(BRUSSELS).replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=days)
        session = {"title": f"Session {offset}", "date": start.date(), "start_time": start.time(),
                   "end_time": (start + dt.timedelta(minutes=30)).time(), "speakers": speakers, "description": ""}  # fmt: skip
        event = EventPageFactory.build(
            start=start, end=start + dt.timedelta(hours=1), project=project, sessions=[("session", session)]
        )
        _publish(events, event, organisers=[organisation, *peers], threat_types=threats, space_categories=spaces,
                 speakers=speakers)  # fmt: skip


def _queries_of(client, url: str, django_assert_max_num_queries: Callable, budget: int) -> None:
    client.get(url)  # warm-up
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200, url


@pytest.mark.parametrize("page_type", BUDGETS)
def test_page_type_stays_within_its_query_budget_as_content_grows(client, django_assert_max_num_queries, page_type):
    budget = BUDGETS[page_type]
    for url in budget.urls:
        _queries_of(client, url, django_assert_max_num_queries, budget.queries)
    grow_site(budget.organisation, budget.project)
    for url in budget.urls:
        _queries_of(client, url, django_assert_max_num_queries, budget.queries)


def test_grown_content_is_on_the_pages(client):
    """The growth really reaches the measured pages (else the second measurement would prove nothing)."""
    grow_site("ditss", "protect")
    new_case = CaseStudyPage.objects.live().filter(title__startswith="Test case study").first()
    assert new_case.title in client.get("/case-studies/").content.decode()
    assert new_case.title in client.get("/network/ditss/").content.decode()
    assert new_case.title in client.get("/network/projects/protect/").content.decode()
    profile = client.get("/network/ditss/").content.decode()
    assert "Test municipality" in profile  # similar organisations
    event = EventPage.objects.live().filter(title__startswith="Test webinar", end__gt=timezone.now()).first()
    assert event.title in client.get("/events/").content.decode()
    assert "Speaker" in client.get(event.url).content.decode()


def test_grown_case_study_shows_its_gallery_and_documents(client):
    grow_site("eindhoven", "protect")
    html = client.get(CASE_STUDY).content.decode()
    assert html.count("<figcaption>Image ") == 4
    assert 'class="documents"' in html
    assert "Test document" in html
