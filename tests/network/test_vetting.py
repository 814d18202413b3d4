"""Vetting: a member asks on their account page, a coordinator decides in the admin, it lapses or is withdrawn.

Also the access log's admin page and CSV, and the personal-data export and erasure of both.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from network import vetting
from network.models import AccessRecord, Vetting, VettingEvent, VettingStatus
from network.permissions import add_editor
from network.privacy import erase_personal_data, export_personal_data
from tests.factories import OrganisationFactory
from tests.factories.marking import member_of, signed_in, vet

pytestmark = pytest.mark.django_db


@pytest.fixture
def city():
    return OrganisationFactory(name="Municipiul Brașov", slug="brasov", org_type="municipality", country="RO")


@pytest.fixture
def officer(city, django_user_model):
    return member_of(city, "officer@brasov.example", django_user_model)


def ask(client: Client, role: str = "Head of public order", reason: str = "I plan the protection of Piața Sfatului."):
    return client.post("/account/", {"role": role, "reason": reason})


def test_a_member_asks_to_be_vetted_and_a_coordinator_approves(officer, moderator_client, moderator):
    client = signed_in(officer.user, verified=False)
    page = client.get("/account/").content.decode()
    assert "Ask to be vetted" in page and "Municipiul Brașov" in page
    assert ask(client).status_code == 302
    request = Vetting.objects.get(member=officer)
    assert request.status == VettingStatus.REQUESTED
    assert "Waiting" not in page  # nothing decided yet
    assert ask(client).status_code == 400  # one request at a time
    assert Vetting.objects.filter(member=officer).count() == 1

    queue = moderator_client.get("/admin/network/vetting/").content.decode()
    assert "officer@brasov.example" in queue or "Brașov" in queue
    assert moderator_client.get(f"/admin/network/vetting/{request.pk}/").status_code == 200
    response = moderator_client.post(f"/admin/network/vetting/{request.pk}/approve/", {"reason": ""})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == VettingStatus.APPROVED and request.decided_by == moderator
    assert abs((request.expires_at - timezone.now()) - dt.timedelta(days=365)) < dt.timedelta(minutes=1)
    assert mail.outbox[-1].to == ["officer@brasov.example"] and "vetted" in mail.outbox[-1].subject
    # Decided once: a second click changes nothing and says why.
    again = moderator_client.post(f"/admin/network/vetting/{request.pk}/refuse/", {"reason": "Changed my mind"})
    assert again.status_code == 400 and "already approved" in again.content.decode()
    assert [event.action for event in request.events.all()] == ["requested", "approved"]


@pytest.mark.parametrize(
    ("role", "reason", "message"),
    [("", "I plan the protection of the square.", "required"), ("Officer", "too short", "in a sentence")],
)
def test_bad_requests_get_form_errors_and_store_nothing(officer, role, reason, message):
    response = ask(signed_in(officer.user, verified=False), role, reason)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Vetting.objects.exists()


def test_only_eligible_organisation_types_can_be_vetted(django_user_model, moderator_client):
    lab = OrganisationFactory(name="Research Lab", slug="lab", org_type="research")
    researcher = member_of(lab, "r@lab.example", django_user_model)
    response = ask(signed_in(researcher.user, verified=False))
    assert response.status_code == 400 and "cannot be vetted" in response.content.decode()
    # Nor can a coordinator approve one whose organisation became ineligible.
    request = vet(researcher, status=VettingStatus.REQUESTED)
    response = moderator_client.post(f"/admin/network/vetting/{request.pk}/approve/", {"reason": ""})
    assert response.status_code == 400 and "cannot hold AMBER" in response.content.decode()


def test_the_eligible_types_are_a_setting(settings, django_user_model):
    settings.VETTING_ELIGIBLE_TYPES = ["municipality", "research"]
    lab = OrganisationFactory(name="Research Lab", slug="lab", org_type="research")
    researcher = member_of(lab, "r@lab.example", django_user_model)
    assert ask(signed_in(researcher.user, verified=False)).status_code == 302


def test_a_refusal_needs_a_reason_which_the_member_receives(officer, moderator_client):
    request = vetting.request_vetting(officer, role="Officer", reason="Protection of the old town square.")
    assert moderator_client.post(f"/admin/network/vetting/{request.pk}/refuse/", {"reason": " "}).status_code == 400
    assert (
        moderator_client.post(
            f"/admin/network/vetting/{request.pk}/refuse/", {"reason": "Your role does not need it."}
        ).status_code
        == 302
    )
    request.refresh_from_db()
    assert request.status == VettingStatus.REFUSED
    assert "Your role does not need it." in mail.outbox[-1].body


def test_only_coordinators_see_the_vetting_pages(officer, city, client):
    editor = add_editor(city, "editor@brasov.example", "Ed Itor")
    request = vetting.request_vetting(officer, role="Officer", reason="Protection of the old town square.")
    client.force_login(editor)
    # Wagtail's admin answers a refusal with a redirect to its dashboard and a message.
    assert client.get("/admin/network/vetting/").status_code in (302, 403)
    assert client.post(f"/admin/network/vetting/{request.pk}/approve/").status_code in (302, 403)
    assert "officer@brasov.example" not in client.get("/admin/network/vetting/", follow=True).content.decode()
    request.refresh_from_db()
    assert request.status == VettingStatus.REQUESTED


def test_vetting_expires_with_a_reminder_first_and_can_be_renewed(officer, moderator):
    approved = vet(officer, days=20)
    expired, reminded = vetting.expire_due()
    assert (expired, reminded) == (0, 1)
    assert "expires soon" in mail.outbox[-1].subject
    assert vetting.expire_due() == (0, 0)  # reminded once
    # A renewal request is allowed now; the approval in force stays in force until the decision.
    renewal = vetting.request_vetting(officer, role="Officer", reason="Still protecting the old town square.")
    approved.refresh_from_db()
    assert approved.status == VettingStatus.APPROVED
    vetting.approve(renewal, moderator)
    approved.refresh_from_db()
    assert approved.status == VettingStatus.EXPIRED
    assert vetting.expire_due(timezone.now() + dt.timedelta(days=400))[0] == 1
    renewal.refresh_from_db()
    assert renewal.status == VettingStatus.EXPIRED
    assert "expired" in [event.action for event in renewal.events.all()]


def test_a_renewal_is_refused_while_the_vetting_has_long_to_run(officer):
    vet(officer, days=300)
    with pytest.raises(vetting.VettingError, match="current until"):
        vetting.request_vetting(officer, role="Officer", reason="Protection of the old town square.")


def test_every_change_is_logged(officer, moderator):
    request = vetting.request_vetting(officer, role="Officer", reason="Protection of the old town square.")
    vetting.approve(request, moderator)
    vetting.withdraw(request, moderator, "Moved to another post.")
    events = list(VettingEvent.objects.filter(vetting=request).values_list("action", "actor"))
    assert events == [("requested", officer.user.pk), ("approved", moderator.pk), ("withdrawn", moderator.pk)]
    with pytest.raises(vetting.VettingError):
        vetting.withdraw(request, moderator, "Again")


def test_the_access_log_is_shown_to_the_owner_and_coordinators_and_exported(
    officer, city, moderator_client, django_user_model, portal_site
):
    from practices.sections import section_for
    from tests.factories import CaseStudyPageFactory, publish

    page = publish(section_for(portal_site.case_studies, city), CaseStudyPageFactory.build(title="Piața Sfatului"))
    AccessRecord.objects.create(
        user=officer.user, organisation=city, page=page, owner=city, section="Gates", label="amber", kind="view"
    )
    owner_editor = add_editor(city, "editor@brasov.example", "Ed Itor")
    other = OrganisationFactory(name="Stad Gent", slug="gent", country="BE")
    other_editor = add_editor(other, "editor@gent.example", "Other Editor")
    for user, sees in ((owner_editor, True), (other_editor, False)):
        client = Client()
        client.force_login(user)
        body = client.get("/admin/reports/access-log/").content.decode()
        assert ("Gates" in body) == sees
    csv = moderator_client.get("/admin/reports/access-log/?days=30&format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert "officer@brasov.example" in csv.content.decode() and "amber" in csv.content.decode()
    assert moderator_client.get("/admin/reports/access-log/?days=nonsense").status_code == 400
    member_client = signed_in(officer.user, verified=False)
    assert member_client.get("/admin/reports/access-log/").status_code in (302, 403)


def test_personal_data_export_and_erasure_cover_vetting_and_the_access_log(officer, city, portal_site):
    from practices.sections import section_for
    from tests.factories import CaseStudyPageFactory, publish

    page = publish(section_for(portal_site.case_studies, city), CaseStudyPageFactory.build(title="Piața Sfatului"))
    vetting.request_vetting(officer, role="Officer", reason="Protection of the old town square.")
    AccessRecord.objects.create(
        user=officer.user, organisation=city, page=page, owner=city, section="Gates", label="red", kind="download"
    )
    data = export_personal_data("officer@brasov.example")
    assert data["memberships"][0]["organisation"] == "Municipiul Brașov"
    assert data["vettings"][0]["reason"] == "Protection of the old town square."
    assert data["access_log"][0]["section"] == "Gates"
    counts = erase_personal_data("officer@brasov.example")
    assert counts["access_records"] == 1 and counts["vettings"] == 1
    assert not AccessRecord.objects.exists()
    assert Vetting.objects.get().reason == "Erased"
