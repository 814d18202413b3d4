"""StreamField blocks of event pages."""

from __future__ import annotations

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SessionBlock(blocks.StructBlock):
    """One session of an event. Its times are wall-clock times in the event's timezone.

    A date and two times (rather than two datetimes) keep a session on one day and free of
    timezone arithmetic in the admin: the event page turns them into moments when needed.
    """

    title = blocks.CharBlock(max_length=200)
    date = blocks.DateBlock()
    start_time = blocks.TimeBlock()
    end_time = blocks.TimeBlock()
    speakers = blocks.ListBlock(SnippetChooserBlock("events.Person"), default=[])
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "time"
        label = "Session"


class SessionsBlock(blocks.StreamBlock):
    session = SessionBlock()
