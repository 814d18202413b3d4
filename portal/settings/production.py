"""Production settings. Refuse to start on unsafe defaults rather than run insecurely."""

from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import *  # noqa: F403
from portal.settings.env import env_bool, env_int, env_str

INSECURE_KEY_MARKERS = ("insecure", "dev-", "test-", "change-me", "changeme", "secret")


def check_production_settings(
    debug: bool, secret_key: str, allowed_hosts: list[str], redis_url: str, admin_base_url: str
) -> None:
    """Raise ImproperlyConfigured for any setting that would make production unsafe."""
    if debug:
        raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG or set DEBUG=false).")
    if not secret_key:
        raise ImproperlyConfigured("SECRET_KEY must be set in production.")
    lowered = secret_key.lower()
    if len(secret_key) < 50 or any(marker in lowered for marker in INSECURE_KEY_MARKERS):
        raise ImproperlyConfigured(
            "SECRET_KEY looks like a default or is shorter than 50 characters; generate a random one."
        )
    if not allowed_hosts or "*" in allowed_hosts:
        raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names in production.")
    if not redis_url:
        # Per-process caches would give each gunicorn worker its own rate limits, breaker and vocabularies.
        raise ImproperlyConfigured("REDIS_URL must point at the shared Redis cache in production.")
    if not admin_base_url.startswith(("https://", "http://")):
        # Every link in the admin's emails (moderation, password resets) starts with it.
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL must be the site's public address in production, e.g. https://portal.example.org."
        )


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "") or ""
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])  # noqa: F405
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "") or ""  # no default: the dev one is 127.0.0.1
check_production_settings(DEBUG, SECRET_KEY, ALLOWED_HOSTS, REDIS_URL, WAGTAILADMIN_BASE_URL)  # noqa: F405

# Persistent connections: opening one per request costs more than most of the queries a page runs.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 600)  # noqa: F405
EMAIL_DELIVERY_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# Tasks are rows in the database, run by `manage.py db_worker` (the compose file's worker).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds the whole domain (and its subdomains) to HTTPS in browsers for months, beyond this
# site: the domain's owner opts in (SECURE_HSTS_PRELOAD=true); the README explains the silenced check.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
# Not an option in production: coordinators and vetted members always pass a second step (network.twofactor).
SECOND_FACTOR_FOR_ADMIN = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405
