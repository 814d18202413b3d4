"""Rate limits key on the visitor, not on the proxy in front: X-Forwarded-For is believed only through trusted proxies.

Through the real contact view on PostgreSQL, with Redis holding the counters.
"""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory

from portal.client_ip import client_ip
from tests.network.test_contact import contact_url, organisation_with_contact, payload

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.CONTACT_RATE_PER_IP = "2/h"
    settings.CONTACT_RATE_PER_EMAIL = "100/h"


def send(forwarded_for: str | None, n: int) -> int:
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    client = Client(REMOTE_ADDR=PROXY)
    return client.post(
        contact_url(organisation_with_contact()), payload(sender_email=f"p{n}@city.example"), **headers
    ).status_code


def test_without_a_trusted_proxy_a_spoofed_header_changes_nothing(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [send(f"203.0.113.{n}", n) for n in range(4)]  # a new "address" each time
    assert statuses == [302, 302, 429, 429]


def test_behind_one_trusted_proxy_two_visitors_have_separate_limits(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    first = [send("198.51.100.7", n) for n in range(3)]
    second = [send("198.51.100.8", n) for n in range(10, 13)]
    assert first == [302, 302, 429]
    assert second == [302, 302, 429]
    # A visitor who prepends a fake address to the header is still counted as themselves.
    assert send("203.0.113.99, 198.51.100.7", 20) == 429


@pytest.mark.parametrize(
    ("count", "header", "expected"),
    [
        (0, "198.51.100.7", PROXY),
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "203.0.113.5, 198.51.100.7", "198.51.100.7"),
        (2, "198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (2, "10.0.0.2", PROXY),  # fewer hops than trusted proxies: not believed
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
    ],
)
def test_the_client_address(settings, count, header, expected):
    settings.TRUSTED_PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=header)
    assert client_ip(request) == expected
