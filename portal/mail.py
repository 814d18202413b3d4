"""Email leaves the request: every message becomes a task, delivered (and retried) by the worker.

``EMAIL_BACKEND`` is this queue everywhere; ``EMAIL_DELIVERY_BACKEND`` is what actually sends
(SMTP in production, locmem in tests, console in development). A message is enqueued in the
same database transaction as the change that caused it, so a rolled-back registration sends
nothing, and a mail server that refuses a message costs the visitor nothing: the task tries
again with backoff, ``EMAIL_MAX_ATTEMPTS`` times, then fails visibly in the task results.
"""

from __future__ import annotations

import base64
import logging
import smtplib
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task

from portal.tasks import enqueue_retry
from portal.text import one_line

logger = logging.getLogger(__name__)


def _encode(content: str | bytes) -> dict[str, str]:
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode("ascii")}
    return {"text": content}


def _decode(content: dict[str, str]) -> str | bytes:
    return base64.b64decode(content["base64"]) if "base64" in content else content["text"]


def message_to_data(message: EmailMessage) -> dict[str, Any]:
    """A JSON-safe copy of ``message`` (a task's arguments must be JSON)."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise TypeError("Only (filename, content, mimetype) attachments can be queued.")
        filename, content, mimetype = attachment
        attachments.append({"filename": filename, "content": _encode(content), "mimetype": mimetype})
    alternatives = [
        {"content": _encode(content), "mimetype": mimetype}
        for content, mimetype in getattr(message, "alternatives", [])
    ]
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "attachments": attachments,
        "alternatives": alternatives,
    }


def message_from_data(data: dict[str, Any]) -> EmailMessage:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for attachment in data["attachments"]:
        message.attach(attachment["filename"], _decode(attachment["content"]), attachment["mimetype"])
    for alternative in data["alternatives"]:
        message.attach_alternative(_decode(alternative["content"]), alternative["mimetype"])
    return message


@task()
def deliver_email(message: dict[str, Any], attempt: int = 1) -> None:
    """Send one queued message through the delivery backend; retry later when the server fails."""
    email = message_from_data(message)
    try:
        get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False).send_messages([email])
    except (smtplib.SMTPException, OSError) as exc:
        # Addresses stay out of the log: the task result holds the message for whoever must look.
        if attempt < settings.EMAIL_MAX_ATTEMPTS and enqueue_retry(deliver_email, attempt, message):
            logger.warning(
                "Email %r failed on attempt %s (%s); retrying later.", email.subject, attempt, type(exc).__name__
            )
            return
        logger.error("Email %r failed on attempt %s (%s); giving up.", email.subject, attempt, type(exc).__name__)
        raise


class QueuedEmailBackend(BaseEmailBackend):
    """Django email backend that enqueues each message as a ``deliver_email`` task.

    Every subject is made one line here, the one place all the portal's mail passes: a line break in
    it (an event title, a typed subject) would make Django refuse the message in the worker.
    """

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        for message in email_messages:
            message.subject = one_line(message.subject)
            deliver_email.enqueue(message_to_data(message))
        return len(email_messages)
