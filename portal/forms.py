"""Admin form customisations."""

from __future__ import annotations

from wagtail.images.forms import BaseImageForm


class AltTextImageForm(BaseImageForm):
    """Images must carry a description for screen readers before they can be saved."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields[
                "description"
            ].help_text = "Alternative text read by screen readers; describe what the image shows."
