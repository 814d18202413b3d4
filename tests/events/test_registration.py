"""Built-in registration: capacity, waitlist, cancellation, idempotence, deadlines, reminders, export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone

from network.privacy import erase_personal_data, export_personal_data
from portal_events import registration as service
from portal_events.models import EventStatus, Registration, RegistrationStatus
from tests.events.event_helpers import publish_event

pytestmark = pytest.mark.django_db


def register(event, email, name="Ana"):
    return service.register(event, name=name, email=email, organisation="City of Porto")


def test_capacity_then_waitlist_then_promotion_on_cancel(django_capture_on_commit_callbacks):
    event = publish_event(capacity=2)
    with django_capture_on_commit_callbacks(execute=True):
        first, _ = register(event, "one@example.org")
        second, _ = register(event, "two@example.org")
        third, _ = register(event, "three@example.org")
        fourth, _ = register(event, "four@example.org")
    assert [r.status for r in (first, second, third, fourth)] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [m.subject.split(":")[0] for m in mail.outbox] == [
        "You are registered",
        "You are registered",
        "You are on the waitlist",
        "You are on the waitlist",
    ]
    assert mail.outbox[0].attachments[0][0].endswith(".ics")  # the confirmation carries the calendar file

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert service.cancel(second) is True
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == RegistrationStatus.CONFIRMED and third.promoted_at is not None
    assert fourth.status == RegistrationStatus.WAITLISTED  # only one seat was freed
    subjects = sorted(m.subject for m in mail.outbox)
    assert any(s.startswith("A seat is free for you") for s in subjects)
    assert next(m for m in mail.outbox if m.subject.startswith("A seat")).to == ["three@example.org"]
    # The cancellation link used twice changes nothing more.
    assert service.cancel(Registration.objects.get(pk=second.pk)) is False


def test_registering_twice_is_idempotent(client):
    event = publish_event(capacity=5)
    first, created = register(event, "Same@Example.org")
    again, created_again = register(event, "same@example.ORG ")
    assert created and not created_again
    assert first.pk == again.pk
    assert Registration.objects.filter(event=event).count() == 1


def test_reregistering_after_cancelling_joins_the_back_of_the_queue():
    event = publish_event(capacity=1)
    first, _ = register(event, "first@example.org")
    waiting, _ = register(event, "waiting@example.org")
    service.cancel(first)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    back, changed = register(event, "first@example.org")
    assert changed and back.pk == first.pk and back.status == RegistrationStatus.WAITLISTED


def test_capacity_raised_by_an_editor_promotes_the_waitlist(django_capture_on_commit_callbacks):
    event = publish_event(capacity=1)
    register(event, "a@example.org")
    waiting, _ = register(event, "b@example.org")
    event.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_closed_registration_after_deadline_cancelled_or_postponed():
    past_deadline = publish_event(registration_deadline=timezone.now() - dt.timedelta(hours=1))
    with pytest.raises(service.RegistrationClosed, match="Registration closed on"):
        register(past_deadline, "late@example.org")
    cancelled = publish_event(status=EventStatus.CANCELLED)
    with pytest.raises(service.RegistrationClosed, match="cancelled"):
        register(cancelled, "x@example.org")
    postponed = publish_event(status=EventStatus.POSTPONED)
    with pytest.raises(service.RegistrationClosed, match="postponed"):
        register(postponed, "x@example.org")
    assert not Registration.objects.filter(email="late@example.org").exists()


def test_cancelling_the_event_tells_everyone_registered(django_capture_on_commit_callbacks):
    event = publish_event(capacity=1)
    register(event, "a@example.org")
    register(event, "b@example.org")
    mail.outbox.clear()
    event.status = EventStatus.CANCELLED
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    assert all(m.subject.startswith("Cancelled:") for m in mail.outbox)


def test_reminders_go_once_to_confirmed_registrants_within_the_window(settings, django_capture_on_commit_callbacks):
    settings.EVENT_REMINDER_HOURS = 24
    soon = publish_event(
        capacity=1, start=timezone.now() + dt.timedelta(hours=20), end=timezone.now() + dt.timedelta(hours=21)
    )
    later = publish_event(
        start=timezone.now() + dt.timedelta(days=5), end=timezone.now() + dt.timedelta(days=5, hours=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        register(soon, "confirmed@example.org")
        register(soon, "waiting@example.org")
        register(later, "later@example.org")
    mail.outbox.clear()
    assert service.send_due_reminders() == 1
    assert [m.to for m in mail.outbox] == [["confirmed@example.org"]]
    assert "starts soon" in mail.outbox[0].subject
    assert "https://webinars.example/room" in mail.outbox[0].body  # registrants get the join link
    assert service.send_due_reminders() == 0  # never twice
    # The later event's reminder goes out when its time comes.
    assert service.send_due_reminders(now=timezone.now() + dt.timedelta(days=4, hours=2)) == 1


def test_reminder_command_runs_from_cron(capsys):
    from django.core.management import call_command

    call_command("send_event_reminders")
    assert "reminder(s) sent" in capsys.readouterr().out


def _form_data(client, event, **overrides):
    from portal.antispam import form_timestamp

    data = {
        "name": "Ana Silva",
        "email": "ana@example.org",
        "organisation": "Porto",
        "consent": "on",
        "website": "",
        "started": form_timestamp(),
    }
    data.update(overrides)
    return data


@pytest.fixture
def patient(monkeypatch):
    """Pretend the person took their time filling in the form."""
    monkeypatch.setattr("portal.antispam.MIN_FILL_SECONDS", 0)


def test_registration_form_flow(client, patient, django_capture_on_commit_callbacks):
    event = publish_event(capacity=1)
    page = client.get(event.url)
    assert page.status_code == 200 and b"1 of 1 seats left" in page.content
    assert b"webinars.example/room" not in page.content  # the join link goes to registrants only
    for path in ("/feeds/events/calendar.ics", f"/api/v2/pages/{event.pk}/", event.url + "calendar/"):
        assert b"webinars.example/room" not in client.get(path).content, path

    def post(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(event.url + "register/", _form_data(client, event, **overrides))

    def confirm_link(address: str) -> str:
        (message,) = [m for m in mail.outbox if m.to == [address] and m.subject.startswith("Please confirm")]
        return urlsplit(re.search(r"http\S+/confirm/", message.body).group(0)).path

    response = post()
    assert response.status_code == 302 and response["Location"].endswith("?registration=sent#registration")
    assert b"We have emailed that address" in client.get(response["Location"]).content
    # Double opt-in: nothing is booked, and no seat held, until the address follows the link.
    assert not Registration.objects.filter(event=event).exists()
    assert b"1 of 1 seats left" in client.get(event.url).content
    link = confirm_link("ana@example.org")
    assert client.get(link).status_code == 200 and not Registration.objects.filter(event=event).exists()  # GET
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert b"your registration is confirmed" in client.get(confirmed["Location"]).content
    assert Registration.objects.get(email="ana@example.org").status == "confirmed"
    assert mail.outbox[-1].subject.startswith("You are registered")
    cancel_link = re.search(r"http\S+/cancel/", mail.outbox[-1].body).group(0)
    assert client.post(link).status_code == 404  # a used link does nothing more

    # Registering again looks exactly like a new registration; only the address learns it was known.
    again = post()
    assert again["Location"] == response["Location"]
    assert mail.outbox[-1].subject.startswith("You are already registered")
    assert mail.outbox[-1].to == ["ana@example.org"]
    full = post(email="bo@example.org")
    assert full["Location"] == response["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm_link("bo@example.org"))
    assert mail.outbox[-1].subject.startswith("You are on the waitlist")

    path = urlsplit(cancel_link).path
    confirm = client.get(path)
    assert confirm.status_code == 200 and b"Cancel my registration" in confirm.content
    assert Registration.objects.get(email="ana@example.org").status == "confirmed"  # a GET changes nothing
    done = client.post(path)
    assert b"Your registration is cancelled" in done.content
    assert Registration.objects.get(email="bo@example.org").status == "confirmed"
    assert client.get("/network/registrations/not-a-token/cancel/").status_code == 404


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "not-an-email"}, b"Enter a valid email address"),
        ({"name": ""}, b"This field is required"),
        ({"consent": ""}, b"This field is required"),
        ({"started": "forged"}, b"could not be verified"),
    ],
)
def test_bad_registration_input_is_a_form_error(client, patient, overrides, message):
    event = publish_event(capacity=3)
    response = client.post(event.url + "register/", _form_data(client, event, **overrides))
    assert response.status_code == 400
    assert message in response.content
    assert not Registration.objects.filter(event=event).exists()


def test_registration_after_deadline_explains_itself(client, patient):
    event = publish_event(registration_deadline=timezone.now() - dt.timedelta(minutes=5))
    page = client.get(event.url)
    assert b"Registration closed on" in page.content and b'<form method="post" action' not in page.content
    response = client.post(event.url + "register/", _form_data(client, event))
    assert response.status_code == 409 and b"Registration closed on" in response.content


def test_honeypot_pretends_success_and_stores_nothing(client, patient):
    event = publish_event()
    response = client.post(event.url + "register/", _form_data(client, event, website="http://spam.example"))
    assert response.status_code == 302
    assert not Registration.objects.filter(event=event).exists()


def test_registration_is_rate_limited(client, patient, settings):
    settings.REGISTRATION_RATE_PER_IP = "2/h"
    event = publish_event()
    codes = [
        client.post(event.url + "register/", _form_data(client, event, email=f"p{i}@example.org")).status_code
        for i in range(3)
    ]
    assert codes == [302, 302, 429]


def test_registration_needs_csrf(patient):
    from django.test import Client

    event = publish_event()
    response = Client(enforce_csrf_checks=True).post(event.url + "register/", _form_data(None, event))
    assert response.status_code == 403


def test_attendee_csv_for_editors_only(client, admin_client_logged_in, django_user_model):
    event = publish_event(capacity=1)
    register(event, "first@example.org", name='=HYPERLINK("http://evil")')
    register(event, "second@example.org", name="Bruno")
    url = f"/admin/events/{event.pk}/registrations.csv"
    response = admin_client_logged_in.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Name", "Email", "Organisation", "Status"]
    assert rows[1][0].startswith("'=HYPERLINK")  # no formula reaches the spreadsheet
    assert [row[3] for row in rows[1:]] == ["Confirmed", "On the waitlist"]

    outsider = django_user_model.objects.create_user("outsider", "o@example.org", "pw")
    client.force_login(outsider)
    assert client.get(url).status_code in {302, 403}
    assert b"first@example.org" not in client.get(url).content


def test_personal_data_export_and_erasure_cover_registrations():
    event = publish_event(capacity=1)
    mine, _ = register(event, "me@example.org", name="Me Myself")
    waiting, _ = register(event, "next@example.org")
    exported = export_personal_data("ME@example.org")
    assert exported["event_registrations"][0]["name"] == "Me Myself"
    counts = erase_personal_data("me@example.org")
    assert counts["event_registrations"] == 1
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.name == "Erased" and "me@example.org" not in mine.email and mine.status == "cancelled"
    assert waiting.status == "confirmed"  # the freed seat went to the next person


def test_unconfirmed_requests_hold_no_seat_and_expire(client, patient, django_capture_on_commit_callbacks, settings):
    from portal_events import registration as service
    from portal_events.models import PendingRegistration

    event = publish_event(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):  # made-up addresses cannot take the only seat
            service.request_registration(event, name=f"Made Up {n}", email=f"nobody{n}@invalid.example")
    assert PendingRegistration.objects.filter(event=event).count() == 5
    assert service.registration_state(event).seats_left == 1
    pending = PendingRegistration.objects.filter(event=event).first()
    PendingRegistration.objects.filter(pk=pending.pk).update(
        requested_at=timezone.now() - dt.timedelta(hours=settings.REGISTRATION_CONFIRM_HOURS, minutes=1)
    )
    pending.refresh_from_db()
    with pytest.raises(service.ConfirmationExpired):
        service.confirm_registration(pending)
    assert not Registration.objects.filter(event=event).exists()
    PendingRegistration.objects.filter(event=event).update(requested_at=timezone.now() - dt.timedelta(days=2))
    assert service.prune_unconfirmed() == 4
    assert client.get(f"/network/registrations/{pending.token}/confirm/").status_code == 404
