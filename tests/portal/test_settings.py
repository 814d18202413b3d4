"""Production settings refuse to start on unsafe defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zq9!x7Lm2#pR4vT8wY1uN6bC3" + "q" * 10


UNSAFE_DEFAULTS = {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DJANGO_SETTINGS_MODULE"}
SAFE = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "WAGTAILADMIN_BASE_URL": "https://portal.example"}


def load_production(
    code: str = "import django; django.setup(); print('started')", settings: str | None = None, **overrides: str
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with the production settings (``settings=""``: none named)."""
    env = {key: value for key, value in os.environ.items() if key not in UNSAFE_DEFAULTS}
    env.update(
        {"REDIS_URL": "redis://127.0.0.1:6379/0", "WAGTAILADMIN_BASE_URL": "https://portal.example", **overrides}
    )
    if settings != "":
        env["DJANGO_SETTINGS_MODULE"] = settings or "portal.settings.production"
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ALLOWED_HOSTS": "portal.example"}, "SECRET_KEY must be set"),
        (
            {"SECRET_KEY": "dev-insecure-key-never-use-in-production", "ALLOWED_HOSTS": "portal.example"},
            "looks like a default",
        ),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "portal.example"}, "looks like a default"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "DEBUG": "true"}, "DEBUG must be off"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must list"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS must list"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "DEBUG": "maybe"}, "must be a boolean"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "REDIS_URL": ""}, "REDIS_URL must point"),
        (
            {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "WAGTAILADMIN_BASE_URL": ""},
            "WAGTAILADMIN_BASE_URL must be",
        ),
    ],
)
def test_production_refuses_unsafe_configuration(overrides, message):
    result = load_production(**overrides)
    assert result.returncode != 0
    assert message in result.stderr
    assert "started" not in result.stdout


def test_production_starts_with_safe_configuration():
    result = load_production(**SAFE)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_the_wsgi_entry_point_defaults_to_production_and_refuses_to_start_unconfigured():
    """A server started with no settings module named must not run the dev settings (DEBUG on)."""
    refused = load_production("import portal.wsgi", settings="", WAGTAILADMIN_BASE_URL=None)
    assert refused.returncode != 0 and "SECRET_KEY must be set" in refused.stderr
    served = load_production(
        "import portal.wsgi; from django.conf import settings as s; print(s.SETTINGS_MODULE, s.DEBUG)",
        settings="",
        **SAFE,
    )
    assert served.stdout.split() == ["portal.settings.production", "False"], served.stderr


def test_the_deployment_checks_pass_with_the_production_environment():
    """``check --deploy`` names nothing the README does not justify (HSTS preload is the domain owner's choice)."""
    code = (
        "import sys; from django.core.management import execute_from_command_line as run; "
        "run(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    result = load_production(code, **SAFE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_secure_cookies_and_hsts_in_production():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.DEBUG)"
    )
    result = load_production(script, **SAFE)
    assert result.stdout.split() == ["True", "True", "True", "False"], result.stderr
