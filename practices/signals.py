"""Marking changes an editor makes are written in the page's history when they open a part to more readers.

Partners cannot publish (their work goes through the Moderators' workflow), so a label that widens
access always reaches readers through a moderator; publishing it records what changed and who published.
"""

from __future__ import annotations

from typing import Any

from wagtail.log_actions import log

from practices.marking import display, widens

WIDENED_ACTION = "practices.marking_widened"


def _labels(page: Any) -> dict[str, tuple[str, str]]:
    return {
        str(block.id): (block.value["label"], block.value["heading"])
        for block in page.restricted_sections
        if block.block_type == "section"
    }


def widened(before: Any, after: Any) -> list[str]:
    """What a publish opened to more readers: "Heading: TLP:AMBER → TLP:GREEN", per section."""
    old = _labels(before)
    changes = []
    for block_id, (label, heading) in _labels(after).items():
        if block_id in old and widens(old[block_id][0], label):
            changes.append(f"{heading}: {display(old[block_id][0])} → {display(label)}")
    return changes


def note_widened_marking(sender: Any, instance: Any, update_fields: Any = None, **kwargs: Any) -> None:
    """Before a practice's row is written (publishing writes it whole), compare its sections with the live ones."""
    if instance.pk is None or (update_fields is not None and "restricted_sections" not in update_fields):
        return
    live = sender.objects.filter(pk=instance.pk).first()
    instance._widened_marking = widened(live, instance) if live is not None else []


def log_widened_marking(sender: Any, instance: Any, revision: Any = None, **kwargs: Any) -> None:
    """After publishing: the widening, with who published it, in the page's history."""
    changes = getattr(instance, "_widened_marking", [])
    if changes:
        user = getattr(revision, "user", None)
        log(instance=instance, action=WIDENED_ACTION, user=user, data={"changes": changes})
        instance._widened_marking = []


def connect() -> None:
    from django.db.models.signals import pre_save
    from wagtail.signals import page_published

    from practices.models import PRACTICE_PAGE_MODELS

    for model in PRACTICE_PAGE_MODELS:
        pre_save.connect(note_widened_marking, sender=model, dispatch_uid=f"practices.marking.{model.__name__}")
        page_published.connect(log_widened_marking, sender=model, dispatch_uid=f"practices.widened.{model.__name__}")
