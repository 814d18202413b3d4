"""Helpers to post the Wagtail page editor's form as a browser would.

The editor renders StreamFields with JavaScript, so the HTML alone does not carry their
values; ``edit_form_data`` reads the rest of the form from the HTML and adds them.
"""

from __future__ import annotations

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from portal_events.models import EventPage
from practices.models import CaseStudyPage, PracticeBase


def approach_form_data(page: CaseStudyPage) -> dict:
    blocks = []
    for block in page.approach:
        if block.block_type == "text":
            blocks.append(("text", rich_text(block.value.source)))
        elif block.block_type == "quote":
            blocks.append(("quote", {"text": block.value["text"], "attribution": block.value["attribution"]}))
    return nested_form_data({"approach": streamfield(blocks)})


def list_block(values: list) -> dict:
    """A ListBlock's form data (like ``streamfield``, without block types)."""
    data: dict = {
        str(index): {"value": value, "deleted": "", "order": str(index)} for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def restricted_section(
    label: str, heading: str, body: str, documents=(), shared_with=(), named_people="", images=()
) -> dict:
    """One restricted section as the page editor posts it."""
    return {
        "label": label,
        "heading": heading,
        "body": rich_text(body),
        "documents": list_block([document.pk for document in documents]),
        "images": list_block([image.pk for image in images]),
        "shared_with": list_block([organisation.pk for organisation in shared_with]),
        "named_people": named_people,
    }


def restricted_form_data(page: PracticeBase) -> dict:
    sections = [
        (
            "section",
            restricted_section(
                block.value["label"],
                block.value["heading"],
                block.value["body"].source,
                [doc for doc in block.value["documents"] if doc],
                [org for org in block.value["shared_with"] if org],
                block.value["named_people"],
                [image for image in block.value["images"] if image],
            ),
        )
        for block in page.restricted_sections
    ]
    return nested_form_data({"restricted_sections": streamfield(sections)})


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
    if isinstance(specific, PracticeBase):
        for key, value in restricted_form_data(specific).items():
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
