"""Enqueue the periodic jobs of ``settings.PERIODIC_TASKS`` at their intervals; the task worker runs them.

django-tasks has no scheduler, so this small loop is the portal's cron: every second it looks
for jobs whose interval has passed and enqueues them. The claim on each run is an atomic
``cache.add`` in the shared cache, so several schedulers (one per container, a restarted one)
never enqueue the same run twice.
"""

from __future__ import annotations

import logging
import signal
import time
from types import FrameType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from portal.scheduler import due_jobs, enqueue_job

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Enqueue the periodic tasks in settings.PERIODIC_TASKS (run beside `manage.py db_worker`)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="Enqueue every job once and exit.")
        parser.add_argument("--tick", type=float, default=1.0, help="Seconds between checks.")

    def handle(self, *args: object, **options: object) -> None:
        if options["once"]:
            for name in settings.PERIODIC_TASKS:
                enqueue_job(name)
            return
        running = True

        def stop(signum: int, frame: FrameType | None) -> None:
            nonlocal running
            running = False

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        jobs = ", ".join(f"{name} every {interval}s" for name, (_, interval) in settings.PERIODIC_TASKS.items())
        logger.info("Scheduler started: %s", jobs)
        while running:
            for name in due_jobs():
                try:
                    enqueue_job(name)
                except Exception:  # a job that cannot be enqueued now is tried at its next interval
                    logger.exception("Could not enqueue periodic job %s", name)
            time.sleep(float(options["tick"]))
