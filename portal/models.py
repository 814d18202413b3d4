"""The home page, plain content pages (privacy notice, about) and site-wide settings."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.base import PortalPage


class HomePage(PortalPage):
    """Entry point: what the portal is, the latest practices, featured tools and next events."""

    intro = models.TextField(blank=True, help_text="Two or three sentences under the page title.")
    search_prompt = models.CharField(
        max_length=200,
        blank=True,
        default="What are other cities doing about…",
        help_text="Placeholder text of the home page's search box.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("search_prompt")]
    api_fields = [APIField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "portal/home_page.html"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from portal_events.queries import events_index, upcoming_events
        from practices.services import featured_tools, latest_practices, with_card_images

        context = super().get_context(request, *args, **kwargs)
        latest, tools = latest_practices(), list(featured_tools())
        with_card_images([*latest, *tools])
        context["latest_practices"] = latest
        context["featured_tools"] = tools
        context["upcoming_events"] = upcoming_events()
        context["events_index"] = events_index()
        return context


class StandardPage(PortalPage):
    """A plain text page: privacy notice, about, terms."""

    body = RichTextField(features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    api_fields = [APIField("body")]
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    template = "portal/standard_page.html"


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    """Site-wide settings editors change without a deploy."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from the footer of every page and from every form that collects personal data.",
    )
    footer_text = models.TextField(blank=True)

    # Every page's footer links the privacy notice: read it with the settings.
    select_related = ["privacy_page"]

    panels = [FieldPanel("privacy_page"), FieldPanel("footer_text")]

    class Meta:
        verbose_name = "portal settings"
