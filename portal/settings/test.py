"""Test settings: PostgreSQL from DATABASE_URL (started by the test command), locmem email."""

from portal.settings.base import *  # noqa: F403
from portal.settings.env import env_str

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 - never used outside the test run
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", "/tmp/practice-portal-test-media"))  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
ALLOWED_HOSTS = ["*"]
# The demo content set (`manage.py load_demo`); production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# The suite's OpenSearch node comes in as PORTAL_TEST_OPENSEARCH_URL; tests that need the engine
# switch it on themselves (tests/search/conftest.py), the rest run on the database fallback.
TEST_OPENSEARCH_URL = env_str("PORTAL_TEST_OPENSEARCH_URL", "") or ""
OPENSEARCH_URL = ""
OPENSEARCH_INDEX_PREFIX = "test"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The shared cache is the real Redis the test command starts (REDIS_URL, a database of its own);
# tests clear it before each test. The page cache stays off unless a test switches it on, so that
# a test changing rows directly never reads a page rendered before its change.
PAGE_CACHE_SECONDS = 0

# Most admin tests sign in with force_login; the second step is tested where it matters (tests/network/
# test_two_factor.py turns this on), and the production crawl runs with it, as production does.
SECOND_FACTOR_FOR_ADMIN = False
