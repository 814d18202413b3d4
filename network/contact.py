"""Contact a peer: a message to an organisation's contact persons without revealing their address.

Abuse controls live here, next to the form: a honeypot field, a minimum fill time carried in
a signed timestamp, and rate limits per IP address and per sender email. Nothing personal
(addresses, names, message text) is written to the logs.
"""

from __future__ import annotations

import logging
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited

from network.models import Organisation
from portal.emails import NormalisedEmailFormField, normalised_or_stripped
from portal.text import SingleLineFormMixin

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 5000
MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 3600
_SIGNER_SALT = "network.contact.started"


def form_timestamp() -> str:
    """A signed 'form shown at' time, checked on submit to catch instant (robot) submissions."""
    return signing.TimestampSigner(salt=_SIGNER_SALT).sign(str(int(time.time())))


def refresh_timestamp(form: forms.Form) -> None:
    """Give a re-shown (invalid) form a fresh timestamp, so the corrected form is not refused as too old."""
    form.data = form.data.copy()
    form.data["started"] = form_timestamp()


def verify_started(signed: str) -> float:
    """Refuse forged, stale and instant submissions (robots fill forms in milliseconds).

    Shared by every public form that carries ``form_timestamp()``.
    """
    try:
        value = signing.TimestampSigner(salt=_SIGNER_SALT).unsign(signed, max_age=MAX_FORM_AGE_SECONDS)
    except signing.SignatureExpired as exc:
        raise forms.ValidationError("This form is too old; please reload the page and send it again.") from exc
    except signing.BadSignature as exc:
        raise forms.ValidationError("This form could not be verified; please reload the page.") from exc
    started = float(value)
    if time.time() - started < MIN_FILL_SECONDS:
        raise forms.ValidationError("That was very quick: please check the form and send it again.")
    return started


class ContactForm(SingleLineFormMixin, forms.Form):
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
        return bool(self.cleaned_data.get("website"))


def rate_limited(request: HttpRequest, sender_email: str) -> bool:
    """True when this IP or this sender address has sent too many messages recently."""
    by_ip = is_ratelimited(
        request, group="network.contact.ip", key="ip", rate=settings.CONTACT_RATE_PER_IP, increment=True
    )
    by_email = is_ratelimited(
        request,
        group="network.contact.email",
        key=lambda group, req: normalised_or_stripped(sender_email),
        rate=settings.CONTACT_RATE_PER_EMAIL,
        increment=True,
    )
    return by_ip or by_email


def send_contact_message(organisation: Organisation, form: ContactForm) -> None:
    """Email each of the organisation's contacts (replies go to the sender), and tell the sender it was sent.

    One message per contact person: no contact sees another's address, and a reply-all cannot hand them
    to the sender. If the organisation has no contact on file, the network coordinator receives it to
    pass on. The sender's address is not verified, so the notice sent to it carries none of the text
    typed into the form (anyone could type someone else's address, and the portal must not carry their
    words to it): it names the organisation and says what happens next.
    """
    data = form.cleaned_data
    recipients = [contact.email for contact in organisation.contacts.all()] or [settings.NETWORK_COORDINATOR_EMAIL]
    sender_line = data["sender_name"] + (f", {data['sender_organisation']}" if data["sender_organisation"] else "")
    body = (
        f"{sender_line} sent a message to {organisation.name} through the practice exchange.\n"
        f"Reply to this email to answer them directly.\n\n"
        f"Subject: {data['subject']}\n\n{data['message']}\n"
    )
    for recipient in dict.fromkeys(recipients):
        EmailMessage(
            subject=f"[Practice exchange] {data['subject']}", body=body, to=[recipient], reply_to=[data["sender_email"]]
        ).send()
    EmailMessage(
        subject=f"[Practice exchange] Your message to {organisation.name} was passed on",
        body=(
            f"Someone using this address sent a message to {organisation.name} through the practice exchange. "
            "Their contact will reply to this address directly.\n\n"
            "If it was not you, you can ignore this email: nothing else will be sent.\n"
        ),
        to=[data["sender_email"]],
    ).send()
    logger.info("Contact message passed to organisation %s", organisation.slug)
