"""The demo content set: data files, the loader behind ``manage.py load_demo`` and its drawn images.

Installed by the dev, test and bench settings only: production neither ships nor loads it.
"""
