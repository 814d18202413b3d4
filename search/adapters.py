"""The small registry that turns objects of other apps into search documents.

Apps never import ``search``; instead ``search`` registers one builder per model here (in
``search.content``) and everything else — sync, rebuild, drift check — asks the registry.
Drafts and private pages have no documents; a page's restricted sections are documents of their own
("parts", ``parts``), carrying their TLP label and who may read them (``search.access``), so every search
filters them by the searcher's clearance inside the query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, QuerySet

from search.access import PUBLIC_LABEL

Document = dict[str, Any]


@dataclass(frozen=True)
class Adapter:
    doc_type: str
    model: type[Model]
    build: Callable[[Any], Document]
    public_queryset: Callable[[], QuerySet]
    is_public: Callable[[Any], bool]
    #: The object's restricted parts as documents of their own, by part id (``part_doc_id``), each with
    #: its access fields (``search.access``); none for types without restricted parts.
    parts: Callable[[Any, Document], dict[str, Document]] | None = None

    def doc_id(self, pk: int) -> str:
        return f"{self.doc_type}-{pk}"

    def documents(self, obj: Any) -> dict[str, Document]:
        """The object's document and its parts' documents, by id (for an object the public may find)."""
        document = {**self.build(obj), "access_label": PUBLIC_LABEL}
        doc_id = self.doc_id(obj.pk)
        built = {doc_id: document}
        if self.parts is not None:
            built.update({part_doc_id(doc_id, key): part for key, part in self.parts(obj, document).items()})
        return built


PART_SEPARATOR = "~"


def part_doc_id(doc_id: str, part: str) -> str:
    """``case_study-12~<block id>``: a part's id starts with its page's, so a page's parts are found by prefix."""
    return f"{doc_id}{PART_SEPARATOR}{part}"


_adapters: dict[type[Model], Adapter] = {}


def register(
    doc_type: str,
    model: type[Model],
    build: Callable[[Any], Document],
    public_queryset: Callable[[], QuerySet],
    is_public: Callable[[Any], bool],
    parts: Callable[[Any, Document], dict[str, Document]] | None = None,
) -> None:
    """Register how ``model`` becomes a document of type ``doc_type``.

    ``public_queryset`` yields every object the public may find, prefetched for ``build``;
    ``is_public`` answers the same question for one object (used when syncing a single change).
    """
    _adapters[model] = Adapter(doc_type, model, build, public_queryset, is_public, parts)


def adapter_for(obj_or_model: Any) -> Adapter | None:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _adapters.get(model)


def adapters() -> Iterator[Adapter]:
    return iter(list(_adapters.values()))


def doc_types() -> list[str]:
    return [adapter.doc_type for adapter in _adapters.values()]


def build_documents(obj: Any) -> tuple[str, dict[str, Document]] | None:
    """``obj``'s document id, and its documents with its parts' (none when it must not be found at all)."""
    adapter = adapter_for(obj)
    if adapter is None:
        return None
    return adapter.doc_id(obj.pk), adapter.documents(obj) if adapter.is_public(obj) else {}
