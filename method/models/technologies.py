"""The technology-solution catalogue: what a city can buy or build, rated per threat scenario.

A record is either a solution category ("Retractable bollards") or one product line; products name their
vendors, categories need not. Vendors are listed alphabetically and never ranked: the catalogue takes no
money and the order must not suggest otherwise. Every effectiveness rating carries its source.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.base import PortalPage, SocialMetaMixin
from portal.listings import FilteredListingPageMixin
from portal.text import SingleLineFieldsMixin
from practices.api import LivePagesField, SlugListField

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link"]


class RecordKind(models.TextChoices):
    CATEGORY = "category", "Solution category"
    PRODUCT = "product", "Product"


class PrivacyImpact(models.TextChoices):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"


class Effectiveness(models.IntegerChoices):
    """How well a solution reduces the harm of one scenario where it is deployed as intended."""

    NONE = 0, "No effect"
    LIMITED = 1, "Limited"
    MODERATE = 2, "Moderate"
    HIGH = 3, "High"
    VERY_HIGH = 4, "Very high"


#: The technology readiness levels of Horizon Europe, as the compare table and the facts show them.
TRL_LABELS = {
    1: "basic principles observed",
    2: "concept formulated",
    3: "proof of concept",
    4: "validated in the lab",
    5: "validated in a relevant environment",
    6: "demonstrated in a relevant environment",
    7: "demonstrated in operation",
    8: "complete and qualified",
    9: "proven in operation",
}


def euro_range(low: int | None, high: int | None, unit: str = "") -> str:
    """``€20,000–€80,000`` (or one end only); empty when neither is known."""
    if low is None and high is None:
        return ""
    if low is not None and high is not None and low != high:
        text = f"€{low:,}–€{high:,}"
    else:
        text = f"€{low if low is not None else high:,}"
        if low is None:
            text = f"up to {text}"
        elif high is None:
            text = f"from {text}"
    return f"{text}{unit}"


def weeks_range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    if low is not None and high is not None and low != high:
        return f"{low}–{high} weeks"
    weeks = low if low is not None else high
    return f"{weeks} week{'s' if weeks != 1 else ''}"


class TechnologyPage(SocialMetaMixin, PortalPage):
    """One technology solution: what it does, how mature, how well it works per scenario, and at what cost."""

    record_kind = models.CharField("kind of record", max_length=10, choices=RecordKind.choices)
    solution_type = models.ForeignKey(
        "practices.SolutionType", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    description = RichTextField(features=RICH_TEXT_FEATURES)
    trl = models.PositiveSmallIntegerField(
        "maturity (TRL)",
        validators=[MinValueValidator(1), MaxValueValidator(9)],
        choices=[(level, f"TRL {level}: {label}") for level, label in TRL_LABELS.items()],
        help_text="Technology readiness level, 1 (basic principles) to 9 (proven in operation).",
    )
    space_categories = ParentalManyToManyField(
        "practices.SpaceCategory", blank=True, related_name="+", help_text="Where it fits."
    )
    capex_min = models.PositiveIntegerField("capital cost from (€)", null=True, blank=True)
    capex_max = models.PositiveIntegerField("capital cost up to (€)", null=True, blank=True)
    opex_min = models.PositiveIntegerField("running cost from (€ a year)", null=True, blank=True)
    opex_max = models.PositiveIntegerField("running cost up to (€ a year)", null=True, blank=True)
    deployment_weeks_min = models.PositiveSmallIntegerField("deployment from (weeks)", null=True, blank=True)
    deployment_weeks_max = models.PositiveSmallIntegerField("deployment up to (weeks)", null=True, blank=True)
    privacy_impact = models.CharField(max_length=10, choices=PrivacyImpact.choices)
    dpia_note = models.TextField(
        "DPIA note", blank=True, help_text="What a data-protection impact assessment would have to look at."
    )
    ethical_notes = models.TextField("ethical impact", blank=True)
    legal_prerequisites = models.TextField(blank=True, help_text="Permits, laws and agreements needed first.")
    public_acceptance = models.TextField(blank=True, help_text="What is known of how the public takes it.")
    case_studies = ParentalManyToManyField(
        "practices.CaseStudyPage", blank=True, related_name="technologies", help_text="Where it was used."
    )

    parent_page_types = ["method.TechnologyIndexPage"]
    subpage_types: list[str] = []
    template = "method/technology_page.html"

    content_panels = [
        *Page.content_panels,
        *SocialMetaMixin.summary_panels,
        FieldRowPanel([FieldPanel("record_kind"), FieldPanel("solution_type"), FieldPanel("trl")]),
        FieldPanel("description"),
        InlinePanel("ratings", heading="Effectiveness per scenario", label="rating", min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capex_min"), FieldPanel("capex_max")]),
                FieldRowPanel([FieldPanel("opex_min"), FieldPanel("opex_max")]),
                FieldRowPanel([FieldPanel("deployment_weeks_min"), FieldPanel("deployment_weeks_max")]),
            ],
            heading="Cost and time to deploy",
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_impact"),
                FieldPanel("dpia_note"),
                FieldPanel("ethical_notes"),
                FieldPanel("legal_prerequisites"),
                FieldPanel("public_acceptance"),
            ],
            heading="Privacy, ethics, law and acceptance",
        ),
        FieldPanel("space_categories"),
        FieldPanel("case_studies"),
        InlinePanel("vendors", heading="Vendors (optional, listed alphabetically, never ranked)", label="vendor"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("trl"),
        index.FilterField("record_kind"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("record_kind"),
        APIField("trl"),
        APIField("description"),
        APIField("space_categories", serializer=SlugListField()),
        APIField("privacy_impact"),
        APIField("case_studies", serializer=LivePagesField()),
    ]

    class Meta:
        verbose_name = "technology solution"

    @classmethod
    def serving_queryset(cls) -> QuerySet:
        return super().serving_queryset().select_related("solution_type").prefetch_related(*cls.shown_relations())

    @staticmethod
    def shown_relations() -> list[Any]:
        """What a page and a comparison show of each record, read in one query per relation."""
        return [
            Prefetch("ratings", queryset=ScenarioRating.objects.select_related("scenario").order_by("scenario")),
            Prefetch("vendors", queryset=TechnologyVendor.objects.order_by("name")),
            "space_categories",
        ]

    def public_case_studies(self) -> list[Page]:
        return list(self.case_studies.live().public().order_by("title"))

    @property
    def catalogue_url(self) -> str:
        """The catalogue's URL, from the ancestors routing has read (no query)."""
        return self.ancestor_pages[-1].url

    def compare_candidates(self, limit: int = 3) -> list[TechnologyPage]:
        """Other published records of the same solution type, to compare this one with (one query)."""
        if self.solution_type_id is None:
            return []
        others = (
            TechnologyPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(solution_type=self.solution_type_id)
            .order_by("title")
        )
        return list(others.only("id", "title")[:limit])

    @property
    def trl_label(self) -> str:
        return f"TRL {self.trl}: {TRL_LABELS.get(self.trl, '')}"

    @property
    def capex(self) -> str:
        return euro_range(self.capex_min, self.capex_max)

    @property
    def opex(self) -> str:
        return euro_range(self.opex_min, self.opex_max, " a year")

    @property
    def deployment_time(self) -> str:
        return weeks_range(self.deployment_weeks_min, self.deployment_weeks_max)

    def key_facts(self) -> list[tuple[str, str]]:
        return [
            ("Kind", self.get_record_kind_display()),
            ("Solution type", self.solution_type.name if self.solution_type else ""),
            ("Maturity", self.trl_label),
            ("Capital cost", self.capex),
            ("Running cost", self.opex),
            ("Time to deploy", self.deployment_time),
            ("Privacy impact", self.get_privacy_impact_display()),
            ("Fits", ", ".join(space.name for space in self.space_categories.all())),
        ]

    def clean(self) -> None:
        super().clean()
        errors = {}
        for low, high in (
            ("capex_min", "capex_max"),
            ("opex_min", "opex_max"),
            ("deployment_weeks_min", "deployment_weeks_max"),
        ):
            if (
                getattr(self, low) is not None
                and getattr(self, high) is not None
                and getattr(self, low) > getattr(self, high)
            ):
                errors[high] = "The upper end must not be below the lower end."
        if errors:
            raise ValidationError(errors)


class ScenarioRating(SingleLineFieldsMixin, Orderable):
    """How effective a solution is against one scenario, and who says so."""

    page = ParentalKey(TechnologyPage, on_delete=models.CASCADE, related_name="ratings")
    scenario = models.ForeignKey("method.Scenario", on_delete=models.PROTECT, related_name="+")
    effectiveness = models.PositiveSmallIntegerField(choices=Effectiveness.choices)
    source = models.CharField(max_length=255, help_text="Who rated it, and how (a trial, a study, a vendor claim).")
    source_url = models.URLField("source link", blank=True)

    panels = [
        FieldRowPanel([FieldPanel("scenario"), FieldPanel("effectiveness")]),
        FieldPanel("source"),
        FieldPanel("source_url"),
    ]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "scenario"], name="one_rating_per_scenario")]


class TechnologyVendor(SingleLineFieldsMixin, Orderable):
    page = ParentalKey(TechnologyPage, on_delete=models.CASCADE, related_name="vendors")
    name = models.CharField(max_length=120)
    website = models.URLField(blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("website")])]


class TechnologyIndexPage(FilteredListingPageMixin, RoutablePageMixin, PortalPage):
    """``/technologies/``: the catalogue with its filters, and ``compare/`` for two to four records side by side."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["method.TechnologyPage"]
    max_count = 1
    page_size = 24
    template = "method/technology_index_page.html"

    class Meta:
        verbose_name = "technology catalogue"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from method.listing import technology_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(technology_listing_context(self, request))
        return context

    @path("")
    def listing(self, request: HttpRequest) -> Any:
        return self.render(request)

    @path("compare/", name="compare")
    def compare(self, request: HttpRequest) -> Any:
        from method.compare import compare_view

        return compare_view(self, request)
