"""Contact a peer: delivery without revealing addresses, spam checks, rate limits, CSRF, quiet logs."""

from __future__ import annotations

import logging
import time

import pytest
from django.core import mail, signing
from django.test import Client
from django.urls import reverse

from network.models import ContactPerson, Organisation
from portal.antispam import _SIGNER_SALT
from tests.factories import ContactPersonFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    from django.core.cache import cache

    cache.clear()
    settings.CONTACT_RATE_PER_IP = "5/h"
    settings.CONTACT_RATE_PER_EMAIL = "3/h"


def started(seconds_ago: float = 10) -> str:
    return signing.TimestampSigner(salt=_SIGNER_SALT).sign(str(int(time.time() - seconds_ago)))


def payload(**overrides):
    data = {
        "sender_name": "Ana Officer",
        "sender_email": "ana.officer@city.example",
        "sender_organisation": "City of Test",
        "subject": "Bollards on our Christmas market",
        "message": "Which supplier did you use for the removable bollards?",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def organisation_with_contact() -> Organisation:
    """The organisation messages go to: an active member with one confirmed contact (created on first use)."""
    organisation = OrganisationFactory(name="Gemeente Testdorp", slug="gemeente-testdorp")  # get or create
    if not organisation.contacts.exists():
        ContactPersonFactory(organisation=organisation, name="Jan Contact", email="jan.contact@testdorp.example")
    return organisation


def contact_url(org: Organisation) -> str:
    return reverse("network:contact", args=[org.slug])


def test_form_renders_without_any_contact_address(client):
    org = organisation_with_contact()
    response = client.get(contact_url(org))
    assert response.status_code == 200
    html = response.content.decode()
    for contact in org.contacts.all():
        assert contact.email not in html and contact.name not in html


def test_message_reaches_each_contact_alone_and_the_sender_gets_a_notice_without_their_text(client):
    org = organisation_with_contact()
    ContactPerson.objects.create(organisation=org, name="Second Contact", email="second.contact@org.example")
    contacts = {contact.email for contact in org.contacts.all()}
    assert len(contacts) >= 2
    response = client.post(contact_url(org), payload())
    assert response.status_code == 302
    *to_org, notice = mail.outbox
    assert sorted(message.to[0] for message in to_org) == sorted(contacts)
    for message in to_org:  # one message per contact: nobody sees another contact's address
        assert len(message.to) == 1 and not message.cc and not message.bcc
        assert not (contacts - set(message.to)) & set(message.body.split())
        assert message.reply_to == ["ana.officer@city.example"]
        assert "removable bollards" in message.body
    assert notice.to == ["ana.officer@city.example"]
    for contact in contacts:
        assert contact not in notice.body and contact not in notice.subject
    # The sender's address is unverified: none of the text typed into the form is sent to it.
    assert "removable bollards" not in notice.body and "Christmas market" not in notice.subject + notice.body
    assert "Ana Officer" not in notice.body
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert not any(contact.email in page.content.decode() for contact in org.contacts.all())


def test_honeypot_sends_nothing_but_looks_successful(client):
    response = client.post(contact_url(organisation_with_contact()), payload(website="http://spam.example"))
    assert response.status_code == 302
    assert mail.outbox == []


def test_instant_submission_is_refused(client):
    response = client.post(contact_url(organisation_with_contact()), payload(started=started(seconds_ago=0)))
    assert response.status_code == 400
    assert "very quick" in response.content.decode()
    assert mail.outbox == []


@pytest.mark.parametrize("value", ["garbage", "123:forged", ""])
def test_tampered_timestamp_is_refused(client, value):
    response = client.post(contact_url(organisation_with_contact()), payload(started=value))
    assert response.status_code == 400
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sender_email", "not-an-email", "valid email"),
        ("message", "x" * 5001, "at most 5000"),
        ("consent", "", "This field is required"),
        ("subject", "", "This field is required"),
    ],
)
def test_bad_input_gives_form_errors(client, field, value, message):
    data = payload(**{field: value})
    if value == "":
        data.pop(field)
    response = client.post(contact_url(organisation_with_contact()), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert mail.outbox == []


def test_rate_limit_per_ip(client):
    org = organisation_with_contact()
    statuses = [
        client.post(contact_url(org), payload(sender_email=f"person{n}@city.example")).status_code for n in range(7)
    ]
    assert statuses[:5] == [302] * 5
    assert statuses[5:] == [429, 429]
    assert len(mail.outbox) == 5 * (organisation_with_contact().contacts.count() + 1)


def test_rate_limit_per_sender_email_across_addresses(client):
    org = organisation_with_contact()
    statuses = []
    for n in range(5):
        other = Client(REMOTE_ADDR=f"10.0.0.{n + 1}")
        statuses.append(other.post(contact_url(org), payload()).status_code)
    assert statuses == [302, 302, 302, 429, 429]


def test_csrf_is_enforced():
    client = Client(enforce_csrf_checks=True)
    response = client.post(contact_url(organisation_with_contact()), payload())
    assert response.status_code == 403
    assert mail.outbox == []


def test_no_personal_data_in_logs(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post(contact_url(organisation_with_contact()), payload())
    logged = caplog.text
    assert "ana.officer@city.example" not in logged
    assert "removable bollards" not in logged
    assert "Ana Officer" not in logged


def test_unknown_or_inactive_organisation_is_404(client):
    assert client.get(reverse("network:contact", args=["no-such-org"])).status_code == 404
    org = organisation_with_contact()
    org.active = False
    org.save()
    assert client.post(contact_url(org), payload()).status_code == 404
