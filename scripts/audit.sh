#!/usr/bin/env bash
# Known vulnerabilities in the locked dependencies: pip-audit over requirements.lock.
# Run it in your deployment's CI (it needs the PyPI/OSV vulnerability database, which the
# development machines of this project cannot reach; there every package shows as "not found").
# pip-audit lives in its own virtualenv so that it never changes the portal's.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv-audit/bin/pip-audit ]; then
  python3.11 -m venv .venv-audit
  .venv-audit/bin/python -m pip install --quiet "pip-audit==2.10.1"
fi
# --no-deps --disable-pip: every package is pinned in the lock file, so nothing is resolved or installed.
exec .venv-audit/bin/pip-audit --requirement requirements.lock --no-deps --disable-pip --strict "$@"
