"""Coordinators' vetting pages in the Wagtail admin (``/admin/network/vetting/…``), as one ViewSet.

Like the membership applications (``network.views.moderation``): only superusers and the Moderators
group see them; decisions are POST-only and go through ``network.vetting``, which logs each one and
refuses to decide twice. A coordinator can also record that someone left their organisation, and
reset their second factor (``network.twofactor``).
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.viewsets.base import ViewSet

from network import twofactor, vetting
from network.forms import VettingDecisionForm
from network.models import Vetting, VettingStatus
from network.views.moderation import CoordinatorsMenuItem, can_moderate_applications

URL_NAMESPACE = "network_vetting"
DETAIL_URL_NAME = f"{URL_NAMESPACE}:detail"


def _require_coordinator(request: HttpRequest) -> None:
    if not can_moderate_applications(request.user):
        raise PermissionDenied


@require_GET
def vetting_list(request: HttpRequest) -> HttpResponse:
    """Requests waiting (oldest first), vettings in force (soonest to expire first), then recent decisions."""
    _require_coordinator(request)
    base = Vetting.objects.select_related("member__user", "organisation", "decided_by")
    context = {
        "pending": base.filter(status=VettingStatus.REQUESTED).order_by("requested_at"),
        "current": base.filter(status=VettingStatus.APPROVED, expires_at__gt=timezone.now()).order_by("expires_at"),
        "decided": base.exclude(status__in=[VettingStatus.REQUESTED, VettingStatus.APPROVED]).order_by(
            "-decided_at", "-requested_at"
        )[:200],
    }
    return render(request, "network/admin/vetting_list.html", context)


@require_GET
def vetting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_coordinator(request)
    return _render_detail(request, get_object_or_404(Vetting, pk=pk))


def _render_detail(
    request: HttpRequest, item: Vetting, form: VettingDecisionForm | None = None, status: int = 200
) -> HttpResponse:
    context = {
        "vetting": item,
        "events": item.events.select_related("actor"),
        "form": form or VettingDecisionForm(),
        "has_second_factor": twofactor.has_device(item.member.user),
    }
    return render(request, "network/admin/vetting_detail.html", context, status=status)


def _decision(
    action: Callable[[Vetting, object, str], object], done: str
) -> Callable[[HttpRequest, int], HttpResponse]:
    """A POST view that applies ``action`` with the coordinator's reason, or shows why it could not."""

    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        _require_coordinator(request)
        item = get_object_or_404(Vetting.objects.select_related("member__user", "member__organisation"), pk=pk)
        form = VettingDecisionForm(request.POST)
        if not form.is_valid():
            return _render_detail(request, item, form, status=400)
        try:
            action(item, request.user, form.cleaned_data["reason"].strip())
        except vetting.VettingError as exc:
            form.add_error("reason", str(exc))
            return _render_detail(request, item, form, status=400)
        messages.success(request, done)
        return redirect(DETAIL_URL_NAME, pk=pk)

    return view


def _left(item: Vetting, coordinator: object, reason: str) -> None:
    if not item.member.active:
        raise vetting.VettingError("They are already recorded as having left.")
    vetting.leave_organisation(item.member, coordinator)


def _reset(item: Vetting, coordinator: object, reason: str) -> None:
    twofactor.reset(item.member.user, coordinator, reason)


class VettingViewSet(ViewSet):
    name = "network_vetting"
    url_prefix = "network/vetting"
    url_namespace = URL_NAMESPACE
    icon = "lock"
    menu_label = "Vetting"
    menu_name = "network-vetting"
    menu_order = 216
    add_to_admin_menu = True
    menu_item_class = CoordinatorsMenuItem

    def get_urlpatterns(self) -> list[URLPattern]:
        return [
            path("", vetting_list, name="index"),
            path("<int:pk>/", vetting_detail, name="detail"),
            path(
                "<int:pk>/approve/",
                _decision(vetting.approve, "Approved; the member has been emailed."),
                name="approve",
            ),
            path("<int:pk>/refuse/", _decision(vetting.refuse, "Refused; the member has been emailed."), name="refuse"),
            path(
                "<int:pk>/withdraw/",
                _decision(vetting.withdraw, "Withdrawn; the person's sessions have ended."),
                name="withdraw",
            ),
            path("<int:pk>/left/", _decision(_left, "Recorded: they left, and their vetting ended."), name="left"),
            path(
                "<int:pk>/reset-second-factor/",
                _decision(_reset, "Their second factor was removed: they enrol again at their next sign-in."),
                name="reset_second_factor",
            ),
        ]


vetting_viewset = VettingViewSet()
