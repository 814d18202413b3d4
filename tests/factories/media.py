"""Images (with renditions on demand) and documents, generated in memory."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection


class ImageFactory(DjangoModelFactory):
    """A small generated image in the root collection (listing images, speaker photos, logos)."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Test image {n}")
    description = "A test image."
    file = factory.django.ImageField(width=640, height=360, color="teal")
    collection = factory.LazyFunction(Collection.get_first_root_node)


class DocumentFactory(DjangoModelFactory):
    """A small PDF-named document in the root collection (case study documents, tool copies)."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Test document {n}")
    file = factory.django.FileField(filename="handout.pdf", data=b"%PDF-1.4 test")
    collection = factory.LazyFunction(Collection.get_first_root_node)
