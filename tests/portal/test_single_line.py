"""Line breaks and control characters never break an email header or a calendar, and are refused where typed."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from icalendar import Calendar

from network.forms import ContactForm
from portal.text import one_line, validate_single_line
from portal_events.calendar import build_calendar, event_calendar_bytes
from portal_events.forms import RegistrationForm
from tests.factories import EventPageFactory, OrganisationFactory, publish
from tests.network.test_contact import contact_url, payload

pytestmark = pytest.mark.django_db

BREAKS = ["a\nb", "a\r\nb", "a\rb", "a\x0bb", "a\x00b", "a\u2028b", "a\x85b", "a\tb"]
#: Any text a request can carry (no lone surrogates), with line breaks and control characters far more likely than chance would make them.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)), st.sampled_from("\r\n\x0b\x0c\x1c\x85\u2028\u2029\x00\t")
    ),
    max_size=80,
)
PROPERTY = hypothesis_settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize("text", BREAKS)
def test_one_line_fields_refuse_line_breaks(text):
    with pytest.raises(ValidationError):
        validate_single_line(text)
    assert "\n" not in one_line(text) and "\r" not in one_line(text)
    assert one_line("Webinar \ud800") == "Webinar ?"  # a lone surrogate cannot be encoded in a header


def test_a_newline_in_the_contact_subject_is_a_form_error_not_a_500(client, portal_site):
    response = client.post(
        contact_url(OrganisationFactory(contacts=1)), payload(subject="Hello\r\nBcc: x@evil.example")
    )
    assert response.status_code == 400  # the form again, with the message
    assert "single line" in response.content.decode()
    assert mail.outbox == []
    form = ContactForm(data=payload(subject="Fine", sender_name="Ana\nOfficer"))
    assert not form.is_valid() and "sender_name" in form.errors
    assert ContactForm(data=payload(message="Two\nlines are fine in a message")).is_valid()


def test_registration_names_are_one_line():
    form = RegistrationForm(
        data={"name": "Ana\r\nOfficer", "email": "ana@city.example", "organisation": "", "consent": "on"}
    )
    assert not form.is_valid() and "name" in form.errors


def test_models_refuse_line_breaks_in_titles_and_names(portal_site):
    event = publish(portal_site.events, EventPageFactory.build())
    event.title = "Webinar\nBEGIN:VEVENT"
    with pytest.raises(ValidationError) as raised:
        event.full_clean()
    assert "title" in raised.value.message_dict
    organisation = OrganisationFactory()
    organisation.name = "City\rof Nice"
    with pytest.raises(ValidationError) as raised:
        organisation.full_clean()
    assert "name" in raised.value.message_dict


def test_any_subject_reaches_the_outbox_as_one_header(settings):
    """Every message the portal sends passes the queue; whatever the subject, it is sent, on one line."""

    @PROPERTY
    @given(subject=TEXT)
    def check(subject: str) -> None:
        mail.outbox.clear()
        EmailMessage(subject=f"[Practice exchange] {subject}", body="body", to=["a@city.example"]).send()
        (sent,) = mail.outbox
        raw = sent.message().as_bytes()  # raises BadHeaderError on a line break
        headers = raw.split(b"\n\n", 1)[0].decode("ascii")
        subject_lines = [line for line in headers.splitlines() if line.lower().startswith("subject:")]
        assert len(subject_lines) == 1
        assert "\n" not in sent.subject and "\r" not in sent.subject

    check()


def test_any_event_text_gives_a_valid_calendar_and_its_email(portal_site):
    """An event's title, place and summary go into SUMMARY, LOCATION, DESCRIPTION, the calendar's NAME and the
    confirmation email's subject and attachment: each stays one well-formed property."""
    event = publish(portal_site.events, EventPageFactory.build(registration_mode="built-in", capacity=30))

    @PROPERTY
    @given(title=TEXT, venue=TEXT, city=TEXT, summary=TEXT)
    def check(title: str, venue: str, city: str, summary: str) -> None:
        event.title, event.venue_name, event.venue_city, event.summary = title, venue, city, summary
        for body in (event_calendar_bytes(event), build_calendar([event], title, "calendar-test").to_ical()):
            parsed = Calendar.from_ical(body)
            (component,) = parsed.walk("VEVENT")
            assert str(component["SUMMARY"]).endswith(one_line(title))
        mail.outbox.clear()
        message = EmailMessage(subject=f"Registered: {title}", body="x", to=["a@city.example"])
        message.attach(f"{event.slug}.ics", event_calendar_bytes(event), "text/calendar")
        message.send()
        mail.outbox[0].message().as_bytes()

    check()
