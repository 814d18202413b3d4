"""Members' own pages: signing in (with a second step where clearance needs one), their account, vetting.

The views only call ``network.vetting`` and ``network.twofactor``; what a member may read is decided by
``network.clearance`` on every request.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from network import twofactor
from network.clearance import is_verified
from network.forms import VettingRequestForm
from network.models import Member, VettingStatus
from network.vetting import VettingError, latest_vetting, request_vetting
from practices.marking import reader_of


class SignInView(auth_views.LoginView):
    """User name and password; the second step follows for those who need one (``network.twofactor``)."""

    template_name = "network/account/sign_in.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        return "/account/"

    def get_success_url(self) -> str:
        url = super().get_success_url()
        if twofactor.needs_second_factor(self.request.user) and not is_verified(self.request):
            target = "/account/verify/" if twofactor.has_device(self.request.user) else "/account/two-factor/"
            return f"{target}?{urlencode({'next': url})}"
        return url


def _next_url(request: HttpRequest) -> str:
    """The page to return to after the second step: a path on this site, or the account page."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}, require_https=False):
        return wanted
    return "/account/"


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code",
        max_length=16,
        help_text="The six-digit code your authenticator app shows now, or one of your recovery codes.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


@login_required(login_url="account:sign_in")
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code from the authenticator app, or a recovery code."""
    if not twofactor.has_device(request.user):
        return redirect(f"/account/two-factor/?{urlencode({'next': _next_url(request)})}")
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if twofactor.throttled(request.user):
            form.add_error(None, "Too many wrong codes: wait a little before the next try.")
        elif form.is_valid() and twofactor.verify(request, form.cleaned_data["token"]):
            return redirect(_next_url(request))
        else:
            form.add_error("token", "That code is not right, or it has been used. Try the code your app shows now.")
        status = 400
    return render(request, "network/account/verify.html", {"form": form, "next": _next_url(request)}, status=status)


@login_required(login_url="account:sign_in")
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    """Set up the authenticator app: scan the code (or type the key), then confirm with a code from it.

    Someone who has a second factor already must verify with it before setting up another.
    """
    if twofactor.has_device(request.user) and not is_verified(request):
        return redirect(f"/account/verify/?{urlencode({'next': request.get_full_path()})}")
    device = twofactor.pending_device(request.user)
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST":
        codes = twofactor.confirm(request, device, form.data.get("token", "")) if form.is_valid() else None
        if codes is not None:
            context = {"codes": codes, "next": _next_url(request)}
            return render(request, "network/account/recovery_codes.html", context)
        form.add_error("token", "That code does not match: check the time on your phone and try the code shown now.")
        status = 400
    context = {
        "form": form,
        "qr": twofactor.qr_svg(device),
        "secret": twofactor.secret_text(device),
        "next": _next_url(request),
    }
    return render(request, "network/account/enrol.html", context, status=status)


@login_required(login_url="account:sign_in")
@require_POST
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """Ten new recovery codes (the old ones stop working), from a verified session only."""
    if not is_verified(request):
        return redirect(f"/account/verify/?{urlencode({'next': '/account/'})}")
    codes = twofactor.new_recovery_codes(request.user)
    return render(request, "network/account/recovery_codes.html", {"codes": codes, "next": "/account/"})


class SignOutView(auth_views.LogoutView):
    next_page = "/"


def _member(request: HttpRequest) -> Member | None:
    return Member.objects.select_related("organisation").filter(user=request.user, left_at__isnull=True).first()


@login_required(login_url="account:sign_in")
@require_http_methods(["GET", "POST"])
def account(request: HttpRequest) -> HttpResponse:
    """Who I am in the network, what I may read, and my vetting (request or renewal)."""
    member = _member(request)
    vetting = latest_vetting(member) if member else None
    form = VettingRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if member is None:
            messages.error(request, "Only members of an organisation in the network can ask to be vetted.")
            return redirect("account:home")
        if form.is_valid():
            try:
                request_vetting(member, role=form.cleaned_data["role"], reason=form.cleaned_data["reason"])
            except VettingError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "Your request is with the network's coordinators. They will write to you.")
                return redirect("account:home")
        status = 400
    context: dict[str, Any] = {
        "member": member,
        "vetting": vetting,
        "reader": reader_of(request),
        "form": form,
        "pending": vetting is not None and vetting.status == VettingStatus.REQUESTED,
        "has_second_factor": twofactor.has_device(request.user),
        "verified": is_verified(request),
    }
    return render(request, "network/account/account.html", context, status=status)
