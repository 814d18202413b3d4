"""Background work the whole portal shares: retries with backoff, and the periodic jobs.

Tasks run on django-tasks: inline in development and tests, from the database (django-tasks-db's
``db_worker``) in production. django-tasks has no retries and no schedule of its own, so both live
here: a task that fails for a passing reason enqueues itself again with ``run_after``, and
``manage.py run_scheduler`` enqueues each job of ``settings.PERIODIC_TASKS`` at its interval.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task
from django_tasks.base import Task

logger = logging.getLogger(__name__)


def retry_delay(attempt: int, ceiling: float | None = None) -> dt.timedelta:
    """Exponential backoff: 2, 4, 8… seconds after attempts 1, 2, 3…, capped at ``ceiling``."""
    ceiling = settings.TASK_RETRY_MAX_SECONDS if ceiling is None else ceiling
    return dt.timedelta(seconds=min(2 ** min(attempt, 20), ceiling))


def enqueue_retry(task_: Task, attempt: int, *args: Any, ceiling: float | None = None, **kwargs: Any) -> bool:
    """Enqueue ``task_`` again (as attempt ``attempt + 1``) after a backoff.

    Returns False when the backend cannot defer a task (the inline backend of development and
    tests): the caller then fails the task, which is logged, instead of retrying at once in a loop.
    """
    if not task_.get_backend().supports_defer:
        return False
    run_after = timezone.now() + retry_delay(attempt, ceiling)
    task_.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **kwargs)
    return True


@task()
def publish_scheduled() -> None:
    """Wagtail's go-live and expiry dates take effect only when this runs (every PUBLISH_SCHEDULED_SECONDS)."""
    call_command("publish_scheduled", verbosity=0)


@task()
def prune_task_results() -> None:
    """Finished task rows would pile up forever: keep successes a week and failures (to look into) 90 days."""
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
    from django_tasks_db.backend import DatabaseBackend

    if isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        call_command(
            "prune_db_task_results",
            "--queue-name",
            "*",
            "--min-age-days",
            "7",
            "--failed-min-age-days",
            "90",
            verbosity=0,
        )
