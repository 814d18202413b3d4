"""A fresh index of the database's public documents on the suite's node, for one test or one module."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def fresh_index(target: Any, url: str) -> Iterator[str]:
    """Point ``target`` (Django's settings, or pytest-django's ``settings``) at a uniquely named index on
    ``url``, built from the database; deleted, and the settings put back, afterwards."""
    from search.backends.opensearch import write_client
    from search.indexing import rebuild

    previous = target.OPENSEARCH_URL, target.OPENSEARCH_INDEX_PREFIX
    target.OPENSEARCH_URL = url
    target.OPENSEARCH_INDEX_PREFIX = f"test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        rebuild()
        yield url
    finally:
        target.OPENSEARCH_URL = url  # a test may have pointed it at a dead node
        write_client().indices.delete(index=f"{target.OPENSEARCH_INDEX_PREFIX}-*", ignore=[404])
        target.OPENSEARCH_URL, target.OPENSEARCH_INDEX_PREFIX = previous
