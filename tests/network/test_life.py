"""The whole life of a new member, through the public site and the Wagtail admin as people use them:
apply → approve → the editor sets a password and logs in → creates a case study for their
organisation → submits it → a moderator approves → it is on the profile and counted in the directory.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from network.models import MembershipApplication, Organisation
from network.permissions import moderators
from practices.models import CaseStudyPage, CaseStudySection
from tests.network.test_membership import APPLICANT_EMAIL, payload

pytestmark = pytest.mark.django_db

PASSWORD = "A-long-enough-passphrase-2026"


def test_apply_approve_edit_submit_publish(client, django_user_model, terms):
    # 1. Apply through the public form.
    response = client.post(reverse("network:join"), payload())
    assert response.status_code == 302
    application = MembershipApplication.objects.get(contact_email=APPLICANT_EMAIL)

    # 2. A moderator approves in the admin, creating the editor account.
    moderator = django_user_model.objects.create_user("moderator", "moderator@network.example", "pw")
    moderator.groups.add(moderators())
    client.force_login(moderator)
    mail.outbox.clear()
    client.post(reverse("network_applications:approve", args=[application.pk]), {"create_editor_account": "on"})
    application.refresh_from_db()
    organisation = Organisation.objects.get(pk=application.organisation_id)
    client.logout()

    # 3. The editor follows the emailed link, sets a password and logs in.
    approval = next(message for message in mail.outbox if APPLICANT_EMAIL in message.to)
    link = re.search(r"https?://[^\s]+/admin/password_reset/confirm/[^\s]+/", approval.body).group(0)
    response = client.get(urlsplit(link).path, follow=True)
    set_password_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    client.post(set_password_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    editor = get_user_model().objects.get(email__iexact=APPLICANT_EMAIL)
    response = client.post(reverse("wagtailadmin_login"), {"username": editor.get_username(), "password": PASSWORD})
    assert response.status_code == 302, "the editor can log in with the password they set"

    # 4. The editor creates a case study in their organisation's section and submits it for review.
    section = CaseStudySection.objects.get(organisation=organisation)
    add_url = reverse("wagtailadmin_pages:add", args=["practices", "casestudypage", section.pk])
    assert client.get(add_url).status_code == 200
    data = nested_form_data(
        {
            "title": "Testigny keeps vans off its market square",
            "slug": "testigny-market-square",
            "summary": "Planters and a retractable bollard protect the Saturday market.",
            "city": "Testigny",
            "country": "BE",
            "space_name": "Grand-Place",
            "space_category": terms["markets"].pk,
            "challenge": rich_text("<p>Vans crossed the square during market hours.</p>"),
            "approach": streamfield([]),
            "restricted_sections": streamfield([]),
            "body_label": "clear",
            "results": rich_text(""),
            "lessons_learned": rich_text(""),
            "threat_types": [terms["vehicle-ramming"].pk],
            "first_published": "2026-11-20",
            "tags": "",
            "comments": inline_formset([]),
            "gallery_images": inline_formset([]),
            "related_documents": inline_formset([]),
        }
    )
    data["action-submit"] = "1"
    response = client.post(add_url, data)
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(slug="testigny-market-square")
    assert not page.live, "an editor's submission waits for review"
    assert page.owner_organisation == organisation

    # 5. The moderator approves, which publishes it.
    client.force_login(moderator)
    task_state = page.current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
    )
    page.refresh_from_db()
    assert page.live
    client.logout()

    # 6. It appears on the organisation's profile and in the directory's counts.
    profile = client.get(reverse("network:organisation", args=[organisation.slug]))
    assert profile.status_code == 200
    assert "Testigny keeps vans off its market square" in profile.content.decode()
    directory = client.get(reverse("network:directory"), {"q": "Testigny"})
    assert directory.status_code == 200
    listed = [org for org in directory.context["page_obj"] if org.pk == organisation.pk]
    assert listed and listed[0].case_study_count == 1
