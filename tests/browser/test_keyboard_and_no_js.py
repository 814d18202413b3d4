"""Search without a mouse, and search without JavaScript: both must work as well as the default."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect

pytestmark = pytest.mark.browser

MAX_TABS = 80  # generous: the facet list is long, but a runaway loop must still end


def tab_to(page: Page, target: Locator, key: str = "Tab") -> None:
    """Press Tab until ``target`` has focus, as a keyboard user would (fails if it is never reached)."""
    for _ in range(MAX_TABS):
        if target.evaluate("(element) => element === document.activeElement"):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{target} was not reached with {MAX_TABS} presses of {key}")


def assert_focus_visible(page: Page) -> None:
    """The focused element matches :focus-visible and draws an outline a sighted keyboard user can see."""
    style = page.evaluate(
        """() => {
            const element = document.activeElement;
            const css = getComputedStyle(element);
            return {visible: element.matches(":focus-visible"), outline: css.outlineStyle,
                    width: parseFloat(css.outlineWidth), shadow: css.boxShadow};
        }"""
    )
    assert style["visible"], "focus should be visible after keyboard navigation"
    assert (style["outline"] != "none" and style["width"] >= 2) or style["shadow"] != "none", style


def test_skip_link_leads_to_the_content(page: Page) -> None:
    page.goto("/search/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#search-q")).to_be_focused()


def test_suggestions_combobox_with_the_keyboard(page: Page) -> None:
    """ARIA combobox: arrows move through suggestions, Escape closes them, Enter opens the chosen one."""
    page.goto("/search/")
    box = page.get_by_role("combobox", name="Search case studies, tools and lessons")
    tab_to(page, box)
    assert_focus_visible(page)
    listbox = page.locator("#search-suggestions")
    page.keyboard.type("vehic")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()
    assert options.count() >= 2, "the demo content has several vehicle-related practices"
    expect(page.get_by_role("status").filter(has_text="suggestions available")).to_have_count(1)

    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "search-suggestions-option-0")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "search-suggestions-option-1")
    expect(options.nth(0)).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowUp")
    expect(box).to_have_attribute("aria-activedescendant", "search-suggestions-option-0")
    expect(box).to_be_focused()  # focus never leaves the text field

    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    expect(box).to_have_value("vehic")  # the first Escape only closes the list

    page.keyboard.press("ArrowDown")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-activedescendant", "search-suggestions-option-0")
    chosen = options.nth(0).locator(".suggestion__title").inner_text()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(chosen)


def test_enter_without_a_chosen_suggestion_searches_the_text(page: Page) -> None:
    page.goto("/search/")
    box = page.get_by_role("combobox", name="Search case studies, tools and lessons")
    tab_to(page, box)
    page.keyboard.type("market")
    expect(page.locator("#search-suggestions")).to_be_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=market"))
    expect(page.locator("#results-heading")).to_contain_text("for “market”")


def test_facets_toggle_with_the_keyboard(page: Page) -> None:
    """Space on a focused facet applies it without a reload; focus stays on that checkbox."""
    page.goto("/search/?q=vehicle+ramming")
    heading = page.locator("#results-heading")
    before = heading.inner_text()
    markets = page.get_by_role("checkbox", name=re.compile(r"^Markets incl\. Christmas markets"))
    tab_to(page, markets)
    assert_focus_visible(page)
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"space_category=markets"))
    expect(heading).not_to_have_text(before)
    markets = page.get_by_role("checkbox", name=re.compile(r"^Markets incl\. Christmas markets"))
    expect(markets).to_be_checked()
    expect(markets).to_be_focused()
    expect(page.get_by_role("list", name="Active filters")).to_contain_text("Markets")

    page.keyboard.press("Space")
    expect(page).not_to_have_url(re.compile(r"space_category="))
    expect(heading).to_have_text(before)
    expect(page.get_by_role("checkbox", name=re.compile(r"^Markets incl\. Christmas markets"))).to_be_focused()


def test_folded_facets_open_with_the_keyboard(new_context: Callable[..., BrowserContext]) -> None:
    page = new_context("mobile").new_page()
    page.goto("/search/?q=market")
    facets = page.locator("details.facets")
    expect(facets).not_to_have_attribute("open", "")
    summary = facets.locator("summary")
    tab_to(page, summary)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(facets).to_have_attribute("open", "")
    page.keyboard.press("Tab")
    expect(page.locator("form.facets__form input[type=checkbox]").first).to_be_focused()


def test_search_and_facets_work_without_javascript(new_context: Callable[..., BrowserContext]) -> None:
    """Progressive enhancement: with scripts off, the same search and filtering work by plain form submits."""
    page = new_context("mobile", java_script_enabled=False).new_page()
    page.goto("/")
    expect(page.locator("html")).to_have_class(re.compile(r"\bno-js\b"))
    page.get_by_role("searchbox", name="Search case studies, tools and lessons").fill("vehicle ramming")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=vehicle\+ramming"))
    heading = page.locator("#results-heading")
    unfiltered = heading.inner_text()

    facets = page.locator("details.facets")
    expect(facets).to_have_attribute("open", "")  # without JS the filters are never hidden
    page.get_by_role("checkbox", name=re.compile(r"^Markets incl\. Christmas markets")).check()
    page.get_by_role("checkbox", name=re.compile(r"^Germany")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"space_category=markets"))
    expect(page).to_have_url(re.compile(r"country=DE"))
    expect(heading).not_to_have_text(unfiltered)
    expect(page.get_by_role("link", name=re.compile("Köln's cathedral Christmas market"))).to_be_visible()

    page.get_by_role("link", name=re.compile(r"^Remove filter Country")).click()
    expect(page).not_to_have_url(re.compile(r"country="))
    expect(page).to_have_url(re.compile(r"space_category=markets"))
