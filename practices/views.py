"""The marking's public explanation, and the only way a restricted section's documents and images are served."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.timezone import now
from django.views.decorators.http import require_safe
from wagtail.models import Page

from practices.marked_files import attachment, download_name, private, rendered_image, stamped_pdf
from practices.marking import MEANINGS, Label, Reader, anchor, badge_class, reader_of
from practices.models import CRITERIA, PRACTICE_PAGE_MODELS, EvidenceLevel
from practices.restricted import announce_read, find_part


@require_safe
def marking(request: HttpRequest) -> HttpResponse:
    """What each TLP label means on this portal, and who can read it (linked from every badge)."""
    labels = [
        {
            "value": label.value,
            "text": label.label,
            "meaning": MEANINGS[label],
            "css": badge_class(label.value),
            "anchor": anchor(label.value),
        }
        for label in Label
    ]
    return render(request, "practices/marking.html", {"labels": labels})


@require_safe
def evidence_levels(request: HttpRequest) -> HttpResponse:
    """The criteria behind each evidence level (linked from every evidence badge)."""
    levels = [{"value": level.value, "text": level.label, "meaning": CRITERIA[level]} for level in EvidenceLevel]
    return render(request, "practices/evidence_levels.html", {"levels": levels})


def _readable_file(
    request: HttpRequest, page_id: int, block_id: str, kind: str, file_id: int
) -> tuple[Any, Any, Reader, Any] | HttpResponse:
    """The live, public practice, its part and one of the part's files (``kind``: "documents" or "images"),
    if ``request``'s reader may read the part; otherwise the sign-in page (anonymous) or a 404 that says
    nothing of what is there (raised)."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, PRACTICE_PAGE_MODELS):
        raise Http404
    part = find_part(page, block_id)
    if part is None:
        raise Http404
    reader = reader_of(request)
    if not part.readable_by(reader):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), "account:sign_in")
        raise Http404
    item = next((item for item in getattr(part, kind) if item.pk == file_id), None)
    if item is None:
        raise Http404
    return page, part, reader, item


@require_safe
def marked_document(request: HttpRequest, page_id: int, block_id: str, document_id: int) -> HttpResponse:
    """A document of a restricted section, for readers of that section only (every download recorded).

    A PDF comes with a banner page and its label on every page; every file has the label in its name.
    """
    found = _readable_file(request, page_id, block_id, "documents", document_id)
    if isinstance(found, HttpResponse):
        return found
    page, part, reader, document = found
    try:
        with document.file.open("rb") as handle:
            data = handle.read()
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    announce_read(reader, page, part, "download", document.title)
    if document.file_extension.lower() == "pdf":
        data = (
            stamped_pdf(data, part.label, title=page.title, section=part.heading, reader=reader.email, when=now())
            or data
        )
    return attachment(data, download_name(part.label, document.filename))


@require_safe
def marked_image(request: HttpRequest, page_id: int, block_id: str, image_id: int) -> HttpResponse:
    """An image of a restricted section, resized in memory for a reader of that section (never a rendition
    under ``MEDIA_URL``, which a proxy may cache). Views of the section are logged with the page, not per image."""
    found = _readable_file(request, page_id, block_id, "images", image_id)
    if isinstance(found, HttpResponse):
        return found
    image = found[3]
    try:
        data, media_type = rendered_image(image)
    except (FileNotFoundError, OSError, ValueError) as exc:  # a missing or unreadable original
        raise Http404 from exc
    return private(HttpResponse(data, content_type=media_type))
