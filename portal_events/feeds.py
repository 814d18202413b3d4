"""RSS and Atom feeds of newly announced events (the calendar feed is in ``portal_events.calendar``)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from portal.base import PageFeed
from portal_events.models import EventPage

FEED_SIZE = 30


class EventsFeed(PageFeed):
    title = "Practice exchange: events"
    link = "/events/"
    description = "Webinars, conferences, workshops and table-top exercises of the public-space protection network."
    guid_prefix = "event"

    def pages(self) -> list[EventPage]:
        return list(EventPage.objects.live().public().order_by("-first_published_at", "-pk")[:FEED_SIZE])

    def item_title(self, item: EventPage) -> str:
        prefix = {"cancelled": "Cancelled: ", "postponed": "Postponed: "}.get(item.status, "")
        return f"{prefix}{item.title}"

    def item_description(self, item: EventPage) -> str:
        start = timezone.localtime(item.start, item.tz)
        return f"{item.get_event_type_display()}, {start:%d %B %Y %H:%M} {start.tzname()} ({item.timezone}). {item.summary}"

    def item_categories(self, item: EventPage) -> list[str]:
        return [item.get_event_type_display()]


class EventsAtomFeed(EventsFeed):
    feed_type = Atom1Feed
    subtitle = EventsFeed.description
