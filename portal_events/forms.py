"""The forms of events: the admin form of event pages, and the public registration form.

The admin form types and shows times in the event's own timezone. Wagtail's date-time widget works in the editor's timezone. An organiser in Lisbon entering
a Brussels webinar means "14:00 in Brussels", so the form reinterprets the typed wall-clock
time in the event's timezone before the model stores it (in UTC), and shows stored times
back in that timezone.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from portal.antispam import form_timestamp, verify_started
from portal.emails import NormalisedEmailFormField
from portal.text import SingleLineFormMixin

#: Fields holding moments that editors enter in the event's timezone.
LOCAL_TIME_FIELDS = ("start", "end", "registration_deadline")


@cache
def timezone_choices() -> list[tuple[str, str]]:
    names = sorted(name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith("Etc/"))
    return [(name, name.replace("_", " ")) for name in [*names, "UTC"]]


def validate_timezone(value: str) -> None:
    """Accept IANA timezone names only (Europe/Brussels), so every stored event can be shown."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            "Unknown timezone %(value)s: choose a name such as Europe/Brussels.", params={"value": value}
        ) from exc


def wall_time_in(moment: dt.datetime, tz: zoneinfo.ZoneInfo) -> tuple[dt.datetime, bool]:
    """Read the wall-clock time the editor typed as a time in ``tz``; flag times the clock skips."""
    wall = timezone.make_naive(moment) if timezone.is_aware(moment) else moment
    aware = wall.replace(tzinfo=tz)
    exists = aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) == wall
    return aware, exists


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "timezone" in self.fields:
            self.fields["timezone"].widget = forms.Select(choices=timezone_choices())
        tz = getattr(self.instance, "tz", None)
        for name in LOCAL_TIME_FIELDS:
            value = getattr(self.instance, name, None)
            if tz is not None and value is not None and name in self.fields:
                self.initial[name] = value.astimezone(tz).replace(tzinfo=None)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        tz_name = cleaned.get("timezone")
        if not tz_name:
            return cleaned
        try:
            tz = zoneinfo.ZoneInfo(tz_name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return cleaned  # the field's validator reports it
        for name in LOCAL_TIME_FIELDS:
            value = cleaned.get(name)
            if value is None:
                continue
            aware, exists = wall_time_in(value, tz)
            if not exists:
                self.add_error(name, f"{value:%H:%M} does not exist on that day in {tz_name}: the clocks go forward.")
                continue
            cleaned[name] = aware
        return cleaned


class RegistrationForm(SingleLineFormMixin, forms.Form):
    """The event page's registration form, with the same abuse checks as the contact form."""

    name = forms.CharField(label="Your name", max_length=120)
    email = NormalisedEmailFormField(label="Your email address", max_length=254)
    organisation = forms.CharField(label="Your organisation", max_length=200, required=False)
    consent = forms.BooleanField(
        label="I agree that the organisers store my name, email and organisation to run this event "
        "(see the privacy notice)."
    )
    # Honeypot: hidden from people (CSS and aria-hidden); robots tend to fill every field.
    website = forms.CharField(required=False, label="Leave this field empty")
    started = forms.CharField(widget=forms.HiddenInput)

    @classmethod
    def fresh(cls) -> RegistrationForm:
        return cls(initial={"started": form_timestamp()})

    def clean_started(self) -> float:
        return verify_started(self.cleaned_data["started"])

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
