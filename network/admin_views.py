"""Wagtail admin views of the network: transferring a practice, and exporting an event's attendees."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.admin import messages
from wagtail.models import Page

from network.continuity import TransferError, transfer_practice
from network.models import Organisation


class TransferForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.public(), label="New owning organisation")


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


def _csv_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a name like ``=HYPERLINK(…)`` stays text."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def attendee_csv(request: HttpRequest, page_id: int) -> HttpResponse:
    """The attendee list of an event, for those who may edit the event page."""
    import csv

    from network.models import EventPage
    from network.registration import attendee_rows

    event = get_object_or_404(EventPage, pk=page_id)
    if not event.permissions_for_user(request.user).can_edit():
        messages.error(request, "Sorry, you do not have permission to see this event's attendees.")
        return redirect("wagtailadmin_home")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-attendees.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the names' accents as UTF-8
    writer = csv.writer(response)
    for row in attendee_rows(event):
        writer.writerow([_csv_cell(cell) for cell in row])
    return response
