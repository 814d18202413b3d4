from django.core.management.base import BaseCommand

from practices.taxonomies import load_default_taxonomies


class Command(BaseCommand):
    help = "Create the default threat types, public-space categories, solution types and audiences."

    def handle(self, *args: object, **options: object) -> None:
        created = load_default_taxonomies()
        self.stdout.write(f"{created} taxonomy terms created.")
