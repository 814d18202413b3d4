"""The practices' admin page form: the checks a page's restricted sections need that a block cannot make,
because they depend on who is editing."""

from __future__ import annotations

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from practices.annexes import foreign_files
from practices.blocks import in_restricted_collection, stream_files
from practices.marking import RESTRICTED_COLLECTION, Label


class PracticePageForm(WagtailAdminPageForm):
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("body_label", Label.CLEAR) != Label.CLEAR:
            outside = [item.title for item in self.body_files(cleaned) if not in_restricted_collection(item)]
            if outside:
                self.add_error(
                    "body_label",
                    f"A restricted page keeps its body's images and documents in the “{RESTRICTED_COLLECTION}” "
                    f"collection (only its readers can fetch them there). Move these first: {', '.join(outside)}.",
                )
        sections = cleaned.get("restricted_sections")
        if sections is not None and self.for_user is not None:
            before = self.instance.restricted_sections if self.instance.pk else []
            foreign = foreign_files(self.for_user, before, sections)
            if foreign:
                self.add_error(
                    None,
                    "These restricted files belong to another organisation, and cannot be attached here: "
                    + ", ".join(foreign),
                )
        return cleaned

    def body_files(self, cleaned: dict[str, Any]) -> list[Any]:
        """The body's files as posted (``PracticeBase.body_files`` reads the saved ones)."""
        model = self._meta.model
        files = [cleaned.get(name) for name in model.body_file_fields]
        for relation, field in model.body_file_children:
            formset = self.formsets[relation]
            formset.is_valid()  # cleans its forms (the page form is cleaned before its formsets)
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if not data.get("DELETE"):
                    files.append(data.get(field))
        for name in model.body_fields:
            files += stream_files(cleaned.get(name))
        return [item for item in files if item is not None]
