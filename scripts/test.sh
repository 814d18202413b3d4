#!/usr/bin/env bash
# Command 2 of the README: install, start the services the tests need, lint, run the whole suite.
# In CI (CI=true) a service that cannot start fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
PORTAL_NODE_PACKAGES=required scripts/install.sh

# Debian's Chromium drives the browser tests (tests/browser); installed like PostgreSQL when missing and
# running as root. Without it the browser tests fail (never skip), so the run goes on to report that.
PORTAL_CHROMIUM="${PORTAL_CHROMIUM:-/usr/bin/chromium}"
export PORTAL_CHROMIUM
if [ ! -x "$PORTAL_CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Chromium from Debian packages…"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  else
    echo "Chromium is missing at $PORTAL_CHROMIUM: install Debian's 'chromium' package." >&2
  fi
fi

DATABASE_URL=$(.venv/bin/python scripts/postgres.py start | tail -n 1)
export DATABASE_URL
# Redis (the shared cache), installed from Debian's packages like PostgreSQL; the tests use database 1.
REDIS_URL=$(.venv/bin/python scripts/redis.py start | tail -n 1)
export REDIS_URL="${REDIS_URL%/*}/1"
export DJANGO_SETTINGS_MODULE=portal.settings.test
cleanup() {
  .venv/bin/python scripts/opensearch.py stop >/dev/null 2>&1 || true
  .venv/bin/python scripts/redis.py stop >/dev/null 2>&1 || true
  .venv/bin/python scripts/postgres.py stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

PORTAL_TEST_OPENSEARCH_URL=$(.venv/bin/python scripts/opensearch.py start | tail -n 1)
export PORTAL_TEST_OPENSEARCH_URL

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== templates"
# djhtml's indentation; the map outline is one projected SVG path, longer than djhtml reads.
git ls-files -z 'templates/*.html' | grep -zv europe_outline.html | xargs -0 .venv/bin/djhtml --check
echo "== mypy"
# search/ and the services modules, with django-stubs (files and settings: [tool.mypy] in pyproject.toml).
.venv/bin/mypy
echo "== migrations"
# Every model change comes with its migration.
.venv/bin/python manage.py makemigrations --check --dry-run --verbosity 1
echo "== pytest"
.venv/bin/python -m pytest -p no:cacheprovider "$@"
echo "Whole test command took $(( $(date +%s) - started ))s"
