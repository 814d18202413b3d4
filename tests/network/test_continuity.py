"""Continuity and privacy: ended projects keep their pages, ownership transfer, stale report, GDPR."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from network.continuity import TRANSFER_ACTION, stale_content
from network.models import ContactPerson, Organisation
from network.permissions import add_editor, moderators
from practices.models import CaseStudyPage, CaseStudySection
from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    ContactPersonFactory,
    OrganisationFactory,
    ProjectFactory,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mod", "mod@network.example", "pw")
    user.groups.add(moderators())
    return user


@pytest.fixture
def owned_case_study(portal_site) -> CaseStudyPage:
    """A live case study in its owner's section; another active organisation exists to take it over."""
    OrganisationFactory(name="Ville de Nice", slug="nice", country="FR")
    owner = OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven")
    return publish(section_for(portal_site.case_studies, owner), CaseStudyPageFactory.build())


def test_ended_projects_keep_their_pages(client, portal_site):
    project = ProjectFactory(acronym="PRoTECT", slug="protect", status="ongoing")
    for owner in (OrganisationFactory(), OrganisationFactory()):
        publish(section_for(portal_site.case_studies, owner), CaseStudyPageFactory.build(project=project))
    project.status = "ended"
    project.save()
    pages = CaseStudyPage.objects.live().filter(project=project)
    assert pages.count() == 2
    assert all(client.get(page.url).status_code == 200 for page in pages)


def test_moderator_transfers_ownership_through_the_admin_and_it_is_logged(client, moderator, owned_case_study):
    page = owned_case_study
    old_owner = page.owner_organisation
    new_owner = Organisation.objects.filter(active=True).exclude(pk=old_owner.pk).first()
    client.force_login(moderator)
    url = reverse("network_transfer_page", args=[page.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"organisation": new_owner.pk})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.owner_organisation == new_owner
    assert page.live
    entry = PageLogEntry.objects.filter(page=page, action=TRANSFER_ACTION).get()
    assert entry.data["from"] == old_owner.name and entry.data["to"] == new_owner.name
    assert client.get(page.url).status_code == 200
    # The new owner's editors can now edit it; the old owner's cannot.
    assert page.permissions_for_user(add_editor(new_owner, "new@owner.example")).can_edit()
    assert not page.permissions_for_user(add_editor(old_owner, "old@owner.example")).can_edit()


def test_transfer_to_the_same_organisation_is_a_form_error(client, moderator, owned_case_study):
    page = owned_case_study
    client.force_login(moderator)
    response = client.post(
        reverse("network_transfer_page", args=[page.pk]), {"organisation": page.owner_organisation.pk}
    )
    assert response.status_code == 400
    assert "already belongs" in response.content.decode()


def test_partner_editors_cannot_transfer(client, owned_case_study):
    page = owned_case_study
    editor = add_editor(page.owner_organisation, "editor@owner.example")
    client.force_login(editor)
    other = Organisation.objects.exclude(pk=page.owner_organisation.pk).first()
    response = client.post(reverse("network_transfer_page", args=[page.pk]), {"organisation": other.pk})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.owner_organisation != other


def test_stale_report_lists_inactive_owners_and_unconfirmed_contacts(capsys, portal_site):
    for _ in range(3):
        owner = OrganisationFactory(contacts=1)
        publish(section_for(portal_site.case_studies, owner), CaseStudyPageFactory.build())
    section = CaseStudySection.objects.filter(numchild__gt=0).first()
    inactive = section.organisation
    inactive.active = False
    inactive.save()
    other_section = CaseStudySection.objects.filter(numchild__gt=0).exclude(pk=section.pk).first()
    ContactPerson.objects.filter(organisation=other_section.organisation).update(
        confirmed_at=timezone.now() - dt.timedelta(days=400)
    )
    items = stale_content()
    reasons = {(item.organisation.pk, item.reason.split(" ")[0]) for item in items}
    assert (inactive.pk, "organisation") in reasons
    assert (other_section.organisation.pk, "contact") in reasons
    call_command("continuity_report")
    assert "need attention" in capsys.readouterr().out


def test_personal_data_export_and_erase(capsys):
    ContactPersonFactory()  # someone else, who stays
    contact = ContactPersonFactory(phone="+31 40 555 0101")
    email = contact.email
    call_command("personal_data", "export", email)
    exported = json.loads(capsys.readouterr().out)
    assert exported["contact_persons"][0]["email"] == email
    call_command("personal_data", "erase", email)
    assert "1 contact_persons" in capsys.readouterr().out
    contact.refresh_from_db()
    assert contact.email != email and contact.name == "Erased" and contact.phone == ""
    assert Organisation.objects.filter(pk=contact.organisation_id).exists()
    call_command("personal_data", "export", email)
    assert json.loads(capsys.readouterr().out)["contact_persons"] == []
