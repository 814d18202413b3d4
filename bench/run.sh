#!/usr/bin/env bash
# Run the search benchmark against a real PostgreSQL and OpenSearch (its own database and index prefix).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
base=$(.venv/bin/python scripts/postgres.py start | tail -n 1)
export DATABASE_URL="${base%/*}/portal_bench"
export OPENSEARCH_URL=$(.venv/bin/python scripts/opensearch.py start | tail -n 1)
export DJANGO_SETTINGS_MODULE=portal.settings.bench
# Every measured request renders: the page cache would answer /api/search/ from memory.
export PAGE_CACHE_SECONDS=0
psql "${base}" -tAc "SELECT 1 FROM pg_database WHERE datname='portal_bench'" | grep -q 1 || psql "${base}" -c "CREATE DATABASE portal_bench" >/dev/null
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python bench/search_bench.py "$@"
