"""Test data built once per module, in a transaction rolled back at the module's end.

Building a portal (site, terms, pages) costs seconds; built for each test, it was most of the suite's
time. A module fixture builds it once inside ``rolled_back``, each test then runs in a savepoint of
that transaction (pytest-django's own transaction nests inside), so every test sees the same rows and
its own changes are undone. Tests get ``fresh`` copies: a test may change an instance in memory, and
the next one must see the rows as the database holds them.

Not for modules whose tests need ``transactional_db`` (a flush cannot run inside the open transaction).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import Model

T = TypeVar("T")


@contextmanager
def rolled_back(django_db_blocker: Any) -> Iterator[None]:
    """Database access for a module fixture, inside a transaction that is rolled back when it ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def fresh(value: T) -> T:
    """``value`` with every model instance in it re-read: instances, and lists, tuples, dicts and dataclasses of them."""
    if isinstance(value, Model):
        return type(value)._default_manager.get(pk=value.pk)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{field.name: fresh(getattr(value, field.name)) for field in dataclasses.fields(value)}
        )  # type: ignore[return-value]
    if isinstance(value, list | tuple):
        return type(value)(fresh(item) for item in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {key: fresh(item) for key, item in value.items()}  # type: ignore[return-value]
    return value
