"""Background work of the search app: engine writes from the backlog, and the periodic drift repair.

``sync_backlog`` reads each due ``EngineBacklog`` row's *current* database copy and writes it
(or its removal) in one bulk request, so however many changes a document went through while
the engine was away, it is written once, in its latest state. A row changed again while the
write was in flight keeps its mark and is written next time. When the engine is unavailable
the rows wait with backoff (2, 4, 8… seconds, at most ``SEARCH_RETRY_MAX_SECONDS``) and the task
enqueues its own retry, so the index converges within seconds of the engine's return.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone
from django_tasks import task

from portal.tasks import enqueue_retry, retry_delay
from search import breaker
from search.models import EngineBacklog, SearchEntry

logger = logging.getLogger(__name__)

BATCH_SIZE = 500

#: Sent after documents reached the engine (a search may now answer differently).
index_changed = Signal()


def _postpone(rows: list[EngineBacklog], reason: str) -> None:
    """Give ``rows`` another attempt after a backoff."""
    now = timezone.now()
    for row in rows:
        EngineBacklog.objects.filter(pk=row.pk, changed_at=row.changed_at).update(
            attempts=F("attempts") + 1,
            next_attempt_at=now + retry_delay(row.attempts + 1, settings.SEARCH_RETRY_MAX_SECONDS),
            last_error=reason[:200],
        )


def _done(rows: list[EngineBacklog]) -> None:
    """Forget rows whose write succeeded, unless the document changed again meanwhile."""
    for row in rows:
        EngineBacklog.objects.filter(pk=row.pk, changed_at=row.changed_at).delete()


def write_due(limit: int = BATCH_SIZE) -> tuple[int, int]:
    """Write the due backlog to the engine once; return (written, still waiting)."""
    from search.backends.opensearch import OpenSearchEngine, is_unavailable

    rows = list(EngineBacklog.objects.filter(next_attempt_at__lte=timezone.now()).order_by("changed_at")[:limit])
    if not rows:
        return 0, EngineBacklog.objects.count()
    ticket = breaker.allow()
    if ticket is None:
        logger.warning(
            "Search engine skipped (circuit breaker open); %s document(s) retrying in the background.", len(rows)
        )
        _postpone(rows, "search engine skipped: circuit breaker open")
        return 0, EngineBacklog.objects.count()
    current = dict(
        SearchEntry.objects.filter(doc_id__in=[row.doc_id for row in rows]).values_list("doc_id", "document")
    )
    documents = {row.doc_id: None if row.removal else current.get(row.doc_id) for row in rows}
    try:
        written = set(OpenSearchEngine().write(documents))
    except Exception as exc:
        if is_unavailable(exc):
            breaker.record_failure()
            logger.warning(
                "Search engine unavailable for %s document(s) (%s); retrying in the background.",
                len(rows),
                type(exc).__name__,
            )
        else:
            logger.exception("Search engine write failed unexpectedly")
        _postpone(rows, f"{type(exc).__name__}: {exc}")
        return 0, EngineBacklog.objects.count()
    breaker.record_success(ticket)
    _done([row for row in rows if row.doc_id in written])
    _postpone([row for row in rows if row.doc_id not in written], "the engine refused the document")
    if written:
        index_changed.send(sender=EngineBacklog, doc_ids=sorted(written))
    return len(written), EngineBacklog.objects.count()


@task()
def sync_backlog(attempt: int = 1) -> int:
    """Bring the engine in line with the backlog; retries itself while documents are waiting."""
    if not settings.OPENSEARCH_URL:
        return 0
    written, waiting = write_due()
    while written and waiting:
        more, waiting = write_due()
        if not more:
            break
        written += more
    if waiting and enqueue_retry(sync_backlog, attempt, ceiling=settings.SEARCH_RETRY_MAX_SECONDS):
        logger.info("%s search document(s) wait for the engine; retrying.", waiting)
    return written


@task()
def push_synonyms(attempt: int = 1) -> int:
    """An editor changed the vocabulary: the engine's search analyzer gets it (``search.indexing``).

    While the engine is away the push waits with backoff; the periodic drift check pushes too.
    """
    from search.backends.opensearch import is_unavailable
    from search.indexing import PushBusy
    from search.indexing import push_synonyms as push

    if not settings.OPENSEARCH_URL:
        return 0
    try:
        return len(push())
    except Exception as exc:
        if not (is_unavailable(exc) or isinstance(exc, PushBusy)):
            raise
        if enqueue_retry(push_synonyms, attempt, ceiling=settings.SEARCH_RETRY_MAX_SECONDS):
            logger.warning("Synonyms not pushed (%s); retrying.", type(exc).__name__)
            return 0
        raise


@task()
def repair_index() -> str:
    """The periodic drift check (``search_check --repair``): whatever else went wrong, fix it."""
    from django.core.management import call_command

    call_command("search_check", "--repair", verbosity=0)
    return "checked"


@task()
def prune_search_log() -> int:
    """Daily: the search log keeps ``SEARCH_LOG_DAYS`` (90) days, nothing older."""
    from search.log import prune

    return prune()
