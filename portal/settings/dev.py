"""Development settings: the embedded default (SQLite, console email, no services needed)."""

from portal.settings.base import *  # noqa: F403
from portal.settings.env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
# A fixed key is acceptable here only because production.py refuses it.
SECRET_KEY = env_str("SECRET_KEY", "") or "dev-insecure-key-never-use-in-production"
# The demo content set (`manage.py load_demo`); production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# The demo superuser signs in without a second step (SECOND_FACTOR_FOR_ADMIN=true to try it); vetted demo
# members still need one to read TLP:AMBER material, as everywhere (network.clearance). Production forces it on.
SECOND_FACTOR_FOR_ADMIN = env_bool("SECOND_FACTOR_FOR_ADMIN", False)
