"""Helpers to post the Wagtail page editor's form as a browser would.

The editor renders StreamFields with JavaScript, so the HTML alone does not carry their
values; ``edit_form_data`` reads the rest of the form from the HTML and adds them.
"""

from __future__ import annotations

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from portal_events.models import EventPage
from practices.models import CaseStudyPage


def approach_form_data(page: CaseStudyPage) -> dict:
    blocks = []
    for block in page.approach:
        if block.block_type == "text":
            blocks.append(("text", rich_text(block.value.source)))
        elif block.block_type == "quote":
            blocks.append(("quote", {"text": block.value["text"], "attribution": block.value["attribution"]}))
    return nested_form_data({"approach": streamfield(blocks)})


def edit_form_data(client, page):
    """(edit URL, POST data) for ``page``'s edit view, StreamField values included."""
    path = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(path)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    specific = page.specific
    if isinstance(specific, CaseStudyPage):
        for key, value in approach_form_data(specific).items():
            data[key] = value
    if isinstance(specific, EventPage):
        for key, value in sessions_form_data(specific).items():
            data[key] = value
    return path, data


def sessions_form_data(page: EventPage) -> dict:
    blocks = []
    for block in page.sessions:
        value = block.value
        speakers = {"count": len(value["speakers"])}
        for number, person in enumerate(value["speakers"]):
            speakers[str(number)] = {"value": person.pk if person else "", "deleted": "", "order": number, "id": ""}
        blocks.append(
            (
                "session",
                {
                    "title": value["title"],
                    "date": value["date"].isoformat(),
                    "start_time": value["start_time"].strftime("%H:%M"),
                    "end_time": value["end_time"].strftime("%H:%M"),
                    "speakers": speakers,
                    "description": value["description"],
                },
            )
        )
    return nested_form_data({"sessions": streamfield(blocks)})
