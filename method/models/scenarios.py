"""Threat scenarios: the attacks the method assesses a space against and rates solutions on.

A scenario is narrower than a threat type (a drone-borne IED and a person-borne one are both "IED /
explosives"); each belongs to one threat type, so what is rated per scenario is still found and counted
by the portal's threat facets.
"""

from __future__ import annotations

from django.db import models
from wagtail.admin.panels import FieldPanel

from practices.models.taxonomy import Taxonomy


class Scenario(Taxonomy):
    """One threat scenario (firearms, sharp objects, vehicles, IEDs by carrier, CBR agents)."""

    threat_type = models.ForeignKey(
        "practices.ThreatType",
        on_delete=models.PROTECT,
        related_name="scenarios",
        help_text="The threat type the scenario is found and counted under.",
    )

    panels = [*Taxonomy.panels, FieldPanel("threat_type")]

    class Meta(Taxonomy.Meta):
        verbose_name = "threat scenario"
