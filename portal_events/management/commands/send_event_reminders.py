"""Send reminder emails for events starting soon; the scheduler runs the same as a periodic task."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from portal_events.registration import send_due_reminders


class Command(BaseCommand):
    help = "Email confirmed registrants of events starting within EVENT_REMINDER_HOURS (each person once)."

    def handle(self, *args: object, **options: object) -> None:
        sent = send_due_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
