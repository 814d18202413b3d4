"""Production settings refuse to start on unsafe defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zq9!x7Lm2#pR4vT8wY1uN6bC3" + "q" * 10


def load_production(**overrides: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", "REDIS_URL": "redis://127.0.0.1:6379/0",
                **overrides})  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


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
    ],
)
def test_production_refuses_unsafe_configuration(overrides, message):
    result = load_production(**overrides)
    assert result.returncode != 0
    assert message in result.stderr
    assert "started" not in result.stdout


def test_production_starts_with_safe_configuration():
    result = load_production(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="portal.example")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_secure_cookies_and_hsts_in_production():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.DEBUG)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production", "SECRET_KEY": GOOD_KEY,
           "ALLOWED_HOSTS": "portal.example", "REDIS_URL": "redis://127.0.0.1:6379/0"}  # fmt: skip
    env.pop("DEBUG", None)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.split() == ["True", "True", "True", "False"], result.stderr
