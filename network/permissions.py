"""Partner-scoped publishing with plain Wagtail permissions.

Each organisation gets an editors group with *add* and *change* (never *publish*) on its own
sections of the case-study, tool and lesson listings. Wagtail's "Moderators approval"
workflow (on the root page) then routes every change they submit to the network's
moderators, who publish. Nothing here bypasses Wagtail's permission checks.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.db.models import F, Q
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.query import PageQuerySet

from network.models import Organisation
from network.vetting import join_organisation
from portal.base import restricted_q
from portal.emails import normalise_email
from practices.sections import sections_for

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)
MODERATORS_GROUP = "Moderators"  # Wagtail's own group, approver of the default workflow


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def provision_organisation(organisation: Organisation) -> Group:
    """Create (or complete) the organisation's sections and editors group; idempotent."""
    group = organisation.editors_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=f"Editors of {organisation.name}"[:150])
        organisation.editors_group = group
        organisation.save(update_fields=["editors_group"])
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for section in sections_for(organisation):
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=section, permission=_permission("wagtailcore", codename)
            )
    root = Collection.get_first_root_node()
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=_permission(app_label, codename)
        )
    return group


def add_editor(organisation: Organisation, email: str, name: str = "") -> User:
    """An account (found or created by email) that edits for ``organisation``.

    New accounts have no usable password: the person sets one through the password-reset
    link sent with the approval email.
    """
    group = provision_organisation(organisation)
    user_model = get_user_model()
    email = normalise_email(email)  # matched exactly, never with iexact (see portal.emails)
    user = user_model.objects.filter(email=email).first()
    if user is None:
        first, _, last = name.partition(" ")
        user = user_model(username=email[:150], email=email, first_name=first[:150], last_name=last[:150])
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    join_organisation(user, organisation)
    return user


def moderators() -> Group:
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    return group


def sees_every_page(user: Any) -> bool:
    """Superusers and network coordinators (moderators) work across all organisations' pages."""
    return bool(user.is_superuser or user.groups.filter(name=MODERATORS_GROUP).exists())


def admin_visible_pages(pages: PageQuerySet, user: Any) -> PageQuerySet:
    """The pages an admin listing may show ``user``: what they may work on, or what anyone may see.

    A partner editor may see the pages of their own sections (and the path to them, Wagtail's
    "explorable" pages), and other pages only when they are live, public and their draft title is
    the published one: Wagtail's choosers and listings show the *draft* title, which for another
    organisation's pending edit (or a private page) is not theirs to read.
    """
    if sees_every_page(user):
        return pages
    explorable = PagePermissionPolicy().explorable_instances(user).values("pk")
    public = Q(live=True, draft_title=F("title")) & ~restricted_q()
    # By id: the explorer's search hands over a queryset the search backend filters, on indexed fields only.
    visible = Page.objects.filter(Q(pk__in=explorable) | public).values("pk")
    return pages.filter(pk__in=visible)
