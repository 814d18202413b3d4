"""Badges: a TLP 2.0 label (``/marking/``) and an evidence level (``/evidence/``), each linking to its meaning."""

from __future__ import annotations

from typing import Any

from django import template

from practices.marked_files import body_file_url as marked_body_url
from practices.marked_files import file_url
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


@register.simple_tag(takes_context=True)
def body_file_url(context: Any, item: Any) -> str:
    """Where the reader fetches a file of the page's restricted body, or "" when the body is public."""
    return marked_body_url(context.get("page"), item, context.get("request")) or ""


@register.simple_tag(takes_context=True)
def part_file_url(context: Any, part: Any, item: Any) -> str:
    """Where the reader fetches a file of a restricted section (``practices.marked_files.file_url``)."""
    return file_url(context.get("request"), context.get("page"), part.block_id, item)
