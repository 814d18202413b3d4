"""The demo content set: big enough to be realistic, loading it twice changes nothing, it goes through
the models' validation, and production neither installs the app nor offers its command."""

import dataclasses
import subprocess
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command, get_commands
from django_countries import countries
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from demo.content import DATA_DIR, DemoContent
from demo.loader import DemoLoader
from network.models import Organisation
from portal_events.models import EventIndexPage, EventPage
from practices.models import CaseStudyPage, LessonPage, Project, ToolPage
from tests.portal.test_settings import ROOT, SAFE, load_production


@pytest.mark.django_db
def test_demo_set_has_the_promised_size():
    assert Project.objects.count() >= 6
    assert Organisation.objects.count() >= 25
    assert Organisation.objects.values("country").distinct().count() >= 10
    assert CaseStudyPage.objects.live().count() >= 30
    assert ToolPage.objects.live().count() >= 10
    assert LessonPage.objects.live().count() >= 20
    assert Project.objects.filter(acronym="PRoTECT").exists()
    assert Project.objects.filter(acronym="Secu4All").exists()


@pytest.mark.django_db
def test_the_catalogue_has_a_dozen_rated_technologies_from_the_seven_scenarios():
    from method.models import Scenario, TechnologyPage
    from method.scenarios import SCENARIOS

    assert set(Scenario.objects.values_list("slug", flat=True)) >= {slug for slug, *_ in SCENARIOS}
    records = TechnologyPage.objects.live()
    assert records.count() >= 12
    assert all(record.ratings.exists() for record in records)
    assert records.filter(record_kind="product").exclude(vendors=None).exists()
    assert records.exclude(case_studies=None).count() >= 8


@pytest.mark.django_db
def test_the_demo_shows_restricted_sections_evidence_and_members():
    """Several practices carry restricted sections at different labels; a member and vetted officers sign in."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from network.models import Member, Vetting
    from practices.models import EvidenceReview
    from practices.restricted import parts

    labels = {part.label for page in CaseStudyPage.objects.live() for part in parts(page)}
    assert labels == {"green", "amber", "amber_strict", "red"}
    assert sum(1 for page in CaseStudyPage.objects.live() if page.restricted_sections) >= 3
    assert {review.level for review in EvidenceReview.objects.all()} == {"peer_reviewed", "evaluated"}
    assert Member.objects.filter(user__username="member@efus.demo").exists()
    for officer in ("officer@eindhoven.demo", "officer@koln.demo"):
        assert Vetting.objects.get(member__user__username=officer).is_current()
        assert TOTPDevice.objects.filter(user__username=officer, confirmed=True).exists()


@pytest.mark.django_db
def test_demo_countries_are_valid_iso_codes():
    codes = {code for code, _ in countries}
    assert set(CaseStudyPage.objects.values_list("country", flat=True)) <= codes


@pytest.mark.django_db
def test_every_case_study_has_an_illustration_with_alt_text():
    for page in CaseStudyPage.objects.select_related("listing_image"):
        assert page.listing_image is not None
        assert page.listing_image.description


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        Organisation.objects.count(),
        Project.objects.count(),
    )
    call_command("load_demo", verbosity=0)
    after = (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        Organisation.objects.count(),
        Project.objects.count(),
    )
    assert after == counts


@pytest.mark.django_db
def test_the_loader_refuses_content_the_editors_could_not_save():
    """Events go through ``full_clean``: a session outside its event's dates is refused, not loaded."""
    content = DemoContent.read()
    event = {**content.events[0], "slug": "demo-event-with-a-stray-session"}
    event["sessions"] = [{**event["sessions"][0], "start": "2031-01-01T10:00", "end": "2031-01-01T11:00"}]
    loader = DemoLoader(dataclasses.replace(content, events=[event]))
    with pytest.raises(ValidationError):
        loader.load_event(EventIndexPage.objects.get(slug="events"), event)
    assert not EventPage.objects.filter(slug=event["slug"]).exists()


def test_every_data_file_is_read():
    """A file dropped into ``demo/data`` that the loader never reads would be content silently missing."""
    assert {path.stem for path in DATA_DIR.glob("*.toml")} == {
        "site",
        "organisations",
        "projects",
        "case_studies",
        "tools",
        "lessons",
        "people",
        "events",
        "sensitive",
        "technologies",
        "assessments",
    }
    content = DemoContent.read()
    assert all(getattr(content, field.name) for field in dataclasses.fields(content))


@pytest.mark.parametrize("module", ["portal.settings.dev", "portal.settings.test", "portal.settings.bench"])
def test_dev_test_and_bench_install_the_demo(module):
    """In a fresh interpreter: importing a second settings module here would change dicts the first shares."""
    code = f"import {module} as settings; print('demo' in settings.INSTALLED_APPS)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True"], result.stderr


def test_load_demo_is_a_command_of_the_demo_app():
    assert get_commands()["load_demo"] == "demo"


def test_production_neither_installs_the_demo_nor_offers_load_demo():
    code = (
        "import django; django.setup()\n"
        "from django.conf import settings\n"
        "from django.core.management import CommandError, call_command\n"
        "print('installed' if 'demo' in settings.INSTALLED_APPS else 'not installed')\n"
        "try:\n"
        "    call_command('load_demo')\n"
        "except CommandError as error:\n"
        "    print(f'CommandError: {error}')\n"
    )
    result = load_production(code, **SAFE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["not installed", "CommandError: Unknown command: 'load_demo'"]


@pytest.mark.django_db
def test_demo_has_the_protect_final_event_and_upcoming_webinars():
    """Moved from tests/events: the demo's closing event and its upcoming webinars (the event pages' own
    behaviour is tested there on events of their own)."""
    import datetime as dt

    from django.utils import timezone

    final = EventPage.objects.get(slug="protect-closing-event-2021")
    assert final.event_type == "final-event" and final.is_past()
    sessions = final.session_list()
    assert [s["start"].date() for s in sessions] == [dt.date(2021, 6, 14), dt.date(2021, 6, 15), dt.date(2021, 6, 16)]
    assert (final.participant_count, final.country_count) == (98, 13)
    assert len(final.all_speakers()) == 13
    assert final.report_document is not None
    upcoming_webinars = EventPage.objects.live().filter(event_type="webinar", end__gt=timezone.now())
    assert upcoming_webinars.count() >= 3
