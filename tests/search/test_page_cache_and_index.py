"""The page cache and the index: a document reaching the engine clears cached searches, not pages."""

from __future__ import annotations

import pytest

from search.tasks import index_changed

pytestmark = pytest.mark.django_db


def test_an_index_update_clears_cached_searches_but_not_pages(client, settings, search_content, use_engine, commit):
    settings.PAGE_CACHE_SECONDS = 600
    page = search_content.tools[0]
    urls = [page.url, "/search/?q=market", "/api/search/?q=market"]
    for url in urls:
        assert client.get(url)["X-Page-Cache"] == "miss", url
    with commit():
        index_changed.send(sender=None, doc_ids=["tool-1"])
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    for url in urls[1:]:
        assert client.get(url)["X-Page-Cache"] == "miss", f"{url} outlived the index update"
