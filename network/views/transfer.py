"""Wagtail admin view of the network: transferring a practice to another organisation (``network.continuity``).

Its URL and page-header button are registered in ``network.wagtail_hooks``.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.admin import messages
from wagtail.models import Page

from network.continuity import TransferError, transfer_practice
from network.forms import TransferForm


def can_transfer(page: Page, user: object) -> bool:
    """Moderators (who may publish and move the page) transfer; partner editors do not."""
    permissions = page.permissions_for_user(user)
    return permissions.can_publish() and permissions.can_move()


def transfer_page(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_transfer(page, request.user):
        messages.error(request, "Sorry, you do not have permission to transfer this page.")
        return redirect("wagtailadmin_home")
    form = TransferForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                transfer_practice(page, form.cleaned_data["organisation"], request.user)
            except TransferError as error:
                form.add_error("organisation", str(error))
            else:
                messages.success(request, f"“{page.title}” now belongs to {form.cleaned_data['organisation'].name}.")
                return redirect("wagtailadmin_pages:edit", page.pk)
        status = 400
    return TemplateResponse(request, "network/admin/transfer.html", {"page": page, "form": form}, status=status)
