"""Typed readers for environment variables, so settings modules stay declarative."""

from __future__ import annotations

import os
from typing import overload

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@overload
def env_str(name: str, default: str) -> str: ...
@overload
def env_str(name: str, default: str | None = None) -> str | None: ...
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


def wagtail_search_backends(
    opensearch_urls: list[str], index_prefix: str, shards: int = 1, replicas: int = 0
) -> dict[str, dict[str, object]]:
    """Wagtail's admin search: OpenSearch 3 (with a database fallback) when nodes are configured, the database otherwise."""
    if not opensearch_urls:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "search.backends.admin",
            "URLS": opensearch_urls,
            "INDEX_PREFIX": f"{index_prefix}-wagtail-",
            # A hung node costs one timeout per breaker interval (search.backends.admin); a dead one is
            # retried on the others only.
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": len(opensearch_urls) - 1, "retry_on_timeout": False},
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {"number_of_shards": shards, "number_of_replicas": replicas, "refresh_interval": "1s"}
                }
            },
        }
    }


def env_float(name: str, default: float) -> float:
    """Parse a number of seconds (or any float) with a clear error message."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from exc


def opensearch_urls(value: str) -> list[str]:
    """The nodes of OPENSEARCH_URL: one URL, or several separated by commas (a cluster)."""
    return [url.strip() for url in (value or "").split(",") if url.strip()]


def shared_cache(redis_url: str) -> dict[str, dict[str, object]]:
    """Django's Redis cache when a URL is given, local memory (one process, `make run`) otherwise.

    The Redis client gives up after a second: a cache that does not answer must not hang requests.
    """
    if not redis_url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "portal",
            "OPTIONS": {"socket_timeout": 1.0, "socket_connect_timeout": 1.0},
        }
    }
