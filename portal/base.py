"""Shared building blocks for page models: the only thing apps import from ``portal``.

Kept free of imports from the apps themselves so that every app can build on it.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page

LATITUDE_VALIDATORS = [MinValueValidator(-90), MaxValueValidator(90)]
LONGITUDE_VALIDATORS = [MinValueValidator(-180), MaxValueValidator(180)]


def latitude_field(**kwargs: object) -> models.DecimalField:
    """A nullable WGS84 latitude, validated to [-90, 90]."""
    return models.DecimalField(
        max_digits=8, decimal_places=5, null=True, blank=True, validators=LATITUDE_VALIDATORS, **kwargs
    )


def longitude_field(**kwargs: object) -> models.DecimalField:
    """A nullable WGS84 longitude, validated to [-180, 180]."""
    return models.DecimalField(
        max_digits=8, decimal_places=5, null=True, blank=True, validators=LONGITUDE_VALIDATORS, **kwargs
    )


def validate_date_range(start: object, end: object, end_field: str = "end_date") -> None:
    """Raise a field error when an end date precedes its start date."""
    if start and end and end < start:
        raise ValidationError({end_field: "The end date cannot be before the start date."})


class SocialMetaMixin(models.Model):
    """Summary text used for listings, search snippets and OpenGraph/Twitter meta."""

    summary = models.TextField(
        max_length=1000,
        help_text="One paragraph a busy reader can judge the page by; shown in listings and shared links.",
    )

    summary_panels = [FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """Return the description for meta tags, preferring the SEO description Wagtail stores."""
        return self.search_description or self.summary


def location_panel(heading: str = "Location") -> MultiFieldPanel:
    """A panel grouping latitude and longitude side by side."""
    return MultiFieldPanel(
        [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
        heading=heading,
    )


class PageFeed(Feed):
    """An RSS/Atom feed of Wagtail pages: links, stable ids and dates come from the page itself.

    Subclasses pick the (live, public) pages and say how a title and description read.
    """

    item_guid_is_permalink = False
    guid_prefix = "page"

    def item_description(self, item: Page) -> str:
        return getattr(item, "summary", "")

    def item_link(self, item: Page) -> str:
        return item.url or "/"

    def item_guid(self, item: Page) -> str:
        # The translation key survives renames and moves, so readers never show an item twice.
        return f"{self.guid_prefix}-{item.translation_key}"

    def item_pubdate(self, item: Page) -> dt.datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: Page) -> dt.datetime | None:
        return item.last_published_at
