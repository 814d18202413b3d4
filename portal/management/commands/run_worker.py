"""A small periodic worker for deployments: runs each command in ``settings.WORKER_COMMANDS`` in turn.

Apps add their maintenance commands (index drift repair, event reminders) to that list; the
worker container of docker-compose.yml runs this in a loop. A failing job is logged and the
loop goes on, so one broken job cannot stop the others.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the periodic maintenance commands listed in settings.WORKER_COMMANDS."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=int, default=300, help="Seconds between rounds.")
        parser.add_argument("--once", action="store_true", help="Run one round and exit.")

    def handle(self, *args: object, **options: object) -> None:
        while True:
            for command in getattr(settings, "WORKER_COMMANDS", []):
                name, *arguments = command.split()
                try:
                    call_command(name, *arguments)
                except Exception:
                    logger.exception("Worker job %s failed", name)
            if options["once"]:
                return
            time.sleep(int(options["interval"]))
