"""The access log in the admin: who read which AMBER or RED part of our material, with a CSV export.

Coordinators see every record; an organisation's editors see the records of their organisation's
material only (``network.access.visible_records``). Everyone else is refused.
"""

from __future__ import annotations

import csv
import datetime as dt

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from network.access import visible_records
from network.models import Organisation
from network.permissions import sees_every_page

ROWS = 500


def may_see_access_log(user: object) -> bool:
    """Coordinators, superusers, and editors of an organisation."""
    if not getattr(user, "is_authenticated", False):
        return False
    return sees_every_page(user) or Organisation.objects.filter(editors_group__in=user.groups.all()).exists()  # type: ignore[attr-defined]


class PeriodForm(forms.Form):
    days = forms.TypedChoiceField(
        choices=[(7, "Last 7 days"), (30, "Last 30 days"), (365, "Last 12 months")], coerce=int, initial=30
    )


@require_GET
def access_log(request: HttpRequest) -> HttpResponse:
    """The latest records of the chosen period; ``?format=csv`` downloads all of them."""
    if not may_see_access_log(request.user):
        raise PermissionDenied
    form = PeriodForm(request.GET or None)
    days = form.cleaned_data["days"] if form.is_valid() else 30
    if request.GET and not form.is_valid():
        return render(request, "network/admin/access_log.html", {"form": form, "records": []}, status=400)
    records = visible_records(request.user).filter(at__gte=timezone.now() - dt.timedelta(days=days))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="access-log-{timezone.localdate():%Y-%m-%d}.csv"'
        response["Cache-Control"] = "private, no-store"
        writer = csv.writer(response)
        writer.writerow(["when", "who", "reader's organisation", "page", "section", "label", "kind", "document"])
        for record in records.iterator():
            writer.writerow(
                [
                    record.at.isoformat(),
                    record.user.email,
                    record.organisation.name if record.organisation else "",
                    record.page.title if record.page else "",
                    record.section,
                    record.label,
                    record.kind,
                    record.document,
                ]
            )
        return response
    return render(request, "network/admin/access_log.html", {"form": form, "records": records[:ROWS], "days": days})
