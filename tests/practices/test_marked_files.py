"""A restricted section's files as they leave the portal: stamped PDFs, images rendered for readers only,
renditions and choosers that keep another organisation's annexes out of sight."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.test import Client
from pypdf import PdfReader
from wagtail.images import get_image_model

from network.permissions import add_editor
from practices.marked_files import marked_url
from tests.factories.marking import CAN_READ, add_sections, real_pdf, restricted_document, restricted_image, section
from tests.factories.media import ImageFactory
from tests.practices.test_restricted_sections import _world, moderator_user, world  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def annexed(world):  # noqa: F811
    """The marked world's page with an AMBER section holding a real two-page PDF and a site-plan image."""
    pdf = restricted_document("Evacuation routes of the Markt", "routes.pdf", real_pdf("Route one", "Route two"))
    plan = restricted_image("Site plan of the Markt square")
    page = add_sections(
        world.page,
        section("amber", "Evacuation", "Routes and assembly points.", documents=[pdf], images=[plan]),
    )
    block_id = page.restricted_sections[0].id
    return page, block_id, pdf, plan


def test_a_downloaded_pdf_carries_its_label_on_a_banner_page_and_every_page(world, annexed):  # noqa: F811
    page, block_id, pdf, _plan = annexed
    response = world.client("vetted_other").get(f"/restricted/{page.pk}/{block_id}/{pdf.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="TLP-AMBER_routes')
    assert "no-store" in response["Cache-Control"]
    reader = PdfReader(BytesIO(response.content))
    assert len(reader.pages) == 3  # the banner page, then the two pages of the annex
    banner = reader.pages[0].extract_text()
    assert "TLP:AMBER" in banner and "Vetted members only" in banner
    assert "inspector@politie.example" in banner and "Evacuation" in banner
    for number, text in ((1, "Route one"), (2, "Route two")):
        content = reader.pages[number].extract_text()
        assert text in content and "TLP:AMBER" in content
    assert reader.metadata.subject == "TLP:AMBER"


@pytest.mark.parametrize("reader", sorted(CAN_READ))
def test_a_restricted_image_is_rendered_for_readers_of_its_section_only(world, annexed, reader):  # noqa: F811
    page, block_id, _pdf, plan = annexed
    client = world.client(reader)
    url = f"/restricted/{page.pk}/{block_id}/image/{plan.pk}/"
    html = client.get(page.url).content.decode()
    response = client.get(url)
    if "amber" in CAN_READ[reader]:
        assert url in html and "Site plan of the Markt square, restricted." in html
        assert response.status_code == 200 and response["Content-Type"].startswith("image/")
        assert "no-store" in response["Cache-Control"]
    else:
        assert url not in html and "Site plan of the Markt square" not in html
        assert response.status_code == (302 if reader == "anonymous" else 404)
    # Pages never make a rendition of it: renditions are files a proxy may cache.
    assert not get_image_model().get_rendition_model().objects.filter(image=plan).exists()


def test_bad_image_links_are_404(world, annexed):  # noqa: F811
    page, block_id, pdf, plan = annexed
    client = world.client("vetted_owner")
    for url in (
        f"/restricted/{page.pk}/{block_id}/image/999999/",
        f"/restricted/{page.pk}/{block_id}/image/{pdf.pk}/",  # a document's id, not the section's image
        f"/restricted/{page.pk}/nope/image/{plan.pk}/",
    ):
        assert client.get(url).status_code == 404, url


def test_a_section_keeps_its_images_in_the_restricted_collection():
    from wagtail.blocks import StructBlockValidationError

    from practices.blocks import RestrictedSectionBlock

    block = RestrictedSectionBlock()
    value = block.to_python(
        {"label": "amber", "heading": "Plan", "body": "<p>x</p>", "images": [ImageFactory(title="Public photo").pk]}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "images" in error.value.block_errors and "Public photo" in str(error.value.block_errors["images"])


def test_renditions_of_a_restricted_image_reach_only_who_may_change_it(world, annexed, moderator_user):  # noqa: F811
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission

    _page, _block_id, _pdf, plan = annexed
    thumbnail = plan.get_rendition("max-165x165")  # as the admin's chooser and listing make it
    url = thumbnail.url
    assert Client().get(url).status_code == 404
    client = world.client("vetted_owner")  # may read the section, but reads it through the marked view
    assert client.get(url).status_code == 404
    other_editor = add_editor(world.other, "editor@politie.example", "Other Editor")
    client.force_login(other_editor)
    assert client.get(url).status_code == 404
    GroupCollectionPermission.objects.get_or_create(
        group=moderator_user.groups.get(),
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="change_image"),
    )
    client.force_login(moderator_user)
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    public = ImageFactory().get_rendition("max-165x165")
    assert "public" in Client().get(public.url)["Cache-Control"]
    # The same file by a path that is not its plain name, or a file no rendition names: nothing.
    name = url.removeprefix("/media/images/")
    for tricked in (f"/media/images//{name}", f"/media/images/./{name}", "/media/images/not-a-rendition.png"):
        assert Client().get(tricked).status_code == 404, tricked


def test_choosers_hide_another_organisations_restricted_files(world, annexed):  # noqa: F811
    _page, _block_id, pdf, plan = annexed
    public_document = restricted_document("Unused", "unused.pdf")
    public_document.collection = public_document.collection.get_parent()
    public_document.save()
    other_editor = add_editor(world.other, "editor@politie.example", "Other Editor")
    client = Client()
    client.force_login(other_editor)
    documents = client.get("/admin/documents/chooser/results/?q=").content.decode()
    images = client.get("/admin/images/chooser/results/?q=").content.decode()
    assert pdf.title not in documents and plan.title not in images
    assert "Unused" in documents  # public documents stay choosable
    own = restricted_document("Our own annex", "own.pdf")
    own.uploaded_by_user = other_editor
    own.save()
    assert "Our own annex" in client.get("/admin/documents/chooser/results/?q=").content.decode()


def test_the_admin_shows_each_pages_markings(world, admin_client):  # noqa: F811
    page = world.page
    assert page.get_admin_display_title() == (f"{page.title} [TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED]")
    listing = admin_client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert "TLP:AMBER+STRICT" in listing
    page.body_label = "amber"
    page.restricted_sections = []
    assert page.get_admin_display_title() == f"{page.title} [TLP:AMBER]"


@pytest.fixture
def restricted_body(world):  # noqa: F811
    """The marked world's case study restricted as a whole (AMBER), with a gallery image, a document, and an
    image and a document in its approach, all in the restricted collection."""
    from practices.models import CaseStudyDocument, CaseStudyImage

    page = world.page.specific_class.objects.get(pk=world.page.pk)
    gallery = restricted_image("Gate camera view")
    approach_image = restricted_image("Approach sketch")
    document = restricted_document("Gate maintenance log", "gates.pdf", real_pdf("Gate log"))
    approach_document = restricted_document("Steward rota", "rota.pdf")
    page.body_label = "amber"
    approach_image.contextual_alt_text, approach_image.decorative = "Sketch", False
    page.approach = [("image", approach_image), ("document", {"document": approach_document, "title": ""})]
    page.gallery_images = [CaseStudyImage(image=gallery, caption="Camera")]
    page.related_documents = [CaseStudyDocument(document=document)]
    page.save_revision().publish()
    page = page.specific_class.objects.get(pk=page.pk)
    return page, [gallery, approach_image, document, approach_document]


@pytest.mark.parametrize("reader", ["anonymous", "member", "vetted_other"])
def test_a_restricted_bodys_files_reach_its_readers_only(world, restricted_body, reader):  # noqa: F811
    page, files = restricted_body
    client = world.client(reader)
    html = client.get(page.url).content.decode()
    urls = [marked_url(page, "body", item) for item in files]
    for item, url in zip(files, urls, strict=True):
        response = client.get(url)
        if reader == "vetted_other":
            assert url in html, item.title
            assert response.status_code == 200, item.title
            assert "no-store" in response["Cache-Control"]
        else:
            assert url not in html and item.title not in html
            assert response.status_code == (302 if reader == "anonymous" else 404)
        assert client.get(item.url if hasattr(item, "file_extension") else "/").status_code in (200, 404)
    renditions = get_image_model().get_rendition_model().objects.filter(image__in=[files[0], files[1]])
    assert not renditions.exists()  # no public copy of the body's images


def test_a_downloaded_body_pdf_is_stamped_and_logged(world, restricted_body):  # noqa: F811
    from network.models import AccessRecord

    page, files = restricted_body
    response = world.client("vetted_owner").get(marked_url(page, "body", files[2]))
    assert PdfReader(BytesIO(response.content)).pages[1].extract_text().count("TLP:AMBER") == 1
    record = AccessRecord.objects.filter(kind="download").get()
    assert (record.label, record.document) == ("amber", "Gate maintenance log")


def test_a_public_page_refuses_restricted_files(world, admin_client):  # noqa: F811
    from tests.admin_forms import edit_form_data

    page = world.page
    path, data = edit_form_data(admin_client, page)
    data["listing_image"] = str(restricted_image("Gate sketch").pk)
    data["action-publish"] = "1"
    response = admin_client.post(path, data)
    assert response.status_code == 200 and "choose a public image" in response.content.decode()


def test_wagtails_document_view_never_lets_a_shared_cache_keep_an_annex(annexed, admin_client):
    _page, _block_id, pdf, _plan = annexed
    response = admin_client.get(pdf.url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def test_a_restricted_body_refuses_public_files(world, admin_client):  # noqa: F811
    from tests.admin_forms import edit_form_data

    page = world.page
    path, data = edit_form_data(admin_client, page)
    public = ImageFactory(title="Public photo of the gate")
    data["body_label"] = "amber"
    data["gallery_images-TOTAL_FORMS"] = "1"
    data["gallery_images-INITIAL_FORMS"] = "0"
    data["gallery_images-0-image"] = str(public.pk)
    data["gallery_images-0-caption"] = ""
    data["gallery_images-0-ORDER"] = "1"
    data["action-publish"] = "1"
    before = page.latest_revision_id
    response = admin_client.post(path, data)
    assert response.status_code == 200
    assert "Move these first: Public photo of the gate" in response.content.decode()
    page.refresh_from_db()
    assert page.latest_revision_id == before and page.body_label == "clear"


def test_a_preview_fetches_restricted_files_through_the_admins_own_views(annexed, rf):
    """Previews (of drafts not live yet) are opened by editors and reviewers, who may change the files."""
    from practices.marked_files import file_url

    page, block_id, pdf, plan = annexed
    request = rf.get("/")
    assert file_url(request, page, block_id, plan) == f"/restricted/{page.pk}/{block_id}/image/{plan.pk}/"
    request.is_preview = True
    assert file_url(request, page, block_id, plan).startswith("/media/images/")
    assert file_url(request, page, block_id, pdf) == pdf.url
