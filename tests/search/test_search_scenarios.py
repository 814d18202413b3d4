"""One suite of search scenarios, run against OpenSearch and against the database fallback."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from wagtail.models import PageViewRestriction

from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def api(client, **params):
    """The search API's answer; with an engine configured it must be the engine's, never a silent fallback."""
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    data = response.json()
    if django_settings.OPENSEARCH_URL:
        assert data["degraded"] is False, f"the database answered instead of OpenSearch for {params}"
    return data


def titles(data):
    return [hit["title"] for hit in data["results"]]


def test_text_search_finds_vehicle_ramming_practices(client, search_content, engine):
    data = api(client, q="vehicle ramming", page_size=50)
    assert data["count"] > 0
    ramming = {page.title for page in search_content.case_studies if "vehicle ramming" in page.title.lower()}
    assert ramming and ramming <= set(titles(data))
    assert data["degraded"] is (engine == "database")


def test_result_shape_matches_the_contract(client, engine):
    data = api(client, q="market")
    assert set(data) >= {"count", "results", "facets", "degraded"}
    hit = data["results"][0]
    assert set(hit) == {"title", "url", "type", "snippet", "country", "threat_types", "space_categories", "published"}
    assert set(data["facets"]) == {
        "threat_type",
        "space_category",
        "solution_type",
        "country",
        "type",
        "project",
        "year",
        "evidence",
    }
    value = data["facets"]["type"][0]
    assert set(value) == {"value", "label", "count", "selected"}


@pytest.mark.parametrize("city", ["Málaga", "Braşov", "Köln"])
def test_accents_are_folded(client, search_content, engine, city):
    from search.content import fold

    page = search_content.case_study_in(city)
    assert fold(page.city) != page.city
    data = api(client, q=fold(page.city), page_size=50)
    assert page.title in titles(data)


def test_facets_combine_and_across_or_within(client, engine):
    everything = api(client, page_size=100)
    countries = [value["value"] for value in everything["facets"]["country"][:2]]
    assert len(countries) == 2
    one = api(client, country=countries[0], page_size=100)
    both = api(client, country=countries, page_size=100)
    assert both["count"] == one["count"] + api(client, country=countries[1], page_size=100)["count"]
    narrowed = api(client, country=countries[0], type="case_study", page_size=100)
    assert narrowed["count"] <= one["count"]
    assert all(hit["type"] == "case_study" and hit["country"] == countries[0] for hit in narrowed["results"])
    # The country facet still offers the other countries (counts ignore the facet's own filter).
    offered = {value["value"]: value for value in one["facets"]["country"]}
    assert countries[1] in offered and offered[countries[0]]["selected"]


def test_facet_counts_match_results(client, engine):
    data = api(client, threat_type="vehicle-ramming", page_size=100)
    types = {value["value"]: value["count"] for value in data["facets"]["type"]}
    assert sum(types.values()) == data["count"]


def test_typos_still_find_practices(client, engine):
    data = api(client, q="vehicle rammming")
    if engine == "opensearch":
        assert data["count"] > 0
    else:
        # The database fallback has no fuzzy matching: it finds what has some of the words, and says so.
        assert data["count"] > 0 and data["degraded"] is True and data["relaxed"] is True


def test_sort_newest(client, engine):
    data = api(client, sort="newest", page_size=30)
    dates = [hit["published"] for hit in data["results"]]
    dated = [date for date in dates if date]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated, "undated results (organisations without a date) come last"


def test_pagination(client, engine):
    first = api(client, page_size=5, page=1)
    second = api(client, page_size=5, page=2)
    assert not set(titles(first)) & set(titles(second))


def test_draft_and_unpublished_pages_never_appear(client, search_content, engine, commit):
    page = search_content.case_studies[0]
    assert page.title in titles(api(client, q=page.title, page_size=100))
    with commit():
        page.unpublish()
    assert page.title not in titles(api(client, q=page.title, page_size=100))
    # a new page saved only as a draft
    parent = page.get_parent()
    draft = CaseStudyPage(
        title="Zeppelin draft practice",
        slug="zeppelin-draft",
        summary="s",
        city="Ulm",
        country="DE",
        space_name="Münsterplatz",
        space_category=page.space_category,
        challenge="<p>x</p>",
        live=False,
    )
    with commit():
        parent.add_child(instance=draft)
        draft.save_revision()
    assert api(client, q="zeppelin")["count"] == 0


def test_publish_makes_a_page_findable(client, search_content, engine, commit):
    page = search_content.case_studies[0]
    assert api(client, q="quokka")["count"] == 0
    with commit():
        page.title = "Quokka boulevard protection"
        page.save_revision().publish()
    assert "Quokka boulevard protection" in titles(api(client, q="quokka"))


def test_view_restricted_pages_never_appear_and_come_back_when_lifted(client, search_content, engine, commit):
    page = search_content.tools[0]
    assert page.title in titles(api(client, q=page.title, page_size=100))
    with commit():
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    data = api(client, q=page.title, page_size=100)
    assert page.title not in titles(data)
    with commit():
        restriction.delete()
    assert page.title in titles(api(client, q=page.title, page_size=100))


def test_restriction_on_an_ancestor_hides_the_whole_listing(client, search_content, engine, commit):
    index = search_content.site.lessons
    assert api(client, type="lesson")["count"] == len(search_content.lessons)
    with commit():
        PageViewRestriction.objects.create(page=index, restriction_type="login")
    data = api(client, type="lesson")
    assert data["count"] == 0


def test_deleted_pages_disappear(client, search_content, engine, commit):
    page = search_content.lessons[0]
    title = page.title
    assert title in titles(api(client, q=title, page_size=100))
    with commit():
        page.delete()
    assert title not in titles(api(client, q=title, page_size=100))


def test_moved_pages_keep_a_correct_url(client, search_content, engine, commit):
    index = search_content.site.case_studies
    page = search_content.case_studies[0]
    new_parent = search_content.site.privacy
    assert new_parent.url == "/privacy/"
    with commit():
        index.move(new_parent, pos="last-child")
    urls = [hit["url"] for hit in api(client, q=page.title, page_size=100)["results"]]
    assert any(url.startswith("/privacy/case-studies/") and url.endswith(f"/{page.slug}/") for url in urls)


def test_suggest(client, search_content, engine):
    page = search_content.case_studies[0]
    prefix = page.title.split()[0][:4]
    response = client.get("/api/search/suggest/", {"q": prefix})
    assert response.status_code == 200
    assert response.json()["suggestions"]


def test_search_page_renders_with_facets_and_highlights(client, engine):
    response = client.get("/search/", {"q": "market", "type": "case_study"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Threat type" in html and "Public space" in html
    assert "<mark>" in html
    assert ("simplified mode" in html) is (engine == "database")


def test_empty_results_offer_help(client, engine):
    response = client.get("/search/", {"q": "zzzqqqxxx", "country": "DE"})
    assert response.status_code == 200
    assert "Remove Country" in response.content.decode()


def test_both_engines_count_facets_alike(client, use_engine, settings):
    """Selected and unselected facets are counted differently by the engine; the numbers must not differ."""
    from search.indexing import refresh_entries

    def counts(data):
        return {
            name: {v["value"]: (v["count"], v["selected"]) for v in values} for name, values in data["facets"].items()
        }

    params = {"threat_type": ["vehicle-ramming", "terrorism"], "space_category": "markets", "page_size": 5}
    from_engine = api(client, **params)
    settings.OPENSEARCH_URL = ""
    refresh_entries()
    from_database = api(client, **params)
    assert from_engine["count"] == from_database["count"]
    assert counts(from_engine) == counts(from_database)
