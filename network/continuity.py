"""Keeping content alive after projects end: ownership transfer and the stale-content report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from network.models import ContactPerson, Organisation
from practices.models import PRACTICE_PAGE_MODELS, OrganisationSection
from practices.sections import section_for

CONFIRMATION_MAX_AGE = dt.timedelta(days=365)
TRANSFER_ACTION = "network.transfer"


class TransferError(ValueError):
    """A transfer that cannot be made; the message is shown to the moderator."""


@transaction.atomic
def transfer_practice(page: Page, organisation: Organisation, user: Any = None) -> Page:
    """Move a practice into ``organisation``'s section of the same listing, and log it.

    It is a plain Wagtail move, so URLs, permissions and the search index follow; the audit
    log records both the move and the transfer (from, to).
    """
    section = page.get_parent().specific
    if not isinstance(section, OrganisationSection):
        raise TransferError("Only practices inside an organisation's section can be transferred.")
    if not organisation.active:
        raise TransferError("Practices can only be transferred to an active organisation.")
    if section.organisation_id == organisation.pk:
        raise TransferError(f"This practice already belongs to {organisation.name}.")
    previous = section.organisation
    target = section_for(section.get_parent().specific, organisation)
    page.move(target, pos="last-child", user=user)
    page.refresh_from_db()
    log(
        instance=page.specific,
        action=TRANSFER_ACTION,
        user=user,
        data={"from": previous.name, "from_id": previous.pk, "to": organisation.name, "to_id": organisation.pk},
    )
    return page


@dataclass
class StaleItem:
    page: Page
    organisation: Organisation
    reason: str


def stale_content(now: dt.datetime | None = None) -> list[StaleItem]:
    """Practices whose owning organisation is inactive, or whose contact has not confirmed in 12 months."""
    now = now or timezone.now()
    cutoff = now - CONFIRMATION_MAX_AGE
    last_confirmed = dict(
        ContactPerson.objects.values("organisation")
        .annotate(last=Max("confirmed_at"))
        .values_list("organisation", "last")
    )
    items: list[StaleItem] = []
    for model in PRACTICE_PAGE_MODELS:
        for page in model.objects.live().order_by("path"):
            parent = page.get_parent().specific
            organisation = getattr(parent, "organisation", None)
            if organisation is None:
                continue
            confirmed = last_confirmed.get(organisation.pk)
            if not organisation.active:
                items.append(StaleItem(page, organisation, "organisation inactive"))
            elif confirmed is None:
                items.append(StaleItem(page, organisation, "no confirmed contact"))
            elif confirmed < cutoff:
                items.append(StaleItem(page, organisation, f"contact last confirmed {confirmed:%Y-%m-%d}"))
    return items
