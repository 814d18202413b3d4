"""StreamField blocks for the long-form parts of practices (no third-party embeds)."""

from __future__ import annotations

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


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


class ApproachBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"])
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    video_link = VideoLinkBlock()
