"""``manage.py load_demo``: a command only where the ``demo`` app is installed (dev, test, bench)."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo content set (idempotent: running it twice changes nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--admin",
            action="store_true",
            help="Also create the superuser 'admin' (password from DEMO_ADMIN_PASSWORD, default 'demo-admin-pass').",
        )

    def handle(self, *args: object, **options: object) -> None:
        created = DemoLoader().load()
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(f"Demo content loaded; created: {summary}.")
        if options["admin"]:
            user_model = get_user_model()
            if not user_model.objects.filter(username="admin").exists():
                password = os.environ.get("DEMO_ADMIN_PASSWORD", "demo-admin-pass")
                user_model.objects.create_superuser("admin", "admin@practice-exchange.example", password)
                self.stdout.write("Superuser 'admin' created.")
