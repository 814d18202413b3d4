"""The network's forms: contact a peer, find peers, join the network, and the admin's decision forms.

The public forms (contact, join) carry the site's abuse controls (``portal.antispam``): a honeypot
field and a signed "form shown at" time that catches instant, robotic submissions. The join form's
duplicate checks run here so a second application for the same organisation or person ends in a
clear form error rather than a second review (or a database error). The directory's filter form
lives with its filters in ``network.directory``.
"""

from __future__ import annotations

import unicodedata
from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django_countries import countries

from network.models import ApplicationStatus, MembershipApplication, Organisation
from portal.antispam import honeypot_filled, verify_started
from portal.emails import NormalisedEmailFormField
from portal.text import SingleLineFormMixin
from practices.models import SpaceCategory, ThreatType

MAX_MESSAGE_CHARS = 5000
MAX_DESCRIPTION_CHARS = 2000

#: Membership is public (the directory lists every member), so this one may be said on the form.
ALREADY_MEMBER = "This organisation is already a member of the network."


def normalise_name(value: str) -> str:
    """Compare names as people read them: "Ville de Liège " and "VILLE DE LIEGE" are one organisation."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    without_accents = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(without_accents.casefold().split())


class ContactForm(SingleLineFormMixin, forms.Form):
    """A message to an organisation's contact persons, whose addresses the sender never sees."""

    sender_name = forms.CharField(label="Your name", max_length=120)
    sender_email = NormalisedEmailFormField(label="Your email address", max_length=254)
    sender_organisation = forms.CharField(label="Your organisation", max_length=200, required=False)
    subject = forms.CharField(max_length=150)
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": MAX_MESSAGE_CHARS}),
        max_length=MAX_MESSAGE_CHARS,
        help_text=f"At most {MAX_MESSAGE_CHARS:,} characters.",
    )
    consent = forms.BooleanField(
        label="I agree that my name, email and message are passed to this organisation (see the privacy notice)."
    )
    # Honeypot: hidden from people (CSS and aria-hidden); robots tend to fill every field.
    website = forms.CharField(required=False, label="Leave this field empty")
    started = forms.CharField(widget=forms.HiddenInput)

    def clean_started(self) -> float:
        return verify_started(self.cleaned_data["started"])

    @property
    def is_spam(self) -> bool:
        return honeypot_filled(self, "website")


class PeerFinderForm(forms.Form):
    """What the peer finder matches on (``network.peers``): threats and spaces, and optionally a country."""

    threats = forms.ModelMultipleChoiceField(
        queryset=ThreatType.objects.all(),
        to_field_name="slug",
        required=False,
        label="Threats you face",
        widget=forms.CheckboxSelectMultiple,
    )
    spaces = forms.ModelMultipleChoiceField(
        queryset=SpaceCategory.objects.all(),
        to_field_name="slug",
        required=False,
        label="Your public spaces",
        widget=forms.CheckboxSelectMultiple,
    )
    country = forms.ChoiceField(choices=[("", "Any country"), *countries], required=False, label="Your country")

    def clean(self) -> dict[str, Any]:
        data = cast("dict[str, Any]", super().clean())  # Form.clean() returns cleaned_data
        if not self.errors and not data.get("threats") and not data.get("spaces"):
            raise forms.ValidationError("Choose at least one threat or public space.")
        return data


class ApplicationForm(SingleLineFormMixin, forms.ModelForm):
    """What an organisation tells us when it asks to join; moderators decide on it later."""

    consent = forms.BooleanField(
        label=(
            "I agree that the network stores the details in this form to review the application and, "
            "if it is approved, to contact me about the network (see the privacy notice)."
        ),
    )
    website = forms.URLField(
        label="Website of your organisation", required=False, max_length=200, assume_scheme="https"
    )
    # Honeypot: hidden from people (CSS and aria-hidden); robots tend to fill every field.
    # Not called "website": the application has a real website field.
    homepage = forms.CharField(required=False, label="Leave this field empty")
    started = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={"required": "This form could not be verified; please reload the page."},
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "organisation_name",
            "org_type",
            "country",
            "city",
            "website",
            "description",
            "expertise_threats",
            "expertise_spaces",
            "expertise_solutions",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "wants_editor_account",
        ]
        labels = {
            "organisation_name": "Name of your organisation",
            "org_type": "Type of organisation",
            "description": "What does your organisation do to protect public spaces?",
            "expertise_threats": "Threats you work on",
            "expertise_spaces": "Kinds of public space you work on",
            "expertise_solutions": "Kinds of solution you work on",
            "contact_name": "Your name",
            "contact_role": "Your role in the organisation",
            "contact_email": "Your email address",
            "contact_phone": "Your phone number",
            "wants_editor_account": "Create an editor account for me, so I can share our practices",
        }
        help_texts = {
            "description": f"At most {MAX_DESCRIPTION_CHARS:,} characters.",
            "contact_phone": "Optional; only moderators see it.",
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6, "maxlength": MAX_DESCRIPTION_CHARS}),
            "expertise_threats": forms.CheckboxSelectMultiple,
            "expertise_spaces": forms.CheckboxSelectMultiple,
            "expertise_solutions": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # The model caps the description too, but say so even if the model changes.
        self.fields["description"].max_length = MAX_DESCRIPTION_CHARS

    FIELDSETS = (
        ("Your organisation", ("organisation_name", "org_type", "country", "city", "website", "description")),
        ("Expertise", ("expertise_threats", "expertise_spaces", "expertise_solutions")),
        ("Contact person", ("contact_name", "contact_role", "contact_email", "contact_phone")),
        ("Editor account", ("wants_editor_account",)),
    )

    #: An open application this one repeats (same organisation under review, or same contact address).
    duplicate_of: MembershipApplication | None = None
    duplicate_by_email: bool = False

    def fieldsets(self) -> list[tuple[str, list[forms.BoundField]]]:
        """The form in the order people fill it in, for the template's fieldsets."""
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    def clean_started(self) -> float:
        return verify_started(self.cleaned_data["started"])

    def clean_organisation_name(self) -> str:
        """One open review and one membership per organisation, however its name is typed."""
        name = " ".join(self.cleaned_data["organisation_name"].split())
        wanted = normalise_name(name)
        if not wanted:
            raise forms.ValidationError("This field is required.")
        active_names = Organisation.objects.public().values_list("name", flat=True)
        if any(normalise_name(existing) == wanted for existing in active_names):
            raise forms.ValidationError(ALREADY_MEMBER)
        for existing in self._open_applications():
            if normalise_name(existing.organisation_name) == wanted:
                if existing.status == ApplicationStatus.APPROVED:
                    raise forms.ValidationError(ALREADY_MEMBER)
                self.duplicate_of = self.duplicate_of or existing  # under review: not said to the visitor
        return name

    def clean_contact_email(self) -> str:
        """A person has one application under review (or approved) at a time; whether they have one is told
        to the address itself (``network.membership.answer_duplicate``), never on the form."""
        email = self.cleaned_data["contact_email"]  # the normal form (NormalisedEmailField), matched exactly
        existing = self._open_applications().filter(contact_email=email).order_by("-created_at").first()
        if existing is not None:
            self.duplicate_of, self.duplicate_by_email = existing, True
        return email

    @staticmethod
    def _open_applications() -> QuerySet[MembershipApplication]:
        """Pending and approved applications, leaving out approvals whose organisation has since left."""
        return MembershipApplication.objects.filter(
            status__in=[ApplicationStatus.PENDING, ApplicationStatus.APPROVED]
        ).exclude(status=ApplicationStatus.APPROVED, organisation__active=False)

    @property
    def is_spam(self) -> bool:
        """True when the honeypot was filled: the view then pretends success and keeps nothing."""
        return honeypot_filled(self, "homepage")


class ApproveForm(forms.Form):
    """The moderator's approval; the editor account defaults to what the applicant asked for."""

    create_editor_account = forms.BooleanField(required=False, label="Create an editor account for the contact person")


class RejectForm(forms.Form):
    """The moderator's rejection: the reason is required because the applicant receives it."""

    reason = forms.CharField(
        label="Reason (sent to the applicant)",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )

    def clean_reason(self) -> str:
        """Whitespace alone is no reason."""
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Please give a reason; it is sent to the applicant.")
        return reason


class TransferForm(forms.Form):
    """The moderator's choice of the organisation a practice moves to (``network.continuity``)."""

    organisation = forms.ModelChoiceField(queryset=Organisation.objects.public(), label="New owning organisation")


class VettingRequestForm(SingleLineFormMixin, forms.Form):
    """A member's request to be vetted: their role and why they need restricted material."""

    role = forms.CharField(label="Your role at the organisation", max_length=200)
    reason = forms.CharField(
        label="Why you need restricted material",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text="For example: you plan the protection of a square, a market or a venue for your city.",
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if len(reason) < 10:
            raise forms.ValidationError("Please say in a sentence why you need it; the coordinators decide on it.")
        return reason


class VettingDecisionForm(forms.Form):
    """A coordinator's reason for a decision (required to refuse or withdraw; kept in the history)."""

    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False)
