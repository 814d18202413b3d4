"""EU-funded projects: the origin of most practices, kept after their funding ends."""

from __future__ import annotations

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from portal.base import validate_date_range
from portal.text import SingleLineFieldsMixin


class FundingProgramme(models.TextChoices):
    ISF_POLICE = "isf-police", "Internal Security Fund – Police (ISF-P)"
    HORIZON_2020 = "horizon-2020", "Horizon 2020"
    HORIZON_EUROPE = "horizon-europe", "Horizon Europe"
    ISF_OTHER = "isf-other", "Internal Security Fund – other strand"
    OTHER = "other", "Other"


class ProjectStatus(models.TextChoices):
    RUNNING = "running", "Running"
    ENDED = "ended", "Ended"


class Project(SingleLineFieldsMixin, index.Indexed, models.Model):
    """A funded project. Its pages stay in the portal when it ends; only its status changes."""

    acronym = models.CharField(max_length=40)
    slug = models.SlugField(max_length=60, unique=True)
    full_name = models.CharField(max_length=255)
    funding_programme = models.CharField(max_length=30, choices=FundingProgramme.choices)
    grant_number = models.CharField(max_length=40, blank=True)
    start_date = models.DateField()
    end_date = models.DateField()
    status = models.CharField(max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.RUNNING)
    coordinator = models.ForeignKey(
        "network.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="coordinated_projects"
    )
    partners = models.ManyToManyField("network.Organisation", blank=True, related_name="partner_projects")
    website = models.URLField(blank=True, help_text="Kept for the record; it may go offline after the project ends.")
    summary = models.TextField()

    panels = [
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("slug")]),
        FieldPanel("full_name"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("funding_programme"), FieldPanel("grant_number")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
            ],
            heading="Funding",
        ),
        FieldPanel("coordinator"),
        FieldPanel("partners"),
        FieldPanel("website"),
        FieldPanel("summary"),
    ]
    search_fields = [
        index.SearchField("acronym", boost=3),
        index.SearchField("full_name"),
        index.SearchField("summary"),
        index.AutocompleteField("acronym"),
    ]

    class Meta:
        ordering = ["acronym"]

    def __str__(self) -> str:
        return self.acronym

    def clean(self) -> None:
        super().clean()
        validate_date_range(self.start_date, self.end_date)
