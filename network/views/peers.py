"""The peer finder page (GET form; results are shareable URLs)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from network.forms import PeerFinderForm
from network.peers import rank_case_studies, rank_organisations


def peer_finder(request: HttpRequest) -> HttpResponse:
    form = PeerFinderForm(request.GET or None)
    context: dict[str, object] = {"form": form}
    status = 200
    if form.is_bound:
        if form.is_valid():
            data = form.cleaned_data
            context["organisations"] = rank_organisations(data["threats"], data["spaces"], data["country"])
            context["case_studies"] = rank_case_studies(data["threats"], data["spaces"], data["country"])
        else:
            status = 400
    return render(request, "network/peer_finder.html", context, status=status)
