"""The practices' admin page form: the checks on a page's files that a block cannot make, because they
depend on who is editing or on other fields (``practices.annexes``)."""

from __future__ import annotations

import re
from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from practices.annexes import foreign_files, page_files, section_files
from practices.blocks import in_restricted_collection, stream_files
from practices.marking import RESTRICTED_COLLECTION, Label

#: Posted keys that hold a chosen file's id: section documents and images, the gallery, the documents, the
#: approach's image and document blocks, a tool's kept copy.
FILE_KEYS = re.compile(
    r"(-documents-\d+-value|-images-\d+-value|^gallery_images-\d+-image|^related_documents-\d+-document"
    r"|-value-image|-value-document|^access_document|^listing_image)$"
)


class PracticePageForm(WagtailAdminPageForm):
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        body = self.body_files(cleaned)
        foreign: list[Any] = []
        if self.for_user is not None:
            before = page_files(self.instance) if self.instance.pk else []
            sections = cleaned.get("restricted_sections") or []
            after = [*(("body", item) for item in body), *section_files(sections)]
            foreign = foreign_files(self.for_user, before, after)
        if foreign:
            # Not named, and not shown again in the form: their titles are not this editor's to read.
            self.add_error(
                None, "Some restricted files chosen belong to another organisation: they cannot be attached."
            )
            self._forget(foreign)
        own = [item for item in body if item not in foreign]
        if cleaned.get("body_label", Label.CLEAR) != Label.CLEAR:
            outside = [item.title for item in own if not in_restricted_collection(item)]
            if outside:
                self.add_error(
                    "body_label",
                    f"A restricted page keeps its body's images and documents in the “{RESTRICTED_COLLECTION}” "
                    f"collection (only its readers can fetch them there). Move these first: {', '.join(outside)}.",
                )
        else:
            inside = [item.title for item in own if in_restricted_collection(item)]
            if inside:
                self.add_error(
                    None,
                    f"These files are in the “{RESTRICTED_COLLECTION}” collection, but this page's body is "
                    f"TLP:CLEAR: put them in a restricted section, or mark the whole page. {', '.join(inside)}.",
                )
        listing = cleaned.get("listing_image")
        if listing is not None and listing not in foreign and in_restricted_collection(listing):
            self.add_error("listing_image", "The listing image is shown to everyone: choose a public image.")
        return cleaned

    def body_files(self, cleaned: dict[str, Any]) -> list[Any]:
        """The body's files as posted (``PracticeBase.body_files`` reads the saved ones)."""
        model = self._meta.model
        files = [cleaned.get(name) for name in model.body_file_fields]
        for relation, field in model.body_file_children:
            formset = self.formsets.get(relation)
            if formset is None:
                continue
            formset.is_valid()  # cleans its forms (the page form is cleaned before its formsets)
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if not data.get("DELETE"):
                    files.append(data.get(field))
        for name in model.body_fields:
            files += stream_files(cleaned.get(name))
        return [item for item in files if item is not None]

    def _forget(self, items: list[Any]) -> None:
        """Blank the posted choices of ``items``, so the form shown again does not render their titles."""
        ids = {str(item.pk) for item in items}
        data = self.data.copy()
        for key in list(data.keys()):
            if FILE_KEYS.search(key) and data.get(key) in ids:
                data[key] = ""
        self.data = data
