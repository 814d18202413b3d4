"""Project-level checks: migrations complete, compose file sane, README and CI agree."""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.django_db
def test_migrations_are_complete():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_docker_compose_defines_the_deployment():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"web", "db", "opensearch", "worker"} <= set(services)
    assert services["opensearch"]["image"].startswith("opensearchproject/opensearch:3")
    web_env = services["web"]["environment"]
    for name in ("DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "OPENSEARCH_URL"):
        assert name in web_env
    assert web_env["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme
    assert "make run" in readme
    assert "make test" in ci
