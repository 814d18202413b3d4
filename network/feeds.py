"""Feeds of events: RSS and Atom of newly announced events, and the subscribable calendar."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from network.models import EventPage

FEED_SIZE = 30


class EventsFeed(Feed):
    title = "Practice exchange: events"
    link = "/events/"
    description = "Webinars, conferences, workshops and table-top exercises of the public-space protection network."

    def items(self) -> list[EventPage]:
        return list(EventPage.objects.live().public().order_by("-first_published_at", "-pk")[:FEED_SIZE])

    def item_title(self, item: EventPage) -> str:
        prefix = {"cancelled": "Cancelled: ", "postponed": "Postponed: "}.get(item.status, "")
        return f"{prefix}{item.title}"

    def item_description(self, item: EventPage) -> str:
        start = timezone.localtime(item.start, item.tz)
        return f"{item.get_event_type_display()}, {start:%d %B %Y %H:%M} {start.tzname()} ({item.timezone}). {item.summary}"

    def item_link(self, item: EventPage) -> str:
        return item.url or "/"

    def item_guid(self, item: EventPage) -> str:
        return f"event-{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: EventPage) -> dt.datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: EventPage) -> dt.datetime | None:
        return item.last_published_at

    def item_categories(self, item: EventPage) -> list[str]:
        return [item.get_event_type_display()]


class EventsAtomFeed(EventsFeed):
    feed_type = Atom1Feed
    subtitle = EventsFeed.description
