"""Every response carries a Content-Security-Policy: strict on the public site, looser only under the admin."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import path

from practices.sections import section_for
from tests.factories import CaseStudyPageFactory, EventPageFactory, OrganisationFactory, publish

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"


def _explode(request):
    raise RuntimeError("a fault inside a view")


urlpatterns = [path("explode/", _explode)]


def directives(response) -> dict[str, set[str]]:
    policy = response[HEADER]
    return {part.split()[0]: set(part.split()[1:]) for part in policy.split(";") if part.strip()}


def assert_strict(response, url: str) -> None:
    policy = directives(response)
    assert policy["default-src"] == {"'self'"}, url
    assert policy["script-src"] == {"'self'"}, url  # no inline script, no other origin
    assert policy["style-src"] == {"'self'"}, url
    assert policy["frame-ancestors"] == {"'none'"}, url
    assert policy["object-src"] == {"'none'"}, url
    assert not any("unsafe" in source or "http" in source for sources in policy.values() for source in sources), url


def test_every_public_response_type_carries_the_strict_policy(client, settings, portal_site):
    settings.PAGE_CACHE_SECONDS = 600
    case = publish(section_for(portal_site.case_studies, OrganisationFactory()), CaseStudyPageFactory.build())
    event = publish(portal_site.events, EventPageFactory.build())
    urls = [
        "/",
        case.url,
        case.url,
        "/case-studies/",
        "/network/",
        "/search/?q=market",
        "/feeds/practices/rss/",
        "/feeds/events/atom/",
        "/feeds/events/calendar.ics",
        f"{event.url}calendar/",
        "/api/search/?q=market",
        "/api/search/suggest/?q=mar",
        "/api/v2/pages/",
        f"/api/v2/pages/{case.pk}/",
        "/api/v2/pages/?search=x",
        "/sitemap.xml",
        "/robots.txt",
        "/no-such-page/",
        "/static/css/portal.css",
    ]
    states = []
    for url in urls:
        response = client.get(url)
        assert_strict(response, url)
        states.append(response.get("X-Page-Cache"))
    assert "hit" in states  # a cached page carries the policy too


def test_the_500_page_carries_the_strict_policy(settings):
    settings.ROOT_URLCONF = __name__
    response = Client(raise_request_exception=False).get("/explode/")
    assert response.status_code == 500
    assert_strict(response, "/explode/")


def test_the_admin_gets_its_own_looser_policy_still_only_this_origin(admin_client_logged_in):
    for url in ("/admin/login/", "/admin/", "/django-admin/login/"):
        response = Client().get(url) if "login" in url else admin_client_logged_in.get(url)
        policy = directives(response)
        assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-inline'" in policy["style-src"], url
        assert policy["frame-ancestors"] == {"'self'"}, url
        assert not any(source.startswith("http") for sources in policy.values() for source in sources), url
