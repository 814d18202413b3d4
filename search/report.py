"""The editors' search report: what people search for, what finds nothing, what nobody opens, and where
they click, over a chosen period (``search.log`` writes what it reads).

From a query that found nothing an editor goes in one step to a new synonym group with the words
filled in, or to a new promoted result.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.db.models import Avg, Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from search.models import SearchClick, SearchLogEntry

PERIODS = [(7, "Last 7 days"), (30, "Last 30 days"), (90, "Last 90 days")]
ROWS = 25
POSITIONS = 10


class PeriodForm(forms.Form):
    days = forms.TypedChoiceField(choices=PERIODS, coerce=int, initial=30, label="Period")


def figures(days: int) -> dict[str, Any]:
    """Every table of the report for the last ``days`` days."""
    since = timezone.now() - dt.timedelta(days=days)
    searches = SearchLogEntry.objects.filter(created_at__gte=since)
    clicks = SearchClick.objects.filter(created_at__gte=since)
    clicked = dict(clicks.values("text").annotate(n=Count("id")).values_list("text", "n"))
    top: list[dict[str, Any]] = [
        {**row, "clicks": clicked.get(row["text"], 0)}
        for row in searches.values("text")
        .annotate(searches=Count("id"), results=Avg("result_count"), last=Max("created_at"))
        .order_by("-searches", "text")[:ROWS]
    ]
    add_synonyms = reverse("wagtailsnippets_search_synonymgroup:add")
    add_promotion = reverse("wagtailsearchpromotions:add")
    zero: list[dict[str, Any]] = [
        {
            **row,
            "synonym_url": f"{add_synonyms}?{urlencode({'terms': row['text']})}",
            "promotion_url": add_promotion,
        }
        for row in searches.filter(result_count=0)
        .values("text")
        .annotate(searches=Count("id"), last=Max("created_at"))
        .order_by("-searches", "text")[:ROWS]
    ]
    no_click = list(
        searches.filter(result_count__gt=0)
        .exclude(text__in=clicks.values("text"))
        .values("text")
        .annotate(searches=Count("id"), results=Avg("result_count"))
        .order_by("-searches", "text")[:ROWS]
    )
    with_results = searches.filter(result_count__gt=0).count()
    by_position = dict(
        clicks.filter(position__lte=POSITIONS).values("position").annotate(n=Count("id")).values_list("position", "n")
    )
    positions = [
        {
            "position": position,
            "clicks": by_position.get(position, 0),
            "rate": by_position.get(position, 0) / with_results if with_results else 0.0,
        }
        for position in range(1, POSITIONS + 1)
    ]
    return {
        "total": searches.count(),
        "with_results": with_results,
        "zero_total": searches.filter(result_count=0).count(),
        "relaxed_total": searches.filter(relaxed=True).count(),
        "degraded_total": searches.filter(engine="database").count(),
        "top": top,
        "zero": zero,
        "no_click": no_click,
        "positions": positions,
    }


def search_report(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    days = form.cleaned_data["days"] if form.is_valid() else 30
    status = 400 if form.is_bound and not form.is_valid() else 200
    context = {"form": form, "days": days, **figures(days), "page_title": "Search report", "header_icon": "search"}
    return render(request, "search/report.html", context, status=status)
