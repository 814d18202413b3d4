"""Browser tests: Debian's Chromium, driven by Playwright, against the real portal on 127.0.0.1.

The server runs in its own process (``manage.py runserver``) on a database and an OpenSearch
index prefix of its own, loaded with the demo content, so nothing here touches the shared test
database that pytest-django rolls back for the rest of the suite (its ``live_server`` would flush
it). Everything is package-scoped: the server, database and browser go away as soon as the last
browser test has run, and Playwright's event loop never overlaps the Django tests that follow.

A browser that cannot start fails the tests; it never skips them.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
from django.conf import settings as django_settings
from django.db import connections
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from psycopg import sql

from scripts.deployment import (
    delete_indices,
    drop_stale,
    free_port,
    maintenance_connection,
    recreate_database,
    with_database,
)
from tests.browser.report import REPORT, write_report
from tests.browser.support import ARTIFACTS, CHROMIUM, ROOT

SERVER_SETTINGS = "tests.browser.server_settings"
EDITOR_PASSWORD = "browser-editor-pass"  # a throw-away account in a throw-away database
DEFAULT_TIMEOUT_MS = 15_000

# Creates the partner account the admin journey logs in with: an editor of the first demo
# organisation that owns live case studies (the same choice tests/network makes).
_EDITOR_SNIPPET = """
import json
from network.permissions import add_editor
from practices.models import CaseStudySection
section = next(s for s in CaseStudySection.objects.order_by("pk") if s.get_children().live().exists())
org = section.organisation
user = add_editor(org, "partner.editor@browser.example", "Partner Editor")
user.set_password({password!r})
user.save()
# The demo members were loaded into the test database with the suite's fast test hasher, which the server's
# settings do not know: their password is set again here, with the server's.
from django.contrib.auth import get_user_model
for member in get_user_model().objects.filter(username__endswith=".demo"):
    member.set_password("demo-member-pass")
    member.save()
print(json.dumps({{"username": user.get_username(), "organisation": org.name, "organisation_slug": org.slug,
                  "section_id": section.pk, "section_url": section.url}}))
"""


@dataclass
class LiveSite:
    """The running portal and what tests need to know about it."""

    url: str
    env: dict[str, str]
    outbox: Path
    log: Path
    editor: dict[str, Any] = field(default_factory=dict)

    def manage(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run a management command against the server's database (raises with its output on failure)."""
        return _run([sys.executable, "manage.py", *args], self.env, timeout)

    def shell(self, code: str) -> str:
        """Run Python inside the server's Django setup and return the last line it printed."""
        lines = self.manage("shell", "-c", code).stdout.strip().splitlines()
        return lines[-1] if lines else ""

    def emails(self) -> list[str]:
        """Every email the server has sent, oldest first (the file backend writes one file per connection)."""
        if not self.outbox.exists():
            return []
        files = sorted(self.outbox.iterdir(), key=lambda path: path.stat().st_mtime)
        return [path.read_text(errors="replace") for path in files]


def _run(command: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
        )
    return result


def _redis_database(url: str, number: int) -> str:
    """The same Redis server, another database: the server's cache never meets the tests' own."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{number}"))


def _opensearch_url() -> str:
    """The node the test command started; started here when the tests run without it. Never skipped."""
    url = os.environ.get("PORTAL_TEST_OPENSEARCH_URL", "")
    if url:
        return url
    try:
        started = _run([sys.executable, "scripts/opensearch.py", "start"], dict(os.environ), timeout=300)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"OpenSearch could not be started for the browser tests: {exc}", pytrace=False)
    return started.stdout.strip().splitlines()[-1]


def _wait_until_serving(process: subprocess.Popen[bytes], url: str, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The portal server exited ({process.returncode}):\n{log.read_text()[-5000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own server
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"The portal server did not answer within {timeout:.0f}s:\n{log.read_text()[-5000:]}")


@pytest.fixture(scope="package")
def artifacts() -> Path:
    """Where screenshots, PDFs, the server log and the report go (gitignored; printed at the end)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    REPORT.artifacts = ARTIFACTS
    return ARTIFACTS


@pytest.fixture(scope="package")
def live_site(artifacts: Path, demo_content: None, django_db_blocker: Any) -> Iterator[LiveSite]:
    """The portal served by ``runserver`` on 127.0.0.1, on its own database and index prefix.

    The database is a copy of the test database when the session made one (``demo_content`` has
    loaded the demo set into it: PostgreSQL copies it in a second, loading it takes a minute); ``load_demo --admin``
    then only adds the demo admin account. Run alone, the browser tests (which cannot use
    pytest-django's database mark inside Playwright's event loop) migrate and load it themselves.
    ``search_rebuild`` fills the real OpenSearch node under a prefix only this run uses.
    """
    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url.startswith(("postgres://", "postgresql://")):
        pytest.fail("The browser tests need DATABASE_URL (PostgreSQL); run them through scripts/test.sh.")
    pid = os.getpid()
    db_name = f"portal_browser_{pid}"
    prefix = f"browser-{pid}"
    opensearch_url = _opensearch_url()
    work = Path(tempfile.mkdtemp(prefix=f"portal-browser-{pid}-"))
    outbox = work / "outbox"
    outbox.mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "OPENSEARCH_"))}
    env.update(
        DJANGO_SETTINGS_MODULE=SERVER_SETTINGS,
        DATABASE_URL=with_database(base_url, db_name),
        OPENSEARCH_INDEX_PREFIX=prefix,
        PORTAL_VAR_DIR=str(work),
        MEDIA_ROOT=str(django_settings.MEDIA_ROOT),  # where the copied demo content's files are
        PORTAL_BROWSER_OUTBOX=str(outbox),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL=url,
        DEBUG="true",
        REDIS_URL=_redis_database(os.environ["REDIS_URL"], 2),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    # A fresh shared cache: rate-limit counters and cached pages of an earlier run must not carry over.
    redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    log = artifacts / "server.log"
    site = LiveSite(url=url, env=env, outbox=outbox, log=log)
    process: subprocess.Popen[bytes] | None = None
    drop_stale(base_url, opensearch_url, "browser")
    template = connections["default"].settings_dict["NAME"]
    with django_db_blocker.unblock():
        connections.close_all()  # PostgreSQL copies a database only while nobody is connected to it
        copying = template.startswith("test_")
        recreate_database(base_url, db_name, template if copying else None)
        if not copying:
            env["MEDIA_ROOT"] = str(work / "media")
    try:
        started = time.monotonic()
        site.manage("migrate", "--verbosity", "0")
        site.manage("load_demo", "--admin")
        site.editor = {
            **json.loads(site.shell(_EDITOR_SNIPPET.format(password=EDITOR_PASSWORD))),
            "password": EDITOR_PASSWORD,
        }
        env["OPENSEARCH_URL"] = opensearch_url
        site.manage("search_rebuild")
        REPORT.timings["database and index setup"] = time.monotonic() - started
        started = time.monotonic()
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=ROOT,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        _wait_until_serving(process, url + "/", log)
        REPORT.timings["server start"] = time.monotonic() - started
        yield site
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"The portal could not be set up for the browser tests: {exc}", pytrace=False)
    finally:
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with maintenance_connection(base_url) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db_name)))
        delete_indices(opensearch_url, f"{prefix}-*")
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="package")
def playwright(live_site: LiveSite) -> Iterator[Playwright]:
    """Started after the live site: Playwright's event loop would stop Django's database calls there."""
    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """One headless Debian Chromium for the whole browser suite. Failing to start it fails the tests."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: scripts/test.sh installs Debian's 'chromium' package.")
    try:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
    except Exception as exc:  # any launch problem is a failure, in CI and locally alike
        pytest.fail(f"Chromium ({CHROMIUM}) could not start: {exc}", pytrace=False)
    REPORT.browser = f"Chromium {instance.version}"
    yield instance
    instance.close()


MOBILE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
VIEWPORTS = {"mobile": MOBILE, "desktop": DESKTOP}


@pytest.fixture
def new_context(
    browser: Browser, live_site: LiveSite, artifacts: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., BrowserContext]]:
    """Make fresh browser contexts (no cache, no cookies) on the live site; they are closed afterwards.

    On failure, each open page is screenshotted into the artefacts folder to show what went wrong.
    Any Content-Security-Policy violation a page reports (in the console, or as a
    ``securitypolicyviolation`` event) fails the test: the policy must never get in a visitor's way.
    """
    contexts: list[BrowserContext] = []
    violations: list[str] = []

    def on_console(message: Any) -> None:
        if "Content Security Policy" in message.text or message.text.startswith("CSP violation"):
            violations.append(f"{message.text} ({message.location.get('url', '')})")

    def make(viewport: str | dict[str, int] = "desktop", **options: Any) -> BrowserContext:
        size = VIEWPORTS[viewport] if isinstance(viewport, str) else viewport
        is_mobile = size["width"] < 600  # phone rendering: honours the meta viewport, touch input
        context = browser.new_context(
            base_url=live_site.url,
            viewport=size,
            is_mobile=is_mobile,
            has_touch=is_mobile,
            device_scale_factor=1,
            locale="en-GB",
            timezone_id="Europe/Brussels",
            **options,
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.add_init_script(CSP_LISTENER)
        context.on("console", on_console)
        contexts.append(context)
        return context

    yield make
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        folder = artifacts / "failures"
        folder.mkdir(exist_ok=True)
        for i, context in enumerate(contexts):
            for j, page in enumerate(context.pages):
                # A failure screenshot must never hide the real failure.
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(folder / f"{request.node.name}-{i}-{j}.png"), full_page=True)
    for context in contexts:
        context.close()
    if violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(dict.fromkeys(violations)), pytrace=False)


#: Reports every CSP violation to the console, where ``new_context`` collects it (init scripts are not
#: subject to the page's policy).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def page(new_context: Callable[..., BrowserContext]) -> Page:
    """A desktop page in a fresh context."""
    return new_context("desktop").new_page()


@pytest.fixture
def mobile_page(new_context: Callable[..., BrowserContext]) -> Page:
    """A phone-sized page (390×844) in a fresh context."""
    return new_context("mobile").new_page()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Remember each phase's report on the test item, so fixtures can tell whether the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the axe results, page weights and where the artefacts are (for the issue's closing note)."""
    if REPORT.is_empty():
        return
    text = write_report()
    terminalreporter.section("browser tests")
    terminalreporter.write(text)
