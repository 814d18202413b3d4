"""Partner-scoped publishing: editors of one organisation work only in its sections, through review.

Everything goes through the Wagtail admin views, as a browser would.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from network.models import Organisation
from network.permissions import add_editor, moderators
from practices.models import CaseStudyPage, CaseStudySection, LessonPage, ToolPage
from practices.sections import section_for
from tests.admin_forms import edit_form_data
from tests.factories import CaseStudyPageFactory, LessonPageFactory, OrganisationFactory, ToolPageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_orgs(client, django_user_model, portal_site):
    """Two member organisations with published practices in their own sections (two case studies each, a
    tool of A's and a lesson of B's), an editor of A and a moderator."""
    org_a = OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven")
    org_b = OrganisationFactory(name="Ville de Nice", slug="nice", country="FR", city="Nice")
    for org in (org_a, org_b):
        for title in (f"Bollards of {org.name}", f"Planters of {org.name}"):
            publish(section_for(portal_site.case_studies, org), CaseStudyPageFactory.build(title=title))
    publish(section_for(portal_site.tools, org_a), ToolPageFactory.build())
    publish(section_for(portal_site.lessons, org_b), LessonPageFactory.build())
    editor_a = add_editor(org_a, "editor.a@org-a.example", "Editor A")
    moderator = django_user_model.objects.create_user("moderator", "moderator@network.example", "pw", is_active=True)
    moderator.groups.add(moderators())
    return org_a, org_b, editor_a, moderator


def case_study_of(org: Organisation) -> CaseStudyPage:
    section = CaseStudySection.objects.get(organisation=org)
    return CaseStudyPage.objects.child_of(section).live().first()


def test_editor_cannot_edit_another_organisations_page(client, two_orgs):
    _org_a, org_b, editor_a, _ = two_orgs
    page_b = case_study_of(org_b)
    client.force_login(editor_a)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page_b.pk]))
    assert response.status_code in (302, 403)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page_b.pk]), {"title": "Hijacked"})
    assert response.status_code in (302, 403)
    page_b.refresh_from_db()
    assert page_b.title != "Hijacked"
    assert not page_b.has_unpublished_changes


def test_editor_cannot_delete_or_add_in_another_organisations_section(client, two_orgs):
    _org_a, org_b, editor_a, _ = two_orgs
    page_b = case_study_of(org_b)
    client.force_login(editor_a)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page_b.pk]))
    assert response.status_code in (302, 403)
    assert Page.objects.filter(pk=page_b.pk).exists()
    section_b = CaseStudySection.objects.get(organisation=org_b)
    add_url = reverse("wagtailadmin_pages:add", args=["practices", "casestudypage", section_b.pk])
    assert client.get(add_url).status_code in (302, 403)


def test_editor_cannot_delete_own_live_page(client, two_orgs):
    org_a, _, editor_a, _ = two_orgs
    page_a = case_study_of(org_a)
    client.force_login(editor_a)
    client.post(reverse("wagtailadmin_pages:delete", args=[page_a.pk]))
    assert Page.objects.filter(pk=page_a.pk).exists()


def test_editor_cannot_publish_without_review_and_moderator_publishes(client, two_orgs):
    org_a, _, editor_a, moderator = two_orgs
    page_a = case_study_of(org_a)
    permissions = page_a.permissions_for_user(editor_a)
    assert permissions.can_edit() and not permissions.can_publish()
    client.force_login(editor_a)
    path, data = edit_form_data(client, page_a)
    data["title"] = "Revised by editor A"
    data["action-publish"] = "1"
    client.post(path, data)
    page_a.refresh_from_db()
    assert page_a.title != "Revised by editor A", "an editor's publish must not go live"
    # Submitting for moderation starts the workflow instead.
    path, data = edit_form_data(client, page_a)
    data["title"] = "Revised by editor A"
    data["action-submit"] = "1"
    response = client.post(path, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page_a.refresh_from_db()
    state = page_a.current_workflow_state
    assert state is not None, "submitting starts the moderation workflow"
    assert page_a.title != "Revised by editor A"
    # The moderator approves, which publishes.
    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page_a.pk, "approve", task_state.pk]), {"comment": ""}
    )
    assert response.status_code in (200, 302)
    page_a.refresh_from_db()
    assert page_a.title == "Revised by editor A"
    assert page_a.live and not page_a.has_unpublished_changes


def test_editor_sees_only_own_sections_as_editable(two_orgs):
    org_a, _org_b, editor_a, _ = two_orgs
    for model in (CaseStudyPage, ToolPage, LessonPage):
        assert model.objects.live().exists()
        for page in model.objects.live():
            editable = page.permissions_for_user(editor_a).can_edit()
            assert editable == (page.owner_organisation == org_a), page.url


def test_an_editor_cannot_attach_another_organisations_restricted_files(client, two_orgs):
    from tests.admin_forms import restricted_section
    from tests.factories.marking import restricted_document, restricted_image

    org_a, org_b, editor_a, _moderator = two_orgs
    editor_b = add_editor(org_b, "editor.b@org-b.example", "Editor B")
    theirs = restricted_document("Nice's perimeter survey", "survey.pdf")
    theirs.uploaded_by_user = editor_b
    theirs.save()
    their_plan = restricted_image("Nice's site plan")
    their_plan.uploaded_by_user = editor_b
    their_plan.save()
    colleague = add_editor(org_a, "colleague.a@org-a.example", "Colleague A")
    ours = restricted_image("Our site plan")
    ours.uploaded_by_user = colleague
    ours.save()
    page_a = case_study_of(org_a)
    before = page_a.latest_revision_id
    client.force_login(editor_a)

    def save_with(documents, images):
        path, data = edit_form_data(client, page_a)
        section = restricted_section("green", "Annex", "<p>Annex.</p>", documents=documents, images=images)
        for key, value in nested_form_data({"restricted_sections": streamfield([("section", section)])}).items():
            data[key] = value
        return client.post(path, data)

    response = save_with([theirs], [their_plan])
    assert response.status_code == 200
    html = response.content.decode()
    assert "belong to another organisation" in html
    assert "perimeter survey" not in html and "Nice&#x27;s site plan" not in html  # not even their titles
    page_a.refresh_from_db()
    assert page_a.latest_revision_id == before  # nothing saved
    # Nor in the body of a page restricted as a whole, nor by asking Wagtail's chooser for it by id.
    path, data = edit_form_data(client, page_a)
    posted = {
        "body_label": "amber",
        "gallery_images-TOTAL_FORMS": "1",
        "gallery_images-INITIAL_FORMS": "0",
        "gallery_images-0-image": str(their_plan.pk),
        "gallery_images-0-caption": "",
        "gallery_images-0-ORDER": "1",
    }
    for key, value in posted.items():
        data[key] = value
    response = client.post(path, data)
    assert response.status_code == 200 and "belong to another organisation" in response.content.decode()
    page_a.refresh_from_db()
    assert page_a.latest_revision_id == before
    for url in (
        f"/admin/images/chooser/chosen/{their_plan.pk}/",
        f"/admin/images/chooser/{their_plan.pk}/select_format/",
        f"/admin/images/chooser/chosen-multiple/?id={ours.pk}&id={their_plan.pk}",
        f"/admin/documents/chooser/chosen/{theirs.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/admin/images/chooser/chosen/{ours.pk}/").status_code == 200
    # A colleague's upload is the organisation's own.
    assert save_with([], [ours]).status_code == 302
