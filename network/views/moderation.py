"""Moderators' pages for membership applications in the Wagtail admin, as one ViewSet.

``MembershipApplicationViewSet`` owns the pages' URLs (``/admin/network/applications/…``, names in the
``network_applications`` namespace) and their menu item; ``network.wagtail_hooks`` registers it.
Only superusers and members of the "Moderators" group see or decide applications: editors of
organisations have admin access too, and applications hold other people's contact details.
Wagtail's admin URL wrapper already requires a signed-in user with admin access; every view
here additionally checks ``can_moderate_applications``. Decisions are POST-only (CSRF checked
by Django's middleware) and go through ``network.membership``, which refuses to decide twice.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import URLPattern, path
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from network.forms import ApproveForm, RejectForm
from network.membership import approve_application, reject_application
from network.models import ApplicationStatus, MembershipApplication
from network.permissions import MODERATORS_GROUP

URL_NAMESPACE = "network_applications"
LIST_URL_NAME = f"{URL_NAMESPACE}:index"
DETAIL_URL_NAME = f"{URL_NAMESPACE}:detail"


def can_moderate_applications(user: Any) -> bool:
    """Superusers and the network's moderators decide who joins; nobody else sees applications."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP).exists()


def _require_moderator(request: HttpRequest) -> None:
    if not can_moderate_applications(request.user):
        raise PermissionDenied


@require_GET
def application_list(request: HttpRequest) -> HttpResponse:
    """Applications waiting for a decision first (oldest first, as they queue), then the latest decided."""
    _require_moderator(request)
    pending = MembershipApplication.objects.filter(status=ApplicationStatus.PENDING).order_by("created_at")
    decided = (
        MembershipApplication.objects.exclude(status=ApplicationStatus.PENDING)
        .select_related("decided_by", "organisation")
        .order_by("-decided_at", "-created_at")[:200]
    )
    return render(request, "network/admin/application_list.html", {"pending": pending, "decided": decided})


@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One application with its approve and reject forms."""
    _require_moderator(request)
    application = get_object_or_404(MembershipApplication, pk=pk)
    return _render_detail(request, application)


@require_POST
def application_approve(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve: creates the organisation (and, if ticked, the editor account) and emails the applicant."""
    _require_moderator(request)
    application = get_object_or_404(MembershipApplication, pk=pk)
    form = ApproveForm(request.POST)
    form.is_valid()  # a single optional checkbox: always valid
    try:
        organisation = approve_application(
            application, request.user, create_editor_account=form.cleaned_data.get("create_editor_account", False)
        )
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect(DETAIL_URL_NAME, pk=application.pk)
    messages.success(request, f"Approved: {organisation.name} is now a member. The applicant has been emailed.")
    return redirect(LIST_URL_NAME)


@require_POST
def application_reject(request: HttpRequest, pk: int) -> HttpResponse:
    """Reject with a reason (required, sent to the applicant); an empty reason re-shows the page."""
    _require_moderator(request)
    application = get_object_or_404(MembershipApplication, pk=pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The application was not rejected: please give a reason.")
        return _render_detail(request, application, reject_form=form, status=400)
    try:
        reject_application(application, request.user, form.cleaned_data["reason"])
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect(DETAIL_URL_NAME, pk=application.pk)
    messages.success(
        request, f"Rejected: the application of {application.organisation_name}. The applicant has been emailed."
    )
    return redirect(LIST_URL_NAME)


def _render_detail(
    request: HttpRequest,
    application: MembershipApplication,
    *,
    reject_form: RejectForm | None = None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "application": application,
        "is_pending": application.status == ApplicationStatus.PENDING,
        "approve_form": ApproveForm(initial={"create_editor_account": application.wants_editor_account}),
        "reject_form": reject_form or RejectForm(),
        "expertise": [
            ("Threats", application.expertise_threats.all()),
            ("Spaces", application.expertise_spaces.all()),
            ("Solutions", application.expertise_solutions.all()),
        ],
    }
    return render(request, "network/admin/application_detail.html", context, status=status)


class CoordinatorsMenuItem(MenuItem):
    """A menu entry shown only to the network's coordinators ("Applications", "Vetting")."""

    def is_shown(self, request: HttpRequest) -> bool:
        """Hide the entry from organisation editors, who also have admin access."""
        return can_moderate_applications(request.user)


class MembershipApplicationViewSet(ViewSet):
    """The list, detail, approve and reject pages under ``/admin/network/applications/``, and their menu item.

    Function views rather than Wagtail's generic model views: the pages are a queue with two decisions,
    not an editing interface, and every one of them checks ``can_moderate_applications`` itself.
    """

    name = "network_applications"
    url_prefix = "network/applications"
    url_namespace = URL_NAMESPACE
    icon = "form"
    menu_label = "Applications"
    menu_name = "network-applications"
    menu_order = 215
    add_to_admin_menu = True
    menu_item_class = CoordinatorsMenuItem

    def get_urlpatterns(self) -> list[URLPattern]:
        """Mounted by Wagtail under ``/admin/<url_prefix>/``, in the ``network_applications`` namespace."""
        return [
            path("", application_list, name="index"),
            path("<int:pk>/", application_detail, name="detail"),
            path("<int:pk>/approve/", application_approve, name="approve"),
            path("<int:pk>/reject/", application_reject, name="reject"),
        ]


applications_viewset = MembershipApplicationViewSet()
