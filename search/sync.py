"""Keeping the index true to the database.

Every change goes first to ``SearchEntry`` in the same transaction as the change itself
(so a rollback undoes both), then to the engine after commit. An engine that is down does
not stop the change: the failure is logged and ``manage.py search_check --repair`` (run by
the worker) brings the engine back in line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Model
from wagtail.models import Page

from search import adapters
from search.content import fold
from search.models import SearchEntry, SearchEntryTerm
from search.terms import facet_values

logger = logging.getLogger(__name__)


def save_entry(doc_id: str, document: dict[str, Any]) -> SearchEntry:
    """Write the database copy of a document (entry and its facet terms)."""
    search_text = fold(" ".join(str(document.get(key) or "") for key in ("title", "summary", "city", "body",
                                                                          "taxonomy_text")))  # fmt: skip
    search_text = f"{search_text} {fold(' '.join(document.get('tags') or []))}"
    entry, _ = SearchEntry.objects.update_or_create(
        doc_id=doc_id,
        defaults={
            "doc_type": document["type"],
            "object_id": document["object_id"],
            "title": document["title"][:255],
            "folded_title": fold(document["title"])[:255],
            "url": document["url"] or "",
            "summary": document.get("summary") or "",
            "search_text": search_text,
            "published": document.get("published"),
            "document": document,
        },
    )
    entry.terms.all().delete()
    SearchEntryTerm.objects.bulk_create(
        [SearchEntryTerm(entry=entry, facet=facet, value=value[:120]) for facet, value in facet_values(document)]
    )
    return entry


def engine_write(doc_id: str, document: dict[str, Any] | None) -> bool:
    """Write one document to the engine now; False (and a log line) when the engine is unavailable."""
    if not settings.OPENSEARCH_URL:
        return False
    from search.backends.opensearch import OpenSearchEngine

    engine = OpenSearchEngine()
    try:
        if document is None:
            engine.delete(doc_id)
        else:
            engine.index(doc_id, document)
    except Exception as exc:  # the engine's errors are many; none may break a publish
        logger.warning("Search engine write failed for %s (%s); search_check will repair it.", doc_id,
                       type(exc).__name__)  # fmt: skip
        return False
    return True


def sync_object(obj: Model) -> None:
    """Bring ``obj``'s document up to date: written when public, removed otherwise."""
    built = adapters.build_document(obj)
    if built is None:
        return
    doc_id, document = built
    if document is None:
        SearchEntry.objects.filter(doc_id=doc_id).delete()
    else:
        save_entry(doc_id, document)
    transaction.on_commit(lambda: engine_write(doc_id, document))


def remove_object(doc_id: str) -> None:
    SearchEntry.objects.filter(doc_id=doc_id).delete()
    transaction.on_commit(lambda: engine_write(doc_id, None))


def sync_pages(pages: Iterable[Page]) -> None:
    """Sync pages given as base ``Page`` objects (their specific type decides the adapter)."""
    for page in pages:
        if page.specific_class is not None and adapters.adapter_for(page.specific_class) is not None:
            sync_object(page.specific)


def sync_subtree(page: Page) -> None:
    """Sync a page and all its descendants (after a move or a change of view restriction)."""
    sync_pages(Page.objects.filter(path__startswith=page.path).order_by("path"))


def doc_id_for(obj: Model) -> str | None:
    adapter = adapters.adapter_for(obj)
    return adapter.doc_id(obj.pk) if adapter else None


def doc_id_for_page(page: Page) -> str | None:
    """The document id of a (possibly base-class) page instance, without loading the specific page."""
    model = page.specific_class if isinstance(page, Page) else type(page)
    adapter = adapters.adapter_for(model) if model else None
    return adapter.doc_id(page.pk) if adapter else None
