"""The marking's public explanation, and the only way a restricted section's documents are downloaded."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe
from wagtail.models import Page

from practices.marking import MEANINGS, Label, anchor, badge_class, reader_of
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


def download_name(label: str, filename: str) -> str:
    """``TLP-AMBER+STRICT_site-plan.pdf``: the label travels with the file, whatever happens to it."""
    return f"{Label(label).label.replace(':', '-')}_{filename}"


@require_safe
def marked_document(request: HttpRequest, page_id: int, block_id: str, document_id: int) -> HttpResponse:
    """A document of a restricted section, for readers of that section only (every download recorded).

    Anyone else gets the sign-in page (anonymous) or a 404 that says nothing about the file.
    """
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, PRACTICE_PAGE_MODELS):
        raise Http404
    part = find_part(page, block_id)
    document = next((doc for doc in part.documents if doc.pk == document_id), None) if part else None
    if part is None or document is None:
        raise Http404
    reader = reader_of(request)
    if not part.readable_by(reader):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), "account:sign_in")
        raise Http404
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    announce_read(reader, page, part, "download", document.title)
    response = FileResponse(handle, as_attachment=True, filename=download_name(part.label, document.filename))
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
