"""Restricted sections on every surface, for every kind of reader and every label (``tests.factories.marking``).

A section a reader may not read must be absent from what they receive, not hidden: the page, its
documents, the API, the feeds and the sitemap are checked for each label's phrase. Search is checked
on both engines in ``tests/search/test_restricted_search.py``.
"""

from __future__ import annotations

import pytest
from django.test import Client

from network.models import AccessRecord
from network.vetting import withdraw
from tests.factories.marking import CAN_READ, PHRASES, build_marked_world, signed_in
from tests.module_data import fresh, rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _world(_module_site, django_db_blocker):
    from django.contrib.auth import get_user_model

    with rolled_back(django_db_blocker):
        yield build_marked_world(_module_site, get_user_model())


@pytest.fixture
def world(_world, portal_site):
    return fresh(_world)


@pytest.fixture
def moderator_user(django_user_model):
    from network.permissions import moderators

    user = django_user_model.objects.create_user("coordinator", "coordinator@network.example", "pw")
    user.groups.add(moderators())
    return user


def leaked(body: bytes, allowed: set[str]) -> list[str]:
    text = body.decode()
    return [label for label, phrase in PHRASES.items() if label not in allowed and phrase in text]


@pytest.mark.parametrize("reader", sorted(CAN_READ))
def test_the_page_holds_exactly_the_sections_the_reader_may_read(world, reader):
    response = world.client(reader).get(world.page.url)
    assert response.status_code == 200
    body = response.content.decode()
    shown = {label for label, phrase in PHRASES.items() if phrase in body}
    assert shown == CAN_READ[reader]
    # What is withheld is announced, without saying what it is.
    assert ("More is available" in body) == (shown != set(PHRASES))
    if reader != "anonymous" and shown:
        assert "no-store" in response["Cache-Control"]  # never in a shared cache
    for label in shown:
        assert f"TLP:{label.upper().replace('_', '+')}" in body


@pytest.mark.parametrize("reader", sorted(CAN_READ))
def test_a_restricted_document_is_served_only_to_readers_of_its_section(world, reader):
    client = world.client(reader)
    url = f"/restricted/{world.page.pk}/{world.page.restricted_sections[1].id}/{world.site_plan.pk}/"
    response = client.get(url)
    if "amber" in CAN_READ[reader]:
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith('attachment; filename="TLP-AMBER_site-plan')
        assert response.content.startswith(b"%PDF-1.4 Site plan")  # not a PDF stamping can read: as uploaded
    elif reader == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith("/account/sign-in/")
    else:
        assert response.status_code == 404
    # Wagtail's own document view never serves it, to anyone.
    assert client.get(world.site_plan.url).status_code == 404


def test_bad_document_links_are_404(world):
    client = world.client("vetted_owner")
    page, block = world.page, world.page.restricted_sections[1].id
    for url in (
        f"/restricted/{page.pk}/no-such-block/{world.site_plan.pk}/",
        f"/restricted/{page.pk}/{block}/999999/",
        f"/restricted/999999/{block}/{world.site_plan.pk}/",
        f"/restricted/{page.pk}/{world.page.restricted_sections[0].id}/{world.site_plan.pk}/",  # not that section's
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("reader", ["anonymous", "named", "vetted_owner"])
def test_api_feeds_and_sitemap_carry_no_restricted_text(world, reader):
    client = world.client(reader)
    for url in (
        f"/api/v2/pages/{world.page.pk}/?fields=*",
        "/api/v2/pages/?type=practices.CaseStudyPage&fields=*",
        "/feeds/practices/rss/",
        "/feeds/practices/atom/",
        "/sitemap.xml",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert leaked(response.content, set()) == [], url


def test_views_and_downloads_of_amber_and_red_are_logged(world):
    client = world.client("vetted_owner")
    client.get(world.page.url)
    url = f"/restricted/{world.page.pk}/{world.page.restricted_sections[1].id}/{world.site_plan.pk}/"
    assert client.get(url).status_code == 200
    records = AccessRecord.objects.filter(user=world.users["vetted_owner"]).order_by("pk")
    assert [(r.label, r.kind) for r in records] == [
        ("amber", "view"),
        ("amber_strict", "view"),
        ("amber", "download"),
    ]  # GREEN is not logged
    assert {r.owner_id for r in records} == {world.owner.pk}
    assert records.last().document == "Site plan of the Markt"


def test_a_revoked_session_loses_everything_at_once_including_saved_links(world, moderator_user):
    client = world.client("vetted_owner")
    url = f"/restricted/{world.page.pk}/{world.page.restricted_sections[1].id}/{world.site_plan.pk}/"
    assert client.get(url).status_code == 200
    withdraw(world.users["vetted_owner"].network_member.vettings.get(), moderator_user, "Left the unit.")
    assert client.get(url).status_code == 302  # the session ended: back to sign-in
    body = client.get(world.page.url).content
    assert leaked(body, set()) == []
    # Signing in again, they are a member (GREEN), no longer vetted.
    again = signed_in(world.users["vetted_owner"], verified=False)
    assert leaked(again.get(world.page.url).content, {"green"}) == []
    assert PHRASES["green"] in again.get(world.page.url).content.decode()


def test_leaving_the_organisation_ends_membership_and_vetting(world, moderator_user):
    from network.vetting import leave_organisation

    client = world.client("vetted_other")
    leave_organisation(world.users["vetted_other"].network_member, moderator_user)
    assert leaked(client.get(world.page.url).content, set()) == []
    again = signed_in(world.users["vetted_other"], verified=False)
    assert leaked(again.get(world.page.url).content, set()) == []


def test_the_anonymous_page_is_cached_without_restricted_text(world, settings):
    settings.PAGE_CACHE_SECONDS = 60
    first, second = Client().get(world.page.url), Client().get(world.page.url)
    assert second["X-Page-Cache"] == "hit"
    assert leaked(first.content, set()) == leaked(second.content, set()) == []
    # A vetted reader's copy is never stored, nor served from the anonymous copy.
    vetted = world.client("vetted_owner").get(world.page.url)
    assert vetted.get("X-Page-Cache") != "hit"
    assert PHRASES["amber"] in vetted.content.decode()


def test_the_marking_page_explains_every_label():
    body = Client().get("/marking/").content.decode()
    for text in ("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"):
        assert text in body
    assert 'id="tlp-amber-strict"' in body


def test_a_label_that_widens_access_is_written_in_the_page_history(world):
    from wagtail.models import PageLogEntry

    from tests.factories.marking import add_sections, section

    add_sections(world.page, section("green", "Emergency gates", "Now for every member."))
    assert not PageLogEntry.objects.filter(page=world.page, action="practices.marking_widened").exists()  # new ids
    page = world.page.specific_class.objects.get(pk=world.page.pk)
    stream = page.restricted_sections
    stream[0].value["label"] = "amber"
    page.save_revision().publish()
    assert not PageLogEntry.objects.filter(page=world.page, action="practices.marking_widened").exists()  # narrowed
    page = world.page.specific_class.objects.get(pk=world.page.pk)
    page.restricted_sections[0].value["label"] = "green"
    page.save_revision().publish()
    entry = PageLogEntry.objects.get(page=world.page, action="practices.marking_widened")
    assert entry.data["changes"] == ["Emergency gates: TLP:AMBER → TLP:GREEN"]


WHOLE = "wholepagetopaz"


@pytest.fixture
def whole_page(world):
    """The marked world's case study, restricted as a whole to AMBER, with one unique word in its body."""
    from wagtail.rich_text import RichText

    page = world.page.specific_class.objects.get(pk=world.page.pk)
    page.challenge = RichText(f"<p>The square {WHOLE} was open to vehicles.</p>").source
    page.body_label = "amber"
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("reader", sorted(CAN_READ))
def test_a_page_restricted_as_a_whole_keeps_only_its_title_summary_and_facts_public(world, whole_page, reader):
    body = world.client(reader).get(whole_page.url).content.decode()
    assert whole_page.title in body and whole_page.summary[:40] in body
    assert (WHOLE in body) == ("amber" in CAN_READ[reader])
    if "amber" not in CAN_READ[reader]:
        assert "More is available" in body and "vetted members" in body


def test_a_restricted_body_is_absent_from_the_api_and_its_filters(world, whole_page):
    client = world.client("vetted_owner")
    detail = client.get(f"/api/v2/pages/{whole_page.pk}/?fields=*").json()
    assert detail["title"] == whole_page.title and detail["challenge"] is None and detail["approach"] is None
    listing = client.get(
        "/api/v2/pages/", {"type": "practices.CaseStudyPage", "challenge": whole_page.challenge, "fields": "*"}
    ).json()
    assert listing["meta"]["total_count"] == 0
    for url in ("/feeds/practices/rss/", "/sitemap.xml"):
        assert WHOLE not in client.get(url).content.decode()


def test_wagtails_document_view_serves_a_restricted_document_only_to_who_may_change_it(world, moderator_user):
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission

    from network.permissions import add_editor

    other_editor = add_editor(world.other, "editor@politie.example", "Other Editor")
    client = Client()
    client.force_login(other_editor)
    assert client.get(world.site_plan.url).status_code == 404
    group = moderator_user.groups.get()
    GroupCollectionPermission.objects.get_or_create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="change_document"),
    )
    client.force_login(moderator_user)
    assert client.get(world.site_plan.url).status_code == 200


def test_a_download_from_the_admin_of_a_live_annex_is_logged(world, moderator_user):
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission

    GroupCollectionPermission.objects.get_or_create(
        group=moderator_user.groups.get(),
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="change_document"),
    )
    client = Client()
    client.force_login(moderator_user)
    assert client.get(world.site_plan.url).status_code == 200
    record = AccessRecord.objects.get(user=moderator_user)
    assert (record.kind, record.label, record.section, record.document) == (
        "download",
        "amber",
        "Emergency gates",
        "Site plan of the Markt",
    )
