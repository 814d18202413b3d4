"""Who may put a restricted file (a document or image of the restricted collection) on a page.

Partner editors may choose files from every collection, but another organisation's annexes are not
theirs to see or to attach: attached to a section of their own, a RED site plan would reach their
section's readers. A restricted file is theirs to attach when they may change it (they uploaded it), or
when it was uploaded by someone in one of their groups (an editor of their organisation). Superusers
may attach any. A file already on the page stays, whoever edits it next.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from practices.blocks import in_restricted_collection
from practices.marking import RESTRICTED_COLLECTION


def attachable(items: QuerySet, user: Any) -> QuerySet:
    """``items`` (documents or images) less the restricted ones ``user`` may not attach."""
    if user.is_superuser:
        return items
    restricted = Collection.objects.filter(name=RESTRICTED_COLLECTION).first()
    if restricted is None:
        return items
    own = policy_registry.get_by_type(items.model).instances_user_has_permission_for(user, "change").values("pk")
    inside = restricted.get_descendants(inclusive=True).values("pk")
    colleagues = Q(uploaded_by_user__groups__in=user.groups.values("pk"))
    return items.filter(~Q(collection__in=inside) | Q(pk__in=own) | colleagues).distinct()


def may_change(user: Any, item: Any) -> bool:
    """Whether ``user`` may change the document or image in the admin (its collection's permissions)."""
    return bool(policy_registry.get_by_type(type(item)).user_has_permission_for_instance(user, "change", item))


def may_attach(user: Any, item: Any) -> bool:
    if user.is_superuser or not in_restricted_collection(item):
        return True
    return attachable(type(item).objects.filter(pk=item.pk), user).exists()


def section_files(sections: Iterable[Any]) -> list[tuple[str, Any]]:
    """The documents and images of a StreamField of restricted sections, each with its section's label."""
    files = []
    for block in sections:
        if block.block_type == "section":
            items = [*block.value["documents"], *block.value.get("images", [])]
            files += [(block.value["label"], item) for item in items if item]
    return files


def page_files(page: Any) -> list[tuple[str, Any]]:
    """Every restricted-or-not file of a practice's body and sections, each with where it is shown."""
    return [*(("body", item) for item in page.body_files()), *section_files(page.restricted_sections)]


def foreign_files(user: Any, before: Iterable[tuple[str, Any]], after: Iterable[tuple[str, Any]]) -> list[Any]:
    """The restricted files ``after`` puts where ``before`` did not have them that ``user`` may not attach.

    A file stays where it was, whoever edits the page next; moved to another part (a RED annex into a GREEN
    section) it is attached anew, and must be the editor's organisation's own.
    """
    kept = {(where, type(item), item.pk) for where, item in before}
    return [item for where, item in after if (where, type(item), item.pk) not in kept and not may_attach(user, item)]
