"""A practice's restricted sections as readers meet them: which ones a reader may see, and what is withheld.

Pages, the document view and search documents all read sections through ``parts``, so the
owner, the shared organisations and the named people are worked out the same way everywhere,
and every decision goes through ``practices.marking.may_read``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wagtail.images.models import AbstractImage

from practices.blocks import named_emails
from practices.marked_files import BODY
from practices.marking import AUDIENCES, LOGGED_LABELS, Label, Reader, display, marked_part_read, may_read


@dataclass(frozen=True)
class Part:
    """One restricted section of a page, with who may read it."""

    block_id: str
    label: str
    heading: str
    body: Any  # RichText
    documents: list[Any]
    images: list[Any]
    owner_id: int | None
    shared_with: tuple[int, ...]
    named_people: tuple[str, ...]

    @property
    def anchor(self) -> str:
        return f"part-{self.block_id}"

    @property
    def badge(self) -> str:
        return display(self.label)

    def readable_by(self, reader: Reader) -> bool:
        return may_read(
            reader, self.label, owner_id=self.owner_id, shared_with=self.shared_with, named_people=self.named_people
        )


@dataclass
class Reading:
    """What one reader gets of a page's restricted sections."""

    shown: list[Part] = field(default_factory=list)
    #: Who the withheld sections are for ("vetted members"…), once each, strictest last; never what they are.
    withheld_for: list[str] = field(default_factory=list)
    #: The page's body may be shown (it is TLP:CLEAR, or the reader may read its label).
    body_shown: bool = True
    #: The page's restricted body as a part (``None``: the body is TLP:CLEAR).
    body: Part | None = None


def owner_id_of(page: Any) -> int | None:
    owner = page.owner_organisation
    return owner.pk if owner is not None else None


def parts(page: Any, owner_id: int | None = None) -> list[Part]:
    """The page's restricted sections, in their order (the owner is read only if not given and needed)."""
    blocks = [block for block in page.restricted_sections if block.block_type == "section"]
    if not blocks:
        return []
    if owner_id is None and any(block.value["label"] == Label.AMBER_STRICT for block in blocks):
        owner_id = owner_id_of(page)
    return [
        Part(
            block_id=str(block.id),
            label=block.value["label"],
            heading=block.value["heading"],
            body=block.value["body"],
            documents=[document for document in block.value["documents"] if document is not None],
            images=[image for image in block.value.get("images", []) if image is not None],
            owner_id=owner_id,
            shared_with=tuple(organisation.pk for organisation in block.value["shared_with"] if organisation),
            named_people=tuple(named_emails(block.value)),
        )
        for block in blocks
    ]


def reading(page: Any, reader: Reader, *, preview: bool = False) -> Reading:
    """The sections ``reader`` may see and, for the rest, to whom they are available.

    A preview (only editors of the page can open one) shows every section, with its badge.
    """
    result = Reading(body=body_part(page))
    body = result.body
    if body is not None and not (preview or body.readable_by(reader)):
        result.body_shown = False
        result.withheld_for.append(AUDIENCES[Label(body.label)])
    for part in parts(page):
        if preview or part.readable_by(reader):
            result.shown.append(part)
        elif AUDIENCES[Label(part.label)] not in result.withheld_for:
            result.withheld_for.append(AUDIENCES[Label(part.label)])
    return result


def body_part(page: Any, *, with_files: bool = False) -> Part | None:
    """A page restricted as a whole, as a part: its label, owned by the owner and shared with the organisations
    involved; ``None`` for a TLP:CLEAR page. The text is the page's own (its ``body_fields``); its files (the
    page's ``body_files``, read only ``with_files``) are served as the part's."""
    label = getattr(page, "body_label", Label.CLEAR)
    if label == Label.CLEAR:
        return None
    shared = tuple(organisation.pk for organisation in page.organisations.all()) if label == Label.AMBER_STRICT else ()
    files = page.body_files() if with_files else []
    return Part(
        block_id=BODY,
        label=label,
        heading="Full text",
        body="",
        documents=[item for item in files if not isinstance(item, AbstractImage)],
        images=[item for item in files if isinstance(item, AbstractImage)],
        owner_id=owner_id_of(page) if label == Label.AMBER_STRICT else None,
        shared_with=shared,
        named_people=(),
    )


def find_part(page: Any, block_id: str) -> Part | None:
    """A section of the page by its block id, or (``BODY``) the page's restricted body, with its files."""
    if block_id == BODY:
        return body_part(page, with_files=True)
    return next((part for part in parts(page) if part.block_id == block_id), None)


def announce_read(reader: Reader, page: Any, part: Part, kind: str, document: str = "") -> None:
    """Tell the access log (``network.access``) that ``reader`` read or downloaded an AMBER or RED part."""
    if part.label in LOGGED_LABELS:
        marked_part_read.send(
            sender=type(page),
            reader=reader,
            page=page,
            owner_id=part.owner_id if part.owner_id is not None else owner_id_of(page),
            section=part.heading,
            label=part.label,
            kind=kind,
            document=document,
        )


def parts_holding(document: Any) -> list[tuple[Any, Part]]:
    """The live practices' parts (sections, restricted bodies) whose files include ``document``, found through
    Wagtail's reference index: what a download of it from the admin is a download of."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    from practices.models import PRACTICE_PAGE_MODELS

    page_type = ContentType.objects.get_for_model(Page)
    page_ids = [
        int(reference.object_id)
        for reference in ReferenceIndex.get_references_to(document)
        if reference.base_content_type_id == page_type.pk
    ]
    held = []
    for page in Page.objects.live().filter(pk__in=page_ids).specific():
        if not isinstance(page, PRACTICE_PAGE_MODELS):
            continue
        body = body_part(page, with_files=True)
        for part in [*parts(page), *([body] if body else [])]:
            if any(item.pk == document.pk for item in part.documents):
                held.append((page, part))
    return held
