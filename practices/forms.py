"""The practices' admin page form: the checks a page's restricted sections need that a block cannot make,
because they depend on who is editing."""

from __future__ import annotations

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from practices.annexes import foreign_files


class PracticePageForm(WagtailAdminPageForm):
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
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
