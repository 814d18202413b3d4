"""Moderators' pages for membership applications in the Wagtail admin.

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
from django.urls import URLPattern, path, reverse_lazy
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.menu import MenuItem

from network.forms import ApproveForm, RejectForm
from network.membership import approve_application, reject_application
from network.models import ApplicationStatus, MembershipApplication
from network.permissions import MODERATORS_GROUP

LIST_URL_NAME = "network_applications"
DETAIL_URL_NAME = "network_application"


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


def admin_urls() -> list[URLPattern]:
    """URLs for the ``register_admin_urls`` hook (mounted under ``/admin/``)."""
    return [
        path("network/applications/", application_list, name=LIST_URL_NAME),
        path("network/applications/<int:pk>/", application_detail, name=DETAIL_URL_NAME),
        path("network/applications/<int:pk>/approve/", application_approve, name="network_application_approve"),
        path("network/applications/<int:pk>/reject/", application_reject, name="network_application_reject"),
    ]


class ApplicationsMenuItem(MenuItem):
    """The "Applications" menu entry, shown only to those who may decide."""

    def is_shown(self, request: HttpRequest) -> bool:
        """Hide the entry from organisation editors, who also have admin access."""
        return can_moderate_applications(request.user)


def menu_item() -> MenuItem:
    """The menu item for the ``register_admin_menu_item`` hook."""
    return ApplicationsMenuItem(
        "Applications", reverse_lazy(LIST_URL_NAME), name="network-applications", icon_name="form", order=215
    )
