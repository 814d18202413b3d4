"""Admin logins, page passwords and password resets pause after repeated failures, then recover."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import PageViewRestriction

from practices.sections import section_for
from tests.factories import CaseStudyPageFactory, OrganisationFactory, publish

pytestmark = pytest.mark.django_db

WINDOW = 2


@pytest.fixture(autouse=True)
def limits(settings):
    settings.SIGN_IN_FAILURES_PER_IP = 8
    settings.SIGN_IN_FAILURES_PER_TARGET = 3
    settings.SIGN_IN_WINDOW_SECONDS = WINDOW


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("lena", "lena@city-of-nice.example", "the-right-password-42")


def login(client, password: str, username: str = "lena"):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_wrong_admin_passwords_pause_the_account_even_for_the_right_one_then_it_recovers(client, editor):
    assert [login(client, f"guess-{n}").status_code for n in range(3)] == [200, 200, 200]
    paused = login(client, "the-right-password-42")
    assert paused.status_code == 429
    assert "Too many attempts" in paused.content.decode() and int(paused["Retry-After"]) <= WINDOW
    assert "_auth_user_id" not in client.session
    time.sleep(WINDOW + 0.5)
    assert login(client, "the-right-password-42").status_code == 302  # recovered: signed in


def test_one_address_guessing_many_accounts_is_paused_too(client, editor):
    statuses = [login(Client(REMOTE_ADDR="192.0.2.10"), "x", username=f"user{n}").status_code for n in range(9)]
    assert statuses[:8] == [200] * 8 and statuses[8] == 429
    assert login(Client(REMOTE_ADDR="192.0.2.11"), "the-right-password-42").status_code == 302  # others unaffected


def test_page_passwords_are_throttled_and_recover(client, portal_site):
    page = publish(section_for(portal_site.case_studies, OrganisationFactory()), CaseStudyPageFactory.build())
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="opensesame")
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    form = {"password": "wrong", "return_url": page.url}
    assert [client.post(url, form).status_code for _ in range(3)] == [200, 200, 200]
    assert client.post(url, {**form, "password": "opensesame"}).status_code == 429
    time.sleep(WINDOW + 0.5)
    assert client.post(url, {**form, "password": "opensesame"}).status_code == 302
    assert client.get(page.url).status_code == 200


def test_password_resets_are_throttled_per_address(client, editor):
    statuses = [
        client.post("/admin/password_reset/", {"email": "lena@city-of-nice.example"}).status_code for _ in range(4)
    ]
    assert statuses[:3] == [302, 302, 302] and statuses[3] == 429
