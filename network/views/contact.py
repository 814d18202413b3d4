"""Views of the peer contact form (GET shows it, POST sends; Post/Redirect/Get on success)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from network.contact import rate_limited, send_contact_message
from network.forms import ContactForm
from network.models import Organisation
from portal.antispam import form_timestamp, refresh_timestamp


@require_http_methods(["GET", "POST"])
def contact_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.public(), slug=slug)
    if request.method == "POST":
        form = ContactForm(request.POST)
        if rate_limited(request, request.POST.get("sender_email", "")):
            return render(request, "429.html", {"organisation": organisation}, status=429)
        if form.is_valid():
            if not form.is_spam:
                send_contact_message(organisation, form)
            return redirect("network:contact_sent", slug=organisation.slug)
        refresh_timestamp(form)
        status = 400
    else:
        form = ContactForm(initial={"started": form_timestamp()})
        status = 200
    return render(request, "network/contact_form.html", {"organisation": organisation, "form": form}, status=status)


def contact_sent(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.public(), slug=slug)
    return render(request, "network/contact_sent.html", {"organisation": organisation})
