"""Serializer fields for the pages API: taxonomy by slug, related pages only when public."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


class SlugField(serializers.Field):
    """Serialise a foreign key as its slug (or ``None``)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value: Any) -> str | None:
        return getattr(value, "slug", None)


class SlugListField(serializers.Field):
    """Serialise a many-to-many relation as a list of slugs."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance: Any) -> Any:
        return getattr(instance, self.source)

    def to_representation(self, value: Any) -> list[str]:
        return [item.slug for item in value.all()]


class PublicSlugListField(SlugListField):
    """Slugs of the related rows the public may see (rows that say ``is_public``: organisations), read from
    what the page has prefetched; rows without ``is_public`` are all public."""

    def to_representation(self, value: Any) -> list[str]:
        return [item.slug for item in value.all() if getattr(item, "is_public", True)]


class LivePagesField(SlugListField):
    """Serialise related pages, leaving out drafts and view-restricted pages."""

    def to_representation(self, value: Any) -> list[dict[str, Any]]:
        return [{"id": page.pk, "title": page.title, "url": page.url} for page in value.all().live().public()]


class WithheldBody(serializers.Field):
    """A body field, or ``null`` when the page's body is restricted (``PracticeBase.body_label``): the pages API
    is public, so it never carries a restricted body, whoever asks. ``kind`` says how the value is serialised
    (``"rich_text"`` and ``"stream"`` as Wagtail does; text otherwise)."""

    def __init__(self, kind: str = "text", **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        super().__init__(source="*", **kwargs)
        self.kind = kind

    def bind(self, field_name: str, parent: Any) -> None:
        # Wagtail's serializers import the page model: they are read when the API builds its serializers.
        from wagtail.api.v2.serializers import RichTextFieldSerializer, StreamField

        super().bind(field_name, parent)
        inner = {"rich_text": RichTextFieldSerializer, "stream": StreamField}.get(self.kind, serializers.CharField)
        self.inner = inner()
        self.inner.bind(field_name, parent)

    def to_representation(self, page: Any) -> Any:
        if getattr(page, "body_label", "clear") != "clear":
            return None
        return self.inner.to_representation(getattr(page, self.field_name))
