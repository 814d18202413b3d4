"""A restricted part's files as they leave the portal: PDFs carry their label on every page, images are
rendered in memory.

A downloaded annex outlives the page it came from, so its TLP label must travel inside it, as FIRST asks:
a PDF gets a banner page (the label, what it means, who downloaded it and when) and the label in the top
corner of each of its pages. Other files keep the label in their name (``TLP-AMBER_site-plan.docx``).

An image of a restricted part is never saved as a rendition: renditions live under ``MEDIA_URL``, where
a proxy may cache them. It is resized from the original for each reader who may see it.
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
from functools import lru_cache
from io import BytesIO
from typing import Any

from anyascii import anyascii
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter, Transformation
from wagtail.images.models import AbstractImage, Filter

from practices.marking import MEANINGS, Label

logger = logging.getLogger(__name__)

#: FIRST's TLP 2.0 colours (RGB), shown on black.
COLOURS = {
    Label.CLEAR: (255, 255, 255),
    Label.GREEN: (51, 255, 0),
    Label.AMBER: (255, 192, 0),
    Label.AMBER_STRICT: (255, 192, 0),
    Label.RED: (255, 43, 43),
}
#: Larger PDFs are served as uploaded (with the label in their name): stamping reads the whole file.
STAMP_MAX_BYTES = 25 * 1024 * 1024
#: The largest side of a restricted image as pages show it.
IMAGE_FILTER = "max-1280x1280"


#: The block id of a page restricted as a whole, as a part (its body's files, search documents, the access log).
BODY = "body"


def marked_url(page: Any, block_id: str, item: Any) -> str:
    """Where a reader of a restricted part fetches one of its documents or images (checked on each fetch)."""
    name = "marked_image" if isinstance(item, AbstractImage) else "marked_document"
    return reverse(name, args=[page.pk, block_id, item.pk])


def file_url(request: Any, page: Any, block_id: str, item: Any) -> str:
    """Where ``request`` fetches a restricted part's file: the marked view, or in a preview (opened by the
    page's editors and reviewers, whose drafts are not live yet) the admin's own views of the file, which
    serve it only to those who may change it (``portal.media``, ``practices.wagtail_hooks``)."""
    if getattr(request, "is_preview", False):
        return item.get_rendition(IMAGE_FILTER).url if isinstance(item, AbstractImage) else item.url
    return marked_url(page, block_id, item)


def body_file_url(page: Any, item: Any, request: Any = None) -> str | None:
    """For a page restricted as a whole, where one of its body's files is fetched; ``None``: it is public."""
    if item is None or page is None or getattr(page, "body_label", Label.CLEAR) == Label.CLEAR:
        return None
    return file_url(request, page, BODY, item)


def download_name(label: str, filename: str) -> str:
    """``TLP-AMBER+STRICT_site-plan.pdf``: the label travels with the file, whatever happens to it."""
    return f"{Label(label).label.replace(':', '-')}_{filename}"


def attachment(data: bytes, filename: str) -> HttpResponse:
    """A restricted file as a download: never kept by a cache (a revoked reader's saved link must fail at
    once), never indexed."""
    response = HttpResponse(data, content_type=mimetypes.guess_type(filename)[0] or "application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return private(response)


def private(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


def latin(text: str) -> str:
    """Text the PDF's built-in fonts can draw (``Brașov`` becomes ``Brasov``)."""
    return anyascii(text)


def _badge(pdf: FPDF, label: Label, size: float) -> None:
    """The label as FIRST draws it: coloured capitals on a black box, at the current position."""
    pdf.set_font("helvetica", "B", size)
    pdf.set_fill_color(0, 0, 0)
    pdf.set_text_color(*COLOURS[label])
    pdf.cell(pdf.get_string_width(label.label) + size, size * 1.6, label.label, fill=True, align="C", new_x="LMARGIN")


def banner_page(label: Label, *, title: str, section: str, reader: str, when: dt.datetime) -> bytes:
    """The page put before a marked PDF: its label, what the label means, and where and for whom it came."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(56, 56)
    pdf.add_page()
    _badge(pdf, label, 24)
    pdf.ln(60)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 22, latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 12)
    pdf.multi_cell(0, 18, latin(f"Section: {section}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.multi_cell(0, 18, latin(f"{label.label}: {MEANINGS[label]}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("helvetica", "", 10)
    when_text = f"{when:%Y-%m-%d %H:%M} UTC"
    pdf.multi_cell(0, 15, latin(f"Downloaded by {reader or 'a reader'} on {when_text}."), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 15, "Keep this marking with every copy. What it means: the portal's page /marking/.")
    return bytes(pdf.output())


@lru_cache(maxsize=16)
def _stamp(label: Label, width: float, height: float) -> bytes:
    """One page of the given size with the label in its top right corner (merged over each page)."""
    pdf = FPDF(unit="pt", format=(width, height))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 9)
    pdf.set_xy(width - pdf.get_string_width(label.label) - 9 - 12, 8)
    _badge(pdf, label, 9)
    return bytes(pdf.output())


def stamped_pdf(data: bytes, label: str, *, title: str, section: str, reader: str, when: dt.datetime) -> bytes | None:
    """The PDF with a banner page and its label on every page; ``None`` when it cannot be read (encrypted,
    damaged or too large), and the caller serves it as uploaded."""
    if len(data) > STAMP_MAX_BYTES:
        return None
    marking = Label(label)
    try:
        source = PdfReader(BytesIO(data))
        if source.is_encrypted:
            return None
        writer = PdfWriter(clone_from=source)
        for page in writer.pages:
            box = page.cropbox  # the visible area (the media box unless the PDF crops it)
            stamp = PdfReader(BytesIO(_stamp(marking, float(box.width), float(box.height)))).pages[0]
            page.merge_transformed_page(stamp, Transformation().translate(float(box.left), float(box.bottom)))
        banner = PdfReader(BytesIO(banner_page(marking, title=title, section=section, reader=reader, when=when)))
        writer.insert_page(banner.pages[0], 0)
        writer.add_metadata({"/Title": f"{marking.label} {latin(title)}", "/Subject": marking.label})
        output = BytesIO()
        writer.write(output)
    except Exception as exc:  # an uploaded file a parser chokes on must still download
        logger.warning("Could not stamp a %s PDF (%s): served with the label in its name only", marking.label, exc)
        return None
    return output.getvalue()


def rendered_image(image: Any) -> tuple[bytes, str]:
    """The image resized for a page, in memory (no rendition is saved), and its media type."""
    output = BytesIO()
    result = Filter(spec=IMAGE_FILTER).run(image, output)
    return output.getvalue(), result.mime_type
