"""Relevance benchmark: nDCG@10 and the zero-result rate of the judgement set, per engine. Never run as a test.

Run it through ``bench/relevance``: it builds (once, then reuses) a deployment of its own with the demo
content (``scripts/deployment.py``, database ``portal_relevancebench``) and evaluates
``tests/search/relevance/judgements.toml`` on OpenSearch and on the database fallback, each engine
called directly (``search.relevance``), in a process with exactly that deployment's environment.

    bench/relevance [--rebuild] [--worst 8] [--judgements PATH] [--without-supplements]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

JUDGEMENTS = ROOT / "tests" / "search" / "relevance" / "judgements.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="Build the benchmark's database from scratch.")
    parser.add_argument(
        "--worst", type=int, default=8, help="Show this many lowest-scoring queries of the tuning half, per engine."
    )
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument(
        "--without-supplements",
        action="store_true",
        help="Leave out the *_judgements.toml grades beside the set (the technology catalogue's records).",
    )
    args = parser.parse_args()
    if "DJANGO_SETTINGS_MODULE" not in os.environ:
        from bench.pages import deploy

        env = deploy(args.rebuild, kind="relevancebench", redis_db=6)
        argv = [sys.executable, __file__, *(arg for arg in sys.argv[1:] if arg != "--rebuild")]
        os.execve(sys.executable, argv, env)  # noqa: S606 - our own interpreter, our own script
    import django

    django.setup()
    from django.conf import settings

    from search import relevance, service
    from search.backends.database import DatabaseEngine
    from search.backends.opensearch import OpenSearchEngine

    if not settings.OPENSEARCH_URL:
        sys.exit("OPENSEARCH_URL is not set: the benchmark measures both engines.")
    judgements = relevance.load_judgements(args.judgements, supplements=not args.without_supplements)
    labels = service.facet_labels()
    print(f"{len(judgements)} judged queries from {args.judgements.relative_to(ROOT)}")
    for engine in (OpenSearchEngine(), DatabaseEngine()):
        report = relevance.evaluate(engine, judgements, labels)
        print(relevance.summary(report))
        for row in relevance.worst(report, args.worst, tuning_only=True):
            print("   ", row)


if __name__ == "__main__":
    main()
