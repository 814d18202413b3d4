"""The events section of organisation profiles and project pages (``network.sections``)."""

from __future__ import annotations

from network import sections
from portal_events.queries import events_for_organisation, events_for_project


def register() -> None:
    sections.register_organisation_section("events/organisation_events.html", events_for_organisation)
    sections.register_project_section("events/project_events.html", events_for_project)
