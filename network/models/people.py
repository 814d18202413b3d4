"""People in the network: who belongs to which organisation, their vetting, and what was done to it.

Clearance to read marked content (``practices.marking``) is derived from these rows by
``network.clearance`` on every request, never stored in a session, so a withdrawal applies at once.
State changes go through ``network.vetting``; the models only hold the data.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone


class Member(models.Model):
    """A person's place in the network: the one organisation they belong to, while they do."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_member")
    organisation = models.ForeignKey("network.Organisation", on_delete=models.CASCADE, related_name="members")
    role = models.CharField(max_length=200, blank=True, help_text="Their role at the organisation.")
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True, help_text="Set when they leave: their vetting ends.")
    #: Sessions that began before this moment are ended on their next request (revocation, departure).
    sessions_ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["organisation__name", "user__email"]

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.email} ({self.organisation})"

    @property
    def active(self) -> bool:
        return self.left_at is None


class VettingStatus(models.TextChoices):
    REQUESTED = "requested", "Requested"
    APPROVED = "approved", "Approved"
    REFUSED = "refused", "Refused"
    REVOKED = "revoked", "Withdrawn"
    EXPIRED = "expired", "Expired"


class Vetting(models.Model):
    """One request to be vetted, and its decision; a renewal is a new request."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="vettings")
    role = models.CharField(max_length=200, help_text="Their role, as they gave it.")
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The organisation they were vetted for: vetting ends if they leave it.",
    )
    reason = models.TextField(max_length=2000, help_text="Why they need restricted material.")
    status = models.CharField(max_length=12, choices=VettingStatus.choices, default=VettingStatus.REQUESTED)
    requested_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_reason = models.TextField(blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, help_text="When the renewal reminder was sent.")

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member"],
                condition=models.Q(status="requested"),
                name="one_vetting_request_per_member",
            )
        ]

    def __str__(self) -> str:
        return f"Vetting of {self.member} ({self.get_status_display()})"

    def is_current(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.status == VettingStatus.APPROVED and self.expires_at is not None and self.expires_at > now


class VettingEvent(models.Model):
    """The vetting's history: every request, decision, renewal reminder, expiry and withdrawal."""

    vetting = models.ForeignKey(Vetting, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} at {self.at:%Y-%m-%d %H:%M}"


class AccessRecord(models.Model):
    """Who opened or downloaded which AMBER or RED part, and when (kept ``ACCESS_LOG_DAYS`` days)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(
        "network.Organisation", null=True, on_delete=models.SET_NULL, related_name="+", help_text="The reader's."
    )
    #: The practice read; none for material that is not a page (an assessment's space file, ``method``).
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    owner = models.ForeignKey(
        "network.Organisation", null=True, on_delete=models.SET_NULL, related_name="+", help_text="The page's owner."
    )
    section = models.CharField(max_length=200, help_text="The heading of the part (or the material) that was read.")
    label = models.CharField(max_length=12)
    kind = models.CharField(max_length=10, choices=[("view", "Viewed"), ("download", "Downloaded")])
    document = models.CharField(max_length=255, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.user} {self.kind} {self.section} at {self.at:%Y-%m-%d %H:%M}"
