"""Logos are uploaded through Wagtail's image library: non-images and oversized files are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("logo.png", b"this is not an image", content_type="image/png"),
        SimpleUploadedFile("logo.exe", b"MZ\x90\x00", content_type="application/octet-stream"),
    ],
)
def test_non_images_are_refused_with_a_message(admin_client_logged_in, upload):
    before = get_image_model().objects.count()
    response = admin_client_logged_in.post(reverse("wagtailimages:add"), {"title": "Logo", "file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["file"], "the file field explains what is wrong"
    assert get_image_model().objects.count() == before


def test_oversized_logo_is_refused(admin_client_logged_in, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    from demo.drawings import illustration

    upload = SimpleUploadedFile("big.png", illustration("big", "Big logo"), content_type="image/png")
    before = get_image_model().objects.count()
    response = admin_client_logged_in.post(
        reverse("wagtailimages:add"), {"title": "Big", "file": upload, "description": "A logo"}
    )
    assert response.status_code == 200
    assert "too big" in " ".join(response.context["form"].errors["file"])
    assert get_image_model().objects.count() == before
