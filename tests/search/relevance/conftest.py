"""The relevance tests judge the demo content (loaded for ``tests/search/relevance/``, see ``tests/conftest.py``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def search_content():
    """Not the scenarios' small portal: the judgements were made by reading the demo content."""
    return None
