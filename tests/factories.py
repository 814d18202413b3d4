"""factory_boy factories with a fixed seed, for tests that need data beyond the demo set."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import factory
import factory.random
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from network.models import Organisation
from portal_events.models import EventPage, Person
from practices.models import CaseStudyPage, LessonPage, Project, SpaceCategory, ThreatType, ToolPage

factory.random.reseed_random(20210614)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test municipality {n}")
    slug = factory.Sequence(lambda n: f"test-municipality-{n}")
    org_type = "municipality"
    country = "NL"
    city = "Eindhoven"


class ThreatTypeFactory(DjangoModelFactory):
    class Meta:
        model = ThreatType

    name = factory.Sequence(lambda n: f"Threat {n}")
    slug = factory.Sequence(lambda n: f"threat-{n}")


class SpaceCategoryFactory(DjangoModelFactory):
    class Meta:
        model = SpaceCategory

    name = factory.Sequence(lambda n: f"Space {n}")
    slug = factory.Sequence(lambda n: f"space-{n}")


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project

    acronym = factory.Sequence(lambda n: f"TP{n}")
    slug = factory.Sequence(lambda n: f"tp-{n}")
    full_name = "Test project"
    funding_programme = "isf-police"
    start_date = factory.Faker("date_between", start_date="-5y", end_date="-3y")
    end_date = factory.Faker("date_between", start_date="-2y", end_date="-1y")
    status = "ended"
    summary = "A project used in tests."


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Test case study {n}")
    slug = factory.Sequence(lambda n: f"test-case-study-{n}")
    summary = "Bollards on a market square."
    city = "Eindhoven"
    country = "NL"
    space_name = "Markt"
    space_category = factory.LazyFunction(lambda: SpaceCategory.objects.get(slug="markets"))
    challenge = "<p>Vehicles could reach the market.</p>"


class ToolPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolPage

    title = factory.Sequence(lambda n: f"Test tool {n}")
    slug = factory.Sequence(lambda n: f"test-tool-{n}")
    summary = "A checklist."
    purpose = "<p>Helps a city check a square.</p>"
    tool_type = "guidance"


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Test lesson {n}")
    slug = factory.Sequence(lambda n: f"test-lesson-{n}")
    summary = "Plan with the police early."
    statement = "Plan with the police early."


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Speaker {n}")
    slug = factory.Sequence(lambda n: f"speaker-{n}")
    role = "Security adviser"


def _in_two_weeks(hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=14)
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=ZoneInfo("Europe/Brussels"))


class EventPageFactory(wagtail_factories.PageFactory):
    """An online webinar in two weeks with built-in registration (no capacity unless given)."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Test webinar {n}")
    slug = factory.Sequence(lambda n: f"test-webinar-{n}")
    summary = "A webinar about bollards on market squares."
    event_type = "webinar"
    timezone = "Europe/Brussels"
    start = factory.LazyFunction(lambda: _in_two_weeks(14))
    end = factory.LazyFunction(lambda: _in_two_weeks(15))
    online_url = "https://webinars.example/room"
    registration_mode = "built-in"


class ImageFactory(DjangoModelFactory):
    """A small generated image in the root collection (listing images, speaker photos, logos)."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Test image {n}")
    description = "A test image."
    file = factory.django.ImageField(width=640, height=360, color="teal")
    collection = factory.LazyFunction(Collection.get_first_root_node)


class DocumentFactory(DjangoModelFactory):
    """A small PDF-named document in the root collection (case study documents, tool copies)."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Test document {n}")
    file = factory.django.FileField(filename="handout.pdf", data=b"%PDF-1.4 test")
    collection = factory.LazyFunction(Collection.get_first_root_node)
