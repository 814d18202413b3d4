"""The small registry that turns objects of other apps into search documents.

Apps never import ``search``; instead ``search`` registers one builder per model here (in
``search.content``) and everything else — sync, rebuild, drift check — asks the registry.
A builder returns ``None`` for anything the public must not find (drafts, private pages).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, QuerySet

Document = dict[str, Any]


@dataclass(frozen=True)
class Adapter:
    doc_type: str
    model: type[Model]
    build: Callable[[Any], Document]
    public_queryset: Callable[[], QuerySet]
    is_public: Callable[[Any], bool]

    def doc_id(self, pk: int) -> str:
        return f"{self.doc_type}-{pk}"


_adapters: dict[type[Model], Adapter] = {}


def register(
    doc_type: str,
    model: type[Model],
    build: Callable[[Any], Document],
    public_queryset: Callable[[], QuerySet],
    is_public: Callable[[Any], bool],
) -> None:
    """Register how ``model`` becomes a document of type ``doc_type``.

    ``public_queryset`` yields every object the public may find, prefetched for ``build``;
    ``is_public`` answers the same question for one object (used when syncing a single change).
    """
    _adapters[model] = Adapter(doc_type, model, build, public_queryset, is_public)


def adapter_for(obj_or_model: Any) -> Adapter | None:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _adapters.get(model)


def adapters() -> Iterator[Adapter]:
    return iter(list(_adapters.values()))


def doc_types() -> list[str]:
    return [adapter.doc_type for adapter in _adapters.values()]


def build_document(obj: Any) -> tuple[str, Document | None] | None:
    """The document id and body for ``obj`` (body ``None`` when it must not be public)."""
    adapter = adapter_for(obj)
    if adapter is None:
        return None
    return adapter.doc_id(obj.pk), adapter.build(obj) if adapter.is_public(obj) else None
