"""Search per clearance, on OpenSearch and on the database fallback, for every kind of reader and label.

Each restricted section of the marked world carries one word found nowhere else (``PHRASES``). A
reader's search finds and counts it exactly when ``may_read`` lets them read the section: results,
counts, facet counts, snippets, the search page, suggestions, "did you mean" and filtered listings.
Every engine answer is checked not to be a fallback (``degraded``).
"""

from __future__ import annotations

import pytest

from tests.factories.marking import CAN_READ, PHRASES, build_marked_world
from tests.module_data import fresh, rolled_back

pytestmark = pytest.mark.django_db

HEADINGS = {
    "green": "Steward briefing",
    "amber": "Emergency gates",
    "amber_strict": "Weak points",
    "red": "Drill timings",
}


@pytest.fixture(scope="module")
def _world(_search_world, django_db_blocker):
    from django.contrib.auth import get_user_model

    with rolled_back(django_db_blocker):
        yield build_marked_world(_search_world.site, get_user_model())


@pytest.fixture
def world(_world, search_content):
    return fresh(_world)


def api(client, engine: str, **params) -> dict:
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["degraded"] is (engine == "database"), "the engine answered from the fallback"
    return data


@pytest.mark.parametrize("reader", sorted(CAN_READ))
def test_searches_match_and_count_only_what_the_reader_may_read(world, engine, reader):
    client = world.client(reader)
    for label, phrase in PHRASES.items():
        data = api(client, engine, q=phrase)
        readable = label in CAN_READ[reader]
        assert data["count"] == (1 if readable else 0), (reader, label)
        assert sum(value["count"] for value in data["facets"]["type"]) == data["count"], (reader, label)
        assert data["relaxed"] is False
        text = str(data["results"]) + str(data["facets"]) + str(data["suggestion"])
        assert (HEADINGS[label] in text) == readable, (reader, label)
        if readable:
            (hit,) = data["results"]
            assert hit["tlp"] == label and hit["section"] == HEADINGS[label]
            assert hit["url"].startswith(world.page.url) and "#part-" in hit["url"]
            assert phrase in hit["snippet"] or engine == "database"
        # The search page says nothing either: no heading, no snippet.
        page = client.get("/search/", {"q": phrase}).content.decode()
        assert (HEADINGS[label] in page) == readable, (reader, label)


@pytest.mark.parametrize("reader", ["anonymous", "vetted_owner", "named"])
def test_listings_count_restricted_parts_only_for_their_readers(world, engine, reader):
    client = world.client(reader)
    data = api(client, engine, type="case_study", page_size=100)
    parts = [hit for hit in data["results"] if hit.get("tlp")]
    assert sorted(hit["tlp"] for hit in parts) == sorted(CAN_READ[reader])
    public = api(world.client("anonymous"), engine, type="case_study", page_size=100)["count"]
    assert data["count"] == public + len(CAN_READ[reader])


def test_suggestions_and_did_you_mean_never_name_restricted_words(world, engine):
    for reader in ("anonymous", "vetted_owner"):
        client = world.client(reader)
        for label, heading in HEADINGS.items():
            suggestions = client.get("/api/search/suggest/", {"q": heading.split()[0]}).json()["suggestions"]
            assert all("#part-" not in item["url"] for item in suggestions), (reader, label)
        for phrase in PHRASES.values():
            typo = phrase[:-1] + ("x" if phrase[-1] != "x" else "y")
            data = api(client, engine, q=typo)
            assert phrase not in str(data["suggestion"] or ""), (reader, typo)


def test_a_part_leaves_search_when_its_section_is_removed_or_relabelled(world, engine, commit):
    from tests.factories.marking import add_sections, section

    vetted = world.client("vetted_other")
    assert api(vetted, engine, q=PHRASES["amber"])["count"] == 1
    with commit():
        add_sections(
            world.page,
            section("amber_strict", "Emergency gates", f"Gate opening {PHRASES['amber']} timings."),
        )
    assert api(vetted, engine, q=PHRASES["amber"])["count"] == 0  # now the owner's only
    assert api(world.client("vetted_owner"), engine, q=PHRASES["amber"])["count"] == 1
    assert api(vetted, engine, q=PHRASES["green"])["count"] == 0  # that section is gone
    with commit():
        world.page.unpublish()
    assert api(world.client("vetted_owner"), engine, q=PHRASES["amber"])["count"] == 0


@pytest.mark.parametrize("reader", ["anonymous", "member", "vetted_other"])
def test_a_page_restricted_as_a_whole_is_found_by_its_body_only_by_its_readers(world, engine, commit, reader):
    from wagtail.rich_text import RichText

    page = world.page.specific_class.objects.get(pk=world.page.pk)
    page.challenge = RichText("<p>The square wholepagetopaz was open to vehicles.</p>").source
    page.body_label = "amber"
    with commit():
        page.save_revision().publish()
    if engine == "database":
        from search.indexing import refresh_entries

        refresh_entries()
    client = world.client(reader)
    found = api(client, engine, q="wholepagetopaz")
    if "amber" in CAN_READ[reader]:
        (hit,) = found["results"]
        assert hit["tlp"] == "amber" and hit["section"] == "Full text"
    else:
        assert found["count"] == 0 and sum(value["count"] for value in found["facets"]["type"]) == 0
    titled = api(client, engine, q="light festival Markt")  # the title stays public
    assert any(hit["url"] == page.url for hit in titled["results"])
