"""The deployed processes share their state and do the background work.

Three gunicorn workers, django-tasks-db's worker and the portal's scheduler run as in production
(``tests/crawl/conftest.py``); changes come from a further process (``manage.py shell``), as an
editor's would from another container:
* a new taxonomy term is a valid filter in every gunicorn worker at once (shared vocabularies);
* writes made while the engine hangs reach it within 30 s of its return (retried from the backlog);
* go-live and expiry dates take effect within a minute (Wagtail's ``publish_scheduled`` as a periodic task).

This module runs before the crawl (``test_production_crawl.py``), whose last phase stops the engine.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import pytest

from scripts import opensearch

pytestmark = [pytest.mark.crawl, pytest.mark.django_db]

FORWARDED = {"X-Forwarded-Proto": "https"}

# Under a signed-in-only parent, so that the crawl (which runs meanwhile) never meets them.
_SCHEDULE_SNIPPET = """
import datetime as dt, json
from django.utils import timezone
from wagtail.models import PageViewRestriction
from portal.models import HomePage, StandardPage
parent = HomePage.objects.get().add_child(instance=StandardPage(title="Scheduling checks", slug="scheduling-checks",
                                                                 body="<p>Checks.</p>"))
parent.save_revision().publish()
PageViewRestriction.objects.create(page=parent, restriction_type="login")
at = timezone.now() + dt.timedelta(seconds=5)
going = parent.add_child(instance=StandardPage(title="Goes live", slug="goes-live", body="<p>Soon.</p>", live=False))
going.go_live_at = at
going.save_revision().publish()
leaving = parent.add_child(instance=StandardPage(title="Expires", slug="expires", body="<p>Soon gone.</p>"))
leaving.save_revision().publish()
leaving.expire_at = at
leaving.save_revision().publish()
print(json.dumps({"going": going.pk, "leaving": leaving.pk, "at": at.isoformat(), "live": [going.live, leaving.live]}))
"""

_SCHEDULE_STATE_SNIPPET = """
import json
from wagtail.models import Page, PageLogEntry
def when(pk, action):
    entry = PageLogEntry.objects.filter(page_id=pk, action=action).order_by("timestamp").first()
    return entry.timestamp.isoformat() if entry else None
print(json.dumps({{"published": when({going}, "wagtail.publish.scheduled"),
                  "expired": when({leaving}, "wagtail.unpublish.scheduled"),
                  "live": [Page.objects.get(pk={going}).live, Page.objects.get(pk={leaving}).live]}}))
"""


def fetch(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=FORWARDED)  # noqa: S310 - our own server on loopback
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our own server on loopback
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def fetch_many(url: str, times: int = 24) -> list[tuple[int, bytes]]:
    """The same URL, concurrently, so that every gunicorn worker answers some of them."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda _: fetch(url), range(times)))


def answering_workers(deployment, path: str, status: int) -> set[str]:
    """The pids of the gunicorn workers that answered ``path`` with ``status`` (from the access log)."""
    pattern = re.compile(rf'^<(\d+)> \S+ "GET {re.escape(path)} HTTP/1\.[01]" {status} ')
    return {match.group(1) for line in deployment.log("web").splitlines() if (match := pattern.match(line))}


@pytest.fixture(scope="module")
def scheduled(deployment) -> dict:
    """A page scheduled to go live and one scheduled to expire, five seconds from now."""
    pages = json.loads(deployment.shell(_SCHEDULE_SNIPPET))
    assert pages["live"] == [False, True], "the go-live page waits; the expiring page is live until its date"
    return pages


def test_a_taxonomy_change_is_seen_by_every_worker_at_once(deployment, scheduled):
    path = "/api/search/?threat_type=zeppelin-attack"
    assert {status for status, _ in fetch_many(deployment.url + path, 12)} == {400}
    deployment.shell(
        "from practices.models import ThreatType; "
        "ThreatType.objects.create(name='Zeppelin attack', slug='zeppelin-attack', "
        "parent=ThreatType.objects.get(slug='terrorism')); print('ok')"
    )
    answers = fetch_many(deployment.url + path)
    assert {status for status, _ in answers} == {200}, "a worker still rejects the new term"
    assert len(answering_workers(deployment, path, 200)) >= 2, "the answers did not come from several workers"
    page = fetch_many(deployment.url + "/search/?threat_type=zeppelin-attack", 12)
    assert all(status == 200 and "Terrorism › Zeppelin attack" in body.decode() for status, body in page)
    deployment.shell(
        "from practices.models import ThreatType; ThreatType.objects.filter(slug='zeppelin-attack')"
        ".delete(); print('ok')"
    )
    assert {status for status, _ in fetch_many(deployment.url + path)} == {400}


def test_writes_made_while_the_engine_hangs_reach_it_soon_after_it_returns(deployment):
    marker = f"Quagga{int(time.time())}"
    gone = json.loads(
        deployment.shell(
            "import json; from practices.models import CaseStudyPage; page = CaseStudyPage.objects.live().order_by('-pk')"
            ".first(); title = page.title; page.unpublish(); print(json.dumps(title))"
        )
    )
    opensearch.pause()
    try:
        deployment.shell(
            "from practices.models import ToolPage; page = ToolPage.objects.live().order_by('pk').first(); "
            f"page.title = '{marker} checklist'; page.save_revision().publish(); print('ok')"
        )
        status, body = fetch(f"{deployment.url}/api/search/?q={marker}")
        assert status == 200 and json.loads(body)["degraded"] is True  # the database answers meanwhile
        assert json.loads(body)["count"] == 1
        time.sleep(3)  # the worker's first write waits for the hung engine (SEARCH_WRITE_TIMEOUT) and fails
    finally:
        opensearch.resume()
    returned = time.monotonic()
    while time.monotonic() - returned < 45:
        found = json.loads(fetch(f"{deployment.url}/api/search/?q={marker}")[1])
        left = json.loads(fetch(f"{deployment.url}/api/search/?page_size=100&type=case_study")[1])
        if not found["degraded"] and found["count"] == 1 and gone not in [hit["title"] for hit in left["results"]]:
            break
        time.sleep(0.5)
    converged = time.monotonic() - returned
    print(f"index converged {converged:.1f}s after the engine returned")
    assert converged <= 30, f"not converged {converged:.0f}s after the engine returned"
    assert deployment.shell("from search.models import EngineBacklog; print(EngineBacklog.objects.count())") == "0"
    assert "retrying in the background" in deployment.log("worker"), "the failed write was not logged"


def test_go_live_and_expiry_dates_take_effect_within_a_minute(deployment, scheduled):
    state = {}
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        state = json.loads(deployment.shell(_SCHEDULE_STATE_SNIPPET.format(**scheduled)))
        if state["published"] and state["expired"]:
            break
        time.sleep(3)
    assert state["live"] == [True, False], state
    due = datetime.fromisoformat(scheduled["at"])
    for action in ("published", "expired"):
        delay = (datetime.fromisoformat(state[action]) - due).total_seconds()
        assert 0 <= delay <= 60, f"{action} {delay:.0f}s after its date"
