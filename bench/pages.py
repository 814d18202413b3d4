"""Page benchmark: in-process render time and SQL queries per public page type. Never run as a test.

Run it through ``bench/pages``: it starts PostgreSQL, OpenSearch and Redis, builds (once, then
reuses) a deployment of its own with the demo content (``scripts/deployment.py``, database
``portal_pagesbench``), and measures in a process with exactly that deployment's environment:
the production settings, with the shared page cache switched off (``PAGE_CACHE_SECONDS=0``) so
each request renders from scratch. Every URL of a page type is requested through Django's test
client (the whole middleware stack, DEBUG off, as behind the TLS proxy). Per page type it prints
the number of URLs, p50/p95/max render time and the most SQL queries any of its URLs ran.

    bench/pages [--rounds 20] [--only case_study,search] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_P95_MS = 40.0


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def page_urls() -> dict[str, list[str]]:
    """The URLs of every public page type, read from the live content."""
    from network.models import Organisation
    from portal.models import HomePage
    from portal_events.models import EventIndexPage, EventPage
    from practices.models import (
        CaseStudyIndexPage,
        CaseStudyPage,
        LessonIndexPage,
        LessonPage,
        Project,
        ToolIndexPage,
        ToolPage,
    )

    def pages(model: type) -> list[str]:
        return [page.url for page in model.objects.live().public().order_by("pk")]

    events = list(EventPage.objects.live().public().order_by("pk"))
    return {
        "home": pages(HomePage),
        "case_study": pages(CaseStudyPage),
        "tool": pages(ToolPage),
        "lesson": pages(LessonPage),
        "listing": pages(CaseStudyIndexPage) + pages(ToolIndexPage) + pages(LessonIndexPage),
        "listing_filtered": [f"{url}?threat=vehicle-ramming" for url in pages(CaseStudyIndexPage)],
        "directory": ["/network/", "/network/?country=NL", "/network/?expertise=vehicle-ramming"],
        "organisation": [
            f"/network/{slug}/" for slug in Organisation.objects.filter(active=True).values_list("slug", flat=True)
        ],
        "project": [f"/network/projects/{slug}/" for slug in Project.objects.values_list("slug", flat=True)],
        "event": [page.url for page in events],
        "event_calendar": [f"{page.url}calendar/" for page in events],
        "events_listing": pages(EventIndexPage) + [f"{url}?when=past" for url in pages(EventIndexPage)],
        "search_page": [
            "/search/",
            "/search/?q=vehicle+ramming",
            "/search/?q=crowd&space_category=markets",
            "/search/?threat_type=vehicle-ramming&sort=newest&country=DE",
        ],
        "search_api": ["/api/search/?q=bollards", "/api/search/?q=station&type=case_study&sort=newest"],
        "suggest": ["/api/search/suggest/?q=veh", "/api/search/suggest/?q=christmas"],
        "feeds": [
            "/feeds/practices/rss/",
            "/feeds/practices/atom/",
            "/feeds/events/rss/",
            "/feeds/events/atom/",
            "/feeds/events/calendar.ics",
        ],
        "sitemap": ["/sitemap.xml"],
    }


def measure(client: Any, url: str) -> tuple[float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url, HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
        elapsed = (time.perf_counter() - started) * 1000
    return elapsed, len(queries), response.status_code


def run(rounds: int, only: set[str] | None, log: Callable[[str], None] = print) -> dict[str, dict[str, float]]:
    from django.db import reset_queries
    from django.test import Client

    client = Client()
    figures: dict[str, dict[str, float]] = {}
    types = page_urls()
    for name, urls in types.items():
        if only and name not in only:
            continue
        if not urls:
            log(f"{name:<17} no URLs")
            continue
        for url in urls:  # warm-up: templates compiled, renditions generated, connections open
            measure(client, url)
        timings: list[float] = []
        most_queries = 0
        for _ in range(rounds):
            for url in urls:
                elapsed, queries, status = measure(client, url)
                if status != 200:
                    raise SystemExit(f"{url} answered {status}")
                timings.append(elapsed)
                most_queries = max(most_queries, queries)
        reset_queries()
        p95 = percentile(timings, 95)
        figures[name] = {
            "urls": len(urls),
            "p50": percentile(timings, 50),
            "p95": p95,
            "max": max(timings),
            "queries": most_queries,
        }
        verdict = "ok" if p95 <= TARGET_P95_MS else "OVER"
        log(
            f"{name:<17} {len(urls):>4} URLs  p50 {percentile(timings, 50):6.1f} ms  p95 {p95:6.1f} ms  "
            f"max {max(timings):6.1f} ms  queries ≤ {most_queries:>3}  {verdict}"
        )
    return figures


def deploy(rebuild: bool, kind: str = "pagesbench", redis_db: int = 5) -> dict[str, str]:
    """A benchmark's deployment (built once, then reused) and the environment to measure it in."""
    from scripts import opensearch, postgres, redis
    from scripts.deployment import Deployment

    site = Deployment(
        kind=kind,
        server_database_url=postgres.start(),
        opensearch_url=opensearch.start(),
        redis_url=redis.start().rsplit("/", 1)[0] + f"/{redis_db}",
        work=ROOT / "var" / "bench" / kind.removesuffix("bench"),
        persistent=True,
    )
    if rebuild or not site.exists():
        print("building the benchmark's deployment (migrate, demo content, static files, index)…", flush=True)
        site.build()
    else:
        site.manage("migrate", "--noinput", "-v0")
        site.manage("search_rebuild")
    return {**site.env(), "PAGE_CACHE_SECONDS": "0"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="Timed requests per URL.")
    parser.add_argument("--only", default="", help="Comma-separated page types.")
    parser.add_argument("--rebuild", action="store_true", help="Build the benchmark's database from scratch.")
    args = parser.parse_args()
    if "DJANGO_SETTINGS_MODULE" not in os.environ:
        # Measure in a fresh process with exactly the deployment's environment (production settings).
        # With DJANGO_SETTINGS_MODULE already set, the caller chose the database and settings itself.
        env = deploy(args.rebuild)
        argv = [sys.executable, __file__, *(arg for arg in sys.argv[1:] if arg != "--rebuild")]
        os.execve(sys.executable, argv, env)  # noqa: S606 - our own interpreter, our own script
    import django

    django.setup()
    from django.conf import settings

    if getattr(settings, "PAGE_CACHE_SECONDS", 0):
        sys.exit("The page cache must be off for this benchmark (PAGE_CACHE_SECONDS=0).")
    engine = settings.OPENSEARCH_URL or "database fallback"
    print(
        f"Settings {settings.SETTINGS_MODULE}, DEBUG {settings.DEBUG}, database {settings.DATABASES['default']['NAME']}"
    )
    print(
        f"In-process render, PostgreSQL, search engine: {engine}, page cache off, {args.rounds} rounds per URL; "
        f"target p95 ≤ {TARGET_P95_MS:.0f} ms"
    )
    run(args.rounds, {name for name in args.only.split(",") if name} or None)


if __name__ == "__main__":
    main()
