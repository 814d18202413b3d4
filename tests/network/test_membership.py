"""Joining the network: the public application form, its abuse checks, and the moderators' decisions."""

from __future__ import annotations

import logging
import re
import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from network.membership import unique_organisation_slug
from network.models import ApplicationStatus, ContactPerson, MembershipApplication, Organisation
from network.views.moderation import applications_viewset, can_moderate_applications
from portal.antispam import _SIGNER_SALT
from practices.models import SolutionType, SpaceCategory, ThreatType
from tests.factories import OrganisationFactory
from tests.network.conftest import access_admin

pytestmark = pytest.mark.django_db

APPLICANT_EMAIL = "mila.novak@testigny.example"


@pytest.fixture(autouse=True)
def fresh_rate_limits(settings):
    from django.core.cache import cache

    cache.clear()
    settings.NETWORK_COORDINATOR_EMAIL = "coordinator@network.example"


def started(seconds_ago: float = 10) -> str:
    return signing.TimestampSigner(salt=_SIGNER_SALT).sign(str(int(time.time() - seconds_ago)))


def payload(**overrides):
    data = {
        "organisation_name": "Ville de Testigny",
        "org_type": "municipality",
        "country": "BE",
        "city": "Testigny",
        "website": "https://www.testigny.example",
        "description": "We protect our market square and station forecourt.",
        "expertise_threats": [ThreatType.objects.first().pk],
        "expertise_spaces": [SpaceCategory.objects.first().pk],
        "expertise_solutions": [SolutionType.objects.first().pk],
        "contact_name": "Mila Novak",
        "contact_role": "Security coordinator",
        "contact_email": APPLICANT_EMAIL,
        "contact_phone": "+32 2 555 01 01",
        "wants_editor_account": "on",
        "consent": "on",
        "homepage": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def make_application(**fields) -> MembershipApplication:
    values = {
        "organisation_name": "Stadt Beispielheim",
        "org_type": "municipality",
        "country": "DE",
        "city": "Beispielheim",
        "website": "https://beispielheim.example",
        "description": "Pedestrian zone and Christmas market.",
        "contact_name": "Jonas Weber",
        "contact_role": "Head of public order",
        "contact_email": "jonas.weber@beispielheim.example",
        "contact_phone": "+49 30 555 0100",
        "wants_editor_account": True,
        "consent_given_at": timezone.now(),
    }
    values.update(fields)
    application = MembershipApplication.objects.create(**values)
    application.expertise_threats.set(ThreatType.objects.all()[:2])
    application.expertise_spaces.set(SpaceCategory.objects.all()[:1])
    return application


JOIN_URL = "network:join"


def join_url() -> str:
    return reverse(JOIN_URL)


def admin_detail_url(application: MembershipApplication) -> str:
    return reverse("network_applications:detail", args=[application.pk])


def approve_url(application: MembershipApplication) -> str:
    return reverse("network_applications:approve", args=[application.pk])


def reject_url(application: MembershipApplication) -> str:
    return reverse("network_applications:reject", args=[application.pk])


@pytest.fixture
def staff_client(django_user_model):
    """An organisation editor: admin access, but not a moderator."""
    group, _ = Group.objects.get_or_create(name="Editors of somewhere")
    group.permissions.add(access_admin())
    user = django_user_model.objects.create_user("editor", "editor@network.example", "pw", is_staff=True)
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


# --- the public form ---------------------------------------------------------------------------


def test_form_renders_with_labels_and_privacy_link(client):
    response = client.get(join_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert 'for="id_organisation_name"' in html and 'for="id_contact_email"' in html
    assert "privacy notice" in html.lower()
    assert 'href="/privacy/"' in html
    assert 'name="homepage"' in html and 'name="started"' in html


def test_valid_application_is_stored_pending_and_both_sides_are_emailed(client):
    response = client.post(join_url(), payload())
    assert response.status_code == 302
    assert response["Location"] == reverse("network:join_thanks")
    application = MembershipApplication.objects.get(contact_email=APPLICANT_EMAIL)
    assert application.status == ApplicationStatus.PENDING
    assert application.consent_given_at is not None
    assert application.expertise_threats.count() == 1
    assert application.expertise_spaces.count() == 1
    assert application.expertise_solutions.count() == 1
    assert application.wants_editor_account is True

    assert len(mail.outbox) == 2
    receipt, notice = mail.outbox
    assert receipt.to == [APPLICANT_EMAIL]
    assert "Ville de Testigny" in receipt.body
    assert notice.to == ["coordinator@network.example"]
    assert "Ville de Testigny" in notice.subject
    assert f"/admin/network/applications/{application.pk}/" in notice.body
    assert APPLICANT_EMAIL not in notice.body  # contact details stay in the admin

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200


def test_an_approved_organisation_is_refused_on_the_form_membership_is_public(client):
    make_application(organisation_name="Gemeente Voorbeeld", status=ApplicationStatus.APPROVED)
    before = MembershipApplication.objects.count()
    response = client.post(join_url(), payload(organisation_name="gemeente voorbeeld"))
    assert response.status_code == 400
    assert "already a member" in " ".join(response.context["form"].errors["organisation_name"])
    assert MembershipApplication.objects.count() == before
    assert mail.outbox == []


def test_a_repeated_address_gets_the_same_answer_and_the_address_is_told(client):
    existing = make_application(organisation_name="Commune de Bézièrville", contact_email=APPLICANT_EMAIL)
    before = MembershipApplication.objects.count()
    fresh = client.post(
        join_url(), payload(contact_email="someone.new@testigny.example", organisation_name="Ville Nouvelle")
    )
    mail.outbox.clear()
    response = client.post(join_url(), payload(contact_email=APPLICANT_EMAIL.upper(), organisation_name="Autre"))
    assert response.status_code == 302 and response["Location"] == fresh["Location"]
    assert MembershipApplication.objects.count() == before + 1  # only the fresh one
    (told,) = mail.outbox
    assert (
        told.to == [APPLICANT_EMAIL] and existing.organisation_name in told.body and "still being reviewed" in told.body
    )


def test_a_second_application_for_an_organisation_under_review_reveals_nothing(client):
    existing = make_application(organisation_name="Commune de Bézièrville")
    before = MembershipApplication.objects.count()
    response = client.post(
        join_url(),
        payload(organisation_name="  COMMUNE   de   beziervillE ", contact_email="stranger@elsewhere.example"),
    )
    assert response.status_code == 302 and response["Location"] == reverse("network:join_thanks")
    assert MembershipApplication.objects.count() == before
    receipt, notice = mail.outbox
    assert receipt.to == ["stranger@elsewhere.example"] and "being reviewed" not in receipt.body
    assert receipt.subject == "[Practice exchange] We received your application to join the network"
    assert notice.to == [settings.NETWORK_COORDINATOR_EMAIL] and f"/{existing.pk}/" in notice.body


def test_existing_member_organisation_is_refused(client):
    organisation = OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven")
    response = client.post(join_url(), payload(organisation_name=f" {organisation.name.upper()} "))
    assert response.status_code == 400
    assert "already a member" in response.content.decode()
    assert not MembershipApplication.objects.filter(contact_email=APPLICANT_EMAIL).exists()
    assert mail.outbox == []


def test_rejected_application_does_not_block_a_new_one(client):
    make_application(organisation_name="Ville de Testigny", status=ApplicationStatus.REJECTED)
    assert client.post(join_url(), payload()).status_code == 302


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("contact_email", "not-an-email", "Enter a valid email address"),
        ("website", "not a url", "Enter a valid URL"),
        ("consent", "", "This field is required"),
        ("country", "XX", "Select a valid choice"),
        ("description", "x" * 2001, "at most 2000 characters"),
        ("organisation_name", "   ", "This field is required"),
    ],
)
def test_bad_input_gives_400_with_form_errors(client, field, value, message):
    data = payload(**{field: value})
    if value == "":
        data.pop(field)
    response = client.post(join_url(), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert not MembershipApplication.objects.filter(contact_email=APPLICANT_EMAIL).exists()
    assert mail.outbox == []


def test_honeypot_stores_and_sends_nothing_but_looks_successful(client):
    response = client.post(join_url(), payload(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not MembershipApplication.objects.filter(contact_email=APPLICANT_EMAIL).exists()
    assert mail.outbox == []


@pytest.mark.parametrize("value", ["now", "garbage", "123:forged", ""])
def test_instant_or_forged_submission_is_refused(client, value):
    response = client.post(join_url(), payload(started=started(seconds_ago=0) if value == "now" else value))
    assert response.status_code == 400
    assert not MembershipApplication.objects.filter(contact_email=APPLICANT_EMAIL).exists()
    assert mail.outbox == []


def test_missing_timestamp_says_to_reload(client):
    data = payload()
    data.pop("started")
    response = client.post(join_url(), data)
    assert response.status_code == 400
    assert "could not be verified" in response.content.decode()


def test_instant_submission_says_so(client):
    response = client.post(join_url(), payload(started=started(seconds_ago=0)))
    assert "very quick" in response.content.decode()


def test_rate_limit_per_ip(client):
    statuses = [
        client.post(
            join_url(),
            payload(organisation_name=f"Commune numéro {n}", contact_email=f"person{n}@commune.example"),
        ).status_code
        for n in range(7)
    ]
    assert statuses[:5] == [302] * 5
    assert statuses[5:] == [429, 429]
    assert MembershipApplication.objects.filter(contact_email__endswith="@commune.example").count() == 5


def test_csrf_is_enforced():
    client = Client(enforce_csrf_checks=True)
    response = client.post(join_url(), payload())
    assert response.status_code == 403
    assert not MembershipApplication.objects.filter(contact_email=APPLICANT_EMAIL).exists()


def test_no_personal_data_in_logs(client, caplog, moderator_client):
    caplog.set_level(logging.DEBUG)
    client.post(join_url(), payload())
    application = MembershipApplication.objects.get(contact_email=APPLICANT_EMAIL)
    moderator_client.post(approve_url(application), {"create_editor_account": "on"})
    logged = caplog.text
    assert "Mila Novak" not in logged
    assert APPLICANT_EMAIL not in logged
    assert "+32 2 555" not in logged


# --- moderators' decisions ---------------------------------------------------------------------


def test_moderator_list_shows_pending_first(moderator_client):
    decided = make_application(organisation_name="Decided Town", status=ApplicationStatus.REJECTED)
    pending = make_application(organisation_name="Pending Town", contact_email="p@pending.example")
    response = moderator_client.get(reverse("network_applications:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(pending.organisation_name) < html.index(decided.organisation_name)
    detail = moderator_client.get(admin_detail_url(pending))
    assert detail.status_code == 200
    body = detail.content.decode()
    assert "Approve" in body and "Reject" in body and pending.contact_email in body
    assert re.search(r'<input[^>]*name="create_editor_account"[^>]*checked', body)
    no_editor = make_application(
        organisation_name="No Editor Town", contact_email="n@e.example", wants_editor_account=False
    )
    body = moderator_client.get(admin_detail_url(no_editor)).content.decode()
    assert not re.search(r'<input[^>]*name="create_editor_account"[^>]*checked', body)


def test_approve_creates_member_contact_group_and_editor_and_emails_a_link(moderator, moderator_client):
    application = make_application(organisation_name="Commune de Bézièrville")
    response = moderator_client.post(approve_url(application), {"create_editor_account": "on"})
    assert response.status_code == 302

    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.decided_by == moderator and application.decided_at is not None
    organisation = application.organisation
    assert organisation.name == "Commune de Bézièrville" and organisation.slug == "commune-de-bezierville"
    assert organisation.active and organisation.country.code == "DE"
    assert set(organisation.expertise_threats.all()) == set(application.expertise_threats.all())
    assert set(organisation.expertise_spaces.all()) == set(application.expertise_spaces.all())
    contact = ContactPerson.objects.get(organisation=organisation)
    assert contact.email == application.contact_email and contact.confirmed_at is not None
    assert organisation.editors_group is not None

    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(email=application.contact_email)
    assert not editor.has_usable_password()
    assert editor.groups.filter(pk=organisation.editors_group.pk).exists()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [application.contact_email]
    link = re.search(r"https?://\S+/password_reset/confirm/\S+/", email.body)
    assert link, email.body
    # The link really lets the new editor set a password.
    path = link.group(0).split("://", 1)[1].split("/", 1)[1]
    anonymous = Client()
    page = anonymous.get("/" + path, follow=True)
    assert page.status_code == 200
    assert page.context["validlink"] is True

    follow = moderator_client.get(response["Location"])
    assert "is now a member" in follow.content.decode()


def test_approve_without_editor_account(moderator_client, django_user_model):
    application = make_application()
    moderator_client.post(approve_url(application), {})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert not django_user_model.objects.filter(email=application.contact_email).exists()
    assert "password" not in mail.outbox[0].body.lower()


def test_approving_a_name_that_became_a_member_meanwhile_is_refused(moderator_client):
    organisation = OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven")
    application = make_application(organisation_name=organisation.name.upper())
    response = moderator_client.post(approve_url(application), {"create_editor_account": "on"}, follow=True)
    assert response.status_code == 200
    assert "already a member organisation" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert mail.outbox == []


def test_slug_gets_a_numeric_suffix_when_taken():
    Organisation.objects.create(name="Suffix Town", slug="suffix-town", org_type="municipality", country="FR")
    assert unique_organisation_slug("Suffix  Town") == "suffix-town-2"
    assert unique_organisation_slug("Δήμος Αθηναίων").startswith("organisation")


def test_reject_with_reason_emails_the_reason(moderator_client):
    application = make_application()
    response = moderator_client.post(reject_url(application), {"reason": "We only accept public bodies for now."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert application.rejection_reason == "We only accept public bodies for now."
    assert application.organisation is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [application.contact_email]
    assert "We only accept public bodies for now." in mail.outbox[0].body


@pytest.mark.parametrize("reason", ["", "   "])
def test_reject_without_reason_is_refused(moderator_client, reason):
    application = make_application()
    response = moderator_client.post(reject_url(application), {"reason": reason})
    assert response.status_code == 400
    assert "give a reason" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert mail.outbox == []


def refused(response) -> bool:
    """Wagtail's admin turns PermissionDenied into a redirect to the dashboard with a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_non_moderator_staff_cannot_see_or_decide(staff_client):
    application = make_application()
    listing = staff_client.get(reverse("network_applications:index"))
    assert refused(listing)
    assert application.contact_email not in listing.content.decode()
    assert refused(staff_client.get(admin_detail_url(application)))
    assert refused(staff_client.post(approve_url(application), {"create_editor_account": "on"}))
    assert refused(staff_client.post(reject_url(application), {"reason": "No."}))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert mail.outbox == []


def test_anonymous_is_sent_to_login(client):
    application = make_application()
    response = client.post(approve_url(application))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING


def test_menu_item_only_for_moderators(moderator, django_user_model):
    request = RequestFactory().get("/admin/")
    request.user = moderator
    assert applications_viewset.get_menu_item().is_shown(request)
    request.user = django_user_model.objects.create_user("plain", "plain@network.example", "pw", is_staff=True)
    assert not applications_viewset.get_menu_item().is_shown(request)
    assert not can_moderate_applications(request.user)


def test_decision_pages_refuse_get(moderator_client):
    application = make_application()
    assert moderator_client.get(approve_url(application)).status_code == 405
    assert moderator_client.get(reject_url(application)).status_code == 405


def test_admin_decisions_require_csrf(moderator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    application = make_application()
    assert client.post(approve_url(application), {}).status_code == 403
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING


@pytest.mark.parametrize("second", ["approve", "reject"])
def test_deciding_twice_shows_an_error_and_sends_no_second_email(moderator_client, second):
    application = make_application()
    moderator_client.post(approve_url(application), {"create_editor_account": "on"})
    assert len(mail.outbox) == 1
    organisations = Organisation.objects.count()
    if second == "approve":
        response = moderator_client.post(approve_url(application), {"create_editor_account": "on"}, follow=True)
    else:
        response = moderator_client.post(reject_url(application), {"reason": "Changed my mind."}, follow=True)
    assert response.status_code == 200
    assert "already approved" in response.content.decode()
    assert len(mail.outbox) == 1
    assert Organisation.objects.count() == organisations
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.rejection_reason == ""
    # The decided application's page shows the outcome and no decision buttons.
    page = moderator_client.get(admin_detail_url(application)).content.decode()
    assert 'action="' + approve_url(application) not in page
