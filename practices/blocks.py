"""StreamField blocks for the long-form parts of practices (no third-party embeds)."""

from __future__ import annotations

from typing import Any

from django.forms.utils import ErrorList
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import AbstractImage
from wagtail.snippets.blocks import SnippetChooserBlock

from practices.marked_files import body_file_url
from practices.marking import RESTRICTED_COLLECTION, RESTRICTED_LABELS, Label


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, help_text="Role and organisation, not a private name.")

    class Meta:
        icon = "openquote"
        template = "practices/blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Defaults to the document's own title.")

    class Meta:
        icon = "doc-full"
        template = "practices/blocks/document_block.html"


class VideoLinkBlock(blocks.StructBlock):
    """A link to a recording elsewhere: nothing is embedded, so no third party loads on our pages."""

    url = blocks.URLBlock()
    title = blocks.CharBlock()
    duration = blocks.CharBlock(required=False, help_text="For example 12 min.")

    class Meta:
        icon = "media"
        template = "practices/blocks/video_link_block.html"


class PracticeImageBlock(ImageBlock):
    """An image in a practice's body: a rendition, or, on a page restricted as a whole, the image as the
    permission-checked view serves it to the body's readers (never a rendition a proxy may cache)."""

    def render(self, value: Any, context: Any = None) -> SafeString:
        context = context or {}
        url = body_file_url(context.get("page"), value, context.get("request")) if value else None
        if url is None:
            return super().render(value, context=context)
        alt = getattr(value, "contextual_alt_text", "") or ""
        return format_html('<figure><img src="{}" alt="{}" loading="lazy"></figure>', url, alt)


class ApproachBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"])
    image = PracticeImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    video_link = VideoLinkBlock()


class RestrictedSectionBlock(blocks.StructBlock):
    """A part of a practice only some readers may see (``practices.marking``): its label, text and files.

    The page renders it only for readers ``may_read`` admits; for everyone else it is absent from the HTML,
    and a notice says that more is available, and to whom. Its documents must be kept in the restricted
    collection, which only the permission-checked views serve (images too: never as a public rendition).
    """

    label = blocks.ChoiceBlock(choices=[(label.value, label.label) for label in RESTRICTED_LABELS], default="amber")
    heading = blocks.CharBlock(max_length=200)
    body = blocks.RichTextBlock(features=["h3", "h4", "bold", "italic", "ol", "ul", "link"])
    documents = blocks.ListBlock(
        DocumentChooserBlock(),
        default=[],
        help_text=f"Kept in the “{RESTRICTED_COLLECTION}” collection: only readers of this section can download them.",
    )
    images = blocks.ListBlock(
        ImageChooserBlock(),
        default=[],
        help_text=f"Site plans, photos of weak points…, kept in the “{RESTRICTED_COLLECTION}” collection: "
        "only readers of this section see them.",
    )
    shared_with = blocks.ListBlock(
        SnippetChooserBlock("network.Organisation"),
        default=[],
        help_text="TLP:AMBER+STRICT: the organisations, besides the owner, whose vetted members may read it.",
    )
    named_people = blocks.TextBlock(
        required=False, help_text="TLP:RED: the e-mail addresses of the vetted people who may read it, one per line."
    )

    class Meta:
        icon = "lock"
        label = "Restricted section"
        form_classname = "restricted-section"

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        value = super().clean(value)
        errors = {}
        if value["label"] == Label.RED and not named_emails(value):
            errors["named_people"] = ErrorList(["A TLP:RED section names the people who may read it."])
        for field, kind in (("documents", "documents"), ("images", "images")):
            outside = [item.title for item in value[field] if item and not in_restricted_collection(item)]
            if outside:
                errors[field] = ErrorList(
                    [f"Move these {kind} to the “{RESTRICTED_COLLECTION}” collection first: {', '.join(outside)}."]
                )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


def stream_files(value: Any) -> list[Any]:
    """The documents and images a StreamField value holds (in image blocks, document blocks and list blocks)."""
    if not isinstance(value, blocks.StreamValue):
        return []
    files: list[Any] = []
    for block in value:
        items = block.value.values() if isinstance(block.value, blocks.StructValue) else [block.value]
        for item in items:
            entries = item if isinstance(item, ListValue | list) else [item]
            files += [entry for entry in entries if isinstance(entry, AbstractImage | AbstractDocument)]
    return files


def named_emails(value: Any) -> list[str]:
    """A RED section's named people, normalised (lowercase, one per line, blanks dropped)."""
    return [line.strip().lower() for line in (value.get("named_people") or "").splitlines() if line.strip()]


def in_restricted_collection(item: Any) -> bool:
    """Whether the document or image is kept in the restricted collection (or a collection inside it)."""
    collection = item.collection
    if collection.name == RESTRICTED_COLLECTION:
        return True
    if collection.depth <= 2:  # the root, or a collection right under it: nothing above to look at
        return False
    return collection.get_ancestors().filter(name=RESTRICTED_COLLECTION).exists()


class RestrictedSectionsBlock(blocks.StreamBlock):
    section = RestrictedSectionBlock()
