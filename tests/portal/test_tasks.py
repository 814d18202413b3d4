"""Background work: emails leave the request and are retried, periodic jobs are claimed once, schedules apply.

Email goes through the portal's queue (``portal.mail.QueuedEmailBackend``; Django's test setup would
otherwise swap it for locmem), and django-tasks-db's own worker runs the queued rows in-process, on
the test's transaction, so each row it runs is one the code under test enqueued.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from portal.scheduler import due_jobs
from portal.tasks import publish_scheduled
from practices.sections import section_for
from scripts.deployment import free_port
from tests.factories import CaseStudyPageFactory, OrganisationFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def queued_email(settings):
    settings.EMAIL_BACKEND = "portal.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def database_tasks(settings):
    """Tasks go to the database, as in production, until ``run_worker`` runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    """Run every ready task with the worker's own ``run_task`` (its loop would close the test's connection)."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    while (result := DBTaskResult.objects.ready().first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)


def test_an_email_waits_for_the_worker_and_is_retried_when_the_server_refuses(database_tasks, settings, caplog):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens: connection refused
    mail.send_mail("Your registration", "See you there.", None, ["visitor@example.org"])
    assert mail.outbox == [] and DBTaskResult.objects.count() == 1, "sending only enqueued it"

    with caplog.at_level(logging.WARNING, logger="portal.mail"):
        run_worker()
    assert "failed on attempt 1" in caplog.text and "visitor@example.org" not in caplog.text
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after > timezone.now(), "the retry waits for its backoff"

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert [message.subject for message in mail.outbox] == ["Your registration"]
    assert mail.outbox[0].to == ["visitor@example.org"]


def test_an_email_that_keeps_failing_ends_as_a_failed_task_not_lost(database_tasks, settings):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    settings.EMAIL_MAX_ATTEMPTS = 2
    mail.send_mail("Reminder", "Tomorrow.", None, ["visitor@example.org"])
    run_worker()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    failed = DBTaskResult.objects.get(status="FAILED")
    assert failed.exception_class_path.endswith("ConnectionRefusedError")
    assert failed.args_kwargs["args"][0]["to"] == ["visitor@example.org"], "the message is kept with the failure"


def test_attachments_survive_the_queue():
    message = mail.EmailMessage("Calendar", "Attached.", to=["a@example.org"])
    message.attach("event.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.attach("report.pdf", b"%PDF-1.4 \x00\xff", "application/pdf")
    message.send()
    sent = mail.outbox[0]
    assert [name for name, _, _ in sent.attachments] == ["event.ics", "report.pdf"]
    assert sent.attachments[1][1] == b"%PDF-1.4 \x00\xff"


def test_each_periodic_job_is_claimed_once_per_interval(settings):
    settings.PERIODIC_TASKS = {"publish_scheduled": ("portal.tasks.publish_scheduled", 60)}
    assert due_jobs() == ["publish_scheduled"]
    assert due_jobs() == [], "a second scheduler (or the next tick) must not enqueue it again"


def test_old_task_results_are_pruned(database_tasks):
    from portal.tasks import prune_task_results

    mail.send_mail("Old news", "Body.", None, ["a@example.org"])
    run_worker()
    DBTaskResult.objects.update(finished_at=timezone.now() - dt.timedelta(days=8))
    mail.send_mail("Fresh news", "Body.", None, ["a@example.org"])
    run_worker()
    prune_task_results.call()
    assert DBTaskResult.objects.count() == 1


def test_publish_scheduled_applies_go_live_and_expiry_dates(portal_site):
    section = section_for(portal_site.case_studies, OrganisationFactory())
    going, leaving = (publish(section, CaseStudyPageFactory.build()) for _ in range(2))
    due = timezone.now() + dt.timedelta(seconds=2)
    going.unpublish()
    going.go_live_at = due
    going.save_revision().publish()
    leaving.expire_at = due
    leaving.save_revision().publish()
    going.refresh_from_db()
    assert not going.live, "scheduled, not yet live"
    time.sleep(max(0.0, (due - timezone.now()).total_seconds()) + 0.2)
    publish_scheduled.call()
    going.refresh_from_db()
    leaving.refresh_from_db()
    assert going.live and not leaving.live and leaving.expired
