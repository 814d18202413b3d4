"""Uploaded files: a private collection's documents are reachable by no URL the portal knows; renditions are."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_document():
    collection = Collection.get_first_root_node().add_child(name="Vetted practitioners only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Vetted practitioners")[0])
    return DocumentFactory(collection=collection, file__data=b"%PDF-1.4 vulnerability assessment of the square")


def test_a_private_document_is_unreachable_anonymously_by_every_url(client, private_document):
    name = private_document.file.name  # documents/handout....pdf
    urls = [
        private_document.url,  # Wagtail's view: asks for a login
        f"/documents/{private_document.pk}/{private_document.filename}",
        f"{settings.MEDIA_URL}{name}",
        f"{settings.MEDIA_URL}documents/{private_document.filename}",
        f"{settings.MEDIA_URL}images/../{name}",
        f"{settings.MEDIA_URL}images/%2e%2e/{name}",
        f"{settings.MEDIA_URL}images/..%2f{name}",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), f"{url} answered {response.status_code}"
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"vulnerability assessment" not in body, url
    assert "login" in client.get(private_document.url)["Location"]


def test_source_documents_and_renditions_are_served(client):
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    image = ImageFactory()
    rendition = image.get_rendition("fill-100x100")
    response = client.get(rendition.url)
    assert response.status_code == 200 and "public" in response["Cache-Control"]
    assert client.get(f"{settings.MEDIA_URL}{image.file.name}").status_code == 404  # originals are not served
