"""Abuse controls shared by the site's public forms: contact a peer, join the network, register for an event.

Robots fill forms in milliseconds and fill every field, so each public form carries a signed "form shown
at" time (``form_timestamp``, checked by ``verify_started``) and a honeypot field hidden from people
(``honeypot_filled``); and its view counts submissions per visitor (``over_rate``). These live in
``portal`` because network and events both use them and neither should import the other for them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, cast

from django import forms
from django.core import signing
from django.http import HttpRequest, QueryDict
from django_ratelimit.core import is_ratelimited

MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 3600
# The salt predates this module (it began with the contact form); changing it would refuse every form
# already shown to a visitor, so it keeps its old name.
_SIGNER_SALT = "network.contact.started"


def form_timestamp() -> str:
    """A signed 'form shown at' time, checked on submit to catch instant (robot) submissions."""
    return signing.TimestampSigner(salt=_SIGNER_SALT).sign(str(int(time.time())))


def refresh_timestamp(form: forms.Form) -> None:
    """Give a re-shown (invalid) form a fresh timestamp, so the corrected form is not refused as too old."""
    data = cast("QueryDict", form.data).copy()  # the submitted POST (or a dict, in tests): copied, never changed
    data["started"] = form_timestamp()
    form.data = data


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


def honeypot_filled(form: forms.Form, field: str) -> bool:
    """True when the (valid) form's honeypot field was filled: the view pretends success and keeps nothing.

    The field is hidden from people (CSS and aria-hidden); robots tend to fill every field.
    """
    return bool(form.cleaned_data.get(field))


def over_rate(request: HttpRequest, group: str, rate: str, key: str | Callable[[str, HttpRequest], Any] = "ip") -> bool:
    """Count this submission in ``group`` and say whether it goes over ``rate`` (e.g. ``"5/h"``).

    ``key`` is what is counted: the visitor's address by default, or a callable returning another key
    (an email address). Every call counts, valid or not, so a robot cannot probe a form endlessly.
    """
    return bool(is_ratelimited(request, group=group, key=key, rate=rate, increment=True))
