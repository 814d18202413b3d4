"""RSS and Atom feeds of practices newly published on the portal (live, public pages only)."""

from __future__ import annotations

from django.utils.feedgenerator import Atom1Feed

from portal.base import PageFeed
from practices.models import PracticeBase
from practices.services import recently_added_practices


class PracticesFeed(PageFeed):
    title = "Practice exchange: new case studies, tools and lessons"
    link = "/search/"
    description = "Practices on protecting public spaces, newly shared by cities, police and projects."
    guid_prefix = "practice"

    def pages(self) -> list[PracticeBase]:
        return recently_added_practices()

    def item_title(self, item: PracticeBase) -> str:
        return f"{item.get_verbose_name().capitalize()}: {item.title}"

    def item_categories(self, item: PracticeBase) -> list[str]:
        return [threat.name for threat in item.threat_types.all()]


class PracticesAtomFeed(PracticesFeed):
    feed_type = Atom1Feed
    subtitle = PracticesFeed.description
