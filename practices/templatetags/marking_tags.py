"""``{% tlp_badge label %}``: a TLP 2.0 badge that links to what the label means (``/marking/``)."""

from __future__ import annotations

from typing import Any

from django import template

from practices.marking import MEANINGS, Label, anchor, badge_class, display

register = template.Library()


@register.inclusion_tag("components/tlp_badge.html")
def tlp_badge(label: str) -> dict[str, Any]:
    known = label if label in Label.values else Label.RED
    return {
        "text": display(known),
        "css": badge_class(known),
        "meaning": MEANINGS[Label(known)],
        "anchor": anchor(known),
    }
