"""The partner directory, its map and the organisation profiles, on a network of 30 active organisations.

Expected results are worked out here from the database with plain Python, independently of the
directory's own query, so a wrong join or filter in ``network.directory`` shows up as a difference.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from network.directory import (
    MAP_HEIGHT,
    MAP_WIDTH,
    MARKER_RADIUS,
    DirectoryFilterForm,
    directory_queryset,
    map_points,
    project_to_map,
    similar_organisations,
)
from network.models import ContactPerson, MembershipStatus, Organisation
from practices.models import CaseStudyPage, LessonPage, ToolPage
from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    LessonPageFactory,
    OrganisationFactory,
    OrganisationProjectFactory,
    PortalSite,
    ProjectFactory,
    ToolPageFactory,
    build_site,
    publish,
)
from tests.module_data import fresh, rolled_back
from tests.network.conftest import make_terms

pytestmark = pytest.mark.django_db

#: How many active organisations the ``network`` fixture builds: more than a page of the listing (24).
ACTIVE = 30

#: Capitals (on the map, none in the Netherlands) for the organisations no test names.
PLACES = [
    ("BE", "Brussels", "50.85", "4.35"),
    ("DE", "Berlin", "52.52", "13.40"),
    ("ES", "Madrid", "40.42", "-3.70"),
    ("IT", "Rome", "41.90", "12.50"),
    ("PT", "Lisbon", "38.72", "-9.14"),
    ("AT", "Vienna", "48.21", "16.37"),
    ("PL", "Warsaw", "52.23", "21.01"),
    ("SE", "Stockholm", "59.33", "18.07"),
    ("DK", "Copenhagen", "55.68", "12.57"),
    ("FI", "Helsinki", "60.17", "24.94"),
    ("IE", "Dublin", "53.35", "-6.26"),
    ("CZ", "Prague", "50.08", "14.44"),
    ("GR", "Athens", "37.98", "23.73"),
    ("RO", "Bucharest", "44.43", "26.10"),
    ("HU", "Budapest", "47.50", "19.04"),
    ("LT", "Vilnius", "54.69", "25.28"),
    ("LV", "Riga", "56.95", "24.11"),
    ("EE", "Tallinn", "59.44", "24.75"),
    ("SI", "Ljubljana", "46.06", "14.51"),
    ("HR", "Zagreb", "45.81", "15.98"),
    ("SK", "Bratislava", "48.15", "17.11"),
    ("BG", "Sofia", "42.70", "23.32"),
    ("LU", "Luxembourg", "49.61", "6.13"),
]


def _org(
    slug: str,
    name: str,
    org_type: str,
    country: str,
    city: str,
    lat: str,
    lon: str,
    *,
    threats=(),
    spaces=(),
    solutions=(),
    **fields,
) -> Organisation:
    organisation = OrganisationFactory(
        slug=slug,
        name=name,
        org_type=org_type,
        country=country,
        city=city,
        latitude=Decimal(lat),
        longitude=Decimal(lon),
        contacts=1,
        **fields,
    )
    organisation.expertise_threats.set(threats)
    organisation.expertise_spaces.set(spaces)
    organisation.expertise_solutions.set(solutions)
    organisation.save()  # parental many-to-many fields are written on save
    return organisation


def _build_network(portal_site: PortalSite, terms: dict) -> dict[str, Organisation]:
    """30 active organisations (each with a contact person) and one that left, with practices and a project.

    DITSS, a research institute in Eindhoven, is the one the profile tests read: it has case studies, tools and
    lessons, a project role and expertise that others share. Eindhoven (the city) sits at the same place. A
    lesson in Efus's section credits only DITSS, so only the section attributes it to Efus.
    """
    threat, ramming, squares, markets = terms["terrorism"], terms["vehicle-ramming"], terms["squares"], terms["markets"]
    video = terms["video-surveillance"]
    orgs = {
        "ditss": _org(
            "ditss",
            "Dutch Institute for Technology, Safety & Security",
            "research",
            "NL",
            "Eindhoven",
            "51.44",
            "5.48",
            threats=[threat, ramming],
            spaces=[squares],
            solutions=[video],
            website="https://www.ditss.nl",
            member_since=dt.date(2019, 3, 1),
            description="Non-profit institute in Eindhoven that links municipalities, police and industry "
            "on applied security research.",
        ),
        "eindhoven": _org(
            "eindhoven",
            "Gemeente Eindhoven",
            "municipality",
            "NL",
            "Eindhoven",
            "51.44",
            "5.47",
            threats=[ramming],
            spaces=[squares, markets],
        ),
        "efus": _org(
            "efus",
            "European Forum for Urban Security",
            "ngo",
            "FR",
            "Paris",
            "48.86",
            "2.35",
            threats=[threat],
            spaces=[squares],
            solutions=[video],
        ),
        "bastion-perimeter": _org(
            "bastion-perimeter",
            "Bastion Perimeter Systems",
            "company",
            "FR",
            "Lyon",
            "45.76",
            "4.84",
            threats=[ramming],
            solutions=[video],
        ),
        "koln-police": _org(
            "koln-police",
            "Polizeipräsidium Köln",
            "police",
            "DE",
            "Köln",
            "50.94",
            "6.96",
            threats=[threat],
            membership_status=MembershipStatus.OBSERVER,
        ),
        "police-nice": _org(
            "police-nice",
            "Police municipale de Nice",
            "police",
            "FR",
            "Nice",
            "43.70",
            "7.27",
            threats=[ramming],
            spaces=[markets],
        ),
        "policia-porto": _org(
            "policia-porto",
            "Polícia de Segurança Pública Porto",
            "police",
            "PT",
            "Porto",
            "41.15",
            "-8.61",
            spaces=[squares],
            membership_status=MembershipStatus.FORMER_PARTNER,
        ),
        "rhein-ruhr-institute": _org(
            "rhein-ruhr-institute",
            "Rhine-Ruhr Institute for Security Research",
            "research",
            "DE",
            "Bochum",
            "51.48",
            "7.22",
            threats=[threat],
            spaces=[markets],
        ),
    }
    for n, (country, city, lat, lon) in enumerate(PLACES[: ACTIVE - len(orgs)]):
        status = [MembershipStatus.MEMBER, MembershipStatus.FORMER_PARTNER, MembershipStatus.OBSERVER][n % 3]
        orgs[f"city-{n}"] = _org(
            f"city-{n}",
            f"City of {city}",
            ["municipality", "region", "ngo"][n % 3],
            country,
            city,
            lat,
            lon,
            threats=[[threat], [ramming], []][n % 3],
            spaces=[[squares], [], [markets]][n % 2],
            membership_status=status,
        )
    _org("departed", "Departed Municipality", "municipality", "BE", "Ghent", "51.05", "3.72", active=False)
    assert len(orgs) == ACTIVE

    protect = ProjectFactory(acronym="PRoTECT", slug="protect")
    OrganisationProjectFactory(organisation=orgs["ditss"], project=protect, role="coordinator")
    OrganisationProjectFactory(organisation=orgs["eindhoven"], project=protect, role="partner")
    OrganisationProjectFactory(organisation=orgs["efus"], project=protect, role="associated")
    site, ditss = portal_site, orgs["ditss"]
    publish(
        section_for(site.case_studies, orgs["eindhoven"]),
        CaseStudyPageFactory.build(title="Eindhoven's station square", contact_organisation=ditss),
        organisations=[orgs["eindhoven"], ditss],
    )
    publish(
        section_for(site.case_studies, orgs["efus"]),
        CaseStudyPageFactory.build(title="Bollards in Paris"),
        organisations=[ditss],
    )
    publish(section_for(site.case_studies, orgs["police-nice"]), CaseStudyPageFactory.build(title="Promenade barriers"))
    publish(section_for(site.tools, ditss), ToolPageFactory.build(title="Vulnerability self-assessment"))
    publish(
        section_for(site.lessons, orgs["efus"]),
        LessonPageFactory.build(title="Plan with the police early"),
        organisations=[ditss],
    )
    publish(section_for(site.lessons, ditss), LessonPageFactory.build(title="Test barriers before buying them"))
    return orgs


@pytest.fixture(scope="module")
def _directory_world(django_db_setup, django_db_blocker):
    """The site, the terms and the network, built once for the module (``tests.module_data``).

    Built per test, the world cost 4-5 s of each of 46 tests.
    """
    with rolled_back(django_db_blocker):
        site = build_site()
        world_terms = make_terms()
        yield site, world_terms, _build_network(site, world_terms)


@pytest.fixture
def portal_site(_directory_world) -> PortalSite:
    return fresh(_directory_world[0])


@pytest.fixture
def terms(_directory_world) -> dict:
    return fresh(_directory_world[1])


@pytest.fixture(autouse=True)
def network(_directory_world, db) -> dict[str, Organisation]:
    return fresh(_directory_world[2])


DIRECTORY = "/network/"
CARD_LINK = re.compile(r'class="card__title"><a href="/network/([^/"]+)/"')
MARKER = re.compile(
    r'<a class="network-map__marker[^"]*" href="/network/([^/"]+)/" aria-label="([^"]+)"[^>]*><title>([^<]+)</title>'
    r'<circle cx="([\d.-]+)" cy="([\d.-]+)"'
)


def listed_slugs(client, query: str = "") -> list[str]:
    """Slugs of the organisation cards on every page of a directory listing, in order."""
    slugs: list[str] = []
    page = 1
    while True:
        response = client.get(f"{DIRECTORY}?{query}&page={page}")
        assert response.status_code == 200, response.content[:500]
        slugs += CARD_LINK.findall(response.content.decode())
        if f"page={page + 1}" not in response.content.decode():
            return slugs
        page += 1


def involved_pages(model: type, org: Organisation) -> list:
    """Live public pages of ``model`` that ``org`` lists among its organisations, owns (its section) or is contact of."""
    return [
        page
        for page in model.objects.live().public()
        if org in page.organisations.all()
        or page.owner_organisation == org
        or getattr(page, "contact_organisation_id", None) == org.pk
    ]


def active() -> list[Organisation]:
    return list(Organisation.objects.filter(active=True).prefetch_related("expertise_threats"))


# --- listing ---------------------------------------------------------------------------------------------------
def test_directory_lists_every_active_organisation_once(client):
    response = client.get(DIRECTORY)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Partner directory</h1>" in html
    expected = {org.slug for org in active()}
    assert len(expected) == ACTIVE
    assert f"{len(expected)} organisations" in html
    slugs = listed_slugs(client)
    assert len(slugs) == len(expected)
    assert set(slugs) == expected
    assert len(CARD_LINK.findall(html)) == 24  # paginated


def test_inactive_organisation_leaves_the_directory(client):
    Organisation.objects.filter(slug="efus").update(active=False)
    assert "efus" not in listed_slugs(client)
    assert f"{ACTIVE - 1} organisations" in client.get(DIRECTORY).content.decode()


def test_members_come_first_then_country_name_then_name():
    orgs = list(directory_queryset(DirectoryFilterForm()))
    ranks = [list(MembershipStatus.values).index(org.membership_status) for org in orgs]
    assert ranks == sorted(ranks)
    members = [org for org in orgs if org.membership_status == MembershipStatus.MEMBER]
    keys = [(org.country.name, org.name) for org in members]
    assert keys == sorted(keys)
    assert members[0].country.name <= members[-1].country.name


def test_cards_show_type_place_membership_and_practice_counts(client, network):
    org = network["ditss"]
    case_studies, tools, lessons = (len(involved_pages(model, org)) for model in (CaseStudyPage, ToolPage, LessonPage))
    assert case_studies and tools and lessons
    html = client.get(f"{DIRECTORY}?q=ditss").content.decode() + client.get(f"{DIRECTORY}?q=Dutch").content.decode()
    card = html[html.index('<article class="card org-card">') :]
    card = card[: card.index("</article>")]
    assert org.name.replace("&", "&amp;") in card
    assert "Research" in card and "Eindhoven, Netherlands" in card and "Member" in card
    assert f"{case_studies} case stud" in card
    assert f"{tools} tool" in card
    assert f"{lessons} lesson" in card


def test_practice_counts_only_count_live_public_pages(network):
    org = network["ditss"]
    page = CaseStudyPage.objects.live().filter(organisations=org).first()
    assert page is not None

    def count() -> int:
        return next(o for o in directory_queryset(DirectoryFilterForm()) if o.pk == org.pk).case_study_count

    before = count()
    page.unpublish()
    assert count() == before - 1


# --- filters ---------------------------------------------------------------------------------------------------
def test_filter_by_country(client):
    expected = {org.slug for org in active() if org.country.code == "NL"}
    assert expected == {"ditss", "eindhoven"}
    assert set(listed_slugs(client, "country=NL")) == expected


def test_filter_by_type(client):
    expected = {org.slug for org in active() if org.org_type == "police"}
    assert len(expected) >= 3
    assert set(listed_slugs(client, "type=police")) == expected


def test_filter_by_name(client):
    expected = {org.slug for org in active() if "institute" in org.name.lower()}
    assert len(expected) >= 2
    assert set(listed_slugs(client, "q=INSTITUTE")) == expected


def test_filter_by_specific_threat(client):
    expected = {org.slug for org in active() if any(t.slug == "vehicle-ramming" for t in org.expertise_threats.all())}
    assert "bastion-perimeter" in expected
    assert set(listed_slugs(client, "expertise=vehicle-ramming")) == expected


def test_threat_family_matches_its_specific_threats(client, network, terms):
    family = terms["terrorism"]
    expected = {
        org.slug
        for org in active()
        if any(t.pk == family.pk or t.parent_id == family.pk for t in org.expertise_threats.all())
    }
    bastion = network["bastion-perimeter"]
    assert family not in bastion.expertise_threats.all()  # only "vehicle ramming", a child of terrorism
    slugs = listed_slugs(client, "expertise=terrorism")
    assert "bastion-perimeter" in slugs
    assert set(slugs) == expected
    assert len(slugs) == len(set(slugs))  # no duplicates from several matching terms


@pytest.mark.parametrize(
    ("slug", "relation"), [("squares", "expertise_spaces"), ("video-surveillance", "expertise_solutions")]
)
def test_filter_by_space_or_solution_expertise(client, slug, relation):
    expected = {org.slug for org in active() if getattr(org, relation).filter(slug=slug).exists()}
    assert expected
    assert set(listed_slugs(client, f"expertise={slug}")) == expected


def test_filter_by_project(client):
    expected = {org.slug for org in active() if org.project_roles.filter(project__slug="protect").exists()}
    assert len(expected) >= 2
    assert set(listed_slugs(client, "project=protect")) == expected


def test_filters_combine(client):
    expected = {
        org.slug
        for org in active()
        if org.country.code == "FR" and any(t.slug == "vehicle-ramming" for t in org.expertise_threats.all())
    }
    assert expected
    assert set(listed_slugs(client, "country=FR&expertise=vehicle-ramming")) == expected


def test_no_match_shows_empty_state(client):
    response = client.get(f"{DIRECTORY}?q=zzzz-no-such-organisation")
    assert response.status_code == 200
    html = response.content.decode()
    assert "0 organisations" in html
    assert "No organisation matches these filters." in html
    assert 'class="network-map' not in html


@pytest.mark.parametrize(
    "query",
    ["country=XX", "country=ZZ", "type=castle", "expertise=no-such-term", "project=no-such-project", "q=" + "x" * 101],
)
def test_unknown_filter_values_answer_400_with_a_message(client, query):
    response = client.get(f"{DIRECTORY}?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Select a valid choice" in html or "at most 100 characters" in html


def test_bad_page_number_does_not_crash(client):
    assert client.get(f"{DIRECTORY}?page=abc").status_code == 200
    assert client.get(f"{DIRECTORY}?page=999").status_code == 200


def test_only_get_is_allowed(client):
    assert client.post(DIRECTORY).status_code == 405


# --- map -------------------------------------------------------------------------------------------------------
def test_map_has_one_linked_marker_per_organisation_with_coordinates(client):
    html = client.get(DIRECTORY).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg and f'aria-label="Map of Europe with {ACTIVE} organisations' in svg
    assert 'class="network-map__land"' in svg  # the outline is drawn
    markers = MARKER.findall(svg)
    expected = {org.slug for org in active() if org.latitude is not None and org.longitude is not None}
    assert len(markers) == len(expected) == ACTIVE
    assert {slug for slug, *_ in markers} == expected
    names = {org.slug: org.name for org in active()}
    for slug, label, title, cx, cy in markers:
        assert label == title
        assert names[slug].replace("&", "&amp;") in label
        assert 0 <= float(cx) <= MAP_WIDTH and 0 <= float(cy) <= MAP_HEIGHT


def test_map_follows_the_filters(client):
    html = client.get(f"{DIRECTORY}?country=NL").content.decode()
    assert {slug for slug, *_ in MARKER.findall(html)} == {"ditss", "eindhoven"}


def test_projection_corners():
    assert project_to_map(72, -25) == (0, 0)
    assert project_to_map(34, 45) == (MAP_WIDTH, MAP_HEIGHT)


def test_map_points_omit_organisations_outside_the_map_or_without_coordinates():
    inside = Organisation(
        name="A", slug="a", country="FR", city="Paris", latitude=Decimal("48.86"), longitude=Decimal("2.35")
    )
    canaries = Organisation(name="B", slug="b", country="ES", latitude=Decimal("28.1"), longitude=Decimal("-15.4"))
    nowhere = Organisation(name="C", slug="c", country="ES")
    points = map_points([inside, canaries, nowhere])
    assert [point["slug"] for point in points] == ["a"]
    assert points[0]["url"] == reverse("network:organisation", args=["a"])
    assert points[0]["label"] == "A (Paris, France)"
    assert (points[0]["x"], points[0]["y"]) == tuple(round(v, 1) for v in project_to_map(48.86, 2.35))


def test_colocated_markers_are_fanned_out():
    points = map_points(Organisation.objects.filter(slug__in=["ditss", "eindhoven"]))
    (a, b) = points
    distance = ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
    assert distance >= 2 * MARKER_RADIUS
    centre = project_to_map(51.44, 5.475)
    assert abs((a["x"] + b["x"]) / 2 - centre[0]) < 1 and abs((a["y"] + b["y"]) / 2 - centre[1]) < 1


def _land_polygons(client) -> list[list[tuple[float, float]]]:
    html = client.get(DIRECTORY).content.decode()
    path = re.search(r'class="network-map__land" d="([^"]+)"', html).group(1)
    polygons = []
    for ring in re.findall(r"M([^MZ]+)Z", path):
        numbers = [float(n) for n in ring.split()]
        polygons.append(list(zip(numbers[::2], numbers[1::2], strict=True)))
    return polygons


def _inside(point: tuple[float, float], polygon: list[tuple[float, float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


@pytest.mark.parametrize(
    ("place", "lat", "lon", "on_land"),
    [
        ("Paris", 48.86, 2.35, True),
        ("Madrid", 40.42, -3.70, True),
        ("Kraków", 50.06, 19.94, True),
        ("Dublin inland", 53.3, -7.5, True),
        ("Stockholm inland", 59.5, 17.0, True),
        ("Bay of Biscay", 45.5, -4.0, False),
        ("North Sea", 56.0, 3.0, False),
        ("Tyrrhenian Sea", 40.0, 12.0, False),
    ],
)
def test_outline_uses_the_markers_projection(client, place, lat, lon, on_land):
    point = project_to_map(lat, lon)
    assert any(_inside(point, polygon) for polygon in _land_polygons(client)) is on_land, place


# --- profile ---------------------------------------------------------------------------------------------------
def test_profile_shows_the_organisation_its_projects_and_practices(client, network):
    org = network["ditss"]
    response = client.get(reverse("network:organisation", args=["ditss"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{org.name.replace('&', '&amp;')}</h1>" in html
    assert "Research" in html and "Eindhoven, Netherlands" in html
    assert 'href="https://www.ditss.nl"' in html
    assert org.description[:60] in html
    assert "Member since March 2019" in html
    for term in org.expertise_threats.all():
        assert f"?expertise={term.slug}" in html
    roles = list(org.project_roles.select_related("project"))
    assert roles
    for role in roles:
        assert role.project.acronym in html
        assert role.get_role_display() in html
    assert involved_pages(CaseStudyPage, org)
    for model in (CaseStudyPage, ToolPage, LessonPage):
        pages = involved_pages(model, org)
        assert f"({len(pages)})</span></h2>" in html
        for page in pages:
            assert page.url in html


def test_owned_practices_count_without_listing_the_owner(client):
    """A page in an organisation's section is theirs even when its "organisations" field leaves them out."""
    owned_only = [
        (page, page.owner_organisation)
        for page in LessonPage.objects.live().public()
        if page.owner_organisation and page.owner_organisation not in page.organisations.all()
    ]
    assert owned_only, "the network has a lesson that only its section attributes"
    page, org = owned_only[0]
    html = client.get(reverse("network:organisation", args=[org.slug])).content.decode()
    assert page.url in html
    counted = next(o for o in directory_queryset(DirectoryFilterForm()) if o.pk == org.pk)
    assert counted.lesson_count == len(involved_pages(LessonPage, org))
    assert '<section class="section contact-box" id="contact"' in html
    assert "Contact this organisation" in html and f"/network/{org.slug}/contact/" in html


def test_profile_hides_unpublished_practices(client, network):
    org = network["ditss"]
    page = CaseStudyPage.objects.live().filter(organisations=org).first()
    page.unpublish()
    html = client.get(reverse("network:organisation", args=["ditss"])).content.decode()
    assert page.title not in html


def test_inactive_or_unknown_organisation_is_404(client):
    Organisation.objects.filter(slug="efus").update(active=False)
    assert client.get("/network/efus/").status_code == 404
    assert client.get("/network/no-such-organisation/").status_code == 404


def test_similar_organisations_rank_by_shared_expertise(client, network):
    org = network["ditss"]

    def terms(o: Organisation) -> set[tuple[str, int]]:
        return (
            {("t", pk) for pk in o.expertise_threats.values_list("pk", flat=True)}
            | {("s", pk) for pk in o.expertise_spaces.values_list("pk", flat=True)}
            | {("o", pk) for pk in o.expertise_solutions.values_list("pk", flat=True)}
        )

    own = terms(org)
    shared = {other.slug: len(own & terms(other)) for other in active() if other.pk != org.pk}
    similar = similar_organisations(org)
    assert 1 <= len(similar) <= 4
    assert org not in similar
    counts = [o.shared_count for o in similar]
    assert counts == sorted(counts, reverse=True)
    for o in similar:
        assert o.shared_count == shared[o.slug]
    assert counts[0] == max(shared.values())
    html = client.get(reverse("network:organisation", args=["ditss"])).content.decode()
    section = html[html.index('id="similar-heading"') :]
    assert CARD_LINK.findall(section) == [o.slug for o in similar]


def test_similar_organisations_skip_inactive_ones(network):
    org = network["ditss"]
    first = similar_organisations(org)[0]
    Organisation.objects.filter(pk=first.pk).update(active=False)
    assert first not in similar_organisations(org)
    assert len(similar_organisations(org, limit=2)) <= 2


# --- privacy ---------------------------------------------------------------------------------------------------
def test_contact_persons_never_appear_publicly(client):
    contacts = list(ContactPerson.objects.all())
    assert len(contacts) >= 30
    secrets = {c.email for c in contacts} | {c.phone for c in contacts if c.phone} | {c.name for c in contacts}
    bodies = []
    page = 1
    while True:
        response = client.get(f"{DIRECTORY}?page={page}")
        bodies.append(response.content.decode())
        if f"page={page + 1}" not in bodies[-1]:
            break
        page += 1
    for org in Organisation.objects.all():
        response = client.get(f"/network/{org.slug}/")
        assert response.status_code in (200, 404)
        bodies.append(response.content.decode())
    offset = 0
    while True:
        response = client.get(f"/api/v2/pages/?fields=*&limit=20&offset={offset}")
        assert response.status_code == 200
        data = response.json()
        bodies.append(response.content.decode())
        for item in data["items"]:
            bodies.append(client.get(f"/api/v2/pages/{item['id']}/").content.decode())
        offset += 20
        if offset >= data["meta"]["total_count"]:
            break
    for params in ({"type": "organisation", "page_size": 100}, {"q": "contact", "page_size": 100}):
        bodies.append(client.get("/api/search/", params).content.decode())
    bodies.append(client.get("/search/", {"type": "organisation"}).content.decode())
    for org in Organisation.objects.filter(active=True)[:5]:
        bodies.append(client.get(f"/network/{org.slug}/contact/").content.decode())
    assert len(bodies) > ACTIVE + 10
    for body in bodies:
        leaked = [secret for secret in secrets if secret in body]
        assert not leaked, leaked


# --- performance -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["", "country=FR&expertise=terrorism", "project=protect&type=municipality&q=a"])
def test_directory_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries, query):
    client.get(DIRECTORY)  # warm per-process caches (site, content types)
    with django_assert_max_num_queries(15):
        response = client.get(f"{DIRECTORY}?{query}")
    assert response.status_code == 200
