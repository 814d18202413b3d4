"""RSS and Atom feeds of practices newly published on the portal (live, public pages only)."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from practices.models import PracticeBase
from practices.services import recently_added_practices


class PracticesFeed(Feed):
    title = "Practice exchange: new case studies, tools and lessons"
    link = "/search/"
    description = "Practices on protecting public spaces, newly shared by cities, police and projects."

    def items(self) -> list[PracticeBase]:
        return recently_added_practices()

    def item_title(self, item: PracticeBase) -> str:
        return f"{item.get_verbose_name().capitalize()}: {item.title}"

    def item_description(self, item: PracticeBase) -> str:
        return item.summary

    def item_link(self, item: PracticeBase) -> str:
        return item.url or "/"

    def item_guid(self, item: PracticeBase) -> str:
        return f"practice-{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: PracticeBase) -> dt.datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: PracticeBase) -> dt.datetime | None:
        return item.last_published_at

    def item_categories(self, item: PracticeBase) -> list[str]:
        return [threat.name for threat in item.threat_types.all()]


class PracticesAtomFeed(PracticesFeed):
    feed_type = Atom1Feed
    subtitle = PracticesFeed.description
