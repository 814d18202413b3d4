"""Editor-managed vocabularies that every practice, tool and lesson is tagged with.

They are Wagtail snippets so that editors keep them without a developer; each is ordered
(``sort_order``) and has a stable slug that URLs, facets and the search index use.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.text import SingleLineFieldsMixin


class Taxonomy(SingleLineFieldsMixin, index.Indexed, models.Model):
    """Abstract ordered vocabulary term with a unique slug and a description."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in URLs and filters; lowercase, hyphens.")
    description = models.TextField(blank=True)
    sort_order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """The term as chips and facets show it (threat types add their family)."""
        return self.name


class ThreatType(Taxonomy):
    """A threat in two levels: a family (Terrorism, Crime & disorder) and its specific threats."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Leave empty for a top-level family; choose a family for a specific threat.",
    )

    panels = [*Taxonomy.panels, FieldPanel("parent")]

    class Meta(Taxonomy.Meta):
        verbose_name = "threat type"

    def clean(self) -> None:
        super().clean()
        if self.parent_id:
            if self.parent_id == self.pk:
                raise ValidationError({"parent": "A threat type cannot be its own family."})
            if self.parent and self.parent.parent_id:
                raise ValidationError({"parent": "Threat types have two levels: choose a top-level family."})
            if self.pk and self.children.exists():
                raise ValidationError(
                    {"parent": "This threat type has specific threats below it; it must stay top-level."}
                )

    @property
    def label(self) -> str:
        """Name with its family, for chips and facets (``Terrorism › Vehicle ramming``)."""
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name


class SpaceCategory(Taxonomy):
    """A kind of public space: squares, transport hubs, markets, event venues…"""

    class Meta(Taxonomy.Meta):
        verbose_name = "public-space category"
        verbose_name_plural = "public-space categories"


class SolutionType(Taxonomy):
    """A family of measures: hostile vehicle mitigation, CPTED, training and exercises…"""

    class Meta(Taxonomy.Meta):
        verbose_name = "solution type"


class Audience(Taxonomy):
    """Who a tool or lesson is for: local authorities, police, urban designers, venue operators…"""

    class Meta(Taxonomy.Meta):
        verbose_name = "audience"
