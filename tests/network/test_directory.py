"""The partner directory, its map and the organisation profiles, on the demo content.

Expected results are worked out here from the database with plain Python, independently of the
directory's own query, so a wrong join or filter in ``network.directory`` shows up as a difference.
"""

from __future__ import annotations

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
from practices.models import CaseStudyPage, LessonPage, ThreatType, ToolPage

pytestmark = pytest.mark.django_db

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
    assert len(expected) == 34
    assert f"{len(expected)} organisations" in html
    slugs = listed_slugs(client)
    assert len(slugs) == len(expected)
    assert set(slugs) == expected
    assert len(CARD_LINK.findall(html)) == 24  # paginated


def test_inactive_organisation_leaves_the_directory(client):
    Organisation.objects.filter(slug="efus").update(active=False)
    assert "efus" not in listed_slugs(client)
    assert "33 organisations" in client.get(DIRECTORY).content.decode()


def test_members_come_first_then_country_name_then_name():
    orgs = list(directory_queryset(DirectoryFilterForm()))
    ranks = [list(MembershipStatus.values).index(org.membership_status) for org in orgs]
    assert ranks == sorted(ranks)
    members = [org for org in orgs if org.membership_status == MembershipStatus.MEMBER]
    keys = [(org.country.name, org.name) for org in members]
    assert keys == sorted(keys)
    assert members[0].country.name <= members[-1].country.name


def test_cards_show_type_place_membership_and_practice_counts(client):
    org = Organisation.objects.get(slug="ditss")
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


def test_practice_counts_only_count_live_public_pages():
    org = Organisation.objects.get(slug="ditss")
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


def test_threat_family_matches_its_specific_threats(client):
    family = ThreatType.objects.get(slug="terrorism")
    expected = {
        org.slug
        for org in active()
        if any(t.pk == family.pk or t.parent_id == family.pk for t in org.expertise_threats.all())
    }
    bastion = Organisation.objects.get(slug="bastion-perimeter")
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
    assert 'role="img"' in svg and 'aria-label="Map of Europe with 34 organisations' in svg
    assert 'class="network-map__land"' in svg  # the outline is drawn
    markers = MARKER.findall(svg)
    expected = {org.slug for org in active() if org.latitude is not None and org.longitude is not None}
    assert len(markers) == len(expected) == 34
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
def test_profile_shows_the_organisation_its_projects_and_practices(client):
    org = Organisation.objects.get(slug="ditss")
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
    assert owned_only, "the demo content has lessons that only their section attributes"
    page, org = owned_only[0]
    html = client.get(reverse("network:organisation", args=[org.slug])).content.decode()
    assert page.url in html
    counted = next(o for o in directory_queryset(DirectoryFilterForm()) if o.pk == org.pk)
    assert counted.lesson_count == len(involved_pages(LessonPage, org))
    assert '<section class="section contact-box" id="contact"' in html
    assert "Contact this organisation" in html and f"/network/{org.slug}/contact/" in html


def test_profile_hides_unpublished_practices(client):
    org = Organisation.objects.get(slug="ditss")
    page = CaseStudyPage.objects.live().filter(organisations=org).first()
    page.unpublish()
    html = client.get(reverse("network:organisation", args=["ditss"])).content.decode()
    assert page.title not in html


def test_inactive_or_unknown_organisation_is_404(client):
    Organisation.objects.filter(slug="efus").update(active=False)
    assert client.get("/network/efus/").status_code == 404
    assert client.get("/network/no-such-organisation/").status_code == 404


def test_similar_organisations_rank_by_shared_expertise(client):
    org = Organisation.objects.get(slug="ditss")

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


def test_similar_organisations_skip_inactive_ones():
    org = Organisation.objects.get(slug="ditss")
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
    assert len(bodies) > 34 + 10
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
