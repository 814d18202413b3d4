#!/usr/bin/env bash
# Command 1 of the README: install, create the SQLite database with demo content, serve on 127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-portal.settings.dev}"
mkdir -p var
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py load_demo --admin
echo "Portal: http://127.0.0.1:${PORT:-8000}/  ·  admin: http://127.0.0.1:${PORT:-8000}/admin/ (admin / ${DEMO_ADMIN_PASSWORD:-demo-admin-pass})"
exec .venv/bin/python manage.py runserver "127.0.0.1:${PORT:-8000}"
