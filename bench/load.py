"""Load and fault benchmark of the whole stack, as deployed. Never run as a test.

Run it through ``bench/load``. It deploys the portal with the production settings on this
machine (``scripts/deployment.py``: gunicorn, PostgreSQL, OpenSearch, Redis, the task worker,
the demo content; kept between runs under the database ``portal_loadbench``), then drives it
from 50 simulated users on loopback, bounded in time:

1. 60 s with 1 s think time, and 60 s with none: about 60 % pages (home, listings, practices,
   directory, profiles, projects, events) and 40 % search (page, API, facets, sorts, suggest);
2. under load, the engine **stopped** (SIGTERM), with pages published and unpublished meanwhile,
   then started again: how long until searches are no longer degraded and the index converged;
3. under load, the engine **hung** (SIGSTOP), with a page published meanwhile, then SIGCONT: the
   search latency while it hangs, and again the time to convergence.

Each phase prints requests/s, p50/p95/p99, errors (any 5xx or failed request), and for searches
their p95 and how many were degraded.

    bench/load [--users 50] [--seconds 60] [--workers 3] [--rebuild]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import opensearch, postgres, redis  # noqa: E402
from scripts.deployment import Deployment  # noqa: E402

TARGETS = {"p95_think_ms": 200, "rps_no_think": 200, "search_p95_hung_ms": 300, "convergence_s": 30}
QUERIES = [
    "vehicle ramming",
    "christmas market",
    "bollards",
    "station",
    "crowd",
    "drone",
    "knife",
    "festival",
    "stadium",
    "lighting",
    "cctv",
    "pickpocketing",
    "evacuation",
    "square",
    "metro",
    "training exercise",
    "perimeter",
    "beach promenade",
    "places of worship",
    "hostile vehicle mitigation",
]
FACETS = [
    "threat_type=vehicle-ramming",
    "space_category=markets",
    "country=DE",
    "type=case_study",
    "threat_type=terrorism&space_category=transport-hubs",
    "solution_type=crowd-management",
    "type=tool",
    "country=ES&type=case_study",
    "year=2021",
    "project=protect",
]

_URLS_SNIPPET = """
import json
from portal_events.models import EventIndexPage, EventPage
from network.models import Organisation
from portal.models import HomePage
from practices.models import CaseStudyIndexPage, CaseStudyPage, LessonIndexPage, LessonPage, Project, ToolIndexPage, ToolPage
live = lambda model: [page.url for page in model.objects.live().public()]
print(json.dumps({
    "home": live(HomePage),
    "listings": live(CaseStudyIndexPage) + live(ToolIndexPage) + live(LessonIndexPage) + live(EventIndexPage),
    "practices": live(CaseStudyPage) + live(ToolPage) + live(LessonPage),
    "events": live(EventPage),
    "profiles": [f"/network/{slug}/" for slug in Organisation.objects.filter(active=True).values_list("slug", flat=True)],
    "projects": [f"/network/projects/{slug}/" for slug in Project.objects.values_list("slug", flat=True)],
}))
"""

_CHURN_SNIPPET = """
import sys
from practices.models import LessonPage
print("ready", flush=True)
sys.stdin.readline()
for page in LessonPage.objects.live().order_by("pk")[:{count}]:
    page.title = page.title.split(" [")[0] + " [{marker}]"
    page.save_revision().publish()
print("ok")
"""


class Editor:
    """An editor's process that publishes changes: started (Django loaded) before a phase, told to go during it.

    An editor publishes from a running server; starting a Django process inside the phase would also
    measure the tooling's own start-up (seconds of CPU on this 2-core machine), not the publishing.
    """

    def __init__(self, site: Deployment, count: int, marker: str) -> None:
        code = _CHURN_SNIPPET.format(count=count, marker=marker)
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=site.env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        for line in self.process.stdout:  # Django's shell may print a line of its own first
            if line.strip() == "ready":
                break
        else:
            raise RuntimeError("the editor's process did not start")

    def publish(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def wait(self) -> None:
        output, _ = self.process.communicate(timeout=120)
        if self.process.returncode != 0 or "ok" not in output:
            raise RuntimeError(f"the editor's changes failed: {output[-2000:]}")


def zipf(items: list[str]) -> list[float]:
    """Weights 1, 1/2, 1/3…: a few searches are made often, most rarely (as search logs show)."""
    return [1 / rank for rank in range(1, len(items) + 1)]


QUERY_WEIGHTS, FACET_WEIGHTS = zipf(QUERIES), zipf(FACETS)


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


@dataclass
class Sample:
    kind: str  # "page" or "search"
    status: int
    ms: float
    degraded: bool = False


@dataclass
class Phase:
    name: str
    samples: list[Sample] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        all_ms = [sample.ms for sample in self.samples]
        searches = [sample for sample in self.samples if sample.kind == "search"]
        errors = sum(1 for sample in self.samples if sample.status == 0 or sample.status >= 500)
        degraded = sum(1 for sample in searches if sample.degraded)
        rps = len(self.samples) / self.seconds if self.seconds else 0.0
        return (
            f"{self.name:<32} {rps:7.1f} req/s  p50 {percentile(all_ms, 50):6.1f}  p95 {percentile(all_ms, 95):6.1f}  "
            f"p99 {percentile(all_ms, 99):7.1f} ms  errors {errors:>3}  search p95 "
            f"{percentile([s.ms for s in searches], 95):6.1f} ms, degraded {degraded}/{len(searches)}"
        )


class Load:
    """``users`` threads, each requesting the mix with ``think`` seconds between requests, until stopped."""

    def __init__(self, port: int, urls: dict[str, list[str]], users: int, seed: int = 20210614) -> None:
        self.port, self.urls, self.users = port, urls, users
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.phase: Phase | None = None
        self.think = 0.0
        self.running = False
        self.threads: list[threading.Thread] = []

    def next_request(self, rng: random.Random) -> tuple[str, str]:
        if rng.random() < 0.6:
            group = rng.choices(
                ["home", "listings", "practices", "profiles", "events", "projects", "directory"],
                weights=[10, 15, 40, 15, 10, 5, 5],
            )[0]
            if group == "directory":
                return "page", rng.choice(["/network/", "/network/?country=NL", "/network/?expertise=vehicle-ramming"])
            return "page", rng.choice(self.urls[group])
        query = rng.choices(QUERIES, QUERY_WEIGHTS)[0].replace(" ", "+")
        facet = rng.choices(FACETS, FACET_WEIGHTS)[0]
        kind = rng.random()
        if kind < 0.35:
            return "search", f"/search/?q={query}"
        if kind < 0.55:
            return "search", f"/search/?q={query}&{facet}"
        if kind < 0.75:
            return "search", f"/api/search/?q={query}&{facet}&sort={rng.choice(['relevance', 'newest'])}"
        if kind < 0.85:
            return "search", f"/api/search/?{facet}&page={rng.choice([1, 2])}"
        return "search", f"/api/search/suggest/?q={query[: rng.randint(3, 6)]}"

    def request(self, path: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers={"X-Forwarded-Proto": "https", "User-Agent": "bench-load"})
            response = connection.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            return 0, b""
        finally:
            connection.close()

    def user(self, number: int) -> None:
        rng = random.Random(self.rng.random() + number)
        while self.running:
            kind, path = self.next_request(rng)
            started = time.perf_counter()
            status, body = self.request(path)
            sample = Sample(kind, status, (time.perf_counter() - started) * 1000)
            if kind == "search" and path.startswith("/api/search/?") and status == 200:
                sample.degraded = bool(json.loads(body).get("degraded"))
            elif kind == "search" and status == 200:
                sample.degraded = b"simplified mode" in body or b'"degraded": true' in body
            with self.lock:
                if self.phase is not None:
                    self.phase.samples.append(sample)
            if self.think:
                time.sleep(self.think * rng.uniform(0.5, 1.5))

    def start(self, think: float) -> None:
        self.think = think
        self.running = True
        self.threads = [threading.Thread(target=self.user, args=(n,), daemon=True) for n in range(self.users)]
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.running = False
        for thread in self.threads:
            thread.join(timeout=60)

    def measure(self, name: str, seconds: float, during: Callable[[], None] | None = None) -> Phase:
        phase = Phase(name)
        with self.lock:
            self.phase = phase
        started = time.monotonic()
        if during is not None:
            during()
        while time.monotonic() - started < seconds:
            time.sleep(0.2)
        with self.lock:
            self.phase = None
        phase.seconds = time.monotonic() - started
        print(phase.line(), flush=True)
        return phase


def search_state(port: int, marker: str) -> tuple[bool, int]:
    """(degraded, hits for ``marker``) as the API answers right now."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", f"/api/search/?q={marker}", headers={"X-Forwarded-Proto": "https"})
        data = json.loads(connection.getresponse().read())
        return bool(data["degraded"]), int(data["count"])
    finally:
        connection.close()


def converge(site: Deployment, marker: str, expected: int, since: float, limit: float = 120) -> tuple[float, float]:
    """Seconds from ``since`` until searches are no longer degraded, and until the changes are all found."""
    not_degraded = found = None
    while time.monotonic() - since < limit and found is None:
        degraded, count = search_state(site.port, marker)
        now = time.monotonic() - since
        if not degraded and not_degraded is None:
            not_degraded = now
        if not degraded and count >= expected:
            found = now
        time.sleep(0.25)
    return (not_degraded or float("inf")), (found or float("inf"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--fault-seconds", type=float, default=30)
    parser.add_argument("--warm-up", type=float, default=30, help="Seconds of uncounted load before measuring.")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (the compose file runs 3)")
    parser.add_argument("--rebuild", action="store_true", help="Build the benchmark's database from scratch.")
    args = parser.parse_args()

    database, cache, engine = postgres.start(), redis.start(), opensearch.start()
    site = Deployment(
        kind="loadbench",
        server_database_url=database,
        opensearch_url=engine,
        redis_url=cache.rsplit("/", 1)[0] + "/4",
        work=ROOT / "var" / "bench" / "load",
        persistent=True,
    )
    if args.rebuild or not site.exists():
        print("building the benchmark's deployment (migrate, demo content, static files, index)…", flush=True)
        print({name: round(seconds, 1) for name, seconds in site.build().items()})
    else:
        site.manage("migrate", "--noinput", "-v0")
        site.manage("collectstatic", "--noinput", "-v0")
        site.manage("search_rebuild")
    site.manage(
        "shell",
        "-c",
        f"from wagtail.models import Site; Site.objects.update(hostname='127.0.0.1', port={site.port}); print('ok')",
    )
    site.flush_cache()
    urls = json.loads(site.shell(_URLS_SNIPPET))
    site.start_web(workers=args.workers)
    site.start_worker()
    load = Load(site.port, urls, args.users)
    print(
        f"\n{args.users} users, gunicorn {args.workers} workers, {os.cpu_count()} cores, {args.seconds:.0f} s per phase"
    )
    try:
        # A deployed site's cache is warm most of the time: the first visits fill it, uncounted.
        load.start(think=1.0)
        load.measure("warm-up (not counted)", args.warm_up)
        think = load.measure("1 s think time", args.seconds)
        load.stop()
        load.start(think=0.0)
        load.measure("warm-up (not counted)", 5)
        flat = load.measure("no think time", args.seconds)
        load.stop()

        load.start(think=1.0)
        marker = f"Ocelot{int(time.time())}"
        editor = Editor(site, count=3, marker=marker)
        stopped = load.measure(
            "engine stopped", args.fault_seconds, during=lambda: (opensearch.stop(), editor.publish())
        )
        editor.wait()
        restart = time.monotonic()
        opensearch.start()
        healthy = time.monotonic() - restart
        back_after_stop = converge(site, marker, expected=3, since=time.monotonic())
        load.measure("engine back after the stop", 10)

        marker = f"Okapi{int(time.time())}"
        editor = Editor(site, count=2, marker=marker)
        hung = load.measure(
            "engine hung (SIGSTOP)", args.fault_seconds, during=lambda: (opensearch.pause(), editor.publish())
        )
        editor.wait()
        opensearch.resume()
        back_after_hang = converge(site, marker, expected=2, since=time.monotonic())
        load.measure("engine back after the hang", 10)
    finally:
        load.stop()
        opensearch.resume()
        site.destroy()

    def ms(phase: Phase, kind: str | None = None) -> float:
        return percentile([s.ms for s in phase.samples if kind is None or s.kind == kind], 95)

    def errors(phase: Phase) -> int:
        return sum(1 for sample in phase.samples if sample.status == 0 or sample.status >= 500)

    print("\nagainst the targets:")
    print(f"  p95 with 1 s think time: {ms(think):.0f} ms (target ≤ {TARGETS['p95_think_ms']} ms)")
    print(
        f"  throughput with no think time: {len(flat.samples) / flat.seconds:.0f} req/s "
        f"(target ≥ {TARGETS['rps_no_think']})"
    )
    print(
        f"  search p95 with the engine hung: {ms(hung, 'search'):.0f} ms (target ≤ {TARGETS['search_p95_hung_ms']} ms)"
    )
    print(f"  errors: {errors(think)}, {errors(flat)}, stopped {errors(stopped)}, hung {errors(hung)} (target 0)")
    print(
        f"  after the stop: node healthy in {healthy:.1f} s, then searches not degraded after "
        f"{back_after_stop[0]:.1f} s, index converged after {back_after_stop[1]:.1f} s (target ≤ 30 s)"
    )
    print(
        f"  after the hang: searches not degraded after {back_after_hang[0]:.1f} s, index converged after "
        f"{back_after_hang[1]:.1f} s (target ≤ 30 s)"
    )


if __name__ == "__main__":
    main()
