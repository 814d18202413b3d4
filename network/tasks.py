"""The network's periodic jobs (``settings.PERIODIC_TASKS``): vetting expiry and the access log's retention."""

from __future__ import annotations

from django_tasks import task

from network import access, vetting


@task()
def expire_vettings() -> None:
    """Vettings past their date lapse; those due within ``VETTING_REMINDER_DAYS`` get a renewal reminder."""
    vetting.expire_due()


@task()
def prune_access_log() -> None:
    access.prune()
