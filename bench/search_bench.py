"""Search benchmark: prints latency, throughput and freshness figures. Never run as a test.

Run it through ``bench/run.sh`` (starts PostgreSQL and OpenSearch, uses its own database).
For each size (10k, 100k by default) it generates synthetic practice documents with a fixed
seed straight into the database copy (``SearchEntry``), rebuilds the OpenSearch index from
it, then measures ``/api/search/`` for a faceted query (3 filters + text) in-process, the
raw engine time of the same query, the database fallback (at 10k), and finally how long a
real page publish takes to become searchable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.bench")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402

from practices import taxonomy_defaults as vocab  # noqa: E402
from search.models import SearchEntry, SearchEntryTerm  # noqa: E402

WORDS = [
    "bollards",
    "market",
    "square",
    "station",
    "crowd",
    "lighting",
    "camera",
    "barrier",
    "festival",
    "stadium",
    "promenade",
    "vehicle",
    "ramming",
    "drone",
    "pickpocket",
    "patrol",
    "steward",
    "design",
    "planter",
    "perimeter",
    "alert",
    "exercise",
    "tabletop",
    "evacuation",
    "cooperation",
    "police",
    "municipality",
    "tourist",
    "night",
    "transport",
    "beach",
]
CITIES = [
    ("Málaga", "ES"),
    ("Braşov", "RO"),
    ("Köln", "DE"),
    ("Eindhoven", "NL"),
    ("Larissa", "GR"),
    ("Vilnius", "LT"),
    ("Kraków", "PL"),
    ("Göteborg", "SE"),
    ("Liège", "BE"),
    ("Porto", "PT"),
    ("Nice", "FR"),
    ("Thessaloniki", "GR"),
]
QUERY = {"q": "vehicle barrier", "threat_type": "vehicle-ramming", "space_category": "markets", "country": "DE"}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def synthetic_documents(count: int, seed: int = 20210614):
    rng = random.Random(seed)
    threats = [child[0] for _, _, _, children in vocab.THREAT_TYPES for child in children]
    families = {child[0]: family for family, _, _, children in vocab.THREAT_TYPES for child in children}
    spaces = [slug for slug, _, _ in vocab.SPACE_CATEGORIES]
    solutions = [slug for slug, _, _ in vocab.SOLUTION_TYPES]
    for number in range(1, count + 1):
        doc_type = rng.choice(["case_study", "case_study", "tool", "lesson"])
        city, country = rng.choice(CITIES)
        chosen = rng.sample(threats, 2)
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        title = " ".join(rng.sample(WORDS, 5)).capitalize()
        body = " ".join(rng.choice(WORDS) for _ in range(120))
        yield (
            f"{doc_type}-{number}",
            {
                "type": doc_type,
                "object_id": number,
                "url": f"/bench/{number}/",
                "title": title,
                "summary": " ".join(rng.choice(WORDS) for _ in range(30)),
                "body": body,
                "city": city if doc_type == "case_study" else None,
                "country": country if doc_type == "case_study" else None,
                "threat_types": sorted({*chosen, *(families[slug] for slug in chosen)}),
                "space_categories": rng.sample(spaces, 2),
                "solution_types": rng.sample(solutions, 2),
                "project": None,
                "tags": rng.sample(WORDS, 3),
                "taxonomy_text": "",
                "year": published.year,
                "published": published.isoformat(),
                "updated": None,
                "access_label": "clear",
            },
        )


def load_documents(count: int) -> float:
    from search.content import fold
    from search.terms import facet_values

    started = time.monotonic()
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        batch: list[tuple[SearchEntry, dict]] = []

        def flush() -> None:
            entries = SearchEntry.objects.bulk_create([entry for entry, _ in batch])
            SearchEntryTerm.objects.bulk_create(
                [
                    SearchEntryTerm(entry=entry, facet=f, value=v)
                    for entry, (_, doc) in zip(entries, batch, strict=True)
                    for f, v in facet_values(doc)
                ],
                batch_size=10_000,
            )
            batch.clear()

        for doc_id, doc in synthetic_documents(count):
            text = fold(" ".join(str(doc[key] or "") for key in ("title", "summary", "city", "body")))
            batch.append(
                (
                    SearchEntry(
                        doc_id=doc_id,
                        doc_type=doc["type"],
                        object_id=doc["object_id"],
                        title=doc["title"],
                        folded_title=fold(doc["title"]),
                        url=doc["url"],
                        summary=doc["summary"],
                        search_text=text,
                        published=doc["published"],
                        document=doc,
                    ),
                    doc,
                )
            )
            if len(batch) >= 2000:
                flush()
        flush()
    return time.monotonic() - started


def settle(timeout: float = 300.0) -> float:
    """Let a bulk load's background work finish, as it would before real traffic arrives.

    On two cores, Lucene's merges after a rebuild and PostgreSQL's autovacuum of the freshly
    loaded rows compete with the requests being timed; right after a 100k load they doubled
    the p95. The bench measures the steady state, so it vacuums and waits for merges first.
    """
    from django.db import connection

    from search.backends.opensearch import client as engine_client

    started = time.monotonic()
    with connection.cursor() as cursor:
        for model in (SearchEntry, SearchEntryTerm):
            cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")
    es = engine_client()
    while time.monotonic() - started < timeout:
        merges = es.nodes.stats(metric="indices", index_metric="merge")
        if all(node["indices"]["merges"]["current"] == 0 for node in merges["nodes"].values()):
            break
        time.sleep(0.5)
    return time.monotonic() - started


def time_api(client: Client, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get("/api/search/", QUERY)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content
    return timings


def time_raw_engine(runs: int) -> tuple[list[float], list[float]]:
    from search.backends.opensearch import PracticeFacetedSearch
    from search.query import SearchQuery

    query = SearchQuery(
        text=QUERY["q"],
        filters={"threat_type": ("vehicle-ramming",), "space_category": ("markets",), "country": ("DE",)},
    )
    wall, took = [], []
    for _ in range(runs):
        faceted = PracticeFacetedSearch(query, f"{settings.OPENSEARCH_INDEX_PREFIX}-content")[0:20]
        started = time.perf_counter()
        response = faceted.execute()
        wall.append((time.perf_counter() - started) * 1000)
        took.append(float(response.took))
    return wall, took


def time_api_and_engine(client: Client, runs: int) -> tuple[list[float], list[float], list[float]]:
    """API and raw engine timings taken in turns, so both see the same warm-up and background load."""
    api: list[float] = []
    wall: list[float] = []
    took: list[float] = []
    for _ in range(runs):
        api.extend(time_api(client, 1))
        one_wall, one_took = time_raw_engine(1)
        wall.extend(one_wall)
        took.extend(one_took)
    return api, wall, took


def publish_delay() -> float:
    """Seconds from a real page publish (commit) until the API finds it."""
    from demo.loader import DemoLoader
    from practices.models import CaseStudyIndexPage, CaseStudyPage, SpaceCategory
    from practices.taxonomies import load_default_taxonomies

    load_default_taxonomies()
    loader = DemoLoader()
    home = loader.ensure_home()
    index = loader.ensure_child(home, CaseStudyIndexPage, "case-studies", "Case studies", "Bench")
    client = Client()
    marker = f"Zanzibarquay{int(time.time())}"
    with transaction.atomic():
        page = CaseStudyPage(
            title=f"{marker} bench practice",
            slug=marker.lower(),
            summary="bench",
            city="Köln",
            country="DE",
            space_name="Dom",
            space_category=SpaceCategory.objects.get(slug="markets"),
            challenge="<p>bench</p>",
        )
        index.add_child(instance=page)
        started = time.monotonic()
        page.save_revision().publish()
    try:
        while time.monotonic() - started < 10:
            if client.get("/api/search/", {"q": marker}).json()["count"]:
                return time.monotonic() - started
            time.sleep(0.02)
        return float("inf")
    finally:
        page.delete()  # leaves the synthetic set as it was, so ``--reuse`` can keep it


def main() -> None:
    from search.indexing import rebuild

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--rebuilds", type=int, default=2, help="Timed rebuilds per size (the first one warms up).")
    parser.add_argument("--reuse", action="store_true", help="Keep documents and index when the count already matches.")
    args = parser.parse_args()
    if not settings.OPENSEARCH_URL:
        sys.exit("OPENSEARCH_URL must be set (bench/run.sh does it).")
    engine_url = settings.OPENSEARCH_URL
    from practices.taxonomies import load_default_taxonomies

    load_default_taxonomies()
    client = Client()
    for size in [int(value) for value in args.sizes.split(",")]:
        print(f"\n== {size:,} synthetic practices")
        if args.reuse and SearchEntry.objects.count() == size:
            print("reusing the documents and index of the previous run")
        else:
            print(f"generate + load database copy: {load_documents(size):.1f}s")
            for attempt in range(1, args.rebuilds + 1):
                # The first rebuild after a node start also pays for the JVM's warm-up; print each.
                report = rebuild(refresh_database_copy=False)
                print(
                    f"rebuild {attempt}: {report.documents:,} documents in {report.seconds:.1f}s "
                    f"= {report.rate:,.0f} documents/s"
                )
        print(f"settling after the load: {settle():.1f}s")
        api, wall, took = time_api_and_engine(client, 50)  # warm up
        api, wall, took = time_api_and_engine(client, args.runs)
        print(f"/api/search/ (3 filters + text): p50 {percentile(api, 50):.1f} ms, p95 {percentile(api, 95):.1f} ms")
        print(
            f"raw engine, same query: wall p50 {percentile(wall, 50):.1f} ms, p95 {percentile(wall, 95):.1f} ms; "
            f"engine 'took' p50 {percentile(took, 50):.0f} ms, p95 {percentile(took, 95):.0f} ms"
        )
        print(
            f"ratio API / raw engine (p95 wall): {percentile(api, 95) / percentile(wall, 95):.2f}; "
            f"(p50): {statistics.median(api) / statistics.median(wall):.2f}"
        )
        if size <= 10_000:
            settings.OPENSEARCH_URL = ""
            fallback = time_api(client, max(20, args.runs // 4))
            settings.OPENSEARCH_URL = engine_url
            print(f"database fallback: p50 {percentile(fallback, 50):.1f} ms, p95 {percentile(fallback, 95):.1f} ms")
    print(f"\npublish-to-searchable delay: {publish_delay() * 1000:.0f} ms")


if __name__ == "__main__":
    main()
