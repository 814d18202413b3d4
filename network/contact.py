"""Contact a peer: a message to an organisation's contact persons without revealing their address.

The form (``network.forms.ContactForm``) carries the site's honeypot and signed fill time
(``portal.antispam``); here are the contact's own limits per IP address and per sender email, and
the sending. Nothing personal (addresses, names, message text) is written to the logs.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpRequest

from network.forms import ContactForm
from network.models import Organisation
from portal.antispam import over_rate
from portal.emails import normalised_or_stripped

logger = logging.getLogger(__name__)


def rate_limited(request: HttpRequest, sender_email: str) -> bool:
    """True when this IP or this sender address has sent too many messages recently."""
    # Both are counted, whichever is already over.
    by_ip = over_rate(request, "network.contact.ip", settings.CONTACT_RATE_PER_IP)
    by_email = over_rate(
        request,
        "network.contact.email",
        settings.CONTACT_RATE_PER_EMAIL,
        key=lambda group, req: normalised_or_stripped(sender_email),
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
