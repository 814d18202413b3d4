"""How far a practice is evidenced: inspiring, peer-reviewed or evaluated (after RAN's and EUCPN's labels).

A partner proposes a level on the page (``PracticeBase.evidence_proposed``); only a moderator confirms
one, by recording a review (an ``EvidenceReview`` snippet, with its date and reviewers, and for an
evaluation its method, evaluator and link). The confirmed level is the latest review's, never a page
field: a page revision drafted before the review cannot undo it when it is published.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class EvidenceLevel(models.TextChoices):
    INSPIRING = "inspiring", "Inspiring"
    PEER_REVIEWED = "peer_reviewed", "Peer-reviewed"
    EVALUATED = "evaluated", "Evaluated"


#: What each level means, on the criteria page and in each badge's title.
CRITERIA = {
    EvidenceLevel.INSPIRING: "A promising practice, shared by the partner who ran it; not assessed by the network.",
    EvidenceLevel.PEER_REVIEWED: (
        "Reviewed by a panel of the network against the published criteria: a clear problem, a described "
        "approach, results reported, transferable lessons, and a contact who can answer peers."
    ),
    EvidenceLevel.EVALUATED: (
        "An evaluation exists: its method, who carried it out and where to read it are given with the practice."
    ),
}


class EvidenceReview(models.Model):
    """A moderator's confirmation of a practice's evidence level (the latest one counts)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="evidence_reviews")
    level = models.CharField(max_length=20, choices=EvidenceLevel.choices)
    reviewed_on = models.DateField(default=timezone.localdate)
    reviewers = models.CharField(max_length=300, help_text="The panel, by role and organisation.")
    method = models.CharField("evaluation method", max_length=300, blank=True)
    evaluated_by = models.CharField(max_length=300, blank=True)
    link = models.URLField("evaluation report", blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("page"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("reviewed_on")]),
        FieldPanel("reviewers"),
        MultiFieldPanel(
            [FieldPanel("method"), FieldPanel("evaluated_by"), FieldPanel("link")], heading="For an evaluated practice"
        ),
    ]

    class Meta:
        ordering = ["-reviewed_on", "-pk"]
        get_latest_by = ["reviewed_on", "pk"]

    def __str__(self) -> str:
        return f"{self.get_level_display()}: {self.page.title} ({self.reviewed_on:%Y-%m-%d})"

    def clean(self) -> None:
        from practices.models.pages import PRACTICE_PAGE_MODELS

        if self.page_id and not issubclass(self.page.specific_class or models.Model, PRACTICE_PAGE_MODELS):
            raise ValidationError({"page": "Only case studies, tools and lessons have an evidence level."})
        if self.level == EvidenceLevel.EVALUATED and not (self.method and self.evaluated_by and self.link):
            raise ValidationError(
                "An evaluated practice names the evaluation's method, who carried it out, and a link."
            )


def confirmed_level() -> Coalesce:
    """A page queryset annotation: the latest review's level, or *inspiring* when none was confirmed."""
    latest = EvidenceReview.objects.filter(page=OuterRef("pk")).order_by("-reviewed_on", "-pk").values("level")[:1]
    return Coalesce(Subquery(latest), Value(EvidenceLevel.INSPIRING.value), output_field=models.CharField())
