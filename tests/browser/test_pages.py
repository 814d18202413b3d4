"""Every key page, on a phone and on a desktop: screenshot, axe-core scan, weight, print."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import LiveSite
from tests.browser.key_pages import CASE_STUDY_PATH, KEY_PAGES, PAST_EVENT_PATH, TOOL_PATH, KeyPage
from tests.browser.report import REPORT, AxeResult, Weight
from tests.browser.support import TransferMeter, run_axe, screenshot

pytestmark = pytest.mark.browser

# Pages known to lack a meta description: base.html takes it from search_description or summary only, and the
# home page has neither (it has an intro). Remove "home" once base.html falls back to page.intro.
DESCRIPTION_GAPS: set[str] = set()


def resolved(live_site: LiveSite, path: str) -> str:
    """``path`` with each ``{slug}`` replaced by that page's id in the served database."""
    slugs = re.findall(r"\{([a-z0-9-]+)\}", path)
    if not slugs:
        return path
    ids = json.loads(
        live_site.shell(
            "import json; from wagtail.models import Page; "
            f"print(json.dumps(dict(Page.objects.filter(slug__in={slugs!r}).values_list('slug', 'pk'))))"
        )
    )
    return re.sub(r"\{([a-z0-9-]+)\}", lambda match: str(ids[match.group(1)]), path)


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("key_page", KEY_PAGES, ids=lambda key_page: key_page.name)
def test_key_page_screenshot_and_accessibility(
    new_context: Callable[..., BrowserContext], live_site: LiveSite, artifacts: Path, key_page: KeyPage, viewport: str
) -> None:
    page = new_context(viewport).new_page()
    response = page.goto(resolved(live_site, key_page.path))
    assert response is not None and response.status == 200, f"{key_page.path} answered {response and response.status}"
    expect(page.locator("h1")).to_have_count(1)
    assert page.locator("html").get_attribute("lang"), "the page must declare its language"
    if key_page.shareable:
        for selector in ('link[rel="canonical"]', 'meta[property="og:title"]', 'meta[name="twitter:card"]'):
            expect(page.locator(f"head {selector}"), f"{key_page.path} lacks {selector}").to_have_count(1)
        if key_page.name not in DESCRIPTION_GAPS:
            expect(page.locator('head meta[name="description"]')).to_have_attribute("content", re.compile(r"\S"))
    REPORT.screenshots.append(screenshot(page, artifacts / "screenshots", f"{key_page.name}-{viewport}"))
    # Nothing may overflow sideways on a phone: that means horizontal scrolling to read.
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{key_page.path} is {overflow}px wider than the {viewport} viewport"
    if not key_page.axe:
        return
    scan = run_axe(page)
    REPORT.axe.append(
        AxeResult(
            page=key_page.name,
            viewport=viewport,
            url=key_page.path,
            counts=scan.counts(),
            rules=[f"{violation['id']} ({violation['impact']})" for violation in scan.violations],
        )
    )
    failing = scan.failing()
    assert not failing, f"axe found serious or critical violations on {key_page.path}:\n{scan.describe(failing)}"


@pytest.mark.parametrize(
    "key_page", [key_page for key_page in KEY_PAGES if key_page.weight_budget_kb], ids=lambda key_page: key_page.name
)
def test_first_load_weight(new_context: Callable[..., BrowserContext], key_page: KeyPage) -> None:
    """Transfer on a first visit (empty cache) stays under budget; content images do not count."""
    page = new_context("desktop").new_page()
    meter = TransferMeter(page)
    page.goto(key_page.path, wait_until="networkidle")
    total, excluded, requests, by_type = meter.summary()
    REPORT.weights.append(Weight(key_page.name, key_page.path, total, excluded, requests, by_type))
    assert key_page.weight_budget_kb is not None
    assert total < key_page.weight_budget_kb * 1024, (
        f"{key_page.path} transfers {total / 1024:.1f} KB (budget {key_page.weight_budget_kb} KB): {by_type}"
    )


PRINTED = {CASE_STUDY_PATH: "case-study", TOOL_PATH: "tool", PAST_EVENT_PATH: "event"}


@pytest.mark.parametrize("path", list(PRINTED), ids=list(PRINTED.values()))
def test_print_handout(page: Page, artifacts: Path, path: str) -> None:
    """Printed, a practice or event is a clean handout: no navigation or search, links spelled out, 1–3 pages."""
    page.emulate_media(media="print")
    page.goto(path)
    expect(page.locator("h1")).to_be_visible()
    for selector in (".site-header", ".site-nav", ".site-footer", ".breadcrumbs", ".skip-link", ".related"):
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    expect(page.locator(".facts").first).to_be_visible()
    # Links a paper reader cannot follow show their address after the text.
    links = page.locator("main a[href^='http']")
    if path == TOOL_PATH:
        expect(links.first).to_be_attached()  # "Open the tool" leads off-site
    for link in links.all():
        href = link.get_attribute("href") or ""
        after = link.evaluate("(a) => getComputedStyle(a, '::after').content")
        assert href in after, f"printed links must show their URL, got {after!r} for {href}"
    name = PRINTED[path]
    pdf = page.pdf(path=str(artifacts / f"{name}-print.pdf"), format="A4", print_background=False)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert 1 <= pages <= 3, f"the printed {name} takes {pages} pages"


def test_the_policy_blocks_an_injected_script_and_the_suite_would_see_it(
    browser: Any, live_site: Any, new_context: Callable[..., BrowserContext]
) -> None:
    """What the policy is for: a script smuggled into a page does not run, and the violation is reported."""
    from tests.browser.conftest import CSP_LISTENER

    context = browser.new_context(base_url=live_site.url)  # not the fixture's: this violation is the point
    try:
        context.add_init_script(CSP_LISTENER)
        page = context.new_page()
        reported: list[str] = []
        page.on("console", lambda message: reported.append(message.text))
        page.goto(CASE_STUDY_PATH)
        page.evaluate("""() => { const s = document.createElement("script");
                                 s.textContent = "window.injected = true"; document.body.append(s); }""")
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.injected === undefined")
        assert any(text.startswith("CSP violation: script-src") for text in reported), reported
    finally:
        context.close()
