"""Registering for an event (a route of the event page), cancelling with the emailed link, the calendar feed."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from portal.antispam import refresh_timestamp
from portal_events import registration as service
from portal_events.calendar import build_calendar, calendar_response
from portal_events.forms import RegistrationForm
from portal_events.models import EventPage, PendingRegistration, Registration
from portal_events.queries import feed_events


def register(request: HttpRequest, event: EventPage) -> HttpResponse:
    """POST the registration form; anything else goes back to the event page."""
    if request.method != "POST":
        return HttpResponseRedirect(event.url)
    if is_ratelimited(
        request, group="network.registration", key="ip", rate=settings.REGISTRATION_RATE_PER_IP, increment=True
    ):
        return render(request, "429.html", status=429)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        refresh_timestamp(form)
        return _rerender(request, event, form, status=400)
    if form.is_spam:
        return HttpResponseRedirect(f"{event.url}?registration=sent#registration")
    data = form.cleaned_data
    try:
        service.request_registration(event, name=data["name"], email=data["email"], organisation=data["organisation"])
    except service.RegistrationClosed:
        # Closed since the page was shown: the page now says why, without the form.
        return _rerender(request, event, None, status=409)
    # The same answer whether the address was new, registered already or put on the waitlist.
    return HttpResponseRedirect(f"{event.url}?registration=sent#registration")


def _rerender(request: HttpRequest, event: EventPage, form: RegistrationForm | None, status: int) -> HttpResponse:
    response = event.render(request, context_overrides={"registration_form": form})
    response.status_code = status
    return response


@require_http_methods(["GET", "POST"])
def confirm_registration(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what will be confirmed; POST books it. Link scanners in mail systems only GET."""
    pending = PendingRegistration.objects.select_related("event").filter(token=token).first()
    if pending is None:  # confirmed already (the link was used twice), expired and pruned, or never sent
        return render(request, "events/registration_confirm.html", {"unknown": True}, status=404)
    context: dict[str, object] = {"pending": pending, "event": pending.event}
    if request.method == "POST":
        try:
            registration = service.confirm_registration(pending)
        except (service.ConfirmationExpired, service.RegistrationClosed) as exc:
            context["problem"] = str(exc)
            return render(request, "events/registration_confirm.html", context, status=409)
        return HttpResponseRedirect(f"{reverse('events:registration_cancel', args=[registration.token])}?confirmed=1")
    return render(request, "events/registration_confirm.html", context)


@require_http_methods(["GET", "POST"])
def cancel_registration(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what will be cancelled; POST cancels. Link scanners in mail systems only GET."""
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token)
    cancelled_now = False
    if request.method == "POST" and registration.is_active:
        cancelled_now = service.cancel(registration)
        registration.refresh_from_db()
    context = {
        "registration": registration,
        "event": registration.event,
        "cancelled_now": cancelled_now,
        "confirmed_now": request.GET.get("confirmed") == "1" and registration.is_active,
    }
    return render(request, "events/registration_cancel.html", context)


def calendar_feed(request: HttpRequest) -> HttpResponse:
    body = build_calendar(feed_events(), "Practice exchange: events", "events@practice-exchange", request).to_ical()
    return calendar_response(body, "practice-exchange-events.ics")
