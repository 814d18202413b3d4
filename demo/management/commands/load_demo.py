"""``manage.py load_demo``: a command only where the ``demo`` app is installed (dev, test, bench)."""

import os
from base64 import b32encode

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
        self.show_accounts()
        if options["admin"]:
            user_model = get_user_model()
            if not user_model.objects.filter(username="admin").exists():
                password = os.environ.get("DEMO_ADMIN_PASSWORD", "demo-admin-pass")
                user_model.objects.create_superuser("admin", "admin@practice-exchange.example", password)
                self.stdout.write("Superuser 'admin' created.")

    def show_accounts(self) -> None:
        """The demo members' sign-ins, and in development the vetted ones' authenticator keys."""
        from django.conf import settings
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from demo.content import DemoContent

        accounts = DemoContent.read().accounts
        password = os.environ.get("DEMO_PASSWORD", "demo-member-pass")
        self.stdout.write(f"Demo members sign in at /account/sign-in/ with the password {password!r}:")
        for item in accounts:
            line = f"  {item['email']} ({'vetted' if item.get('vetted') else 'member'}, {item['organisation']})"
            device = TOTPDevice.objects.filter(user__username=item["email"], confirmed=True).first()
            if device is not None and settings.DEBUG:
                line += f"; authenticator key {b32encode(device.bin_key).decode()}"
            self.stdout.write(line)
