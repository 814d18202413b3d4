"""Events, their listing, speakers and registrations (the events become an app of their own)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from portal_events.models import EventIndexPage, EventPage, Person, Registration


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"
    intro = "<p>Webinars, conferences and workshops of the network.</p>"
    show_in_menus = True


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


class RegistrationFactory(DjangoModelFactory):
    """A confirmed place at an event."""

    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    name = factory.Sequence(lambda n: f"Participant {n}")
    email = factory.Sequence(lambda n: f"participant-{n}@city.example")
    status = "confirmed"
    consent_given_at = factory.LazyFunction(timezone.now)
