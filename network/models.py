"""Organisations of the network. The directory, membership and contact build on this model."""

from __future__ import annotations

from django.db import models
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from portal.base import latitude_field, location_panel, longitude_field


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", "Municipality / city"
    REGION = "region", "Region"
    POLICE = "police", "Police / law enforcement"
    RESEARCH = "research", "Research"
    NGO = "ngo", "NGO / association"
    COMPANY = "company", "Private company"
    EU_BODY = "eu_body", "EU or international body"


class Organisation(index.Indexed, models.Model):
    """A city, police force, institute, company or network body taking part in the network."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    org_type = models.CharField("type", max_length=20, choices=OrganisationType.choices)
    country = CountryField()
    city = models.CharField(max_length=120, blank=True)
    latitude = latitude_field()
    longitude = longitude_field()
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    active = models.BooleanField(default=True, help_text="Inactive organisations stay on record but leave the directory.")

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("org_type"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("country"), FieldPanel("city")])], heading="Where"),
        location_panel(),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("city"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("active"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
