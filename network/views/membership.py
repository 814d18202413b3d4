"""Public views of the "Join the network" form (GET shows it, POST applies; Post/Redirect/Get)."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from network.forms import ApplicationForm
from network.membership import answer_duplicate, submit_application
from portal.antispam import form_timestamp, over_rate, refresh_timestamp

logger = logging.getLogger(__name__)

JOIN_RATE_PER_IP = "5/h"


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    """Show and receive the application form.

    Every POST counts against the per-IP limit (valid or not), so a robot cannot probe the
    duplicate checks endlessly. A filled honeypot looks like success but stores nothing.
    """
    if request.method == "POST":
        if over_rate(request, "network.join.ip", JOIN_RATE_PER_IP):
            return render(request, "429.html", status=429)
        form = ApplicationForm(request.POST)
        if form.is_valid():
            if form.is_spam:
                logger.info("Membership application dropped by the honeypot")
            elif form.duplicate_of is not None:
                answer_duplicate(form)  # the same thanks: whether one is under review is not said here
            else:
                submit_application(form)
            return redirect("network:join_thanks")
        refresh_timestamp(form)
        status = 400
    else:
        form = ApplicationForm(initial={"started": form_timestamp()})
        status = 200
    return render(request, "network/join.html", {"form": form}, status=status)


@require_GET
def join_thanks(request: HttpRequest) -> HttpResponse:
    """Where a successful application lands; says what happens next."""
    return render(request, "network/join_thanks.html")
