"""A circuit breaker around the search engine, shared by every worker process through the cache.

A hung engine (a long GC pause, a stopped process) answers nothing until the client times out.
Without a breaker every search pays that timeout; with it, the first failure *opens* the
breaker and for ``SEARCH_BREAKER_SECONDS`` every process skips the engine and answers from the
database at once. After that, exactly one caller at a time (whichever wins the cache's atomic
``add``) is let through as a trial: success closes the breaker for everyone, failure opens it
again. A hung engine therefore costs one timeout per interval for the whole site.

A cache that does not answer must not take search down with it: then the breaker stays closed.
"""

from __future__ import annotations

import logging
from enum import Enum

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

OPEN_KEY = "search:breaker:open"
RECOVERING_KEY = "search:breaker:recovering"
TRIAL_KEY = "search:breaker:trial"
RECOVERING_SECONDS = 3600


class Ticket(Enum):
    """What ``allow`` decided: go ahead normally, or go ahead as the one trial after an open spell."""

    CLOSED = "closed"
    TRIAL = "trial"


def allow() -> Ticket | None:
    """May this caller use the engine now? ``None`` means skip it and answer from the database."""
    try:
        state = cache.get_many([OPEN_KEY, RECOVERING_KEY])
        if OPEN_KEY in state:
            return None
        if RECOVERING_KEY not in state:
            return Ticket.CLOSED
        # Only one trial at a time; it lasts at most one engine timeout (plus a margin).
        trial_seconds = max(1, int(settings.SEARCH_WRITE_TIMEOUT) + 1)
        return Ticket.TRIAL if cache.add(TRIAL_KEY, 1, timeout=trial_seconds) else None
    except Exception:  # the cache's own errors are many (connection, timeout, protocol)
        logger.warning("Cache unavailable for the search breaker; trying the engine.", exc_info=True)
        return Ticket.CLOSED


def record_success(ticket: Ticket) -> None:
    """A call through ``ticket`` worked: after a trial, close the breaker for every process."""
    if ticket is not Ticket.TRIAL:
        return
    try:
        cache.delete_many([RECOVERING_KEY, TRIAL_KEY])
    except Exception:
        logger.warning("Cache unavailable; the search breaker could not be closed.", exc_info=True)
    logger.info("Search engine answers again; searches use it.")


def record_failure() -> None:
    """The engine failed or timed out: skip it everywhere for the next interval."""
    try:
        cache.set(OPEN_KEY, 1, timeout=settings.SEARCH_BREAKER_SECONDS)
        cache.set(RECOVERING_KEY, 1, timeout=RECOVERING_SECONDS)
        cache.delete(TRIAL_KEY)
    except Exception:
        logger.warning("Cache unavailable; the search breaker could not be opened.", exc_info=True)


def is_open() -> bool:
    """True while searches skip the engine (for tests, the bench and the admin)."""
    try:
        return cache.get(OPEN_KEY) is not None
    except Exception:
        return False


def reset() -> None:
    """Forget every failure (tests; and after an operator fixed the engine)."""
    cache.delete_many([OPEN_KEY, RECOVERING_KEY, TRIAL_KEY])
