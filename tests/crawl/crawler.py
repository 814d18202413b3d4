"""A small same-site crawler for the production crawl: what a visitor (or a bot) can reach, it requests.

It starts from ``sitemap.xml`` and a list of seed URLs, follows every same-site ``<a href>``,
``<link href>``, ``<img src>`` (and ``srcset``) and ``<script src>``, and turns every GET form's
options (the listings', directory's and events' filters) into one URL per option. Which pages' links are read is the caller's ``follow`` rule
(the production crawl reads pages without a query string, and its seeds), which bounds facet
combinations to one level. Every answer is checked as it comes.

What counts as a fault (collected, then reported together):
* any 5xx, or a page that shows Django's DEBUG output;
* a link the site itself printed that answers 4xx (400, 403, 404…), or a filter option that
  answers anything but 200 or a 400 with the form's message;
* a sitemap URL that does not answer 200 directly;
* per phase, an extra ``check`` (for example "no search answered degraded with the engine up").
"""

from __future__ import annotations

import json
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from xml.etree import ElementTree

import requests
from bs4 import BeautifulSoup

DEBUG_MARKERS = ("You're seeing this error because you have", "Traceback (most recent call last)", "Exception Value:")
SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "webcal:")
#: Links the crawler never follows: they change state (logout, bulk actions).
SKIPPED_PATHS = ("/admin/logout/", "/admin/bulk/")  # bulk actions: JS adds the selected ids
MAX_OPTIONS = 60


@dataclass
class Answer:
    url: str
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str]
    seconds: float


@dataclass
class CrawlReport:
    name: str
    visited: int = 0
    statuses: Counter = field(default_factory=Counter)
    faults: list[str] = field(default_factory=list)
    seconds: float = 0.0
    slowest: list[tuple[float, str]] = field(default_factory=list)
    timings: list[tuple[str, int, float]] = field(default_factory=list)  # (url, status, seconds)

    def fault(self, message: str) -> None:
        self.faults.append(message)

    def summary(self) -> str:
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(self.statuses.items()))
        return f"{self.name}: {self.visited} URLs in {self.seconds:.0f}s ({statuses}); {len(self.faults)} faults"


class Crawler:
    """Crawl one running portal as one visitor (anonymous, or signed in through the admin login form)."""

    def __init__(self, base_url: str, name: str, limit: int = 3000, headers: dict[str, str] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.netloc = urlsplit(self.base_url).netloc
        self.limit = limit
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": "portal-production-crawl", **(headers or {})})
        self.report = CrawlReport(name)
        self.seen: set[str] = set()
        self.queue: deque[tuple[str, str | None, str]] = deque()  # (url, referrer, kind: see ``_judge``)

    # --- requests -------------------------------------------------------------------------------------------
    def _request(self, method: str, url: str, **kwargs: object) -> requests.Response:
        # The deployment sets Secure cookies; behind its TLS proxy they travel over plain HTTP on
        # loopback, so the crawler sends them back as the proxy would.
        for cookie in self.session.cookies:
            cookie.secure = False
        return self.session.request(method, self.absolute(url), allow_redirects=False, timeout=60, **kwargs)  # type: ignore[arg-type]

    def get(self, url: str, **kwargs: object) -> Answer:
        started = time.monotonic()
        response = self._request("GET", url, **kwargs)
        seconds = time.monotonic() - started
        return Answer(
            url=url,
            status=response.status_code,
            content_type=response.headers.get("Content-Type", ""),
            body=response.content,
            headers=dict(response.headers),
            seconds=seconds,
        )

    def _post_form(self, path: str, data: dict[str, str]) -> requests.Response:
        """GET a form for its CSRF token, then POST ``data`` to it, as a browser would."""
        form = self._request("GET", path)
        token = BeautifulSoup(form.content, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})
        assert token is not None, f"the form at {path} has no CSRF token"
        return self._request(
            "POST",
            path,
            data={**data, "csrfmiddlewaretoken": token["value"]},
            headers={"Origin": f"https://{self.netloc}"},
        )

    def login(self, username: str, password: str, totp_key: str | None = None) -> None:
        """Sign in through Wagtail's admin login form, as a person would (then the second step, if given)."""
        response = self._post_form("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
        assert response.status_code == 302, f"login as {username} failed ({response.status_code})"
        if totp_key:
            self.verify(totp_key)

    def sign_in(self, username: str, password: str, totp_key: str | None = None) -> None:
        """Sign in as a member on the portal's own form (``/account/sign-in/``), with the second step if given."""
        response = self._post_form("/account/sign-in/", {"username": username, "password": password})
        assert response.status_code == 302, f"sign-in as {username} failed ({response.status_code})"
        if totp_key:
            self.verify(totp_key)

    def verify(self, totp_key: str) -> None:
        """The second step, with a real code computed from the authenticator's key (hex, as django-otp keeps it)."""
        from django_otp.oath import TOTP

        for attempt in range(2):
            code = f"{TOTP(bytes.fromhex(totp_key)).token():06d}"
            response = self._post_form("/account/verify/", {"token": code, "next": "/account/"})
            if response.status_code == 302:
                return
            # A code is good once: an earlier sign-in in the same 30 s used it. Wait for the next one.
            time.sleep(31 - time.time() % 30 if attempt == 0 else 0)
        raise AssertionError(f"the second step failed ({response.status_code})")

    # --- URLs -----------------------------------------------------------------------------------------------
    def absolute(self, url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit(("http", self.netloc, parts.path or "/", parts.query, ""))

    def same_site(self, href: str, base: str) -> str | None:
        """The path and query of ``href`` when it points into the portal; ``None`` otherwise."""
        href = href.strip()
        if not href or href.startswith("#") or href.lower().startswith(SKIPPED_SCHEMES):
            return None
        parts = urlsplit(urljoin(base, href))
        if parts.scheme not in ("http", "https") or parts.hostname not in ("127.0.0.1", "localhost"):
            return None
        if parts.port not in (None, urlsplit(self.base_url).port):
            return None
        path = parts.path or "/"
        if path.startswith(SKIPPED_PATHS):
            return None
        query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
        return f"{path}?{query}" if query else path

    def enqueue(self, url: str, referrer: str | None = None, kind: str = "link") -> None:
        if url not in self.seen and len(self.seen) < self.limit:
            self.seen.add(url)
            self.queue.append((url, referrer, kind))

    def seed_sitemap(self) -> list[str]:
        answer = self.get("/sitemap.xml")
        assert answer.status == 200, f"sitemap.xml answered {answer.status}"
        namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        urls = []
        for loc in ElementTree.fromstring(answer.body).findall(".//sm:loc", namespace):  # noqa: S314 - our own sitemap
            path = self.same_site(loc.text or "", self.base_url + "/")
            if path is None:
                self.report.fault(f"sitemap lists a URL outside the site: {loc.text}")
                continue
            urls.append(path)
            self.enqueue(path, "sitemap.xml", kind="sitemap")
        return urls

    # --- the crawl ------------------------------------------------------------------------------------------
    def run(
        self,
        seeds: Iterable[str] = (),
        checks: Iterable[Callable[[Answer, CrawlReport], None]] = (),
        follow: Callable[[str], bool] = lambda url: True,
    ) -> CrawlReport:
        """Visit the queue (plus ``seeds``) breadth first; ``follow`` decides whose links are read."""
        started = time.monotonic()
        for seed in seeds:
            self.enqueue(seed, kind="seed")
        while self.queue:
            url, referrer, kind = self.queue.popleft()
            answer = self.get(url)
            self.report.visited += 1
            self.report.statuses[answer.status] += 1
            self.report.slowest = sorted([*self.report.slowest, (answer.seconds, url)], reverse=True)[:5]
            self.report.timings.append((url, answer.status, answer.seconds))
            self._judge(answer, referrer, kind)
            for check in checks:
                check(answer, self.report)
            if answer.status in (301, 302, 303, 307, 308):
                target = self.same_site(answer.headers.get("Location", ""), self.absolute(url))
                if target:
                    self.enqueue(target, url)
            elif answer.status == 200 and "html" in answer.content_type and follow(url):
                for link, link_kind in self.links(answer):
                    self.enqueue(link, url, link_kind)
        self.report.seconds = time.monotonic() - started
        return self.report

    def _judge(self, answer: Answer, referrer: str | None, kind: str) -> None:
        """``kind`` is where the URL came from: ``sitemap`` (must answer 200), ``link`` (printed by the
        site: no 4xx), ``form`` (one option of a filter form: a 400 with a message is a valid answer to
        a combination the form refuses, a 404 is not) or ``seed`` (only 5xx and DEBUG output count)."""
        where = f"{answer.url} (linked from {referrer})" if referrer else answer.url
        if answer.status >= 500:
            self.report.fault(f"{answer.status} at {where}")
        elif kind == "sitemap" and answer.status != 200:
            self.report.fault(f"sitemap URL answered {answer.status}: {answer.url}")
        elif kind == "link" and answer.status >= 400:
            self.report.fault(f"{answer.status} at {where}")
        elif kind == "form" and answer.status > 400:
            self.report.fault(f"{answer.status} for a filter option at {where}")
        text = answer.body[:200_000].decode("utf-8", "replace")
        if any(marker in text for marker in DEBUG_MARKERS):
            self.report.fault(f"DEBUG output at {where}")

    def links(self, answer: Answer) -> list[tuple[str, str]]:
        """Same-site links of a page (anchors, <link> tags, images and scripts) and one URL per option of each GET form."""
        base = self.absolute(answer.url)
        soup = BeautifulSoup(answer.body, "html.parser")
        found = []
        printed = [tag["href"] for tag in soup.find_all(["a", "link"], href=True)]
        printed += [tag["src"] for tag in soup.find_all(["img", "script", "source"], src=True)]
        for tag in soup.find_all(["img", "source"], srcset=True):
            printed += [candidate.split()[0] for candidate in tag["srcset"].split(",") if candidate.strip()]
        for href in printed:
            path = self.same_site(href, base)
            if path:
                found.append((path, "link"))
        found.extend((variant, "form") for variant in self._form_variants(soup, base))
        return found

    def _form_variants(self, soup: BeautifulSoup, base: str) -> list[str]:
        variants = []
        for form in soup.find_all("form"):
            if (form.get("method") or "get").lower() != "get":
                continue
            action = self.same_site(form.get("action") or base, base)
            if action is None:
                continue
            for select in form.find_all("select", attrs={"name": True}):
                # Bounded: a country list has ~250 options; the first ones exercise the same code.
                for option in select.find_all("option")[:MAX_OPTIONS]:
                    value = option.get("value", option.text).strip()
                    if value:
                        variants.append(f"{action.split('?')[0]}?{urlencode({select['name']: value})}")
            for box in form.find_all("input", attrs={"type": ["checkbox", "radio"], "name": True}):
                variants.append(f"{action.split('?')[0]}?{urlencode({box['name']: box.get('value', 'on')})}")
        return variants


def json_of(answer: Answer) -> object:
    return json.loads(answer.body) if "json" in answer.content_type else None
