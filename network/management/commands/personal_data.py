import json

from django.core.management.base import BaseCommand, CommandParser

from network.privacy import erase_personal_data, export_personal_data


class Command(BaseCommand):
    help = "Export (as JSON) or erase everything stored about a person, found by email address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")

    def handle(self, *args: object, **options: object) -> None:
        if options["action"] == "export":
            self.stdout.write(json.dumps(export_personal_data(str(options["email"])), indent=2, ensure_ascii=False))
        else:
            counts = erase_personal_data(str(options["email"]))
            self.stdout.write("Erased: " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
