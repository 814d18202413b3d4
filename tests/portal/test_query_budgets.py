"""Every public page type renders within a fixed number of SQL queries, however much content the site holds.

Each page is measured on a site built like the demo content's richest pages (``rich_site``: practices with
taxonomy, tags, StreamField blocks, listing images, documents and relations to each other; organisations
with logos, expertise and contacts; a project with partners; events with a programme, speakers with photos
and a report), then again after ``grow_site`` has added more of everything it lists (practices,
organisations, events, speakers, all sharing its taxonomy terms and with images): the budget must still hold. The first request of each page is a warm-up (renditions generated, the site's root
paths cached), as a page is in production most of the time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django.utils.text import slugify

from method.models import Scenario, TechnologyIndexPage, TechnologyPage
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
    AudienceFactory,
    CaseStudyPageFactory,
    ContactPersonFactory,
    DocumentFactory,
    EventPageFactory,
    ImageFactory,
    LessonPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectFactory,
    ScenarioFactory,
    SolutionTypeFactory,
    SpaceCategoryFactory,
    TechnologyIndexPageFactory,
    TechnologyPageFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    build_site,
    publish,
    publish_technology,
)
from tests.module_data import rolled_back

pytestmark = pytest.mark.django_db

CASE_STUDY = "/case-studies/eindhoven/eindhoven-station-forecourt-self-assessment/"
TOOL = "/tools/ditss/public-space-vulnerability-self-check/"
LESSON = "/lessons/ditss/bring-every-level-of-government-in-early/"
UPCOMING_EVENT = "/events/winter-market-barriers-webinar-2026/"
PAST_EVENT = "/events/protect-closing-event-2021/"  # programme and speakers
TECHNOLOGIES = "/technologies/"
TECHNOLOGY = "/technologies/modular-vehicle-barriers/"
TECHNOLOGY_SLUGS = {"barriers": "modular-vehicle-barriers", "bollards": "fixed-bollards", "scanner": "body-scanner"}
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
    # A first page of results also reads the editors' promoted results for its words (one query); on the
    # database engine (the suite's default) each facet is one query, the evidence level's too.
    "search_page": Budget(
        ("/search/?q=vehicle+ramming", "/search/?q=crowd&space_category=markets&type=case_study"), 14
    ),
    # The practice feeds read the newest pages, then each type among them with its threats.
    "feeds": Budget(
        ("/feeds/practices/rss/", "/feeds/practices/atom/", "/feeds/events/rss/", "/feeds/events/atom/"), 8
    ),
    "calendars": Budget(("/feeds/events/calendar.ics", f"{UPCOMING_EVENT}calendar/", f"{PAST_EVENT}calendar/"), 4),
    "sitemap": Budget(("/sitemap.xml",), 3),
    # The catalogue reads its filters' vocabularies (scenarios among them) in one query, then the records with
    # their ratings; a record its ratings, vendors, spaces, case studies and peers to compare with.
    "technology_listing": Budget((TECHNOLOGIES, f"{TECHNOLOGIES}?scenario=vehicle-ramming&trl=7"), 9),
    "technology": Budget((TECHNOLOGY,), 12),
    "technology_compare": Budget((f"{TECHNOLOGIES}compare/?id={{barriers}}&id={{bollards}}&id={{scanner}}",), 10),
    "coverage": Budget(("/coverage/", "/coverage/?type=case_study&country=NL"), 6),
}


def _session(title: str, start: dt.datetime, minutes: int, speakers: list) -> tuple[str, dict]:
    """A programme entry; its times are wall-clock times in the event's timezone."""
    start = start.astimezone(BRUSSELS)
    end = start + dt.timedelta(minutes=minutes)
    return (
        "session",
        {
            "title": title,
            "date": start.date(),
            "start_time": start.time(),
            "end_time": end.time(),
            "speakers": speakers,
            "description": f"{title}: what the partner cities found.",
        },
    )


@pytest.fixture(scope="module")
def _rich_site(django_db_setup, django_db_blocker) -> Iterator[None]:
    """Built once for the module (``tests.module_data``); each test reads it in its own savepoint."""
    with rolled_back(django_db_blocker):
        build_rich_site()
        yield


@pytest.fixture(autouse=True)
def rich_site(_rich_site, db) -> None:
    """Every test measures the same rich site."""


def build_rich_site() -> None:
    """The measured pages, each holding what the demo content's richest page of its type holds.

    Eindhoven's station case study (coordinates, two threats, two solutions, two organisations, a project,
    tags, a text and a quote block, a listing image), DITSS's self-check tool (a document, audiences,
    related case studies) and lesson (evidence), the PRoTECT project of DITSS with partners, and an
    upcoming webinar and a past closing event with sessions, speakers with photos and a report. Other
    practices on the same terms fill the related boxes, the listings and the feeds.
    """
    site = build_site()
    terrorism = ThreatTypeFactory(name="Terrorism", slug="terrorism")
    ramming = ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming", parent=terrorism)
    ThreatTypeFactory(name="Pickpocketing", parent=ThreatTypeFactory(name="Crime & disorder"))
    markets = SpaceCategoryFactory(name="Markets incl. Christmas markets", slug="markets")
    hubs = SpaceCategoryFactory(name="Transport hubs", slug="transport-hubs")
    squares = SpaceCategoryFactory(name="Squares", slug="squares")
    mitigation = SolutionTypeFactory(name="Hostile vehicle mitigation", slug="hostile-vehicle-mitigation")
    governance = SolutionTypeFactory(name="Governance & cooperation", slug="governance-cooperation")
    authorities, police = AudienceFactory(name="Local authorities"), AudienceFactory(name="Police")

    def organisation(**fields: object) -> Organisation:
        found = OrganisationFactory(
            logo=ImageFactory(),
            website="https://www.example.org/",
            description="Works on the protection of public spaces.",
            **fields,
        )
        found.expertise_threats.set([terrorism, ramming])
        found.expertise_spaces.set([hubs, squares])
        found.expertise_solutions.set([mitigation, governance])
        found.save()  # parental relations are written on save
        ContactPersonFactory(organisation=found)
        return found

    ditss = organisation(name="DITSS", slug="ditss", org_type="research", city="Eindhoven")
    eindhoven = organisation(name="Gemeente Eindhoven", slug="eindhoven", city="Eindhoven")
    efus = organisation(name="Efus", slug="efus", org_type="network", country="FR", city="Paris")
    protect = ProjectFactory(acronym="PRoTECT", slug="protect", coordinator=ditss, website="https://protect.example/")
    protect.partners.set([eindhoven, efus])
    for partner, role in ((ditss, "coordinator"), (eindhoven, "partner"), (efus, "partner")):
        OrganisationProject.objects.create(organisation=partner, project=protect, role=role)
    terms = {"threat_types": [terrorism, ramming], "solution_types": [governance, mitigation]}
    approach = [
        {"type": "text", "value": "<p>A half-day workshop walked every run-up with a measuring wheel.</p>"},
        {"type": "quote", "value": {"text": "Nobody held a single picture.", "attribution": "Public order team"}},
    ]
    station = publish(
        section_for(site.case_studies, eindhoven),
        CaseStudyPageFactory.build(
            title="Eindhoven tests the self-assessment on its station forecourt",
            slug="eindhoven-station-forecourt-self-assessment",
            space_name="Stationsplein",
            space_category=hubs,
            latitude="51.44",
            longitude="5.48",
            approach=json.dumps(approach),
            project=protect,
            results="<p>Three run-ups were closed.</p>",
            lessons_learned="<ul><li>Walk the routes.</li></ul>",
            cost_range="50k-250k",
            timeframe="8 months",
            contact_organisation=eindhoven,
            listing_image=ImageFactory(),
        ),
        tags=("self-assessment", "station"),
        organisations=[eindhoven, ditss],
        space_categories=[hubs],
        **terms,
    )
    others = [
        publish(
            section_for(site.case_studies, owner),
            CaseStudyPageFactory.build(
                title=f"Markets and squares of {owner.name}",
                slug=f"markets-and-squares-{owner.slug}",
                space_category=space,
                country=owner.country,
                project=protect,
                contact_organisation=owner,
                listing_image=ImageFactory(),
            ),
            organisations=[owner],
            space_categories=[space],
            **terms,
        )
        for owner, space in ((ditss, markets), (efus, squares), (eindhoven, markets))
    ]
    self_check = publish(
        section_for(site.tools, ditss),
        ToolPageFactory.build(
            title="Public space vulnerability self-check",
            slug="public-space-vulnerability-self-check",
            project=protect,
            languages="en, nl",
            access_url="https://protect.example/self-check",
            access_document=DocumentFactory(),
            licence="cc-by",
            maturity="piloted",
            listing_image=ImageFactory(),
        ),
        tags=("self-assessment",),
        intended_users=[authorities, police],
        related_case_studies=[station, *others],
        organisations=[ditss, eindhoven],
        space_categories=[hubs, squares],
        **terms,
    )
    publish(
        section_for(site.tools, efus),
        ToolPageFactory.build(title="Crowd flow planner", project=protect, listing_image=ImageFactory()),
        related_case_studies=[others[1]],
        organisations=[efus],
        space_categories=[squares],
        **terms,
    )
    for owner, title in ((ditss, "Bring every level of government in early"), (efus, "Share the plan with traders")):
        publish(
            section_for(site.lessons, owner),
            LessonPageFactory.build(
                title=title,
                slug=slugify(title),
                project=protect,
                statement=title,
                context="<p>Seen in five partner cities.</p>",
            ),
            audience=[authorities],
            evidence_case_studies=[station, *others[:2]],
            evidence_tools=[self_check],
            organisations=[owner],
            space_categories=[hubs],
            **terms,
        )
    # Without photos, as the demo's speakers are (with photos an event page reads two more rows: the
    # images and their renditions).
    speakers = [
        PersonFactory(name=f"{name} Jansen", organisation=owner, bio="Leads the city's public order team.")
        for name, owner in (("Anna", ditss), ("Bram", eindhoven), ("Claire", efus), ("Daan", eindhoven))
    ]
    # On the hour: session times are whole minutes of wall-clock time.
    upcoming = timezone.now().astimezone(BRUSSELS).replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=14)
    publish(
        site.events,
        EventPageFactory.build(
            title="Barriers for winter markets",
            slug="winter-market-barriers-webinar-2026",
            project=protect,
            start=upcoming,
            end=upcoming + dt.timedelta(minutes=90),
            capacity=100,
            registration_deadline=upcoming - dt.timedelta(days=1),
            languages="en",
            sessions=[
                _session("Where vehicles got in", upcoming, 45, speakers[:2]),
                _session("What the markets changed", upcoming + dt.timedelta(minutes=45), 45, speakers[2:]),
            ],
        ),
        organisers=[ditss, efus],
        threat_types=[terrorism, ramming],
        space_categories=[markets],
        speakers=speakers[:1],
    )
    technologies = _published_index(site.home)
    scenarios = [
        ScenarioFactory(name="Vehicle ramming", slug="vehicle-ramming", threat_type=ramming),
        ScenarioFactory(name="Person-borne IED", slug="person-borne-ied", threat_type=terrorism),
    ]
    for slug, title in (
        ("modular-vehicle-barriers", "Modular vehicle barriers"),
        ("fixed-bollards", "Fixed bollards"),
        ("body-scanner", "Body scanner"),
    ):
        publish_technology(
            technologies,
            TechnologyPageFactory.build(
                title=title, slug=slug, solution_type=mitigation, trl=8, capex_min=1000, capex_max=5000
            ),
            ratings=[(scenario, 3, "Network panel") for scenario in scenarios],
            vendors=["Alpha Blocks", "Zeta Barriers"],
            space_categories=[markets, squares],
            case_studies=[station, *others],
        )
    closing = dt.datetime(2021, 6, 14, 10, tzinfo=BRUSSELS)
    publish(
        site.events,
        EventPageFactory.build(
            title="PRoTECT closing event",
            slug="protect-closing-event-2021",
            event_type="final-event",
            project=protect,
            start=closing,
            end=closing + dt.timedelta(days=2, hours=3),
            registration_mode="none",
            online_url="https://events.protect-final.example/2021",
            recording_url="https://video.example/closing",
            participant_count=98,
            country_count=13,
            report_document=DocumentFactory(),
            sessions=[
                _session(f"Day {day + 1}", closing + dt.timedelta(days=day), 180, speakers[day : day + 2])
                for day in range(3)
            ],
        ),
        organisers=[ditss, efus],
        threat_types=[terrorism, ramming],
        space_categories=[hubs, squares],
        speakers=speakers,
    )


def _published_index(home: object) -> TechnologyIndexPage:
    index = TechnologyIndexPageFactory(parent=home)
    index.save_revision().publish()
    return index


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
    terms = {
        "threat_types": threats,
        "space_categories": spaces,
        "solution_types": solutions,
        "organisations": [organisation, *peers],
    }
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
    technologies = TechnologyIndexPage.objects.get()
    scenarios = list(Scenario.objects.all())
    solution = SolutionType.objects.get(slug="hostile-vehicle-mitigation")
    for _ in range(count):
        publish_technology(
            technologies,
            TechnologyPageFactory.build(solution_type=solution, trl=8),
            ratings=[(scenario, 2, "Panel") for scenario in scenarios],
            vendors=["Vendor"],
            space_categories=spaces,
            case_studies=cases,
        )
    speakers = [PersonFactory(organisation=peer, photo=ImageFactory()) for peer in peers]
    events = EventIndexPage.objects.get()
    for offset in range(count):
        days = 10 + offset if offset % 2 else -(10 + offset)  # half upcoming, half past
        # Session times are wall-clock times in the event's timezone.
        start = timezone.now().astimezone(BRUSSELS).replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=days)
        session = {
            "title": f"Session {offset}",
            "date": start.date(),
            "start_time": start.time(),
            "end_time": (start + dt.timedelta(minutes=30)).time(),
            "speakers": speakers,
            "description": "",
        }
        event = EventPageFactory.build(
            start=start, end=start + dt.timedelta(hours=1), project=project, sessions=[("session", session)]
        )
        _publish(
            events,
            event,
            organisers=[organisation, *peers],
            threat_types=threats,
            space_categories=spaces,
            speakers=speakers,
        )


def _resolved(url: str) -> str:
    """``url`` with ``{barriers}``, ``{bollards}`` and ``{scanner}`` replaced by those technology records' ids."""
    if "{" not in url:
        return url
    ids = dict(TechnologyPage.objects.filter(slug__in=TECHNOLOGY_SLUGS.values()).values_list("slug", "pk"))
    return url.format(**{name: ids[slug] for name, slug in TECHNOLOGY_SLUGS.items()})


def _queries_of(client, url: str, django_assert_max_num_queries: Callable, budget: int) -> None:
    url = _resolved(url)
    client.get(url)  # warm-up
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200, url


@pytest.mark.parametrize("page_type", BUDGETS)
def test_page_type_stays_within_its_query_budget(client, django_assert_max_num_queries, page_type):
    budget = BUDGETS[page_type]
    for url in budget.urls:
        _queries_of(client, url, django_assert_max_num_queries, budget.queries)


@pytest.fixture(scope="class")
def _grown_site(_rich_site, django_db_blocker) -> Iterator[None]:
    """Every organisation and project the pages are about, grown once (a savepoint of the module's transaction)."""
    with rolled_back(django_db_blocker):
        for organisation, project in sorted({(budget.organisation, budget.project) for budget in BUDGETS.values()}):
            grow_site(organisation, project)
        yield


@pytest.mark.usefixtures("_grown_site")
class TestAsContentGrows:
    """The same budgets once the content they list has grown."""

    @pytest.mark.parametrize("page_type", BUDGETS)
    def test_page_type_stays_within_its_query_budget(self, client, django_assert_max_num_queries, page_type):
        budget = BUDGETS[page_type]
        for url in budget.urls:
            _queries_of(client, url, django_assert_max_num_queries, budget.queries)

    def test_grown_content_is_on_the_pages(self, client):
        """The growth really reaches the measured pages (else the second measurement would prove nothing)."""
        new_case = CaseStudyPage.objects.live().filter(
            title__startswith="Test case study", organisations__slug="ditss"
        )[0]
        assert new_case.title in client.get("/case-studies/").content.decode()
        assert new_case.title in client.get("/network/ditss/").content.decode()
        assert new_case.title in client.get("/network/projects/protect/").content.decode()
        profile = client.get("/network/ditss/").content.decode()
        assert "Test municipality" in profile  # similar organisations
        event = EventPage.objects.live().filter(title__startswith="Test webinar", end__gt=timezone.now()).first()
        assert event.title in client.get("/events/").content.decode()
        assert "Speaker" in client.get(event.url).content.decode()

    def test_grown_case_study_shows_its_gallery_and_documents(self, client):
        html = client.get(CASE_STUDY).content.decode()
        assert html.count("<figcaption>Image ") == 4
        assert 'class="documents"' in html
        assert "Test document" in html
