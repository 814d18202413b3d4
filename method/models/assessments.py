"""Public spaces of interest, the questionnaires that assess them, and the assessments.

A space file belongs to one organisation and is TLP:AMBER+STRICT: its vetted members, and those of the
organisations it is shared with, may open it; nobody else learns it exists (it is never indexed).
An assessment answers one version of a questionnaire: it keeps a frozen copy of that version (``definition``),
so editing the questionnaire later never changes what was answered.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from method.blocks import ThemeBlock
from portal.base import latitude_field, longitude_field
from portal.text import SingleLineFieldsMixin


class Questionnaire(SingleLineFieldsMixin, models.Model):
    """A vulnerability self-assessment; ``version`` goes up when a version that has answers is edited."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    introduction = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    themes = StreamField([("theme", ThemeBlock())])
    active = models.BooleanField(default=True, help_text="Offered for new assessments.")

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("introduction"),
        FieldPanel("active"),
        FieldPanel("themes"),
    ]

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return f"{self.title} (version {self.version})"


class SpaceFile(SingleLineFieldsMixin, models.Model):
    """One public space an organisation looks after, and what is known of how it is used."""

    organisation = models.ForeignKey("network.Organisation", on_delete=models.CASCADE, related_name="space_files")
    name = models.CharField(max_length=200)
    space_category = models.ForeignKey("practices.SpaceCategory", on_delete=models.PROTECT, related_name="+")
    latitude = latitude_field()
    longitude = longitude_field()
    typical_crowd = models.PositiveIntegerField("typical crowd (people)", null=True, blank=True)
    peak_crowd = models.PositiveIntegerField("peak crowd (people)", null=True, blank=True)
    opening_patterns = models.TextField(blank=True, help_text="When it is open, busy or closed.")
    events_held = models.TextField("events held there", blank=True)
    existing_measures = models.ManyToManyField("practices.SolutionType", blank=True, related_name="+")
    shared_with = models.ManyToManyField(
        "network.Organisation", blank=True, related_name="+", help_text="Their vetted members may open it too."
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class AssessmentStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


class Assessment(models.Model):
    space = models.ForeignKey(SpaceFile, on_delete=models.CASCADE, related_name="assessments")
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.PROTECT, related_name="assessments")
    version = models.PositiveIntegerField(help_text="The questionnaire's version when the assessment began.")
    #: The questionnaire as it was at that version (``method.assessments.frozen``): themes, questions, options.
    definition = models.JSONField()
    #: Question key → option key.
    answers = models.JSONField(default=dict, blank=True)
    #: Scenario slug → {"objective": …, "requirements": …}, what the member wants a solution to achieve.
    requirements = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=12, choices=AssessmentStatus.choices, default=AssessmentStatus.IN_PROGRESS)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.space} ({self.started_at:%Y-%m-%d})"


class Evaluation(models.Model):
    """A Technology Evaluation Framework analysis of candidate solutions for one assessed space.

    ``criteria`` is a list of ``{"key", "name", "weight"}``; panel members score every candidate on every
    criterion from 0 (poor) to 5 (excellent), independently (``EvaluationScore``).
    """

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="evaluations")
    title = models.CharField(max_length=200)
    criteria = models.JSONField(default=list)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class Candidate(models.Model):
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="candidates")
    technology = models.ForeignKey(
        "method.TechnologyPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class Panelist(models.Model):
    """Someone invited to score an evaluation (only they may)."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="panelists")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    invited_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["evaluation", "user"], name="one_seat_per_panelist")]

    def __str__(self) -> str:
        return f"{self.user} on {self.evaluation}"


class Score(models.Model):
    panelist = models.ForeignKey(Panelist, on_delete=models.CASCADE, related_name="scores")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="scores")
    criterion = models.CharField(max_length=40)
    value = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["panelist", "candidate", "criterion"], name="one_score_per_criterion")
        ]

    def __str__(self) -> str:
        return f"{self.candidate}: {self.criterion} = {self.value}"
