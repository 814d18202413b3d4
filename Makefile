# The two commands a newcomer needs (see README.md).
.PHONY: run test lint audit

run:  ## Install and serve the portal on http://127.0.0.1:8000 (SQLite, demo content)
	scripts/run.sh

test:  ## Install, start PostgreSQL/OpenSearch/Chromium as needed, lint and run every test
	scripts/test.sh

lint:
	.venv/bin/ruff check .

audit:  ## Known vulnerabilities in requirements.lock (pip-audit; run it where the vulnerability database is reachable)
	scripts/audit.sh
