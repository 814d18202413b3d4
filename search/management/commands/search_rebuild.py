from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index into a fresh index and swap the alias (searches keep answering)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--keep-old", type=int, default=0, help="How many previous indices to keep.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = rebuild(keep_old=int(options["keep_old"]))
        except Exception as exc:
            raise CommandError(f"Rebuild failed: {exc}") from exc
        self.stdout.write(
            f"Indexed {report.documents} documents into {report.index} in {report.seconds:.2f}s "
            f"({report.rate:.0f} documents/s); caught up {report.caught_up}; "
            f"removed old indices: {', '.join(report.removed_indices) or 'none'}."
        )
