"""QuickSelect writes exactly the markup of Django's Select, so filter forms look and behave the same."""

from __future__ import annotations

import pytest
from django import forms

from network.directory import DirectoryFilterForm
from portal_events.listings import EventFilterForm
from practices.listing import PracticeFilterForm
from practices.widgets import QuickSelect
from tests.factories import ProjectFactory, SpaceCategoryFactory, ThreatTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vocabulary():
    """Terms for the selects to offer: threat families with specific threats (grouped options), a public
    space and a project, among them the values the bound forms select."""
    terrorism = ThreatTypeFactory(name="Terrorism", slug="terrorism")
    ThreatTypeFactory(name="Vehicle ramming", slug="vehicle-ramming", parent=terrorism)
    ThreatTypeFactory(name="Stabbing", slug="stabbing", parent=terrorism)
    ThreatTypeFactory(name="Pickpocketing", parent=ThreatTypeFactory(name="Crime & disorder"))
    SpaceCategoryFactory(name="Markets incl. Christmas markets", slug="markets")
    ProjectFactory(acronym="PROTECT", slug="protect")


def assert_same_as_django(form: forms.Form) -> None:
    if form.is_bound:
        form.is_valid()
    fields = [name for name, field in form.fields.items() if isinstance(field.widget, QuickSelect)]
    assert fields
    for name in fields:
        field = form.fields[name]
        quick = str(form[name])
        field.widget = forms.Select(attrs=field.widget.attrs, choices=field.widget.choices)
        assert quick == str(form[name]), name


@pytest.mark.parametrize(
    "form",
    [
        lambda: PracticeFilterForm(None),
        lambda: PracticeFilterForm({"threat": "vehicle-ramming", "country": "NL", "space": "no-such-space"}),
        lambda: PracticeFilterForm({"project": "protect"}, with_country=False),
        lambda: DirectoryFilterForm(None),
        lambda: DirectoryFilterForm({"expertise": "terrorism", "country": "XX", "type": "police"}),
        lambda: EventFilterForm({"when": "past", "type": "webinar", "threat": "%00"}),
    ],
    ids=["listing", "listing-filtered", "listing-without-country", "directory", "directory-grouped", "events"],
)
def test_filter_forms_render_as_with_django_select(form):
    assert_same_as_django(form())


def test_labels_values_and_attributes_are_escaped_as_django_does():
    class Form(forms.Form):
        choice = forms.ChoiceField(
            choices=[("", "Any"), ('"quoted"', "<b>bold</b> & more"), ("Group & co", [("a", "A"), ("b", "B")])],
            widget=QuickSelect(attrs={"data-x": '"<>"', "disabled": True, "hidden": False}),
        )

    assert_same_as_django(Form({"choice": "b"}))
