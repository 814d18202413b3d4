from django.core.management.base import BaseCommand

from method.scenarios import load_default_scenarios


class Command(BaseCommand):
    help = "Create the method's default threat scenarios (after load_taxonomies: each belongs to a threat type)."

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write(f"{load_default_scenarios()} scenarios created.")
