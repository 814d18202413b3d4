"""The public registration form, with the same abuse checks as the contact form."""

from __future__ import annotations

from django import forms

from network.contact import form_timestamp, verify_started
from portal.emails import NormalisedEmailFormField
from portal.text import SingleLineFormMixin


class RegistrationForm(SingleLineFormMixin, forms.Form):
    name = forms.CharField(label="Your name", max_length=120)
    email = NormalisedEmailFormField(label="Your email address", max_length=254)
    organisation = forms.CharField(label="Your organisation", max_length=200, required=False)
    consent = forms.BooleanField(
        label="I agree that the organisers store my name, email and organisation to run this event "
        "(see the privacy notice)."
    )
    # Honeypot: hidden from people (CSS and aria-hidden); robots tend to fill every field.
    website = forms.CharField(required=False, label="Leave this field empty")
    started = forms.CharField(widget=forms.HiddenInput)

    @classmethod
    def fresh(cls) -> RegistrationForm:
        return cls(initial={"started": form_timestamp()})

    def clean_started(self) -> float:
        return verify_started(self.cleaned_data["started"])

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
