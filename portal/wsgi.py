"""WSGI entry point. Without DJANGO_SETTINGS_MODULE it serves the production settings, never the dev ones.

The production settings refuse to start without a secret key, host names, the shared cache and the
admin's base URL, so a server started with nothing configured stops with a message instead of
running with DEBUG on. ``make run`` serves through ``manage.py``, which defaults to the dev settings.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
