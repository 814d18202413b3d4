"""Shared helpers of the event tests: an event under the site's event listing, published."""

from __future__ import annotations

from typing import Any

from portal_events.models import EventIndexPage, EventPage
from tests.factories import EventPageFactory


def publish_event(**fields: Any) -> EventPage:
    """Create and publish an event (factory defaults: webinar in two weeks, built-in registration)."""
    index = EventIndexPage.objects.get()
    m2m = {name: fields.pop(name) for name in ("organisers", "threat_types", "space_categories") if name in fields}
    event = EventPageFactory.build(**fields)
    for name, values in m2m.items():
        setattr(event, name, values)
    index.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return event
