"""Settings shared by every environment. Environment modules override only what differs."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from portal.csp import PUBLIC_DIRECTIVES
from portal.settings.env import (
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    opensearch_urls,
    shared_cache,
    wagtail_search_backends,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("PORTAL_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "portal",
    "practices",
    "method",
    "network",
    "portal_events",  # app label "events"
    "search",
    "django_tasks",
    "django_tasks_db",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside WhiteNoise and the page cache: every response carries the policy (portal/csp.py).
    "portal.csp.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache: cached search pages are logged too (search/log.py).
    "search.log.SearchLogMiddleware",
    # Before sessions and authentication: a cached anonymous page is answered without touching either.
    "portal.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.throttle.SignInThrottleMiddleware",
    # After authentication: ends revoked sessions, and gives every view the reader's clearance.
    "network.clearance.ClearanceMiddleware",
    "network.twofactor.SecondFactorMiddleware",
    # Wagtail's chosen-file views, kept to the files the editor may attach (another organisation's annexes 404).
    "practices.middleware.RestrictedChooserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_DIRECTIVES}

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Email: every message is queued as a task (sent outside the request, retried when the server refuses);
# the task delivers it through EMAIL_DELIVERY_BACKEND: console in dev, locmem in tests, SMTP in production.
EMAIL_BACKEND = "portal.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Practice exchange <noreply@practice-exchange.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Wagtail
# How many proxies in front of the portal append to X-Forwarded-For (0: none; see portal/client_ip.py).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
RATELIMIT_IP_META_KEY = "portal.client_ip.client_ip"
# Failed sign-ins (admin login, page passwords, password resets) before a pause (portal/throttle.py).
SIGN_IN_FAILURES_PER_IP = env_int("SIGN_IN_FAILURES_PER_IP", 20)
SIGN_IN_FAILURES_PER_TARGET = env_int("SIGN_IN_FAILURES_PER_TARGET", 5)
SIGN_IN_WINDOW_SECONDS = env_int("SIGN_IN_WINDOW_SECONDS", 15 * 60)
# No avatars from gravatar.com: nothing is fetched from other sites (and the admin's policy allows none).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The pages API's own search is off: /api/search/ is the portal's validated search (portal/api.py).
WAGTAILAPI_SEARCH_ENABLED = False
WAGTAILAPI_LIMIT_MAX = 50
WAGTAIL_SITE_NAME = "Practice exchange: protecting public spaces"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Documents only through Wagtail's view, which checks the collection's privacy (portal/media.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.forms.AltTextImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_FINDERS: list[dict[str, str]] = []  # no oEmbed calls to the outside world

# Search: OpenSearch when OPENSEARCH_URL is set (a comma-separated list for a cluster), the database otherwise.
OPENSEARCH_URL = env_str("OPENSEARCH_URL", "") or ""
OPENSEARCH_INDEX_PREFIX = env_str("OPENSEARCH_INDEX_PREFIX", "portal")
OPENSEARCH_SHARDS = env_int("OPENSEARCH_SHARDS", 1)
OPENSEARCH_REPLICAS = env_int("OPENSEARCH_REPLICAS", 0)
WAGTAILSEARCH_BACKENDS = wagtail_search_backends(
    opensearch_urls(OPENSEARCH_URL), OPENSEARCH_INDEX_PREFIX, OPENSEARCH_SHARDS, OPENSEARCH_REPLICAS
)
# A search waits this long for the engine before the database answers instead (seconds).
SEARCH_TIMEOUT = env_float("SEARCH_TIMEOUT", 1.0)
# After an engine failure, searches skip the engine for this long (the state is shared through the cache).
SEARCH_BREAKER_SECONDS = env_float("SEARCH_BREAKER_SECONDS", 5.0)
# Engine writes run in the task worker and may wait longer; failed ones are retried with backoff.
SEARCH_WRITE_TIMEOUT = env_float("SEARCH_WRITE_TIMEOUT", 10.0)
SEARCH_RETRY_MAX_SECONDS = env_float("SEARCH_RETRY_MAX_SECONDS", 10.0)

# The shared cache: Redis when REDIS_URL is set (production, tests, benchmarks), process memory otherwise
# (make run). Page cache, search circuit breaker, rate limits and vocabularies live here.
REDIS_URL = env_str("REDIS_URL", "") or ""
CACHES = shared_cache(REDIS_URL)
# Anonymous responses are kept this long (0 switches the page cache off); any content change clears them.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# Background work (django-tasks). The embedded default runs tasks inline; production uses the database
# backend of django-tasks-db, run by `manage.py db_worker`, and `manage.py run_scheduler` enqueues the
# periodic jobs below.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
#: name → (task path, interval in seconds)
# The search log for the editors' report (search/log.py): nothing personal, kept this many days.
SEARCH_LOG_ENABLED = env_bool("SEARCH_LOG_ENABLED", True)
SEARCH_LOG_DAYS = env_int("SEARCH_LOG_DAYS", 90)
# Sensitive content (practices.marking, network.clearance, network.vetting).
#: Organisation types whose vetted members may read AMBER material (comma-separated OrganisationType values).
VETTING_ELIGIBLE_TYPES = env_list("VETTING_ELIGIBLE_TYPES", ["municipality", "police", "region", "eu_body"])
VETTING_DAYS = env_int("VETTING_DAYS", 365)
#: The renewal reminder goes this many days before a vetting expires.
VETTING_REMINDER_DAYS = env_int("VETTING_REMINDER_DAYS", 30)
#: Coordinators, superusers and vetted members reach the admin only after the second step (network.twofactor);
#: production forces it on.
SECOND_FACTOR_FOR_ADMIN = env_bool("SECOND_FACTOR_FOR_ADMIN", True)
OTP_TOTP_ISSUER = "Practice exchange"
#: Each failed code doubles the wait before the next try, per device (django-otp).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
#: Views and downloads of AMBER and RED parts are kept this many days (network.access).
ACCESS_LOG_DAYS = env_int("ACCESS_LOG_DAYS", 365)
PERIODIC_TASKS = {
    "vetting_expiry": ("network.tasks.expire_vettings", 3600),
    "prune_access_log": ("network.tasks.prune_access_log", 24 * 3600),
    "publish_scheduled": ("portal.tasks.publish_scheduled", env_int("PUBLISH_SCHEDULED_SECONDS", 30)),
    "search_backlog": ("search.tasks.sync_backlog", 60),
    "search_check": ("search.tasks.repair_index", 300),
    "prune_search_log": ("search.tasks.prune_search_log", 24 * 3600),
    "event_reminders": ("portal_events.tasks.send_event_reminders", 300),
    "prune_task_results": ("portal.tasks.prune_task_results", 24 * 3600),
    "prune_unconfirmed_registrations": ("portal_events.tasks.prune_unconfirmed_registrations", 3600),
}
# How long the link confirming an event registration works; unconfirmed requests are then deleted.
REGISTRATION_CONFIRM_HOURS = env_int("REGISTRATION_CONFIRM_HOURS", 24)
# Failed tasks that may be retried (emails, engine writes) wait 2^attempt seconds, at most this long.
TASK_RETRY_MAX_SECONDS = env_int("TASK_RETRY_MAX_SECONDS", 600)
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 8)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail's immediate task backend and audit log talk at INFO about every save.
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        # The client logs every failed request with its traceback; search.service says it once, in one line.
        "opensearch": {"level": "ERROR"},
    },
}

# Related practices come from the search engine's more-like-this when it answers.
PRACTICES_RELATED_PROVIDER = "search.service.related_pages"
#: What an assessment result ranks its matching practices with (``method.matching``).
METHOD_PRACTICES_PROVIDER = "search.method.practices_for"

# Peer contact: who receives messages for organisations without a contact, and abuse limits.
NETWORK_COORDINATOR_EMAIL = env_str("NETWORK_COORDINATOR_EMAIL", "coordinator@practice-exchange.example")
CONTACT_RATE_PER_IP = env_str("CONTACT_RATE_PER_IP", "5/h")
CONTACT_RATE_PER_EMAIL = env_str("CONTACT_RATE_PER_EMAIL", "3/h")

# Events: reminder emails go out this many hours before an event starts (send_event_reminders),
# and registrations per IP address are limited like the contact form.
EVENT_REMINDER_HOURS = env_int("EVENT_REMINDER_HOURS", 24)
REGISTRATION_RATE_PER_IP = env_str("REGISTRATION_RATE_PER_IP", "10/h")
