"""Wagtail admin views of events: the attendee list of an event, as CSV."""

from __future__ import annotations

import csv

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from wagtail.admin import messages

from portal_events.models import EventPage
from portal_events.registration import attendee_rows


def _csv_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a name like ``=HYPERLINK(…)`` stays text."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def attendee_csv(request: HttpRequest, page_id: int) -> HttpResponse:
    """The attendee list of an event, for those who may edit the event page."""
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
