"""A partner editor's admin (page chooser, explorer, admin search) shows no other organisation's drafts or
private pages: only their own, and what anyone may see."""

from __future__ import annotations

import pytest
from django.db.models import F
from django.test import Client
from wagtail.models import PageViewRestriction

from practices.models import CaseStudyPage, CaseStudySection
from tests.factories import CaseStudyPageFactory
from tests.network.test_partner_publishing import case_study_of, two_orgs  # noqa: F401

pytestmark = pytest.mark.django_db

DRAFT = "Zanzibar draft of the other organisation"
PRIVATE = "Zanzibar private page of the other organisation"
RENAMED = "Zanzibar pending new title"
OWN_DRAFT = "Zanzibar draft of my own organisation"


@pytest.fixture
def others_pages(two_orgs):  # noqa: F811
    org_a, org_b, editor_a, moderator = two_orgs
    section_b = CaseStudySection.objects.get(organisation=org_b)
    draft = section_b.add_child(instance=CaseStudyPageFactory.build(title=DRAFT, live=False))
    draft.save_revision()
    private = section_b.add_child(instance=CaseStudyPageFactory.build(title=PRIVATE))
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    renamed = case_study_of(org_b)
    renamed.title = RENAMED
    renamed.save_revision()  # a pending edit: the draft title differs from the live one
    section_a = CaseStudySection.objects.get(organisation=org_a)
    own = section_a.add_child(instance=CaseStudyPageFactory.build(title=OWN_DRAFT, live=False))
    own.save_revision()
    return editor_a, moderator, section_b, renamed, section_a


def admin_texts(client: Client, section_b) -> str:
    urls = [
        "/admin/choose-page/",
        f"/admin/choose-page/{section_b.pk}/",
        "/admin/choose-page/search/?q=Zanzibar",
        "/admin/pages/search/?q=Zanzibar",
        f"/admin/pages/{section_b.pk}/",
        f"/admin/pages/{section_b.get_parent().pk}/",
    ]
    texts = []
    for url in urls:
        response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest") if "choose" in url else client.get(url)
        assert response.status_code in (200, 302, 403), url
        texts.append(response.content.decode())
    return "\n".join(texts)


def test_a_partner_editor_sees_no_other_organisations_drafts_or_private_pages(others_pages):
    editor_a, _moderator, section_b, renamed, section_a = others_pages
    client = Client()
    client.force_login(editor_a)
    seen = admin_texts(client, section_b)
    for hidden in (DRAFT, PRIVATE, RENAMED):
        assert hidden not in seen, hidden
    public = (
        CaseStudyPage.objects.live()
        .public()
        .not_descendant_of(section_a)
        .exclude(pk=renamed.pk)
        .filter(draft_title=F("title"))
        .first()
    )
    chooser = client.get("/admin/choose-page/search/", {"q": public.title}).content.decode()
    assert public.title in chooser  # others' public pages stay choosable (links between practices)
    assert OWN_DRAFT in client.get("/admin/choose-page/search/?q=Zanzibar").content.decode()


def test_a_moderator_still_sees_every_page(others_pages):
    _editor_a, moderator, *_rest = others_pages
    client = Client()
    client.force_login(moderator)
    seen = client.get("/admin/choose-page/search/?q=Zanzibar").content.decode()
    for title in (DRAFT, PRIVATE, OWN_DRAFT):
        assert title in seen, title
