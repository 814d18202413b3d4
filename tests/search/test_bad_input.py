"""Bad parameters give a 400 with a message; hostile queries are handled safely (both engines)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "params",
    [
        {"threat_type": "no-such-threat"},
        {"country": "XX"},
        {"country": "DEU"},
        {"type": "podcast"},
        {"project": "nope"},
        {"year": "21"},
        {"sort": "random"},
        {"page": "0"},
        {"page": "abc"},
        {"page": "999"},
        {"page_size": "101"},
        {"page_size": "-5"},
        {"page": "500", "page_size": "100"},
    ],
)
def test_api_rejects_bad_parameters_with_400(client, engine, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert response.json()["error"]


@pytest.mark.parametrize(
    "q",
    [
        "x" * 10_000,
        'title:(a OR b) AND body:"unclosed',
        "*:* OR _exists_:title {!lucene} ~2 ^3 [a TO z] /regex.*/ \\ && || !",
        '"',
        "\x00\x01 null bytes",
        "<script>alert(1)</script>",
        "'; DROP TABLE search_searchentry; --",
    ],
)
def test_hostile_queries_are_answered_safely(client, engine, q):
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 200
    page = client.get("/search/", {"q": q})
    assert page.status_code == 200
    assert b"<script>alert(1)</script>" not in page.content


def test_search_page_shows_a_message_for_bad_filters(client, engine):
    response = client.get("/search/", {"country": "XX"})
    assert response.status_code == 400
    assert "Unknown value for" in response.content.decode()
