"""Form widgets of the public filter forms (listings, directory, events)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.renderers import BaseRenderer
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

OPTION = '\n  <option value="{}"{}>{}</option>\n'
SELECTED = mark_safe(" selected")


def _attrs(attrs: dict[str, Any]) -> SafeString:
    """Django's ``django/forms/widgets/attrs.html``: ``True`` gives a bare attribute, ``False`` none."""
    parts = (
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, str(value))
        for name, value in attrs.items()
        if value is not False
    )
    return mark_safe("".join(parts))  # noqa: S308 - format_html output only


class QuickSelect(forms.Select):
    """A select that writes the markup of Django's own, byte for byte, in Python rather than through templates.

    Django builds a dictionary and renders a template include for every option: some 50 µs an option, and
    the country filter alone has 250 of them. The options, their order, groups and the selected one follow
    ``ChoiceWidget.optgroups``; ``tests/practices/test_widgets.py`` keeps the two outputs equal.
    """

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: BaseRenderer | None = None
    ) -> SafeString:
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]  # name, value and attrs only
        values = set(widget["value"])
        has_selected = False
        parts = [format_html('<select name="{}"{}>', widget["name"], _attrs(widget["attrs"]))]
        for option_value, option_label in self.choices:
            option_value = "" if option_value is None else option_value
            grouped = isinstance(option_label, (list, tuple))
            group = option_value if grouped else None
            if group:
                parts.append(format_html('\n  <optgroup label="{}">', group))
            for subvalue, sublabel in option_label if grouped else [(option_value, option_label)]:
                selected = not has_selected and str(subvalue) in values
                has_selected |= selected
                parts.append(format_html(OPTION, str(subvalue), SELECTED if selected else "", sublabel))
            if group:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - format_html output and literals only
