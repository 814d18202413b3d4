"""Events and webinars: the page type, its speakers and the people who register.

Times are stored in UTC; each event also keeps the IANA timezone it happens in, which is
what the page, the calendar files and the admin form show. Registration state changes
(capacity, waitlist, reminders) live in ``portal_events.registration`` and what follows a change of a
published event (telling registrants, filling freed seats) in ``portal_events.receivers``: this module holds
data and sends no mail.

The tables keep the names they had when these models belonged to ``network`` (``db_table``), so
moving the models to this app moved no data (see ``events/migrations/0001_initial.py``).
"""

from __future__ import annotations

import datetime as dt
import secrets
import zoneinfo
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.base import PortalPage, SocialMetaMixin
from portal.emails import NormalisedEmailField
from portal.listings import FilteredListingPageMixin
from portal.text import SingleLineFieldsMixin
from portal_events.blocks import SessionsBlock
from portal_events.calendar import event_calendar_response
from portal_events.choices import EventStatus, EventType, RegistrationMode, RegistrationStatus
from portal_events.forms import EventPageForm, validate_timezone
from portal_events.listings import event_listing_context
from portal_events.pages import event_page_context
from practices.api import PublicSlugListField, SlugField, SlugListField
from practices.models.pages import LANGUAGE_NAMES, parse_language_codes, validate_language_codes
from practices.models.taxonomy import ThreatType


class Person(SingleLineFieldsMixin, index.Indexed, models.Model):
    """A speaker or moderator, shown on event pages with their organisation."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    role = models.CharField(max_length=200, blank=True, help_text="For example Head of public order, City of Malmö.")
    organisation = models.ForeignKey(
        "network.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    bio = models.TextField("short bio", max_length=600, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name", boost=2), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta:
        db_table = "network_person"
        ordering = ["name"]
        verbose_name = "person"
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation_id else self.name


#: Fields whose change makes calendars that imported the event update it (RFC 5545 SEQUENCE).
CALENDAR_FIELDS = ("title", "start", "end", "status", "online_url", "venue_name", "venue_address", "venue_city")


class EventPage(RoutablePageMixin, SocialMetaMixin, PortalPage):
    """A webinar, conference, workshop, exercise or training, before and after it happens."""

    event_type = models.CharField("type", max_length=30, choices=EventType.choices, default=EventType.WEBINAR)
    status = models.CharField(max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    timezone = models.CharField(
        max_length=64,
        default="Europe/Brussels",
        validators=[validate_timezone],
        help_text="Where the event happens (for online events: the organiser's). Times below are in this timezone.",
    )
    start = models.DateTimeField(help_text="In the event's timezone.")
    end = models.DateTimeField(help_text="In the event's timezone.")
    online_url = models.URLField("online link", blank=True, help_text="Where participants join online.")
    venue_name = models.CharField(max_length=200, blank=True)
    venue_address = models.TextField(blank=True)
    venue_city = models.CharField(max_length=120, blank=True)
    venue_country = CountryField(blank=True)
    organisers = ParentalManyToManyField("network.Organisation", blank=True, related_name="organised_events")
    project = models.ForeignKey(
        "practices.Project", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    languages = models.CharField(
        max_length=200,
        blank=True,
        default="en",
        validators=[validate_language_codes],
        help_text="Comma-separated ISO 639-1 codes, for example en, fr.",
    )
    threat_types = ParentalManyToManyField("practices.ThreatType", blank=True, related_name="+")
    space_categories = ParentalManyToManyField("practices.SpaceCategory", blank=True, related_name="+")
    description = RichTextField(features=["h3", "bold", "italic", "ol", "ul", "link"], blank=True)
    sessions = StreamField(SessionsBlock(), blank=True)
    speakers = ParentalManyToManyField(
        Person, blank=True, related_name="events", help_text="Speakers not tied to one session."
    )
    registration_mode = models.CharField(max_length=20, choices=RegistrationMode.choices, default=RegistrationMode.NONE)
    registration_url = models.URLField("registration link", blank=True, help_text="For registration elsewhere.")
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="Seats for built-in registration; leave empty for no limit."
    )
    registration_deadline = models.DateTimeField(
        null=True, blank=True, help_text="In the event's timezone; registration otherwise closes when the event starts."
    )
    recording_url = models.URLField("recording link", blank=True)
    report_document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    participant_count = models.PositiveIntegerField(null=True, blank=True)
    country_count = models.PositiveIntegerField("countries represented", null=True, blank=True)
    #: RFC 5545 SEQUENCE: bumped whenever a calendar-relevant field changes on publish.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    template = "events/event_page.html"

    content_panels = [
        *Page.content_panels,
        *SocialMetaMixin.summary_panels,
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
        MultiFieldPanel(
            [FieldPanel("timezone"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])], heading="When"
        ),
        MultiFieldPanel(
            [
                FieldPanel("online_url"),
                FieldRowPanel([FieldPanel("venue_name"), FieldPanel("venue_city"), FieldPanel("venue_country")]),
                FieldPanel("venue_address"),
            ],
            heading="Where (online link, venue, or both)",
        ),
        FieldPanel("description"),
        FieldPanel("sessions"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
            ],
            heading="Registration",
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisers"),
                FieldPanel("project"),
                FieldPanel("languages"),
                FieldPanel("threat_types"),
                FieldPanel("space_categories"),
            ],
            heading="Who and what",
        ),
        MultiFieldPanel(
            [
                FieldPanel("recording_url"),
                FieldPanel("report_document"),
                FieldRowPanel([FieldPanel("participant_count"), FieldPanel("country_count")]),
            ],
            heading="After the event",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("start"),
        index.FilterField("event_type"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("event_type"),
        APIField("status"),
        APIField("timezone"),
        APIField("start"),
        APIField("end"),
        APIField("public_join_link"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("venue_city"),
        APIField("venue_country_code"),
        APIField("organisers", serializer=PublicSlugListField()),
        APIField("project", serializer=SlugField()),
        APIField("languages"),
        APIField("threat_types", serializer=SlugListField()),
        APIField("space_categories", serializer=SlugListField()),
        APIField("description"),
        APIField("registration_mode"),
        APIField("registration_url"),
        APIField("recording_url"),
        APIField("participant_count"),
        APIField("country_count"),
    ]

    class Meta:
        db_table = "network_eventpage"
        verbose_name = "event"

    # --- time ------------------------------------------------------------------------------
    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def local(self, moment: dt.datetime | None) -> dt.datetime | None:
        """A moment in the event's own timezone."""
        return moment.astimezone(self.tz) if moment else None

    @property
    def local_start(self) -> dt.datetime | None:
        return self.local(self.start)

    @property
    def local_end(self) -> dt.datetime | None:
        return self.local(self.end)

    def is_past(self, now: dt.datetime | None = None) -> bool:
        return bool(self.end and self.end <= (now or timezone.now()))

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def public_join_link(self) -> str:
        """The online link as shown to everyone; with built-in registration only registrants receive it."""
        return "" if self.registration_mode == RegistrationMode.BUILT_IN else self.online_url

    @property
    def has_venue(self) -> bool:
        return bool(self.venue_name or self.venue_address or self.venue_city)

    @property
    def venue_country_code(self) -> str:
        return str(self.venue_country.code) if self.venue_country else ""

    @property
    def language_names(self) -> list[str]:
        return [LANGUAGE_NAMES.get(code, code) for code in parse_language_codes(self.languages)]

    @property
    def location_text(self) -> str:
        """One line for calendars: the venue, else the online link."""
        venue = ", ".join(
            part for part in (self.venue_name, self.venue_address.replace("\n", ", "), self.venue_city) if part
        )
        return venue or self.public_join_link or "Online"

    def session_list(self) -> list[dict[str, Any]]:
        """Sessions with their start and end as moments in the event's timezone.

        Speakers come with their organisations, read in one query for the whole programme.
        """
        sessions = []
        people = [person for block in self.sessions for person in block.value["speakers"] if person is not None]
        prefetch_related_objects(people, "organisation")
        for block in self.sessions:
            value = block.value
            start, end = self._session_moment(value, "start_time"), self._session_moment(value, "end_time")
            sessions.append(
                {
                    "title": value["title"],
                    "start": start,
                    "end": end,
                    "speakers": list(value["speakers"]),
                    "description": value["description"],
                }
            )
        return sessions

    def session_times(self) -> list[tuple[str, dt.datetime | None, dt.datetime | None]]:
        """Each session's title, start and end: what calendars show, read without the speakers (no queries)."""
        fields = self.sessions.stream_block.child_blocks["session"].child_blocks
        times = []
        for item in self.sessions.raw_data:
            raw = item["value"]
            value = {name: fields[name].to_python(raw.get(name)) for name in ("date", "start_time", "end_time")}
            times.append(
                (
                    raw.get("title", ""),
                    self._session_moment(value, "start_time"),
                    self._session_moment(value, "end_time"),
                )
            )
        return times

    def _session_moment(self, value: Any, time_field: str) -> dt.datetime | None:
        if not value.get("date") or not value.get(time_field):
            return None
        return dt.datetime.combine(value["date"], value[time_field]).replace(tzinfo=self.tz)

    def all_speakers(self) -> list[Person]:
        """Session speakers in order of appearance, then the event's other speakers."""
        people: dict[int, Person] = {}
        for session in self.session_list():
            for person in session["speakers"]:
                if person is not None:
                    people.setdefault(person.pk, person)
        for person in self.speakers.all():  # prefetched when the page is served
            people.setdefault(person.pk, person)
        speakers = list(people.values())
        prefetch_related_objects(speakers, "organisation")  # a no-op for those whose organisation is read already
        return speakers

    # --- validation ------------------------------------------------------------------------
    def clean(self) -> None:
        super().clean()
        self.languages = ", ".join(parse_language_codes(self.languages))
        errors: dict[str, Any] = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "The event must end after it starts."
        if not self.online_url and not self.has_venue:
            errors["online_url"] = "Give an online link, a venue, or both."
        if self.registration_mode == RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = "Give the link where people register."
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            errors["registration_deadline"] = "Registration cannot close after the event has ended."
        if session_errors := self._session_errors():
            errors["sessions"] = StreamBlockValidationError(block_errors=session_errors)
        if errors:
            raise ValidationError(errors)

    def _session_errors(self) -> dict[int, StructBlockValidationError]:
        """Sessions that end before they start or fall outside the event's time span."""
        problems: dict[int, StructBlockValidationError] = {}
        if not self.start or not self.end:
            return problems
        span = f"{self.local_start:%d %b %Y %H:%M} – {self.local_end:%d %b %Y %H:%M}"
        for number, block in enumerate(self.sessions):
            start, end = self._session_moment(block.value, "start_time"), self._session_moment(block.value, "end_time")
            if start is None or end is None:
                continue
            if end <= start:
                message, field = "The session must end after it starts.", "end_time"
            elif start < self.start or end > self.end:
                message, field = f"The session falls outside the event ({span}).", "date"
            else:
                continue
            problems[number] = StructBlockValidationError(block_errors={field: ValidationError(message)})
        return problems

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Bump SEQUENCE when a calendar-relevant field changes.

        The stored row (not the revision being published) is the reference, so a draft
        saved long ago cannot roll the sequence back. The row read is kept on the instance
        (``stored_before_save``) for ``portal_events.receivers``, which tells registrants what changed.
        """
        update_fields = kwargs.get("update_fields")
        previous = None
        if self.pk and (update_fields is None or set(CALENDAR_FIELDS) & set(update_fields)):
            previous = type(self).objects.filter(pk=self.pk).values(*CALENDAR_FIELDS, "sequence", "capacity").first()
        if previous is not None:
            changed = any(previous[name] != getattr(self, name) for name in CALENDAR_FIELDS)
            self.sequence = previous["sequence"] + 1 if changed else previous["sequence"]
        #: The calendar fields, sequence and capacity as stored before this save (None for a new page).
        self.stored_before_save = previous
        super().save(*args, **kwargs)

    # --- pages and routes ------------------------------------------------------------------
    @classmethod
    def serving_queryset(cls) -> QuerySet:
        """What the event page reads more than once (organisers and speakers: the JSON-LD names them too) or with
        more (threats show their family, speakers their organisation and photo)."""
        return (
            super()
            .serving_queryset()
            .select_related("project", "report_document")
            .prefetch_related(
                Prefetch("threat_types", queryset=ThreatType.objects.select_related("parent")),
                "organisers",
                Prefetch("speakers", queryset=Person.objects.select_related("organisation", "photo")),
            )
        )

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(self, request))
        return context

    @path("")
    def event_view(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @path("calendar/")
    def calendar_file(self, request: HttpRequest) -> HttpResponse:
        return event_calendar_response(self, request)

    @path("register/")
    def register(self, request: HttpRequest) -> HttpResponse:
        # The one import left in a method, on purpose: registering writes PendingRegistration (defined below)
        # through the registration service, so the view and the service need these models at import time.
        # A route is a method of its page; the alternative, a hook registry, would only hide the cycle.
        from portal_events.views import register

        return register(request, self)


class EventIndexPage(FilteredListingPageMixin, PortalPage):
    """Upcoming and past events with filters; its children are the events."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    template = "events/event_index_page.html"
    listing_model = EventPage

    class Meta:
        db_table = "network_eventindexpage"
        verbose_name = "event listing"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing_context(self, request))
        return context


def new_token() -> str:
    return secrets.token_urlsafe(24)


class PendingRegistration(SingleLineFieldsMixin, models.Model):
    """A registration asked for on the event page, waiting for its owner to confirm it from the email.

    Anyone can type any address into the form, so nothing is booked until the link sent to that
    address is followed (``portal_events.registration.confirm_registration``): a pending request holds
    no seat, appears on no attendee list, and is deleted when it expires unconfirmed.
    """

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="pending_registrations")
    name = models.CharField(max_length=120)
    email = NormalisedEmailField(max_length=254)
    organisation = models.CharField(max_length=200, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    requested_at = models.DateTimeField(default=timezone.now)
    consent_given_at = models.DateTimeField()

    class Meta:
        db_table = "network_pendingregistration"
        constraints = [models.UniqueConstraint(fields=["event", "email"], name="unique_pending_registration")]

    def __str__(self) -> str:
        return f"{self.name} – {self.event} (awaiting confirmation)"


class Registration(SingleLineFieldsMixin, models.Model):
    """Someone's place (or place in the queue) at an event with built-in registration.

    The token is the registrant's key to cancel without an account; emails are stored
    lowercased so the same person registering twice finds their first registration.
    """

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(max_length=120)
    email = NormalisedEmailField(max_length=254)
    organisation = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=12, choices=RegistrationStatus.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    #: When the person joined the queue (or re-registered): the waitlist is served in this order.
    queued_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    consent_given_at = models.DateTimeField()
    cancelled_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "network_registration"
        ordering = ["queued_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "email"], name="unique_event_registration")]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.event} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status != RegistrationStatus.CANCELLED

    def cancel_path(self) -> str:
        return reverse("events:registration_cancel", args=[self.token])

    def cancel_url(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.cancel_path()
