"""Which periodic jobs are due, claimed once across every scheduler process through the shared cache."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import close_old_connections
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def due_jobs() -> list[str]:
    """Names of the jobs whose interval has passed, each claimed for one interval (atomic ``cache.add``)."""
    due = []
    for name, (_path, interval) in settings.PERIODIC_TASKS.items():
        try:
            if cache.add(f"scheduler:claim:{name}", 1, timeout=interval):
                due.append(name)
        except Exception:
            logger.warning("Cache unavailable: periodic job %s waits.", name, exc_info=True)
    return due


def enqueue_job(name: str) -> None:
    path, _interval = settings.PERIODIC_TASKS[name]
    close_old_connections()
    import_string(path).enqueue()
