"""Single-line text: what may go into a header, a subject, a calendar property or a one-line field.

A line break in an email subject makes Django refuse the whole message (``BadHeaderError``), and
one in a calendar's name breaks the file's line structure (the icalendar library escapes it in
event properties, not in the calendar's own ``NAME``). So text typed into a one-line field is
checked where it is typed (forms and models: ``validate_single_line``, ``SingleLineFieldsMixin``,
``SingleLineFormMixin``), and text put into a header or a calendar property is made one line as it
is written (``one_line``), which also covers rows saved before the check existed.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

#: C0 and C1 control characters (tab, CR and LF included), DEL, and Unicode's line and paragraph separators.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SPACE_RUNS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")
SINGLE_LINE_MESSAGE = "Use a single line, without line breaks, tabs or control characters."


def validate_single_line(value: Any) -> None:
    """A validator for one-line fields: no line breaks, tabs or other control characters."""
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise ValidationError(SINGLE_LINE_MESSAGE, code="single_line")


def one_line(text: Any) -> str:
    """``text`` as one line: every run of whitespace and control characters becomes one space (and a lone
    surrogate, which no UTF-8 header can carry, a question mark)."""
    text = str(text or "").encode("utf-8", "replace").decode("utf-8")
    return _SPACE_RUNS.sub(" ", text).strip()


def _is_single_line_model_field(field: models.Field) -> bool:
    return isinstance(field, models.CharField) and not field.choices


class SingleLineFieldsMixin:
    """Model mixin: every free-text ``CharField`` of the model (a page's title too) is one line.

    Checked in ``clean()``, which Wagtail's editors and Django's model forms run on save.
    """

    def clean(self) -> None:
        super().clean()  # type: ignore[misc]
        errors = {}
        for field in self._meta.concrete_fields:  # type: ignore[attr-defined]
            if _is_single_line_model_field(field):
                try:
                    validate_single_line(getattr(self, field.attname))
                except ValidationError as error:
                    errors[field.name] = error
        if errors:
            raise ValidationError(errors)


class SingleLineFormMixin:
    """Form mixin: every text field shown as a one-line input refuses line breaks and control characters."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for field in self.fields.values():  # type: ignore[attr-defined]
            single_line = isinstance(field, forms.CharField) and not isinstance(field.widget, forms.Textarea)
            if single_line and validate_single_line not in field.validators:
                field.validators.append(validate_single_line)
