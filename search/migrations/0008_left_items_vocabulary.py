"""The "Left items" group also names what stations and their staff call them: unattended items and objects.

Found by the relevance report's tuning half: "unattended bags" missed the staff decision aid and the
lesson on it, which say "unattended item", the term transport operators use. Only the group as the
starting vocabulary wrote it is changed; a group an editor has edited since is left as they made it.

A queryset update sends no signal, so the shared cache's copy of the vocabulary is dropped here; the
engine's copy follows with the periodic ``search_check --repair`` (within five minutes) or the next
``search_rebuild``.
"""

import contextlib

from django.core.cache import cache
from django.db import migrations

#: ``search.synonyms.CACHE_KEY`` when this migration was written: a migration keeps what it needs, so a
#: later change to the app's code cannot break it.
CACHE_KEY = "search:synonyms:2"
KIND = "equivalent"
BEFORE = "unattended bag, unattended luggage, suspicious package, suspicious item, abandoned luggage"
AFTER = f"{BEFORE}, unattended item, unattended object, left luggage"


def replace(apps, old: str, new: str) -> None:
    if apps.get_model("search", "SynonymGroup").objects.filter(kind=KIND, terms=old).update(terms=new):
        # An unreachable cache holds no copy to drop, and a kept copy expires within the hour anyway.
        with contextlib.suppress(Exception):
            cache.delete(CACHE_KEY)


def widen(apps, schema_editor):
    replace(apps, BEFORE, AFTER)


def narrow(apps, schema_editor):
    replace(apps, AFTER, BEFORE)


class Migration(migrations.Migration):
    dependencies = [("search", "0007_entry_access_label")]
    operations = [migrations.RunPython(widen, narrow)]
