"""Admin registration of events: speakers as snippets, and the attendee list of an event."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal_events.models import EventPage, Person, RegistrationMode


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "Speakers"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "role"]


register_snippet(PersonViewSet)


@hooks.register("register_admin_urls")
def event_admin_urls() -> list:
    from django.urls import path

    from portal_events.admin_views import attendee_csv

    return [path("events/<int:page_id>/registrations.csv", attendee_csv, name="events_attendee_csv")]


@hooks.register("register_page_header_buttons")
def attendee_csv_button(page: object, user: object, view_name: str = "", next_url: str | None = None, **kwargs: object):
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    specific = getattr(page, "specific", page)
    built_in = isinstance(specific, EventPage) and specific.registration_mode == RegistrationMode.BUILT_IN
    if built_in and page.permissions_for_user(user).can_edit():
        yield Button(
            "Attendee list (CSV)", reverse("events_attendee_csv", args=[page.pk]), icon_name="download", priority=70
        )
