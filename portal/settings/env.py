"""Typed readers for environment variables, so settings modules stay declarative."""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    """Return the variable's value, or ``default`` when it is unset."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Parse a boolean variable; anything unrecognised is a configuration error, not a silent False."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    """Parse an integer variable with a clear error message."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """Parse a comma-separated list, ignoring blanks."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def wagtail_search_backends(opensearch_url: str, index_prefix: str) -> dict[str, dict[str, object]]:
    """Wagtail's admin search: OpenSearch 3 when a URL is configured, the database otherwise."""
    if not opensearch_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [opensearch_url],
            "INDEX_PREFIX": f"{index_prefix}-wagtail-",
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 1},
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_replicas": 0, "refresh_interval": "1s"}}},
        }
    }
