"""Look-alike email addresses can never borrow an account (PostgreSQL, through the join form and approval).

The victim: an approved organisation's editor account whose owner has not set a password yet. The
attacker applies for another organisation with an address that looks the same.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection

from network.models import MembershipApplication
from network.permissions import add_editor
from portal.emails import normalise_email
from tests.factories import OrganisationFactory
from tests.network.test_membership import approve_url, join_url, payload

pytestmark = pytest.mark.django_db

VICTIM = "lena@city-of-nice.example"


@pytest.fixture(autouse=True)
def fresh_limits():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def victim():
    organisation = OrganisationFactory(name="Ville de Nice", slug="nice", country="FR", city="Nice")
    user = add_editor(organisation, VICTIM, "Lena Victim")
    assert not user.has_usable_password()
    return user


def apply_and_approve(client, moderator_client, address: str, name: str) -> MembershipApplication:
    response = client.post(join_url(), payload(contact_email=address, organisation_name=name, contact_name="Eve"))
    assert response.status_code == 302, response.content.decode()[:2000]
    application = MembershipApplication.objects.get(organisation_name=name)
    mail.outbox.clear()
    assert moderator_client.post(approve_url(application), {"create_editor_account": "on"}).status_code == 302
    application.refresh_from_db()
    return application


def links_sent() -> list[tuple[list[str], str]]:
    return [(message.to, link) for message in mail.outbox for link in re.findall(r"https?://\S*reset\S*", message.body)]


def test_postgres_would_match_the_dotless_i_with_iexact():
    """The fault this guards against: PostgreSQL's case-insensitive match folds ı to I."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT UPPER(%s) = UPPER(%s)", ["lena@cıty-of-nice.example", VICTIM])
        assert cursor.fetchone()[0] is True


def test_a_dotless_i_in_the_domain_is_a_different_address_and_gets_its_own_account(
    client,
    moderator_client,
    victim,
):
    application = apply_and_approve(client, moderator_client, "lena@cıty-of-nice.example", "Ville de Lookalike")
    assert application.contact_email.startswith("lena@xn--") and application.contact_email != VICTIM
    victim.refresh_from_db()
    assert not victim.groups.filter(pk=application.organisation.editors_group_id).exists()
    attacker = get_user_model().objects.get(email=application.contact_email)
    assert attacker.pk != victim.pk
    for recipients, _link in links_sent():
        assert recipients == [application.contact_email]  # never the victim's link to the attacker
    assert all(VICTIM not in message.to for message in mail.outbox if "reset" in message.body)


@pytest.mark.parametrize(
    "lookalike",
    ["LENA@CITY-OF-NICE.EXAMPLE", "lena@ｃｉｔｙ-of-nice.example", "Lena@City-Of-Nice.Example"],
)
def test_addresses_that_fold_to_the_victims_are_the_victims_and_links_go_only_there(
    client, moderator_client, victim, lookalike
):
    """Case and full-width letters in the domain fold to the same mailbox: whoever typed them, mail goes to
    the account's own address."""
    assert normalise_email(lookalike) == VICTIM
    application = apply_and_approve(client, moderator_client, lookalike, f"Ville {abs(hash(lookalike)) % 10_000}")
    assert application.contact_email == VICTIM
    assert get_user_model().objects.filter(email=VICTIM).count() == 1
    assert links_sent()
    for recipients, _link in links_sent():
        assert recipients == [VICTIM]


@pytest.mark.parametrize(
    "lookalike", ["l\uff45na@city-of-nice.example", "ｌｅｎａ@city-of-nice.example", "lena@city-of-nice.example."]
)
def test_look_alikes_the_form_refuses_store_and_send_nothing(client, victim, lookalike):
    """Full-width letters in the local part, a trailing dot: refused with a form error."""
    response = client.post(join_url(), payload(contact_email=lookalike, organisation_name="Ville de Refus"))
    assert response.status_code == 400 and "contact_email" in response.context["form"].errors
    assert not MembershipApplication.objects.filter(organisation_name="Ville de Refus").exists()
    assert mail.outbox == []


def test_the_kelvin_sign_folds_to_k_and_matches_only_the_exact_account(client, moderator_client):
    kate = add_editor(OrganisationFactory(), "kate@city.example", "Kate")
    application = apply_and_approve(client, moderator_client, "\u212aate@city.example", "Ville de Kelvin")
    assert application.contact_email == "kate@city.example"
    assert get_user_model().objects.get(email="kate@city.example").pk == kate.pk
    for recipients, _link in links_sent():
        assert recipients == [kate.email]


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("  Lena@City-Of-Nice.Example ", VICTIM),
        ("lena@cıty-of-nice.example", "lena@xn--cty-of-nice-zzb.example"),
        ("ｌｅｎａ@city.example", "lena@city.example"),
        ("\u212a@city.example", "k@city.example"),
        ("lena@münchen.example", "lena@xn--mnchen-3ya.example"),
    ],
)
def test_one_normal_form(typed, normal):
    assert normalise_email(typed) == normal


def test_accounts_and_registrations_are_stored_in_the_normal_form(django_user_model):
    user = django_user_model.objects.create_user("someone", "Some.One@City.Example", "pw")
    assert user.email == "some.one@city.example"
    assert django_user_model.objects.filter(email="SOME.ONE@city.example").count() == 0  # no folding at lookup
