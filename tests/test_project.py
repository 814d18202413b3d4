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
    assert {"web", "worker", "scheduler", "db", "redis", "opensearch"} <= set(services)
    assert services["opensearch"]["image"].startswith("opensearchproject/opensearch:3")
    assert services["redis"]["image"].startswith("redis:")
    for name in ("web", "worker", "scheduler"):  # one environment for every portal process
        env = services[name]["environment"]
        for variable in ("DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "OPENSEARCH_URL", "REDIS_URL"):
            assert variable in env, f"{name} lacks {variable}"
        assert env["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
        assert env["REDIS_URL"].startswith("redis://redis:")
        assert set(services[name]["depends_on"]) >= {"db", "redis"}


def test_compose_commands_exist():
    """What the containers run are commands this project has (a renamed one would only fail in production)."""
    from django.core.management import get_commands

    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    commands = get_commands()
    for name in ("web", "worker", "scheduler"):
        text = services[name]["command"]
        for command in [part.split()[0] for part in text.split("manage.py ")[1:]]:
            assert command in commands, f"{name} runs manage.py {command}, which does not exist"
    assert "gunicorn portal.wsgi:application" in services["web"]["command"]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme
    assert "make run" in readme
    assert "make test" in ci
