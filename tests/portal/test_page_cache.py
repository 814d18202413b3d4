"""The shared page cache (Redis) never serves what it must not, and forgets a change at once."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from practices.sections import section_for
from tests.factories import (
    CaseStudyPageFactory,
    OrganisationFactory,
    ProjectFactory,
    ThreatTypeFactory,
    ToolPageFactory,
    publish,
)

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def case_study(portal_site):
    """A published case study of a project, with a threat type, in its contact organisation's section."""
    organisation = OrganisationFactory(contacts=1)
    return publish(
        section_for(portal_site.case_studies, organisation),
        CaseStudyPageFactory.build(project=ProjectFactory(), contact_organisation=organisation),
        threat_types=[ThreatTypeFactory()],
    )


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (the purge) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def get(client, url, **params):
    response = client.get(url, params)
    return response, response.get(HEADER)


def test_anonymous_pages_are_stored_then_served_from_the_cache(client, case_study):
    page = case_study
    first, state = get(client, page.url)
    assert first.status_code == 200 and state == "miss"
    second, state = get(client, page.url)
    assert state == "hit" and second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize("change", ["unpublish", "delete", "restrict", "move"])
def test_a_change_clears_the_page_and_every_listing_at_once(client, committed, change, portal_site, case_study):
    """A page gone from the public is gone from its own URL, its listing, the home page, its organisation's
    profile, its project's page, the feeds and the sitemap in the very next request."""
    organisation = OrganisationFactory()
    section_for(portal_site.case_studies, OrganisationFactory())  # where "move" takes it
    page = case_study
    page.organisations.add(organisation)
    page.save_revision().publish()
    title = page.title
    urls = [
        page.url,
        page.get_parent().get_parent().url,
        "/",
        f"/network/projects/{page.project.slug}/",
        "/feeds/practices/rss/",
        "/sitemap.xml",
    ]
    for url in urls:
        assert get(client, url)[1] in ("miss", "hit")
        assert get(client, url)[1] == "hit"
    with committed():
        if change == "unpublish":
            page.unpublish()
        elif change == "delete":
            page.delete()
        elif change == "restrict":
            PageViewRestriction.objects.create(page=page, restriction_type="login")
        else:
            other = page.get_parent().get_siblings().exclude(pk=page.get_parent().pk).first()
            page.move(other, pos="last-child")
    response, state = get(client, urls[0])
    assert state != "hit" and response.status_code in (301, 302, 404)  # moved pages redirect to the new URL
    for url in urls[1:]:
        response, state = get(client, url)
        assert state != "hit", f"{url} was served from the cache after the change"
        if change != "move":
            assert title not in response.content.decode(), f"{url} still shows the page"


def test_a_publish_and_a_taxonomy_change_clear_the_cache_too(client, committed, portal_site):
    page = publish(
        section_for(portal_site.tools, OrganisationFactory()),
        ToolPageFactory.build(),
        threat_types=[ThreatTypeFactory()],
    )
    get(client, page.url)
    assert get(client, page.url)[1] == "hit"
    with committed():
        page.title = "A renamed tool"
        page.save_revision().publish()
    response, state = get(client, page.url)
    assert state == "miss" and "A renamed tool" in response.content.decode()
    threat = page.threat_types.get()
    with committed():
        threat.name = "Renamed threat"
        threat.save()
    assert get(client, page.url)[1] == "miss"


def test_private_pages_are_never_stored(client, committed, case_study):
    page = CaseStudyPageFactory(parent=case_study.get_parent())
    page.save_revision().publish()
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="let-me-in")
    form, state = get(client, page.url)
    assert form.status_code == 200 and state != "miss", "the password form must not be stored"
    restriction = PageViewRestriction.objects.get(page=page)
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "let-me-in", "return_url": page.url},
    )
    seen, state = get(client, page.url)
    assert seen.status_code == 200 and page.title in seen.content.decode()
    assert state == "bypass", "a visitor with a session is never served nor stored"
    client.cookies.clear()
    again, state = get(client, page.url)
    assert state != "hit" and page.title not in again.content.decode().split("<title>")[0]


def test_signed_in_and_anonymous_visitors_never_share_responses(client, case_study):
    page = case_study
    anonymous, state = get(client, page.url)
    assert state == "miss"
    editor = get_user_model().objects.create_superuser("cache-editor", "cache-editor@example.org", "pw")
    client.force_login(editor)
    signed_in, state = get(client, page.url)
    assert state == "bypass" and signed_in.content != anonymous.content  # Wagtail's user bar is there
    assert "cache-editor" in signed_in.content.decode() or "userbar" in signed_in.content.decode()
    client.logout()
    client.cookies.clear()
    again, state = get(client, page.url)
    assert state == "hit" and again.content == anonymous.content


def test_responses_with_a_csrf_token_or_a_cookie_are_not_stored(client, case_study):
    organisation = case_study.contact_organisation
    url = f"/network/{organisation.slug}/contact/"
    form, state = get(client, url)
    assert form.status_code == 200 and "csrfmiddlewaretoken" in form.content.decode()
    assert state == "bypass"
    assert get(client, url)[1] != "hit"


def test_the_admin_is_never_cached(client, portal_site):
    assert get(client, "/admin/login/")[1] == "bypass"
    assert get(client, "/admin/login/")[1] == "bypass"


def test_degraded_searches_are_not_stored(client, settings, portal_site, case_study):
    settings.OPENSEARCH_URL = "http://127.0.0.1:9"  # an engine that does not answer
    response, state = get(client, "/search/", q="market")
    assert response.status_code == 200 and state == "bypass"
    assert get(client, "/api/search/", q="market")[1] == "bypass"
    settings.OPENSEARCH_URL = ""  # the embedded default: the database is the only engine, also degraded
    assert get(client, "/api/search/", q="market")[1] == "bypass"
