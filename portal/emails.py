"""Email addresses in one normal form, stored and compared only in that form.

Two addresses that look alike must either be the same address or clearly different ones. With
``iexact`` on PostgreSQL, ``lena@cıty-of-nice.example`` (a dotless ı) matched ``lena@city-of-nice.example``
(``UPPER('ı') = 'I'``), which let an applicant borrow another person's account. So:

* the domain is IDNA-encoded (UTS #46 mapping: lowercase, compatibility forms folded, then punycode),
  so ``cıty`` becomes ``xn--cty-…`` and can never equal ``city``, while a Kelvin sign or full-width
  letters fold to the ASCII letters they stand for;
* the local part is NFKC-normalised and lowercased, so the same mailbox typed two ways is one address,
  and whatever matches is the address mail is sent to (never the look-alike that was typed);
* every stored address goes through ``normalise_email`` (``NormalisedEmailField`` for the portal's
  models, a ``pre_save`` hook for user accounts), and lookups use exact equality on it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import idna
from django import forms
from django.core.exceptions import ValidationError
from django.db import models

INVALID_MESSAGE = "Enter a valid email address."


def normalise_email(address: str) -> str:
    """The normal form of ``address``; raises ``ValueError`` when it has no valid domain."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        raise ValueError(f"{address!r} is not an email address")
    local = unicodedata.normalize("NFKC", local).lower()
    try:
        ascii_domain = idna.encode(domain.rstrip("."), uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"{domain!r} is not a valid domain") from exc
    return f"{local}@{ascii_domain}"


def normalised_or_stripped(address: Any) -> Any:
    """The normal form when there is one; otherwise the value as given (validation reports it)."""
    if not isinstance(address, str) or not address:
        return address
    try:
        return normalise_email(address)
    except ValueError:
        return address.strip()


class NormalisedEmailFormField(forms.EmailField):
    """An email form field whose cleaned value is the normal form."""

    def clean(self, value: Any) -> str:
        value = super().clean(value)
        if not value:
            return value
        try:
            return normalise_email(value)
        except ValueError as exc:
            raise ValidationError(INVALID_MESSAGE, code="invalid") from exc


class NormalisedEmailField(models.EmailField):
    """An email column that stores, and looks up by, the normal form (``filter(email=typed)`` is exact)."""

    def get_prep_value(self, value: Any) -> Any:
        return normalised_or_stripped(super().get_prep_value(value))

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = normalised_or_stripped(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs: Any) -> Any:
        return super().formfield(**{"form_class": NormalisedEmailFormField, **kwargs})


def normalise_user_email(sender: type, instance: Any, **kwargs: Any) -> None:
    """``pre_save`` receiver for the user model: accounts keep their address in the normal form."""
    instance.email = normalised_or_stripped(instance.email)
