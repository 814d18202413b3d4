"""The choices of the event models: what kind of event it is, whether it takes place, how people register.

Apart from the models so that the modules the event pages build their context with (the listing's filter
form, the calendar, registration availability) can use them without importing the models.
"""

from __future__ import annotations

from django.db import models


class EventType(models.TextChoices):
    WEBINAR = "webinar", "Webinar"
    CONFERENCE = "conference", "Conference"
    WORKSHOP = "workshop", "Workshop"
    TABLE_TOP = "table-top-exercise", "Table-top exercise"
    TRAINING = "training", "Training"
    FINAL_EVENT = "final-event", "Final event"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"


class RegistrationMode(models.TextChoices):
    NONE = "none", "No registration needed"
    EXTERNAL = "external", "On another website"
    BUILT_IN = "built-in", "Here on the portal (capacity, waitlist, reminders)"


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed"
    WAITLISTED = "waitlisted", "On the waitlist"
    CANCELLED = "cancelled", "Cancelled"
