"""The access log of sensitive material: who read or downloaded which AMBER or RED part, and when.

Practices announce each read with ``practices.marking.marked_part_read``; this module records it. The
owning organisation's editors and the network's coordinators read the log in the admin
(``network.views.access``), for their material only, and can export it as CSV. It is personal data:
``network.privacy`` exports and erases it, and ``prune`` keeps it ``ACCESS_LOG_DAYS`` days.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.dispatch import receiver
from django.utils import timezone

from network.models import AccessRecord, Organisation
from network.permissions import sees_every_page
from practices.marking import LOGGED_LABELS, marked_part_read


@receiver(marked_part_read)
def record(
    sender: Any,
    *,
    reader: Any,
    page: Any,
    owner_id: int | None,
    section: str,
    label: str,
    kind: str,
    document: str = "",
    **kwargs: Any,
) -> None:
    """One row per view or download of a logged label by a signed-in reader."""
    if label not in LOGGED_LABELS or reader.user_id is None:
        return
    AccessRecord.objects.create(
        user_id=reader.user_id,
        organisation_id=reader.organisation_id,
        page_id=page.pk if page is not None else None,
        owner_id=owner_id,
        section=section[:200],
        label=label,
        kind=kind,
        document=document[:255],
    )


def visible_records(user: Any) -> QuerySet[AccessRecord]:
    """The records ``user`` may read: every one for coordinators, their organisation's material for editors."""
    records = AccessRecord.objects.select_related("user", "organisation", "page", "owner")
    if sees_every_page(user):
        return records
    owned = Organisation.objects.filter(editors_group__in=user.groups.all()).values("pk")
    return records.filter(owner__in=owned)


def prune(now: dt.datetime | None = None) -> int:
    """Drop records older than ``ACCESS_LOG_DAYS``; returns how many went."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.ACCESS_LOG_DAYS)
    deleted, _ = AccessRecord.objects.filter(at__lt=cutoff).delete()
    return deleted
