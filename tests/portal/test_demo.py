"""The demo content set: big enough to be realistic, and loading it twice changes nothing."""

import pytest
from django.core.management import call_command
from django_countries import countries
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from network.models import Organisation
from practices.models import CaseStudyPage, LessonPage, Project, ToolPage

pytestmark = pytest.mark.django_db


def test_demo_set_has_the_promised_size():
    assert Project.objects.count() >= 6
    assert Organisation.objects.count() >= 25
    assert Organisation.objects.values("country").distinct().count() >= 10
    assert CaseStudyPage.objects.live().count() >= 30
    assert ToolPage.objects.live().count() >= 10
    assert LessonPage.objects.live().count() >= 20
    assert Project.objects.filter(acronym="PRoTECT").exists()
    assert Project.objects.filter(acronym="Secu4All").exists()


def test_demo_countries_are_valid_iso_codes():
    codes = {code for code, _ in countries}
    assert set(CaseStudyPage.objects.values_list("country", flat=True)) <= codes


def test_every_case_study_has_an_illustration_with_alt_text():
    for page in CaseStudyPage.objects.select_related("listing_image"):
        assert page.listing_image is not None
        assert page.listing_image.description


def test_loading_twice_changes_nothing():
    counts = (Page.objects.count(), Revision.objects.count(), get_image_model().objects.count(),
              Organisation.objects.count(), Project.objects.count())  # fmt: skip
    call_command("load_demo", verbosity=0)
    after = (Page.objects.count(), Revision.objects.count(), get_image_model().objects.count(),
             Organisation.objects.count(), Project.objects.count())  # fmt: skip
    assert after == counts
