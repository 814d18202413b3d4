"""Benchmark settings: like production (DEBUG off) but with a local key and the bench's own index prefix."""

from portal.settings.base import *  # noqa: F403
from portal.settings.env import env_str

DEBUG = False
SECRET_KEY = "bench-only-key"  # noqa: S105 - never used outside bench/run.sh
ALLOWED_HOSTS = ["*"]
# The demo content set (`manage.py load_demo`); production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
OPENSEARCH_INDEX_PREFIX = env_str("OPENSEARCH_INDEX_PREFIX", "bench") or "bench"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
