"""Badges: a TLP 2.0 label (``/marking/``) and an evidence level (``/evidence/``), each linking to its meaning."""

from __future__ import annotations

from typing import Any

from django import template

from practices.marked_files import body_file_url as marked_body_url
from practices.marking import MEANINGS, Label, anchor, badge_class, display
from practices.models.evidence import CRITERIA, EvidenceLevel

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


@register.inclusion_tag("components/evidence_badge.html")
def evidence_badge(level: str) -> dict[str, Any]:
    """An evidence level's badge, linking to what the levels mean (``/evidence/``)."""
    known = level if level in EvidenceLevel.values else EvidenceLevel.INSPIRING
    return {"level": known, "text": EvidenceLevel(known).label, "meaning": CRITERIA[EvidenceLevel(known)]}


@register.simple_tag
def body_file_url(page: Any, item: Any) -> str:
    """The permission-checked URL of a restricted page's body file, or "" when the body is public."""
    return marked_body_url(page, item) or ""
