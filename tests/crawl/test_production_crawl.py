"""The whole site crawled as deployed: anonymous, as a member, as a vetted officer (with the second step), as
editor and moderator (with the second step), engine up and stopped; no restricted text reaches anyone not
entitled to it.

Every URL of the sitemap, every same-site link and ``<link href>`` of the pages reached, every
option of the listings', directory's and events' filters, the search page's facets, sorts and
pages, the feeds, calendars, suggestions, ``/api/search/`` and the pages API. No answer may be a
5xx or show DEBUG output; no link the site printed may answer 4xx; searches must say whether the
engine answered, truthfully: never ``degraded`` while it is up, always while it is stopped.

The engine-stopped crawl stops the suite's OpenSearch node for real, so it runs last.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import opensearch
from tests.crawl.crawler import Answer, Crawler, CrawlReport

# The database mark makes pytest-django create the test database, which the deployment copies.
pytestmark = [pytest.mark.crawl, pytest.mark.django_db]

LIMIT = 3000
SEEDS = [
    "/",
    "/search/",
    "/search/?q=vehicle+ramming",
    "/search/?q=christmas+market&sort=newest",
    "/search/?q=rammming",
    "/search/?sort=newest",
    "/api/search/",
    "/api/search/?q=bollards&sort=newest",
    "/api/search/?q=station&type=case_study&page_size=5&page=2",
    "/api/search/suggest/?q=veh",
    "/api/search/suggest/?q=christmas",
    "/api/v2/pages/?limit=20",
    "/api/v2/pages/?type=practices.CaseStudyPage",
    "/feeds/practices/rss/",
    "/feeds/practices/atom/",
    "/feeds/events/rss/",
    "/feeds/events/atom/",
    "/feeds/events/calendar.ics",
    "/robots.txt",
    "/events/?when=past",
    "/network/peers/",
    "/network/registrations/not-a-token/confirm/",
    "/network/registrations/not-a-token/cancel/",
    "/api/v2/pages/?search=x",
    "/api/v2/pages/find/?id=abc",
]
DEGRADED_NOTICE = b"Search is running in a simplified mode"


def expect_engine(up: bool):
    """A check: search answers say truthfully whether the engine answered."""

    def check(answer: Answer, report: CrawlReport) -> None:
        if answer.status != 200:
            return
        if answer.url.startswith("/api/search/") and not answer.url.startswith("/api/search/suggest/"):
            degraded = json.loads(answer.body)["degraded"]
            if degraded is up:
                report.fault(f"degraded={degraded} with the engine {'up' if up else 'stopped'}: {answer.url}")
        elif answer.url.startswith(("/search/", "/coverage/")) and (DEGRADED_NOTICE in answer.body) is up:
            report.fault(
                f"degraded notice {'shown' if up else 'missing'} with the engine "
                f"{'up' if up else 'stopped'}: {answer.url}"
            )

    return check


def api_details(crawler: Crawler):
    """A check: every page the pages API lists is fetched through its detail view too."""

    def check(answer: Answer, report: CrawlReport) -> None:
        if answer.status == 200 and answer.url.startswith("/api/v2/pages/") and "json" in answer.content_type:
            for item in json.loads(answer.body).get("items", []):
                detail = crawler.same_site(item["meta"]["detail_url"], crawler.base_url + "/")
                if detail:
                    crawler.enqueue(detail, answer.url)

    return check


def withholds(texts: list[str], admin_too: bool = True):
    """A check: no answer carries the text of a restricted section this crawl's user may not read.

    Partner editors and moderators author and review restricted sections in the admin, so their crawls
    look for leaks outside it (``admin_too=False``).
    """
    from django.utils.html import escape

    needles = [(text.encode(), escape(text).encode()) for text in texts if len(text) >= 20]

    def check(answer: Answer, report: CrawlReport) -> None:
        if not admin_too and answer.url.startswith(("/admin/", "/django-admin/")):
            return
        for raw, escaped in needles:
            if raw in answer.body or escaped in answer.body:
                report.fault(f"restricted text leaked: {answer.url} shows {raw[:40]!r}")

    return check


def finds(texts: list[str], found: set[str]):
    """A check: note which of ``texts`` (restricted sections the user may read) the crawl met."""
    from django.utils.html import escape

    needles = {text: (text.encode(), escape(text).encode()) for text in texts}

    def check(answer: Answer, report: CrawlReport) -> None:
        found.update(text for text, forms in needles.items() if any(form in answer.body for form in forms))

    return check


def follows_queries(seeds: list[str]):
    """Links with a query string are read only from pages without one, and from the seeds."""
    seeded = set(seeds)
    return lambda url: "?" not in url or url in seeded


def crawl_anonymously(deployment, up: bool) -> CrawlReport:
    deployment.flush_cache()  # a cold cache, so every page really renders in this configuration
    crawler = Crawler(
        deployment.url,
        f"anonymous, engine {'up' if up else 'stopped'}",
        limit=LIMIT,
        headers={"X-Forwarded-Proto": "https"},
    )
    crawler.seed_sitemap()
    checks = [expect_engine(up), api_details(crawler), withholds(deployment.withheld["anonymous"])]
    report = crawler.run(SEEDS, checks=checks, follow=follows_queries(SEEDS))
    print(report.summary(), "slowest:", report.slowest)
    return report


def admin_menu_urls(crawler: Crawler) -> list[str]:
    """Every URL of the admin's sidebar menu, as this user's browser receives it (JSON props)."""
    from bs4 import BeautifulSoup

    answer = crawler.get("/admin/")
    assert answer.status == 200, f"/admin/ answered {answer.status}"
    props = BeautifulSoup(answer.body, "html.parser").find("script", id="wagtail-sidebar-props")
    assert props is not None, "the admin page has no sidebar props"
    urls: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            url = value.get("url")
            if isinstance(url, str) and (path := crawler.same_site(url, crawler.base_url + "/admin/")):
                urls.append(path)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props.string))
    return sorted(set(urls))


def crawl_signed_in(
    deployment, username: str, edit_views: list[str], up: bool = True, whole_site: bool = True
) -> CrawlReport:
    """The admin (menu pages, edit views, choosers, admin search) and, ``whole_site``, every public page, as
    a partner editor or the moderator. Not ``whole_site`` (the engine stopped): the public pages are the
    anonymous crawl's, and the signed-in crawl reads the menu pages, edit views, choosers and admin search,
    the searches and the practices with restricted parts, without following their links."""
    name = f"signed in as {username}" + ("" if up else ", engine stopped")
    crawler = Crawler(deployment.url, name, limit=LIMIT, headers={"X-Forwarded-Proto": "https"})
    # Production asks the moderator for the second step (network.twofactor), with a real code.
    crawler.login(username, "crawl-pass-7Hq2", deployment.totp_keys.get(username))
    menu = admin_menu_urls(crawler)
    assert menu, "the admin menu lists no pages"
    if whole_site:
        crawler.seed_sitemap()
    # The page chooser and the admin search are filtered per user (network.permissions.admin_visible_pages).
    choosers = [
        "/admin/choose-page/",
        "/admin/choose-page/search/?q=market",
        "/admin/pages/search/?q=market",
        "/admin/images/chooser/",  # less other organisations' restricted files (practices.annexes)
        "/admin/documents/chooser/",
    ]
    seeds = ["/search/?q=market", "/network/", *menu, *edit_views, *choosers]
    if not whole_site:
        seeds += deployment.marked_pages
    # The public pages (the sitemap's) are the anonymous crawl's, rendered for a signed-in user; their
    # links are the anonymous crawl's too. In the admin, menu pages and edit views are read one level deep.
    # With the engine stopped, only the seeds: the admin's own pages do not use the engine.
    first_level = {*menu, *edit_views} if whole_site else set()
    role = next(role for role, name in deployment.users.items() if name == username)
    checks = [expect_engine(up), withholds(deployment.withheld[role], admin_too=False)]
    report = crawler.run(seeds, checks=checks, follow=lambda url: url in first_level)
    print(report.summary(), f"({len(menu)} menu pages, {len(edit_views)} edit views) slowest:", report.slowest)
    return report


#: What a member's crawl reads besides the sitemap: their account, the marking and evidence pages, searches
#: that find restricted sections (for those who may read them), and the pages' restricted documents.
MEMBER_SEEDS = [
    "/account/",
    "/marking/",
    "/evidence/",
    "/search/?q=approach+routes",
    "/search/?q=gate+opening+times",
    "/search/?q=drill+timings",
    "/api/search/?q=barrier+positions",
    "/api/search/?q=emergency+gate",
    "/api/search/?type=case_study&page_size=100",
    "/api/search/suggest/?q=emergency",
    "/coverage/",  # counts the restricted sections the member may read
    "/assess/",  # the organisation's public spaces of interest (vetted members of their organisation only)
]


def crawl_as_member(deployment, role: str, up: bool = True, whole_site: bool = True) -> CrawlReport:
    """The public site as a member sees it (signed in on the portal's own form; the vetted one with TOTP).

    Not ``whole_site``: the member's seeds and every practice with restricted parts (and their listings),
    with what those link to (restricted files among them), and nothing further.
    """
    username = deployment.members[role]
    crawler = Crawler(
        deployment.url,
        f"member {role}" + ("" if up else ", engine stopped"),
        limit=LIMIT,
        headers={"X-Forwarded-Proto": "https"},
    )
    crawler.sign_in(username, "demo-member-pass", deployment.totp_keys.get(username))
    if whole_site:
        crawler.seed_sitemap()
        seeds, follow = MEMBER_SEEDS, follows_queries(MEMBER_SEEDS)
    else:
        seeds = [*MEMBER_SEEDS, *deployment.marked_pages]
        marked = set(deployment.marked_pages)  # their links are read: restricted files, related pages…
        follow = marked.__contains__
    readable = sorted(set(deployment.withheld["anonymous"]) - set(deployment.withheld[role]))
    found: set[str] = set()
    checks = [expect_engine(up), withholds(deployment.withheld[role]), finds(readable, found)]
    report = crawler.run(seeds, checks=checks, follow=follow)
    # The member reads what they may: a crawl that saw none of it would prove nothing about what it withheld.
    for text in sorted(set(readable) - found):
        report.fault(f"a restricted section {role} may read was not shown: {text!r}")
    print(report.summary(), f"({len(found)} readable restricted sections shown) slowest:", report.slowest)
    return report


ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "crawl-artifacts"


def assert_clean(report: CrawlReport, deployment, log_start: int) -> None:
    """No fault, and nothing logged as an error by the server while it answered this crawl."""
    log = deployment.log("web", since=log_start)
    errors = [line for line in log.splitlines() if "Traceback" in line or line.startswith(("ERROR", "CRITICAL"))]
    faults = report.faults + [f"server log: {line}" for line in errors[:20]]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = report.name.replace(" ", "-").replace(",", "")
    (ARTIFACTS / f"{name}.txt").write_text(report.summary() + "\n" + "\n".join(faults) + "\n")
    (ARTIFACTS / f"{name}.server.log").write_text(log)
    (ARTIFACTS / f"{name}.urls.tsv").write_text(
        "".join(f"{status}\t{seconds * 1000:.0f}\t{url}\n" for url, status, seconds in report.timings)
    )
    assert not faults, f"{report.summary()} (all in {ARTIFACTS})\n" + "\n".join(faults[:60])


def test_anonymous_crawl_with_the_engine_up(deployment):
    log_start = deployment.log_size("web")
    report = crawl_anonymously(deployment, up=True)
    assert report.visited > 300, report.summary()
    assert_clean(report, deployment, log_start)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_signed_in_crawl(deployment, edit_views, role):
    log_start = deployment.log_size("web")
    report = crawl_signed_in(deployment, deployment.users[role], edit_views[role])
    assert_clean(report, deployment, log_start)


@pytest.mark.parametrize("role", ["member", "vetted"])
def test_member_crawl(deployment, role):
    """As a member (GREEN) and as a vetted officer (AMBER, with the second step): nothing withheld shows."""
    log_start = deployment.log_size("web")
    report = crawl_as_member(deployment, role)
    assert report.visited > 300, report.summary()
    opened = {url for url, status, _ in report.timings if url.startswith("/assess/") and status == 200}
    if role == "vetted":  # the Eindhoven officer reaches the Markt's file and its assessments' profiles
        assert set(deployment.assess_urls) <= opened, (deployment.assess_urls, opened)
    else:
        assert opened == {"/assess/"}, opened
    assert_clean(report, deployment, log_start)


@pytest.mark.parametrize("role", ["named", "expired", "revoked"])
def test_marked_pages_crawl(deployment, role):
    """The practices with restricted parts as the named recipient of a RED section (vetted, of the owner),
    an officer whose vetting expired and one whose vetting was withdrawn (members, GREEN, now)."""
    log_start = deployment.log_size("web")
    report = crawl_as_member(deployment, role, whole_site=False)
    assert report.visited >= len(deployment.marked_pages), report.summary()
    files = [url for url, status, _ in report.timings if url.startswith("/restricted/") and status == 200]
    if role == "named":  # a vetted officer of the Köln owner: its annexes' files reach them
        assert any("/image/" in url for url in files) and any("/image/" not in url for url in files), files
    else:
        assert files == [], files  # GREEN sections have no files in the demo set
    # Eindhoven's space file and assessments, by their URLs: as if they did not exist (a Köln officer, and
    # Eindhoven officers whose vetting lapsed).
    crawler = Crawler(deployment.url, f"member {role}, assessments", headers={"X-Forwarded-Proto": "https"})
    username = deployment.members[role]
    crawler.sign_in(username, "demo-member-pass", deployment.totp_keys.get(username))
    assert [crawler.get(url).status for url in deployment.assess_urls] == [404] * len(deployment.assess_urls)
    assert_clean(report, deployment, log_start)


def test_crawl_with_the_engine_stopped(deployment, edit_views):
    """Anonymous (every page), then as editor and moderator (the admin, its search, the restricted practices)
    and as the vetted officer (searches and restricted practices), while the node is stopped.

    Last of the suite: the node does not come back (the test command's cleanup is a no-op then).
    Every crawl runs and leaves its artifacts before any fault fails the test.
    """
    opensearch.stop()
    failures: list[str] = []

    def crawl(run) -> CrawlReport:
        log_start = deployment.log_size("web")
        report = run()
        try:
            assert_clean(report, deployment, log_start)
        except AssertionError as fault:
            failures.append(str(fault))
        return report

    anonymous = crawl(lambda: crawl_anonymously(deployment, up=False))
    assert anonymous.visited > 300, anonymous.summary()
    for role in ("editor", "moderator"):
        crawl(
            lambda role=role: crawl_signed_in(
                deployment, deployment.users[role], edit_views[role], up=False, whole_site=False
            )
        )
    crawl(lambda: crawl_as_member(deployment, "vetted", up=False, whole_site=False))
    assert not failures, "\n\n".join(failures)
