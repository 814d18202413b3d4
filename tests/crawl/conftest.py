"""The portal as deployed, for the production crawl: gunicorn, production settings, real services.

One deployment serves the whole package (``scripts/deployment.py``): its database is a copy of
the test database (which holds the demo content), its index is rebuilt under its own prefix, its
cache is a Redis database of its own, and gunicorn runs the deployment's WSGI application with
three workers beside django-tasks-db's worker. Anything that cannot start fails the tests.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connections

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scripts.deployment import Deployment  # noqa: E402

REDIS_DATABASE = 3
PASSWORD = "crawl-pass-7Hq2"  # throw-away accounts in a throw-away database

# Accounts the signed-in crawls use: an editor of the first organisation that owns live case
# studies (as the browser tests choose), and a member of Wagtail's Moderators group.
_USERS_SNIPPET = """
import json
from django.contrib.auth import get_user_model
from network.permissions import add_editor, moderators
from practices.models import CaseStudySection
section = next(s for s in CaseStudySection.objects.order_by("pk") if s.get_children().live().exists())
editor = add_editor(section.organisation, "partner.editor@crawl.example", "Partner Editor")
editor.set_password({password!r})
editor.save()
moderator, _ = get_user_model().objects.get_or_create(username="moderator@crawl.example",
                                                      defaults={{"email": "moderator@crawl.example"}})
moderator.set_password({password!r})
moderator.save()
moderator.groups.add(moderators())
# The demo members were loaded with the suite's fast test hasher, which production does not accept.
for member in get_user_model().objects.filter(username__endswith=".demo"):
    member.set_password("demo-member-pass")
    member.save()
# Production asks coordinators for a second step: the moderator has an authenticator app.
from django_otp.plugins.otp_totp.models import TOTPDevice
device, _ = TOTPDevice.objects.get_or_create(user=moderator, confirmed=True, defaults={{"name": "Authenticator app"}})
# Lapsed clearances: a Eindhoven officer whose vetting expired, and one whose vetting a coordinator withdrew
# (both sign in as plain members now, and must get what a member gets).
import datetime as dt
from django.utils import timezone
from network.models import Organisation, Vetting
from network.vetting import approve, join_organisation, request_vetting, withdraw
eindhoven = Organisation.objects.get(slug="eindhoven")
lapsed = {{}}
for kind in ("expired", "revoked"):
    person, _ = get_user_model().objects.get_or_create(username=f"{{kind}}@eindhoven.demo",
                                                       defaults={{"email": f"{{kind}}@eindhoven.demo"}})
    person.set_password("demo-member-pass")
    person.save()
    member = join_organisation(person, eindhoven, "Security officer")
    vetting = approve(request_vetting(member, role="Security officer", reason="Crawl"), moderator)
    if kind == "expired":
        Vetting.objects.filter(pk=vetting.pk).update(expires_at=timezone.now() - dt.timedelta(days=1))
    else:
        withdraw(vetting, moderator, "Left the unit.")
    lapsed[kind] = person.get_username()
print(json.dumps({{"editor": editor.get_username(), "moderator": moderator.get_username(), **lapsed}}))
"""

# The demo set's members (``demo/data/sensitive.toml``): a plain member and a vetted officer, with the
# authenticator keys of everyone who has one, and the text of every restricted section each crawl's user
# may not read (``practices.marking.may_read``, through the same clearance the portal computes).
_READERS_SNIPPET = """
import json
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from network.clearance import reader_for
from practices.marking import ANONYMOUS
from practices.models import PRACTICE_PAGE_MODELS
from practices.restricted import parts
users = {{"member": "member@efus.demo", "vetted": "officer@eindhoven.demo", "named": "officer@koln.demo", **{users}}}
readers = {{"anonymous": ANONYMOUS}}
for role, username in users.items():
    readers[role] = reader_for(get_user_model().objects.get(username=username), verified=True)
withheld = {{role: [] for role in readers}}
for model in PRACTICE_PAGE_MODELS:
    for page in model.objects.live().public():
        for part in parts(page):
            text = str(part.body.source).split(">", 1)[-1][:60]
            for role, reader in readers.items():
                if not part.readable_by(reader):
                    withheld[role].append(text)
keys = {{device.user.username: device.key for device in TOTPDevice.objects.filter(user__username__in=users.values())}}
# The practices with restricted parts, and the listings above them (their facets and counts use the engine).
marked = [page for model in PRACTICE_PAGE_MODELS for page in model.objects.live().public()
          if parts(page) or page.body_label != "clear"]
pages = sorted({{url for page in marked for url in [page.url, *(a.url for a in page.get_ancestors() if a.depth > 2)]
                if url}})
# Space files are TLP:AMBER+STRICT: their names are withheld from everyone who may not open them.
from method.assessments import may_open
from method.models import Assessment, Evaluation, SpaceFile
for space in SpaceFile.objects.all():
    for role, reader in readers.items():
        if not may_open(reader, space):
            withheld[role].append(space.name)
assess = sorted([f"/assess/spaces/{{space.pk}}/" for space in SpaceFile.objects.all()]
                + [f"/assess/assessments/{{a.pk}}/result/" for a in Assessment.objects.all()]
                + [f"/assess/evaluations/{{e.pk}}/" for e in Evaluation.objects.all()])
members = {{role: users[role] for role in ("member", "vetted", "named", "expired", "revoked")}}
print(json.dumps({{"members": members, "keys": keys, "withheld": withheld, "marked_pages": pages, "assess": assess}}))
"""

# For each signed-in user: the edit view of one page of every page type they may edit.
_EDIT_VIEWS_SNIPPET = """
import json
from django.contrib.auth import get_user_model
from wagtail.models import Page
user = get_user_model().objects.get(username={username!r})
seen, urls = set(), []
for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
    if type(page) in seen or not page.permissions_for_user(user).can_edit():
        continue
    seen.add(type(page))
    urls.append(f"/admin/pages/{{page.pk}}/edit/")
print(json.dumps(urls))
"""


def _redis_database(url: str, number: int) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{number}"))


@pytest.fixture(scope="package")
def deployment(demo_content, django_db_blocker) -> Iterator[Deployment]:
    """The deployed portal, built once for the package from a copy of the test database (``demo_content``
    has loaded the demo set into it; a copied database is not loaded again)."""
    opensearch_url = os.environ.get("PORTAL_TEST_OPENSEARCH_URL", "")
    if not opensearch_url:
        pytest.fail("The production crawl needs the suite's OpenSearch node (PORTAL_TEST_OPENSEARCH_URL).")
    template = connections["default"].settings_dict["NAME"]
    site = Deployment(
        kind="crawl",
        server_database_url=os.environ["DATABASE_URL"],
        opensearch_url=opensearch_url,
        redis_url=_redis_database(os.environ["REDIS_URL"], REDIS_DATABASE),
        media_root=Path(settings.MEDIA_ROOT),  # where the demo content's images and documents are
        # A hung engine holds a worker's write this long before it is retried (production: 10 s).
        extra_env={"SEARCH_WRITE_TIMEOUT": "2"},
    )
    try:
        with django_db_blocker.unblock():
            connections.close_all()  # PostgreSQL copies a database only while nobody is connected to it
            site.timings = site.build(template=template)
        site.users = json.loads(site.shell(_USERS_SNIPPET.format(password=PASSWORD)))
        lapsed = {kind: site.users.pop(kind) for kind in ("expired", "revoked")}
        readers = json.loads(site.shell(_READERS_SNIPPET.format(users=json.dumps({**site.users, **lapsed}))))
        site.members, site.totp_keys, site.withheld = readers["members"], readers["keys"], readers["withheld"]
        site.assess_urls = readers["assess"]
        site.marked_pages = readers["marked_pages"]
        site.start_web(workers=3)
        site.start_worker()
        site.start_scheduler()
        yield site
    except (RuntimeError, OSError) as exc:
        pytest.fail(f"The deployed portal could not be set up: {exc}", pytrace=False)
    finally:
        site.destroy()


@pytest.fixture(scope="package")
def edit_views(deployment: Deployment) -> dict[str, list[str]]:
    return {
        role: json.loads(deployment.shell(_EDIT_VIEWS_SNIPPET.format(username=username)))
        for role, username in deployment.users.items()
    }
