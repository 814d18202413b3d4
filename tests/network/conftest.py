"""Fixtures shared by the network tests."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from network.permissions import moderators


def access_admin() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@pytest.fixture
def moderator(django_user_model):
    """A network coordinator: a member of the moderators group, with admin access."""
    group = moderators()
    group.permissions.add(access_admin())
    user = django_user_model.objects.create_user("mod", "mod@network.example", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def moderator_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client
