"""Whole-index operations: rebuild behind an alias, the drift check between database and engine, and the
push of the editors' vocabulary into the live index's search analyzer."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db import transaction
from opensearchpy.helpers import scan

from search import adapters
from search.backends.opensearch import OpenSearchEngine, write_client
from search.documents import SYNONYM_FILTER, alias_name, new_index, search_analyzer
from search.models import SearchEntry, SynonymGroup
from search.sync import save_entry
from search.synonyms import engine_rules
from search.tasks import index_changed

logger = logging.getLogger(__name__)


def source_documents(batch_size: int = 500) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every document the index holds (public ones, and restricted parts with their access fields),
    built from the database in key order with prefetching."""
    for adapter in adapters.adapters():
        queryset = adapter.public_queryset()
        last_pk = 0
        while True:
            batch = list(queryset.filter(pk__gt=last_pk)[:batch_size])
            if not batch:
                break
            for obj in batch:
                yield from adapter.documents(obj).items()
            last_pk = batch[-1].pk


@transaction.atomic
def refresh_entries() -> tuple[int, int]:
    """Rewrite the database copy from the source of truth; return (written, removed)."""
    seen: set[str] = set()
    for doc_id, document in source_documents():
        save_entry(doc_id, document)
        seen.add(doc_id)
    removed, _ = SearchEntry.objects.exclude(doc_id__in=seen).delete()
    return len(seen), removed


def _entries() -> Iterator[tuple[str, dict[str, Any]]]:
    for entry in SearchEntry.objects.order_by("pk").only("doc_id", "document").iterator(chunk_size=2000):
        yield entry.doc_id, entry.document


@dataclass
class RebuildReport:
    index: str
    documents: int
    seconds: float
    caught_up: int
    removed_indices: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def rebuild(refresh_database_copy: bool = True, keep_old: int = 0) -> RebuildReport:
    """Write every document into a fresh index, swap the alias atomically, then catch up.

    Searches keep hitting the old index until the swap. Writes that happen during the build
    go to the old index (through the alias) and to the database copy; after the swap, every
    entry updated since the build started is written again, so nothing is lost. Old
    indices are deleted (``keep_old`` of them kept) so they cannot fill the disk.
    """
    if refresh_database_copy:
        refresh_entries()
    es = write_client()
    engine = OpenSearchEngine()
    alias = alias_name()
    started_at = dt.datetime.now(dt.UTC)
    name = f"{alias}-{started_at.strftime('%Y%m%d%H%M%S%f')}"
    index = new_index(name)
    index.create(using=es)
    # Bulk-load settings: no refreshes and asynchronous translog until the build is complete.
    es.indices.put_settings(index=name, body={"index": {"refresh_interval": "-1", "translog.durability": "async"}})
    started = time.monotonic()
    count = engine.bulk_index(name, _entries())
    es.indices.put_settings(index=name, body={"index": {"refresh_interval": "1s", "translog.durability": "request"}})
    es.indices.refresh(index=name)
    seconds = time.monotonic() - started
    old = list(es.indices.get_alias(name=alias).keys()) if es.indices.exists_alias(name=alias) else []
    actions: list[dict[str, Any]] = [{"remove": {"index": old_name, "alias": alias}} for old_name in old]
    if not old and es.indices.exists(index=alias):
        # A plain index auto-created by writes made before the first rebuild sits where the alias goes.
        actions.append({"remove_index": {"index": alias}})
    actions.append({"add": {"index": name, "alias": alias}})
    es.indices.update_aliases(body={"actions": actions})
    caught_up = 0
    for entry in SearchEntry.objects.filter(updated_at__gte=started_at):
        engine.index(entry.doc_id, entry.document)
        caught_up += 1
    removed = _delete_old_indices(alias, keep=name, keep_old=keep_old)
    es.indices.refresh(index=alias)
    push_synonyms()  # a group saved while the index was built
    index_changed.send(sender=RebuildReport, doc_ids=None)
    return RebuildReport(index=name, documents=count, seconds=seconds, caught_up=caught_up, removed_indices=removed)


def _delete_old_indices(alias: str, keep: str, keep_old: int) -> list[str]:
    es = write_client()
    names = sorted(name for name in es.indices.get(index=f"{alias}-*") if name != keep)
    doomed = names[: max(0, len(names) - keep_old)]
    for name in doomed:
        es.indices.delete(index=name, ignore=[404])
    return doomed


@dataclass
class DriftReport:
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    entries_fixed: int = 0
    #: The live index's synonym rules differ from the editors' vocabulary (a push that never arrived).
    synonyms_stale: bool = False

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.leaked or self.entries_fixed or self.synonyms_stale)


def check(repair: bool = False) -> DriftReport:
    """Compare the engine with the database; with ``repair``, fix every difference.

    First the database copy is compared with the pages (the source of truth), then the
    engine with the database copy: documents missing from the engine, stale ones (content
    differs) and leaked ones (in the engine but no longer public).
    """
    report = DriftReport()
    expected = dict(source_documents())
    entries = {entry.doc_id: entry.document for entry in SearchEntry.objects.only("doc_id", "document")}
    wrong_entries = [doc_id for doc_id, doc in expected.items() if entries.get(doc_id) != doc]
    extra_entries = [doc_id for doc_id in entries if doc_id not in expected]
    report.entries_fixed = len(wrong_entries) + len(extra_entries)
    if repair and report.entries_fixed:
        with transaction.atomic():
            for doc_id in wrong_entries:
                save_entry(doc_id, expected[doc_id])
            SearchEntry.objects.filter(doc_id__in=extra_entries).delete()
    engine = OpenSearchEngine()
    engine.ensure_index()
    indexed = {
        hit["_id"]: hit["_source"]
        for hit in scan(write_client(), index=alias_name(), query={"query": {"match_all": {}}})
    }
    for doc_id, document in expected.items():
        if doc_id not in indexed:
            report.missing.append(doc_id)
        elif indexed[doc_id] != document:
            report.stale.append(doc_id)
    report.leaked = [doc_id for doc_id in indexed if doc_id not in expected]
    if repair:
        for doc_id in report.missing + report.stale:
            engine.index(doc_id, expected[doc_id])
        for doc_id in report.leaked:
            engine.delete(doc_id)
        engine.refresh()
        if report.missing or report.stale or report.leaked:
            index_changed.send(sender=DriftReport, doc_ids=report.missing + report.stale + report.leaked)
    rules = engine_rules()
    report.synonyms_stale = any(
        index_rules(name) != rules for name in write_client().indices.get_alias(name=alias_name())
    )
    if repair and report.synonyms_stale:
        push_synonyms()
    return report


#: Held while a push has the index closed: searches that meet the closed index wait for it to go
#: (``search.service``), and a second push waits its turn instead of closing the index under the first.
PUSH_LOCK_KEY = "search:synonyms:push"
PUSH_LOCK_SECONDS = 60
PUSH_WAIT_SECONDS = 30.0


class PushBusy(RuntimeError):
    """Another push held the index for longer than ``PUSH_WAIT_SECONDS``."""


def index_rules(index: str) -> list[str] | None:
    """The synonym rules ``index``'s search analyzer holds (``None``: it has no such filter)."""
    name = f"index.analysis.filter.{SYNONYM_FILTER}.synonyms"
    found = write_client().indices.get_settings(index=index, name=name, flat_settings=True)
    return found.get(index, {}).get("settings", {}).get(name)


def push_synonyms() -> list[str]:
    """Give the live index the editors' vocabulary as it is now; return the indices that changed.

    OpenSearch changes an analyzer only on a closed index, so each index whose rules differ is closed,
    given the new filter and reopened: a few hundred milliseconds on the portal's index, and no reindex.
    The rules are read once the lock is held, so the last of several quick saves always wins.
    An index built before the search analyzer existed gets the filter too, but its fields use the
    analyzer only after ``search_rebuild``.
    """
    es = write_client()
    alias = alias_name()
    if not es.indices.exists_alias(name=alias):
        return []
    deadline = time.monotonic() + PUSH_WAIT_SECONDS
    while not cache.add(PUSH_LOCK_KEY, 1, timeout=PUSH_LOCK_SECONDS):
        if time.monotonic() > deadline:
            raise PushBusy("another synonym push holds the search index")
        time.sleep(0.05)
    changed = []
    try:
        rules = engine_rules()
        analysis = search_analyzer(rules).get_analysis_definition()
        for index in sorted(es.indices.get_alias(name=alias)):
            if index_rules(index) == rules:
                continue
            es.indices.close(index=index)
            try:
                es.indices.put_settings(index=index, body={"analysis": analysis})
            finally:
                es.indices.open(index=index)
                es.cluster.health(index=index, wait_for_status="yellow")
            changed.append(index)
    finally:
        cache.delete(PUSH_LOCK_KEY)
    if changed:
        logger.info("Synonyms pushed to %s (%s rules).", ", ".join(changed), len(rules))
        index_changed.send(sender=SynonymGroup, doc_ids=[])
    return changed


def wait_for_push(timeout: float = 3.0) -> bool:
    """Wait (at most ``timeout`` seconds) until no synonym push holds the index; False if one still does."""
    deadline = time.monotonic() + timeout
    while cache.get(PUSH_LOCK_KEY) is not None:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
