"""Settings of the server the browser tests drive: the development settings plus two test-only changes.

The server is the real portal (``runserver`` on 127.0.0.1, static files served, DEBUG on as in
development) on its own database and its own OpenSearch index prefix. Two things differ, both so
that parallel runs cannot disturb each other or leave anything behind:

* Wagtail's *admin* search uses the database backend, so a run writes no admin indices to the
  shared node at all. The portal's own search, the one the tests exercise, runs on OpenSearch.
* Emails go to files in ``PORTAL_BROWSER_OUTBOX``, so a test can read what the server sent.
"""

from portal.settings.dev import *  # noqa: F403
from portal.settings.env import env_str

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env_str("PORTAL_BROWSER_OUTBOX", str(VAR_DIR / "browser-outbox"))  # noqa: F405
