"""The journeys the portal exists for, end to end in a real browser against the real server."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from portal.antispam import MIN_FILL_SECONDS
from tests.browser.conftest import LiveSite

pytestmark = pytest.mark.browser

KOLN_CASE_STUDY = "Modular vehicle barriers around Köln's cathedral Christmas market"


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_city_officer_finds_a_practice_and_contacts_the_partner(
    new_context: Callable[..., BrowserContext], live_site: LiveSite
) -> None:
    """On a phone: search, narrow down with facets, read a case study, follow a related practice, write to its owner."""
    page = new_context("mobile").new_page()
    page.goto("/")
    page.get_by_role("searchbox", name="Search case studies, tools and lessons").fill("vehicle ramming")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=vehicle\+ramming"))
    expect(page.locator("#results-heading")).to_contain_text("for “vehicle ramming”")
    unfiltered = int(page.locator("#results-heading").inner_text().split()[0])

    # On a phone the facets start folded so the results come first.
    facets = page.locator("details.facets")
    expect(facets).not_to_have_attribute("open", "")
    facets.locator("summary").click()
    page.get_by_role("checkbox", name=re.compile(r"^Markets incl\. Christmas markets")).check()
    expect(page).to_have_url(re.compile(r"space_category=markets"))
    page.get_by_role("checkbox", name=re.compile(r"^Germany")).check()
    expect(page).to_have_url(re.compile(r"country=DE"))
    assert query_of(page) == {"q": ["vehicle ramming"], "space_category": ["markets"], "country": ["DE"]}
    expect(page.locator("#results-heading")).not_to_contain_text(f"{unfiltered} results")
    expect(page.get_by_role("list", name="Active filters")).to_contain_text("Germany")

    page.get_by_role("link", name=KOLN_CASE_STUDY).click()
    expect(page.locator("h1")).to_have_text(KOLN_CASE_STUDY)
    facts = page.get_by_role("complementary", name="Key facts")
    expect(facts).to_contain_text("Köln, Germany")
    expect(facts).to_contain_text("Christmas market")

    related = page.get_by_role("region", name="Related practices")
    first_related = related.get_by_role("link").first
    related_title = first_related.inner_text().strip()
    first_related.click()
    expect(page.locator("h1")).to_have_text(related_title)

    contact = page.get_by_role("region", name="Ask the people who did it")
    contact.get_by_role("link", name=re.compile(r"^Contact ")).click()
    expect(page).to_have_url(re.compile(r"/network/[\w-]+/contact/$"))
    shown_at = time.monotonic()
    page.get_by_label("Your name").fill("Ana Officer")
    page.get_by_label("Your email address").fill("ana.officer@city.example")
    page.get_by_label("Your organisation").fill("City of Example")
    page.get_by_role("textbox", name="Subject").fill("Barrier layout for our Christmas market")
    page.get_by_role("textbox", name="Message").fill(
        "We are planning barriers for our market and would like to learn from you."
    )
    page.get_by_label(re.compile("I agree that my name")).check()
    # The form refuses submissions faster than a person could type (a robot check): wait like a person.
    time.sleep(max(0.0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - shown_at)))
    page.get_by_role("button", name="Send message").click()
    expect(page.locator("h1")).to_have_text("Message sent")
    expect(page.locator("main")).to_contain_text("a copy has been sent to you")
    sent = "\n".join(live_site.emails())
    assert "Subject: [Practice exchange] Barrier layout for our Christmas market" in sent
    assert "To: ana.officer@city.example" in sent, "the sender receives a copy"


def test_partner_submits_a_case_study_for_moderation(page: Page, live_site: LiveSite) -> None:
    """An organisation's editor writes a case study in the admin; it waits for a moderator, unpublished."""
    editor = live_site.editor
    title = "Night-time barrier drill on the Stratumseind"
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(editor["username"])
    page.get_by_label("Password").fill(editor["password"])
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{editor['section_id']}/")
    expect(page.locator("h1")).to_contain_text(editor["organisation"])
    page.get_by_role("link", name=re.compile("Add child page")).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/practices/casestudypage/"))
    # Wagtail's own form: address its fields by id, the admin's markup is not ours to test.
    page.fill("#id_title", title)
    page.fill("#id_summary", "Police, bar owners and the city rehearsed closing the street to traffic at 2 a.m.")
    page.fill("#id_city", "Eindhoven")
    page.select_option("#id_country", "NL")
    page.fill("#id_space_name", "Stratumseind")
    page.get_by_role("button", name="Choose public-space category").click()
    chooser = page.locator(".modal-dialog")
    chooser.get_by_role("link", name=re.compile("Pedestrian streets")).click()
    expect(chooser).to_be_hidden()
    page.locator("[data-contentpath=challenge] [contenteditable=true]").click()
    page.keyboard.type("Thousands leave the bars at closing time while taxis and deliveries still drive in.")
    # Draftail saves its content into the hidden input shortly after typing.
    expect(page.locator("input[name=challenge]")).to_have_value(re.compile("closing time"))
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("Submit to Moderators approval")).click()

    expect(page.get_by_text(f"Page '{title}' created and submitted for moderation").first).to_be_visible()
    row = page.locator("tr", has_text=title)
    expect(row).to_contain_text(re.compile("in moderation", re.IGNORECASE))

    # Not public: not at its address, and not in search, until a moderator publishes it.
    public_url = f"{live_site.url}{editor['section_url']}night-time-barrier-drill-on-the-stratumseind/"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(public_url, timeout=10)  # noqa: S310 - our own server
    assert refused.value.code == 404
    visitor = page.context.browser.new_context(base_url=live_site.url)  # type: ignore[union-attr]
    try:
        search = visitor.new_page()
        search.goto("/search/?q=Stratumseind")
        expect(search.locator("#results-heading")).to_be_visible()
        expect(search.get_by_role("link", name=title)).to_have_count(0)
    finally:
        visitor.close()
    state = live_site.shell(
        "from practices.models import CaseStudyPage; "
        f"page = CaseStudyPage.objects.get(title={title!r}); "
        "print(page.live, page.current_workflow_state.status if page.current_workflow_state else None)"
    )
    assert state == "False in_progress", state


def test_organiser_announces_an_event_and_people_register(page: Page, live_site: LiveSite) -> None:
    """An organiser publishes a table-top exercise in the admin; a visitor registers and takes the .ics home."""
    import icalendar

    title = "Table-top exercise: a lorry at the Christmas market"
    index_id = live_site.shell(
        "from portal_events.models import EventIndexPage; print(EventIndexPage.objects.get().pk)"
    )
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(live_site.env.get("DEMO_ADMIN_PASSWORD", "demo-admin-pass"))
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/add/events/eventpage/{index_id}/")
    page.fill("#id_title", title)
    page.fill(
        "#id_summary", "Police, market staff and the city walk through a vehicle attack scenario minute by minute."
    )
    page.select_option("#id_event_type", "table-top-exercise")
    page.select_option("#id_timezone", "Europe/Brussels")
    # Times are typed in the event's timezone, whatever the organiser's own.
    page.fill("#id_start", "2027-11-24 09:30")
    page.fill("#id_end", "2027-11-24 12:30")
    page.fill("#id_online_url", "https://exercises.example/lorry")
    page.select_option("#id_registration_mode", "built-in")
    page.fill("#id_capacity", "1")
    # The admin's date picker opens a moment after its field gains focus and
    # closes on a click elsewhere, as a person would close it; Escape can race
    # the opening and leave it covering the action menu.
    page.click("#id_title")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text(f"Page '{title}' created and published").first).to_be_visible()

    url = live_site.shell(
        f"from portal_events.models import EventPage; print(EventPage.objects.get(title={title!r}).url)"
    )
    page.goto(url)
    expect(page.locator("h1")).to_have_text(title)
    facts = page.get_by_role("complementary", name="Key facts")
    expect(facts).to_contain_text("Wednesday 24 November 2027, 09:30")
    expect(facts).to_contain_text("(Europe/Brussels)")
    expect(page.get_by_text("1 of 1 seats left.")).to_be_visible()

    shown_at = time.monotonic()
    page.get_by_label("Your name").fill("Bea Visitor")
    page.get_by_label("Your email address").fill("bea@city.example")
    page.get_by_label(re.compile("I agree that the organisers")).check()
    time.sleep(max(0.0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - shown_at)))
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("status")).to_contain_text("We have emailed that address")
    expect(page.get_by_text("1 of 1 seats left.")).to_be_visible()  # nothing is booked before the address confirms
    confirm = re.search(r"http\S+/network/registrations/[\w-]+/confirm/", "\n".join(live_site.emails()))
    assert confirm, "the registration request asks the address to confirm"
    page.goto(confirm.group(0))
    page.get_by_role("button", name="Confirm my registration").click()
    expect(page.get_by_role("status")).to_contain_text("your registration is confirmed")
    page.goto(url)
    expect(page.get_by_text("The event is full: registering puts you on the waitlist.")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Calendar file (.ics)").click()
    assert download.value.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == title
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, str(event["DTSTART"].params["TZID"])) == (9, 30, "Europe/Brussels")
    sent = "\n".join(live_site.emails())
    assert "You are registered: Table-top exercise" in sent and "To: bea@city.example" in sent
    assert re.search(r"/network/registrations/[\w-]+/cancel/", sent), "the confirmation carries a cancellation link"


ANNEX = "Approach routes still open to a vehicle"
ANNEX_DOCUMENT = "Forecourt plan with the approach routes"


def test_vetted_officer_reads_a_restricted_annex_that_the_public_never_sees(
    new_context: Callable[..., BrowserContext], live_site: LiveSite
) -> None:
    """TLP:AMBER end to end: sign in with a real TOTP code, find the annex in search, open it, download its
    document; the same search without signing in shows the public part only; the access log shows the visit."""
    officer = new_context().new_page()
    sign_in_with_totp(officer, live_site, "officer@eindhoven.demo", "/search/")
    officer.wait_for_url(re.compile(r"/search/$"))

    officer.goto("/search/?q=approach+routes+vehicle")
    result = officer.get_by_role("link", name=re.compile(ANNEX))
    expect(result).to_be_visible()
    expect(officer.locator("li", has=result).get_by_role("link", name="TLP:AMBER")).to_be_visible()
    result.click()
    annex = officer.get_by_role("region", name=ANNEX)
    expect(annex).to_contain_text("delivery lane")
    expect(annex.get_by_role("link", name="TLP:AMBER")).to_be_visible()
    answers: list[str] = []
    officer.on("response", lambda response: answers.append(f"{response.status} {response.url}"))
    try:
        # A stamped PDF is made on the fly: a loaded machine may need more than the default wait.
        with officer.expect_download(timeout=60_000) as download:
            annex.get_by_role("link", name=ANNEX_DOCUMENT).click()
    except PlaywrightTimeoutError:
        pytest.fail(
            f"No download; the browser got: {answers}; now at {officer.url}\n{live_site.log.read_text()[-3000:]}"
        )
    assert download.value.suggested_filename.startswith("TLP-AMBER_")

    visitor = new_context().new_page()
    visitor.goto("/search/?q=approach+routes+vehicle")
    expect(visitor.locator("#results-heading")).to_be_visible()
    expect(visitor.get_by_role("link", name=re.compile(ANNEX))).to_have_count(0)
    visitor.goto(officer.url.split("#")[0])
    expect(visitor.locator("main")).not_to_contain_text("delivery lane")
    expect(visitor.get_by_role("complementary", name="Restricted material")).to_contain_text("More is available")

    coordinator = new_context().new_page()
    coordinator.goto("/admin/login/")
    coordinator.get_by_label("Username").fill("admin")
    coordinator.get_by_label("Password").fill(live_site.env.get("DEMO_ADMIN_PASSWORD", "demo-admin-pass"))
    coordinator.get_by_role("button", name="Sign in").click()
    coordinator.goto("/admin/reports/access-log/")
    rows = coordinator.locator("tr", has_text="Olaf Officer")
    expect(rows.filter(has_text="Viewed")).not_to_have_count(0)
    expect(rows.filter(has_text=f"Downloaded: {ANNEX_DOCUMENT}")).to_have_count(1)


def sign_in_with_totp(page: Page, live_site: LiveSite, username: str, next_url: str) -> None:
    """Sign in on the portal's form as a demo officer, with a real code from their authenticator's key."""
    from django_otp.oath import TOTP

    key = bytes.fromhex(
        live_site.shell(
            "from django_otp.plugins.otp_totp.models import TOTPDevice; "
            f"print(TOTPDevice.objects.get(user__username={username!r}).key)"
        )
    )
    page.goto(f"/account/sign-in/?next={next_url}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("demo-member-pass")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("Second step of signing in")
    page.get_by_label("Code").fill(f"{TOTP(key).token():06d}")
    page.get_by_role("button", name="Verify").click()


def test_city_officer_walks_the_protect_method_from_space_file_to_evaluation_report(
    new_context: Callable[..., BrowserContext], live_site: LiveSite
) -> None:
    """The PRoTECT method end to end as a city officer: a space file and its self-assessment in two sittings,
    the profile; a matching practice and technology; two technologies compared; requirements and the RFI; an
    evaluation scored with a second panel member, and its report."""
    officer = new_context().new_page()
    sign_in_with_totp(officer, live_site, "officer@koln.demo", "/assess/")
    officer.wait_for_url(re.compile(r"/assess/$"))
    # 1. The space file, the questionnaire answered in two sittings, the profile.
    officer.get_by_role("link", name="Add a public space").click()
    officer.get_by_label("Name").fill("Roncalliplatz")
    officer.get_by_label("Space category").select_option(label="Markets incl. Christmas markets")
    officer.get_by_label("Peak crowd (people)").fill("12000")
    officer.get_by_label("Shared with").select_option(label="Gemeente Eindhoven")
    officer.get_by_role("button", name="Save the space file").click()
    expect(officer.locator("h1")).to_have_text("Roncalliplatz")
    officer.get_by_role("button", name="Start an assessment").click()
    radios = officer.locator("input[type=radio][value=o3]")
    count = radios.count()
    assert count >= 16
    for index in range(count // 2):
        radios.nth(index).check()
    officer.get_by_role("button", name="Save and continue later").click()
    expect(officer.get_by_role("status")).to_contain_text("Your answers are saved")
    officer.get_by_role("button", name="Complete and see the profile").click()
    expect(officer.get_by_role("alert")).to_contain_text("cannot be scored yet")
    radios = officer.locator("input[type=radio][value=o2]")
    for index in range(count // 2, count):
        radios.nth(index).check()
    officer.get_by_role("button", name="Complete and see the profile").click()
    expect(officer.locator("h1")).to_have_text("Vulnerability profile of Roncalliplatz")
    expect(officer.get_by_role("img", name="Vulnerability per scenario")).to_be_visible()
    expect(officer.locator("table").first).to_contain_text("Vehicle ramming")
    result_url = officer.url
    # 2. A matching practice and a matching technology, each saying why it matched.
    practices = officer.locator("h3:has-text('Practices') + ul a")
    expect(practices.first).to_be_visible()
    expect(officer.locator("h3:has-text('Practices') + ul")).to_contain_text("Why: About")
    practices.first.click()
    expect(officer.locator("h1")).not_to_have_text("Vulnerability profile of Roncalliplatz")
    officer.goto(result_url)
    officer.locator("h3:has-text('Technology solutions') + ul a").first.click()
    expect(officer.get_by_role("heading", name="Effectiveness per scenario")).to_be_visible()
    # 3. Two technologies side by side.
    officer.goto("/technologies/")
    officer.get_by_label("Compare").nth(0).check()
    officer.get_by_label("Compare").nth(1).check()
    officer.get_by_role("button", name="Compare selected").click()
    expect(officer.locator("h1")).to_have_text("Compare technology solutions")
    expect(officer.locator("table")).to_contain_text("Capital cost")
    # 4. Requirements, and the Request for Information.
    officer.goto(result_url)
    officer.get_by_role("link", name=re.compile("Record objectives and requirements")).click()
    officer.get_by_label("Requirements against Vehicle ramming").fill("Stops a 7.5 t lorry\nLets fire engines in")
    officer.get_by_role("button", name="Save").click()
    expect(officer.get_by_role("status")).to_contain_text("saved")
    with officer.expect_download() as rfi:
        officer.get_by_role("link", name="Download the RFI (PDF)").click()
    assert rfi.value.suggested_filename == "TLP-CLEAR_request-for-information.pdf"
    # 5. An evaluation with a second panel member, and its report.
    officer.goto(result_url)
    officer.get_by_role("link", name="Evaluate candidate solutions").click()
    officer.get_by_label("Temporary modular vehicle barriers").check()
    officer.get_by_label("Fixed anti-ram bollards").check()
    officer.get_by_label("Your own candidates").fill("Stewards at every entrance")
    officer.get_by_role("button", name="Start the evaluation").click()
    evaluation_url = officer.url
    officer.get_by_label("Invite to the panel").select_option(label="analyst@eindhoven.demo (Gemeente Eindhoven)")
    officer.get_by_role("button", name="Invite").click()
    officer.get_by_role("link", name="Your scores").click()
    for field, value in (("Temporary modular vehicle barriers: Cost", "4"), ("Fixed anti-ram bollards: Cost", "2")):
        officer.get_by_label(field).fill(value)
    officer.get_by_role("button", name="Save my scores").click()
    analyst = new_context().new_page()
    sign_in_with_totp(analyst, live_site, "analyst@eindhoven.demo", "/assess/")
    analyst.wait_for_url(re.compile(r"/assess/$"))
    analyst.goto(evaluation_url)
    analyst.get_by_role("link", name="Your scores").click()
    analyst.get_by_label("Temporary modular vehicle barriers: Cost").fill("2")
    analyst.get_by_role("button", name="Save my scores").click()
    expect(analyst.locator("main")).to_contain_text("Panel of 2; 2 of them have scored")
    officer.goto(evaluation_url)
    expect(officer.locator("main")).to_contain_text("(2–4)")
    with officer.expect_download() as report:
        officer.get_by_role("link", name="Download the report (PDF)").click()
    assert report.value.suggested_filename == "TLP-AMBER+STRICT_evaluation-report.pdf"
