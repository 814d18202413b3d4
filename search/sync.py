"""Keeping the index true to the database.

Every change goes first to ``SearchEntry`` in the same transaction as the change itself (so a
rollback undoes both), together with an ``EngineBacklog`` row saying the engine must follow.
After commit a task (``search.tasks.sync_backlog``) writes the engine; when the engine is down
or hung the row stays and the task retries with backoff, so nothing waits on the engine and
nothing is lost. ``manage.py search_check --repair`` remains the safety net for anything else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from wagtail.models import Page

from search import adapters
from search.content import fold
from search.models import EngineBacklog, SearchEntry, SearchEntryTerm
from search.terms import facet_values


def save_entry(doc_id: str, document: dict[str, Any]) -> SearchEntry:
    """Write the database copy of a document (entry and its facet terms)."""
    search_text = fold(
        " ".join(str(document.get(key) or "") for key in ("title", "summary", "city", "body", "taxonomy_text"))
    )
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


def mark_for_engine(doc_id: str, removal: bool) -> None:
    """Record, in the current transaction, that the engine must follow the database copy of ``doc_id``.

    The task that writes the engine is enqueued once the transaction commits; a rollback drops both.
    """
    if not settings.OPENSEARCH_URL:
        return  # no engine to keep in line (the embedded default); a later search_rebuild builds it
    now = timezone.now()
    EngineBacklog.objects.update_or_create(
        doc_id=doc_id,
        defaults={"removal": removal, "changed_at": now, "next_attempt_at": now, "attempts": 0, "last_error": ""},
    )
    transaction.on_commit(_enqueue_backlog_sync)


def _enqueue_backlog_sync() -> None:
    from search.tasks import sync_backlog

    sync_backlog.enqueue()


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
    mark_for_engine(doc_id, removal=document is None)


def remove_object(doc_id: str) -> None:
    SearchEntry.objects.filter(doc_id=doc_id).delete()
    mark_for_engine(doc_id, removal=True)


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
