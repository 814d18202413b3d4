"""Two-factor sign-in (django-otp TOTP), with real codes computed from the device's key.

Enrolment, recovery codes, throttled failures, a coordinator's reset, and the second step in front
of the admin for coordinators, superusers and vetted members.
"""

from __future__ import annotations

import re
import time

import pytest
from django.core.cache import cache
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from network import twofactor
from tests.factories import OrganisationFactory
from tests.factories.marking import authenticator, member_of, signed_in, totp_code, vet

pytestmark = pytest.mark.django_db


@pytest.fixture
def vetted(django_user_model):
    city = OrganisationFactory(name="Vilniaus miesto savivaldybė", slug="vilnius", org_type="municipality")
    member = member_of(city, "officer@vilnius.example", django_user_model)
    vet(member)
    return member.user


def password_only(user) -> tuple[Client, str]:
    client = Client()
    response = client.post("/account/sign-in/", {"username": user.get_username(), "password": "pw", "next": "/search/"})
    assert response.status_code == 302
    return client, response["Location"]


def test_a_vetted_member_enrols_with_a_real_code_and_gets_recovery_codes(vetted):
    client, location = password_only(vetted)
    assert location.startswith("/account/two-factor/?next=")
    page = client.get(location).content.decode()
    assert "<svg" in page and "Key:" in page  # the QR code is made here, nothing is fetched
    device = TOTPDevice.objects.get(user=vetted, confirmed=False)
    assert client.post("/account/two-factor/", {"token": "000000", "next": "/search/"}).status_code == 400
    time.sleep(1.1)  # django-otp's wait after one wrong code
    code = f"{TOTP(device.bin_key).token():06d}"
    response = client.post("/account/two-factor/", {"token": code, "next": "/search/"})
    assert response.status_code == 200
    codes = re.findall(r"<code>(\w+)</code>", response.content.decode())
    assert len(codes) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert "this session has not passed" not in client.get("/account/").content.decode()


def test_sign_in_asks_for_the_code_and_only_a_right_one_opens_amber(vetted):
    authenticator(vetted)
    client, location = password_only(vetted)
    assert location == "/account/verify/?next=%2Fsearch%2F"
    assert "has not passed the second step" in client.get("/account/").content.decode()
    wrong = client.post("/account/verify/", {"token": "123456", "next": "/search/"})
    assert wrong.status_code == 400 and "not right" in wrong.content.decode()
    time.sleep(1.1)  # django-otp's wait after one wrong code
    right = client.post("/account/verify/", {"token": totp_code(authenticator(vetted)), "next": "/search/"})
    assert right.status_code == 302 and right["Location"] == "/search/"
    assert "has not passed" not in client.get("/account/").content.decode()


def test_the_next_address_stays_on_the_site(vetted):
    authenticator(vetted)
    client, _ = password_only(vetted)
    response = client.post(
        "/account/verify/", {"token": totp_code(authenticator(vetted)), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/account/"


def test_failed_codes_are_throttled(vetted, settings):
    settings.SIGN_IN_FAILURES_PER_TARGET = 3
    cache.clear()
    device = authenticator(vetted)
    client, _ = password_only(vetted)
    statuses = [client.post("/account/verify/", {"token": "111111"}).status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 429]
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1 and not device.verify_is_allowed()[0]  # django-otp's own wait
    cache.clear()
    # While django-otp makes the device wait, even the right code is refused, with a message saying so.
    response = client.post("/account/verify/", {"token": totp_code(device)})
    assert response.status_code == 400 and "wait" in response.content.decode()


def test_a_recovery_code_works_once(vetted):
    codes = twofactor.new_recovery_codes(vetted)
    authenticator(vetted)
    client, _ = password_only(vetted)
    assert client.post("/account/verify/", {"token": codes[0]}).status_code == 302
    assert StaticToken.objects.filter(token=codes[0]).count() == 0
    again, _ = password_only(vetted)
    assert again.post("/account/verify/", {"token": codes[0]}).status_code == 400


def test_a_coordinator_resets_a_lost_second_factor(vetted, moderator_client):
    client = signed_in(vetted)
    vetting = vetted.network_member.vettings.get()
    response = moderator_client.post(
        f"/admin/network/vetting/{vetting.pk}/reset-second-factor/", {"reason": "Lost phone"}
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=vetted).exists()
    # The session that used the old device ended; signing in again leads to a new enrolment.
    assert client.get("/account/").status_code == 302
    _, location = password_only(vetted)
    assert location.startswith("/account/two-factor/")
    assert "second factor reset" in [event.action for event in vetting.events.all()]


@pytest.fixture
def second_factor_for_admin(settings):
    settings.SECOND_FACTOR_FOR_ADMIN = True


def test_coordinators_reach_the_admin_only_after_the_second_step(second_factor_for_admin, moderator):
    client = Client()
    client.force_login(moderator)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith("/account/two-factor/?next=")
    device = authenticator(moderator)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/account/verify/?next=%2Fadmin%2Fpages%2F"
    assert client.post("/account/verify/", {"token": totp_code(device), "next": "/admin/pages/"}).status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_partner_editors_who_are_not_vetted_need_no_second_step(second_factor_for_admin, django_user_model):
    from network.permissions import add_editor

    city = OrganisationFactory(name="Stad Gent", slug="gent", org_type="municipality", country="BE")
    editor = add_editor(city, "editor@gent.example", "Ed Itor")
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_production_always_asks_for_the_second_step():
    from pathlib import Path

    source = Path("portal/settings/production.py").read_text()
    assert "\nSECOND_FACTOR_FOR_ADMIN = True\n" in source
