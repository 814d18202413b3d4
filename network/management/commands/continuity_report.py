from django.core.management.base import BaseCommand

from network.continuity import stale_content


class Command(BaseCommand):
    help = "List practices whose organisation is inactive or whose contact has not confirmed in 12 months."

    def handle(self, *args: object, **options: object) -> None:
        items = stale_content()
        for item in items:
            self.stdout.write(f"{item.page.title} | {item.organisation.name} | {item.reason} | {item.page.url}")
        self.stdout.write(f"{len(items)} practices need attention.")
