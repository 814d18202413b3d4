"""The move of events out of ``network`` keeps every row: pages, revisions, speakers, registrations.

The database is taken back to the old layout (``network`` owning the models, before ``events/0001``),
rows are written there through the historical models, and the migrations are applied again.

It runs inside the test's transaction rather than with ``transaction=True``: that would flush the
database the rest of the session shares (and the demo content, once a later module loads it). PostgreSQL runs
migrations transactionally, and these are state changes and content-type updates, so the rollback
at the end restores the database exactly; it is also migrated forward to the latest state first.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from wagtail.models import Page, Revision

from portal_events.models import EventIndexPage, EventPage, PendingRegistration, Person, Registration
from tests.events.event_helpers import publish_event
from tests.factories import OrganisationFactory, PersonFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

MOVED = ("eventindexpage", "person", "eventpage", "pendingregistration", "registration")
STATE_REMOVAL = ("network", "0007_events_move_to_events_app")


def _executor() -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor


def test_the_move_is_ordered_in_the_graph():
    graph = _executor().loader.graph
    assert ("events", "0001_initial") in graph.node_map[STATE_REMOVAL].parents
    assert ("network", "0006_pending_registrations") in graph.node_map[("events", "0001_initial")].parents


@pytest.fixture
def existing_events():
    """Events already on the site before the move, with speakers and registrations, to be kept by it."""
    organisation = OrganisationFactory()
    for title in ("Webinar before the move", "Conference before the move"):
        event = publish_event(title=title)
        event.speakers.add(PersonFactory(organisation=organisation))
        event.save_revision().publish()
        RegistrationFactory(event=event)


def test_migrating_from_the_old_layout_keeps_events_and_registrations(existing_events):
    counts_before = {model: model.objects.count() for model in (EventPage, Person, Registration, EventIndexPage)}
    content_type_ids = {name: ContentType.objects.get(app_label="events", model=name).pk for name in MOVED}
    assert counts_before[EventPage] == counts_before[Person] == counts_before[Registration] == 2
    permission_pk = Permission.objects.get(codename="change_eventpage").pk

    executor = _executor()
    old = executor.migrate([("events", None)])  # unapplies network/0007 too, which depends on it
    ContentType.objects.clear_cache()
    try:
        old_apps = old.apps
        old_types = old_apps.get_model("contenttypes", "ContentType")
        assert {ct.model: ct.pk for ct in old_types.objects.filter(app_label="network", model__in=MOVED)} == (
            content_type_ids
        ), "back in the old layout, the content types are network's again"
        assert not old_types.objects.filter(app_label="events").exists()
        ids = _old_layout_rows(old_apps)
        # What migrate's post_migrate does meanwhile (Wagtail's snippet permissions): a second, younger
        # content type for a moved model, under the new label, which the forward migration must resolve.
        younger = ContentType.objects.get_for_model(Person)
        assert younger.pk != content_type_ids["person"]
        old_page_count = old_apps.get_model("network", "EventPage").objects.count()

        executor = _executor()
        executor.migrate(executor.loader.graph.leaf_nodes())
    finally:
        ContentType.objects.clear_cache()
        executor = _executor()
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            executor.migrate(executor.loader.graph.leaf_nodes())

    assert {ct.model: ct.pk for ct in ContentType.objects.filter(app_label="events")} == content_type_ids
    assert not ContentType.objects.filter(app_label="network", model__in=MOVED).exists()
    assert Permission.objects.get(codename="change_eventpage").pk == permission_pk  # group permissions kept

    # The page written in the old layout is an events.EventPage now, seen by the model and by Wagtail.
    page = Page.objects.get(pk=ids["page"])
    assert page.content_type_id == content_type_ids["eventpage"] and page.specific_class is EventPage
    event = EventPage.objects.get(pk=ids["page"])
    assert (
        event.title == "Migrated webinar"
        and event.capacity == 12
        and event.get_parent().specific_class is (EventIndexPage)
    )
    assert [person.slug for person in event.speakers.all()] == ["migrated-speaker"]
    assert Person.objects.get(slug="migrated-speaker").organisation_id == ids["organisation"]
    registration = Registration.objects.get(token="migrated-registration")
    assert (registration.event_id, registration.email, registration.status) == (
        ids["page"],
        "ana@city.example",
        "confirmed",
    )
    assert list(event.registrations.all()) == [registration]
    assert PendingRegistration.objects.get(token="migrated-request").event_id == ids["page"]
    revision = Revision.objects.get(pk=ids["revision"])
    assert revision.content_type.model_class() is EventPage and revision.content_object.specific == event

    # Nothing else was lost: every event the site had is there, and the one added in the old layout.
    assert EventPage.objects.count() == old_page_count == counts_before[EventPage] + 1
    assert Person.objects.count() == counts_before[Person] + 1
    assert Registration.objects.count() == counts_before[Registration] + 1
    assert EventIndexPage.objects.count() == counts_before[EventIndexPage]


def _old_layout_rows(apps) -> dict[str, int]:
    """An event page with a speaker, a registration, a request and a revision, as network stored them."""
    content_types = apps.get_model("contenttypes", "ContentType").objects
    index_model = apps.get_model("network", "EventIndexPage")
    event_model = apps.get_model("network", "EventPage")
    index = index_model.objects.get()
    organisation = apps.get_model("network", "Organisation").objects.filter(active=True).first()
    now = timezone.now()
    event = event_model.objects.create(
        title="Migrated webinar",
        draft_title="Migrated webinar",
        slug="migrated-webinar",
        path=index.path + "ZZZZ",
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}migrated-webinar/",
        content_type=content_types.get(app_label="network", model="eventpage"),
        locale_id=index.locale_id,
        live=True,
        summary="Carried over from the old layout.",
        timezone="Europe/Brussels",
        start=now + dt.timedelta(days=10),
        end=now + dt.timedelta(days=10, hours=2),
        online_url="https://example.org/join",
        registration_mode="built-in",
        capacity=12,
    )
    person = apps.get_model("network", "Person").objects.create(
        name="Migrated Speaker", slug="migrated-speaker", organisation=organisation
    )
    event_model.speakers.through.objects.create(eventpage_id=event.pk, person_id=person.pk)
    apps.get_model("network", "Registration").objects.create(
        event_id=event.pk,
        name="Ana",
        email="ana@city.example",
        status="confirmed",
        token="migrated-registration",
        consent_given_at=now,
        queued_at=now,
    )
    apps.get_model("network", "PendingRegistration").objects.create(
        event_id=event.pk,
        name="Bo",
        email="bo@city.example",
        token="migrated-request",
        consent_given_at=now,
        requested_at=now,
    )
    revision = apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=content_types.get(app_label="network", model="eventpage"),
        base_content_type=content_types.get(app_label="wagtailcore", model="page"),
        object_id=str(event.pk),
        created_at=now,
        object_str=event.title,
        content={"pk": event.pk, "title": event.title, "slug": event.slug},
    )
    return {"page": event.pk, "revision": revision.pk, "organisation": organisation.pk}
