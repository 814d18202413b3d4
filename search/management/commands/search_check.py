from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from search.indexing import check


class Command(BaseCommand):
    help = (
        "Compare the search index with the database and, with --repair, fix missing, stale and leaked documents "
        "and out-of-date synonyms."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--repair", action="store_true")

    def handle(self, *args: object, **options: object) -> None:
        if not settings.OPENSEARCH_URL:
            self.stdout.write("OPENSEARCH_URL is not set: the database fallback is always in line.")
            return
        try:
            report = check(repair=bool(options["repair"]))
        except Exception as exc:
            raise CommandError(f"Check failed: {exc}") from exc
        verb = "fixed" if options["repair"] else "found"
        self.stdout.write(
            f"Database copy: {report.entries_fixed} {verb}. Engine: {len(report.missing)} missing, "
            f"{len(report.stale)} stale, {len(report.leaked)} leaked {verb}. "
            f"Synonyms: {'out of date, ' + verb if report.synonyms_stale else 'in line'}."
        )
        for label, ids in (("missing", report.missing), ("stale", report.stale), ("leaked", report.leaked)):
            for doc_id in ids[:50]:
                self.stdout.write(f"  {label}: {doc_id}")
