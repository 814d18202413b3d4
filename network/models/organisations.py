"""Organisations of the network. The directory, membership and contact build on this model."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import models
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.base import latitude_field, location_panel, longitude_field
from portal.emails import NormalisedEmailField
from portal.text import SingleLineFieldsMixin


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", "Municipality / city"
    REGION = "region", "Region"
    POLICE = "police", "Police / law enforcement"
    RESEARCH = "research", "Research"
    NGO = "ngo", "NGO / association"
    COMPANY = "company", "Private company"
    EU_BODY = "eu_body", "EU or international body"


class MembershipStatus(models.TextChoices):
    MEMBER = "member", "Member"
    FORMER_PARTNER = "former_partner", "Former project partner"
    OBSERVER = "observer", "Observer"


class ProjectRole(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    PARTNER = "partner", "Partner"
    ASSOCIATED = "associated", "Associated partner"
    OBSERVER = "observer", "Observer"


class OrganisationQuerySet(models.QuerySet):
    def public(self) -> OrganisationQuerySet:
        """Organisations the public may see: active ones. Every public surface (directory, profiles, pages'
        organisations and organisers, speakers' affiliations, JSON-LD, the APIs, search) decides with this,
        or with ``is_public`` on rows it has read already."""
        return self.filter(active=True)


def is_public(organisation: Organisation | None) -> bool:
    """``OrganisationQuerySet.public`` for one row already read (prefetched relations, a speaker's affiliation)."""
    return organisation is not None and organisation.is_public


def public_organisations(organisations: Iterable[Organisation]) -> list[Organisation]:
    """The public ones among rows already read, in their order."""
    return [organisation for organisation in organisations if is_public(organisation)]


class Organisation(SingleLineFieldsMixin, index.Indexed, ClusterableModel):
    """A city, police force, institute, company or network body taking part in the network.

    Contact persons are kept here for peer contact and moderation, and never shown publicly.
    """

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    org_type = models.CharField("type", max_length=20, choices=OrganisationType.choices)
    country = CountryField()
    city = models.CharField(max_length=120, blank=True)
    latitude = latitude_field()
    longitude = longitude_field()
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    logo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    expertise_threats = ParentalManyToManyField("practices.ThreatType", blank=True, related_name="+")
    expertise_spaces = ParentalManyToManyField("practices.SpaceCategory", blank=True, related_name="+")
    expertise_solutions = ParentalManyToManyField("practices.SolutionType", blank=True, related_name="+")
    membership_status = models.CharField(
        max_length=20, choices=MembershipStatus.choices, default=MembershipStatus.MEMBER
    )
    member_since = models.DateField(null=True, blank=True)
    editors_group = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisation",
        help_text="Members of this group edit the organisation's practices and submit them for review.",
    )
    active = models.BooleanField(
        default=True, help_text="Inactive organisations stay on record but leave the directory."
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("org_type"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("country"), FieldPanel("city")])], heading="Where"),
        location_panel(),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("expertise_threats"), FieldPanel("expertise_spaces"), FieldPanel("expertise_solutions")],
            heading="Expertise",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("membership_status"), FieldPanel("member_since")]), FieldPanel("active")],
            heading="Membership",
        ),
        InlinePanel("project_roles", label="Projects"),
        InlinePanel("contacts", label="Contact persons (never shown publicly)"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("city"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("active"),
    ]

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_public(self) -> bool:
        """The row-level twin of ``OrganisationQuerySet.public``: the two must say the same."""
        return self.active


class OrganisationProject(Orderable):
    """The role an organisation played in a project."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="project_roles")
    project = models.ForeignKey("practices.Project", on_delete=models.CASCADE, related_name="organisation_roles")
    role = models.CharField(max_length=20, choices=ProjectRole.choices, default=ProjectRole.PARTNER)

    panels = [FieldRowPanel([FieldPanel("project"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["organisation", "project"], name="unique_organisation_project")]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.project} ({self.get_role_display()})"


class ContactPerson(SingleLineFieldsMixin, Orderable):
    """Someone the network may contact on the organisation's behalf; never shown publicly."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    email = NormalisedEmailField()
    phone = models.CharField(max_length=40, blank=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="When this person last confirmed their details are current."
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("confirmed_at"),
    ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class MembershipApplication(SingleLineFieldsMixin, models.Model):
    """A request to join the network, made through the public form and decided by a moderator."""

    organisation_name = models.CharField(max_length=200)
    org_type = models.CharField("type", max_length=20, choices=OrganisationType.choices)
    country = CountryField()
    city = models.CharField(max_length=120, blank=True)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True, max_length=2000)
    expertise_threats = models.ManyToManyField("practices.ThreatType", blank=True, related_name="+")
    expertise_spaces = models.ManyToManyField("practices.SpaceCategory", blank=True, related_name="+")
    expertise_solutions = models.ManyToManyField("practices.SolutionType", blank=True, related_name="+")
    contact_name = models.CharField(max_length=200)
    contact_role = models.CharField(max_length=200, blank=True)
    contact_email = NormalisedEmailField()
    contact_phone = models.CharField(max_length=40, blank=True)
    wants_editor_account = models.BooleanField(
        default=True, help_text="Create an editor account for the contact person when approved."
    )
    consent_given_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=ApplicationStatus.choices, default=ApplicationStatus.PENDING)
    rejection_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="applications"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.get_status_display()})"
