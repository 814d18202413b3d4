"""The coverage grid (``/coverage/``): one aggregation per engine, the same counts on both, per clearance.

Counts are checked against the database copy's documents counted here by hand, so a grid that agreed
with itself but not with the content would fail; each engine answer is checked not to be a fallback.
"""

from __future__ import annotations

from collections import Counter

import pytest

from practices.marking import ANONYMOUS
from search import service
from search.models import SearchEntry
from search.service import PRACTICE_TYPES
from tests.factories.marking import CAN_READ, build_marked_world
from tests.module_data import fresh, rolled_back

pytestmark = pytest.mark.django_db


def counted_by_hand(types: tuple[str, ...] = PRACTICE_TYPES, country: str | None = None) -> Counter:
    counts: Counter = Counter()
    for entry in SearchEntry.objects.filter(doc_type__in=types, access_label="clear"):
        document = entry.document
        if country and document.get("country") != country:
            continue
        for threat in document["threat_types"]:
            for space in document["space_categories"]:
                counts[threat, space] += 1
    return counts


def test_the_grid_counts_every_public_practice_once_per_threat_and_space(engine):
    service.begin_request()  # as the page cache middleware does for each request
    counts = service.coverage(ANONYMOUS, {"type": PRACTICE_TYPES})
    assert service.degraded_in_request() is (engine == "database"), "the engine answered from the fallback"
    assert {key: total for key, (total, restricted) in counts.items()} == dict(counted_by_hand())
    assert all(restricted == 0 for _, restricted in counts.values())
    narrowed = service.coverage(ANONYMOUS, {"type": ("case_study",), "country": ("DE",)})
    assert {key: total for key, (total, _) in narrowed.items()} == dict(counted_by_hand(("case_study",), "DE"))


def test_the_page_links_each_cell_into_search_and_marks_the_gaps(client, engine):
    response = client.get("/coverage/")
    assert response.status_code == 200
    grid = response.context["grid"]
    cells = [cell for row in grid.rows for cell in row.cells]
    counted = counted_by_hand()
    for cell in cells:
        assert cell.practices == counted.get((cell.threat.slug, cell.space.slug), 0)
    full = next(cell for cell in cells if not cell.empty)
    assert f"threat_type={full.threat.slug}" in full.url and f"space_category={full.space.slug}" in full.url
    search = client.get(full.url.replace("/search/", "/api/search/")).json()
    assert search["count"] == full.practices
    empty = next(cell for cell in cells if cell.empty)
    page = response.content.decode()
    assert f"No practice yet for {empty.threat.name} at {empty.space.name}" in page
    assert grid.empty_cells == sum(cell.empty for cell in cells)
    assert ("simplified mode" in page) is (engine == "database")


@pytest.mark.parametrize("params", [{"type": "event"}, {"country": "XX"}, {"evidence": "certain"}, {"type": "\x00"}])
def test_unknown_filters_answer_400_with_the_message(client, params):
    response = client.get("/coverage/", params)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.fixture(scope="module")
def _world(_search_world, django_db_blocker):
    from django.contrib.auth import get_user_model

    from practices.models import SpaceCategory, ThreatType

    with rolled_back(django_db_blocker):
        world = build_marked_world(_search_world.site, get_user_model())
        world.page.threat_types = [ThreatType.objects.get(slug="vehicle-ramming")]
        world.page.space_categories = [SpaceCategory.objects.get(slug="markets")]
        world.page.save_revision().publish()
        yield world


@pytest.mark.parametrize("reader", sorted(CAN_READ))
def test_restricted_sections_count_only_for_their_readers(_world, search_content, engine, reader):
    world = fresh(_world)
    response = world.client(reader).get("/coverage/")
    assert response.status_code == 200
    (cell,) = [
        cell
        for row in response.context["grid"].rows
        for cell in row.cells
        if (cell.threat.slug, cell.space.slug) == ("vehicle-ramming", "markets")
    ]
    readable = len(CAN_READ[reader])
    assert cell.restricted == readable, reader
    assert (f"+{readable} restricted" in response.content.decode()) is bool(readable)
