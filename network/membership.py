"""Joining the network: receiving an application and deciding on it.

The public form (``network.views.membership``) and the moderators' admin pages
(``network.views.moderation``) only call the three functions here, so the rules live in one place:

* a decision is taken once: only pending applications are approved or rejected, checked under
  a row lock so two moderators clicking at the same time cannot both decide;
* approval builds everything a new member needs in one transaction (organisation, contact
  person, editors group and sections, optionally an editor account) — all or nothing;
* emails go out after the database work succeeded, and a mail server failure is logged
  rather than undoing a decision already taken;
* log lines name applications by id and organisations by slug, never people or addresses.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify

from network.forms import ApplicationForm, normalise_name
from network.models import (
    ApplicationStatus,
    ContactPerson,
    MembershipApplication,
    MembershipStatus,
    Organisation,
)
from network.permissions import add_editor, provision_organisation

logger = logging.getLogger(__name__)

SUBJECT_PREFIX = "[Practice exchange]"
# Where people without a Django/Wagtail "confirm" route can still reset a password.
RESET_FALLBACK_PATH = "/admin/password_reset/"


class ApplicationAlreadyDecided(ValueError):
    """The application was approved or rejected before; the message is shown to the moderator."""


def submit_application(form: ApplicationForm) -> MembershipApplication:
    """Store a valid application (with the time consent was given) and confirm it by email.

    The applicant gets a receipt so they know it arrived; the coordinator gets a notice with a
    link to the admin page, without the contact details (those stay in the admin).
    """
    with transaction.atomic():
        application = form.save(commit=False)
        application.consent_given_at = timezone.now()
        application.status = ApplicationStatus.PENDING
        application.save()
        form.save_m2m()
    logger.info("Membership application %s received", application.pk)
    context = {"application": application, "admin_url": _absolute(_admin_detail_path(application))}
    _send(
        f"{SUBJECT_PREFIX} We received your application to join the network",
        "network/emails/application_received.txt",
        context,
        application.contact_email,
    )
    _send(
        f"{SUBJECT_PREFIX} New membership application: {application.organisation_name}",
        "network/emails/application_notice.txt",
        context,
        settings.NETWORK_COORDINATOR_EMAIL,
    )
    return application


def answer_duplicate(form: ApplicationForm) -> None:
    """A valid application that repeats an open one: nothing is stored, and the visitor sees the same thanks.

    Whether an address or an organisation has an application under review is nobody else's business,
    so the page says nothing; the emails say what each one needs. The same address applying again is
    told, at that address, about its own application. A second application for an organisation under
    review gets the ordinary receipt (the typed address learns nothing it could not have guessed), and
    the coordinator gets a notice to join the two.
    """
    existing = form.duplicate_of
    assert existing is not None
    attempt = form.save(commit=False)  # never saved: the receipt and the notice only read it
    context = {"application": attempt, "existing": existing, "admin_url": _absolute(_admin_detail_path(existing))}
    if form.duplicate_by_email:
        _send(
            f"{SUBJECT_PREFIX} Your application to join the network",
            "network/emails/application_repeated.txt",
            context,
            attempt.contact_email,
        )
        return
    _send(
        f"{SUBJECT_PREFIX} We received your application to join the network",
        "network/emails/application_received.txt",
        context,
        attempt.contact_email,
    )
    _send(
        f"{SUBJECT_PREFIX} A further application for {existing.organisation_name}",
        "network/emails/application_duplicate_notice.txt",
        context,
        settings.NETWORK_COORDINATOR_EMAIL,
    )
    logger.info("A further application for membership application %s was not stored", existing.pk)


def approve_application(
    application: MembershipApplication, moderator: Any, *, create_editor_account: bool | None = None
) -> Organisation:
    """Make the applicant a member: organisation, contact person, editors group, optional editor.

    ``create_editor_account`` lets the moderator overrule the applicant's choice; ``None`` keeps
    it. Raises ``ApplicationAlreadyDecided`` (a ``ValueError``) if the application is not pending,
    and ``ValueError`` if an organisation of that name became a member since the form was sent.
    """
    with transaction.atomic():
        locked = _lock_pending(application)
        wanted = normalise_name(locked.organisation_name)
        if any(normalise_name(name) == wanted for name in Organisation.objects.public().values_list("name", flat=True)):
            raise ValueError(
                f"{locked.organisation_name} is already a member organisation; nothing was created. "
                "Reject this application, or update the existing organisation instead."
            )
        now = timezone.now()
        organisation = Organisation.objects.create(
            name=locked.organisation_name,
            slug=unique_organisation_slug(locked.organisation_name),
            org_type=locked.org_type,
            country=locked.country,
            city=locked.city,
            website=locked.website,
            description=locked.description,
            membership_status=MembershipStatus.MEMBER,
            member_since=timezone.localdate(now),
            active=True,
        )
        organisation.expertise_threats.set(list(locked.expertise_threats.all()))
        organisation.expertise_spaces.set(list(locked.expertise_spaces.all()))
        organisation.expertise_solutions.set(list(locked.expertise_solutions.all()))
        organisation.save()  # parental many-to-many relations are written on save
        ContactPerson.objects.create(
            organisation=organisation,
            name=locked.contact_name,
            role=locked.contact_role,
            email=locked.contact_email,
            phone=locked.contact_phone,
            confirmed_at=now,
        )
        provision_organisation(organisation)
        editor = None
        wants_editor = locked.wants_editor_account if create_editor_account is None else create_editor_account
        if wants_editor:
            editor = add_editor(organisation, locked.contact_email, locked.contact_name)
        locked.status = ApplicationStatus.APPROVED
        locked.decided_at = now
        locked.decided_by = moderator
        locked.organisation = organisation
        locked.rejection_reason = ""
        locked.save(update_fields=["status", "decided_at", "decided_by", "organisation", "rejection_reason"])
    application.refresh_from_db()
    logger.info("Membership application %s approved as organisation %s", application.pk, organisation.slug)
    # A set-password or login link for an account goes only to that account's own address, exactly.
    link_allowed = editor is not None and editor.email == application.contact_email
    context = {
        "application": application,
        "organisation": organisation,
        "editor_account": link_allowed,
        "existing_account": link_allowed and editor.has_usable_password(),  # type: ignore[union-attr]  # link_allowed: not None
        "set_password_url": password_set_url(editor) if link_allowed else "",
        "login_url": _absolute(_reverse_or("wagtailadmin_login", "/admin/login/")),
    }
    _send(
        f"{SUBJECT_PREFIX} Welcome to the network, {organisation.name}",
        "network/emails/application_approved.txt",
        context,
        application.contact_email,
    )
    return organisation


def reject_application(application: MembershipApplication, moderator: Any, reason: str) -> None:
    """Refuse the application and tell the applicant why (the reason is required for that).

    Raises ``ValueError`` for an empty reason and ``ApplicationAlreadyDecided`` if the
    application is not pending.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("Please give a reason; it is sent to the applicant.")
    with transaction.atomic():
        locked = _lock_pending(application)
        locked.status = ApplicationStatus.REJECTED
        locked.rejection_reason = reason
        locked.decided_at = timezone.now()
        locked.decided_by = moderator
        locked.save(update_fields=["status", "rejection_reason", "decided_at", "decided_by"])
    application.refresh_from_db()
    logger.info("Membership application %s rejected", application.pk)
    _send(
        f"{SUBJECT_PREFIX} Your application to join the network",
        "network/emails/application_rejected.txt",
        {"application": application, "reason": reason},
        application.contact_email,
    )


#: Fixed paths under /network/ that an organisation's profile URL must not shadow.
RESERVED_SLUGS = frozenset({"join", "peers", "projects", "registrations", "map", "events"})


def unique_organisation_slug(name: str) -> str:
    """A free slug for a new organisation: ``city-of-x``, then ``city-of-x-2``, ``city-of-x-3``…"""
    max_length = Organisation._meta.get_field("slug").max_length or 50
    base = slugify(name)[:max_length].strip("-") or "organisation"
    candidate, number = base, 2
    while candidate in RESERVED_SLUGS or Organisation.objects.filter(slug=candidate).exists():
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def password_set_url(user: Any) -> str:
    """An absolute one-time link where a new editor chooses a password.

    New editor accounts have no usable password, and Django's password-reset *request* form
    ignores such accounts, so the link goes straight to a reset-confirm page with a token. The
    token stops working as soon as the password is set (it hashes the password field).
    """
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    for name in ("password_reset_confirm", "wagtailadmin_password_reset_confirm"):
        try:
            return _absolute(reverse(name, kwargs={"uidb64": uidb64, "token": token}))
        except NoReverseMatch:
            continue
    return _absolute(RESET_FALLBACK_PATH)


def _lock_pending(application: MembershipApplication) -> MembershipApplication:
    """The application's row, locked for this transaction, if (and only if) it is still pending."""
    locked = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if locked.status != ApplicationStatus.PENDING:
        raise ApplicationAlreadyDecided(
            f"This application was already {locked.get_status_display().lower()}; nothing was changed."
        )
    return locked


def _admin_detail_path(application: MembershipApplication) -> str:
    return _reverse_or(
        "network_applications:detail", f"/admin/network/applications/{application.pk}/", kwargs={"pk": application.pk}
    )


def _reverse_or(name: str, fallback: str, **kwargs: Any) -> str:
    try:
        return reverse(name, **kwargs)
    except NoReverseMatch:
        return fallback


def _absolute(path: str) -> str:
    """Emails need full links; the admin base URL is the site's canonical address."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + path


def _send(subject: str, template: str, context: dict[str, Any], recipient: str) -> bool:
    """Queue one plain-text email (``portal.mail``: the worker delivers it and retries if the server fails).

    By the time we send, the application or decision is stored, and the message joins the same
    transaction: a mail server that refuses it costs the person nothing.
    """
    body = render_to_string(template, {"coordinator_email": settings.NETWORK_COORDINATOR_EMAIL, **context})
    return bool(send_mail(subject, body, None, [recipient]))
