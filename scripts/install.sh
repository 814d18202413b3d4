#!/usr/bin/env bash
# Create .venv and install the pinned dependencies (skipped when requirements.lock is unchanged).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.requirements.lock.sha256
want=$(sha256sum requirements.lock | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --requirement requirements.lock
  echo "$want" > "$stamp"
fi

# Node packages (axe-core for the browser tests), exactly as pinned in package-lock.json; skipped when unchanged.
# The test command needs them (PORTAL_NODE_PACKAGES=required); `make run` does not, so there a missing npm only warns.
node_stamp=node_modules/.package-lock.sha256
node_want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$node_stamp" ] || [ "$(cat "$node_stamp")" != "$node_want" ]; then
  if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && [ "${PORTAL_NODE_PACKAGES:-}" = required ]; then
    echo "Installing Node.js and npm from Debian packages…"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
  fi
  if command -v npm >/dev/null 2>&1; then
    npm ci --no-audit --no-fund --loglevel=error
    echo "$node_want" > "$node_stamp"
  elif [ "${PORTAL_NODE_PACKAGES:-}" = required ]; then
    echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)." >&2
    exit 1
  else
    echo "Note: npm is missing, so the browser tests' axe-core is not installed (the portal itself does not need it)." >&2
  fi
fi
