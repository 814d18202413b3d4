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
from search.access import access_terms
from search.content import fold
from search.models import EngineBacklog, SearchEntry, SearchEntryTerm
from search.terms import facet_values


def save_entry(doc_id: str, document: dict[str, Any]) -> SearchEntry:
    """Write the database copy of a document (entry and its facet terms)."""
    search_text = fold(
        " ".join(
            str(document.get(key) or "") for key in ("title", "summary", "city", "body", "taxonomy_text", "credits")
        )
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
            "access_label": document.get("access_label") or "clear",
            "document": document,
        },
    )
    entry.terms.all().delete()
    SearchEntryTerm.objects.bulk_create(
        [
            SearchEntryTerm(entry=entry, facet=facet, value=value[:120])
            for facet, value in [*facet_values(document), *access_terms(document)]
        ]
    )
    return entry


def mark_for_engine(doc_ids: str | Iterable[str], removal: bool) -> None:
    """Record, in the current transaction, that the engine must follow the database copy of ``doc_ids``.

    The task that writes the engine is enqueued once the transaction commits; a rollback drops both.
    """
    if not settings.OPENSEARCH_URL:
        return  # no engine to keep in line (the embedded default); a later search_rebuild builds it
    ids = [doc_ids] if isinstance(doc_ids, str) else list(doc_ids)
    if not ids:
        return
    now = timezone.now()
    for doc_id in ids:
        EngineBacklog.objects.update_or_create(
            doc_id=doc_id,
            defaults={"removal": removal, "changed_at": now, "next_attempt_at": now, "attempts": 0, "last_error": ""},
        )
    transaction.on_commit(_enqueue_backlog_sync)


def _enqueue_backlog_sync() -> None:
    from search.tasks import sync_backlog

    sync_backlog.enqueue()


def _with_parts(doc_id: str) -> list[str]:
    """The ids of a document and of its parts that the database copy holds."""
    prefix = doc_id + adapters.PART_SEPARATOR
    return [doc_id, *SearchEntry.objects.filter(doc_id__startswith=prefix).values_list("doc_id", flat=True)]


def sync_object(obj: Model) -> None:
    """Bring ``obj``'s documents (its own and its parts') up to date: written when public, removed otherwise."""
    built = adapters.build_documents(obj)
    if built is None:
        return
    doc_id, documents = built
    gone = [known for known in _with_parts(doc_id) if known not in documents]
    SearchEntry.objects.filter(doc_id__in=gone).delete()
    mark_for_engine(gone, removal=True)
    for written, document in documents.items():
        save_entry(written, document)
    mark_for_engine(documents, removal=False)


def remove_object(doc_id: str) -> None:
    """Remove a document and its parts."""
    ids = _with_parts(doc_id)
    SearchEntry.objects.filter(doc_id__in=ids).delete()
    mark_for_engine(ids, removal=True)


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
