"""Sections other apps add to organisation profiles and project pages.

The network shows who an organisation is and what a project did; apps that build on it (``events``:
the events an organisation organises or speaks at) add a section here when they start, the way
``search.adapters`` collects document builders, so the network never imports them. A section is a
template and a function that reads what it shows; the page includes each section in registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from network.models import Organisation
from practices.models import Project


@dataclass(frozen=True)
class Section:
    """One section as the page renders it: ``{% include section.template %}`` with ``section.data``."""

    template: str
    data: Any


@dataclass(frozen=True)
class _Registered:
    template: str
    build: Callable[[Any], Any]


_organisation_sections: list[_Registered] = []
_project_sections: list[_Registered] = []


def _add(registry: list[_Registered], template: str, build: Callable[[Any], Any]) -> None:
    # Registering twice (apps set up again in a test run) keeps one section.
    if not any(entry.template == template for entry in registry):
        registry.append(_Registered(template, build))


def register_organisation_section(template: str, build: Callable[[Organisation], Any]) -> None:
    """Show ``template`` on every organisation profile, with ``build(organisation)`` as ``section.data``."""
    _add(_organisation_sections, template, build)


def register_project_section(template: str, build: Callable[[Project], Any]) -> None:
    """Show ``template`` on every project page, with ``build(project)`` as ``section.data``."""
    _add(_project_sections, template, build)


def organisation_sections(organisation: Organisation) -> list[Section]:
    return [Section(entry.template, entry.build(organisation)) for entry in _organisation_sections]


def project_sections(project: Project) -> list[Section]:
    return [Section(entry.template, entry.build(project)) for entry in _project_sections]
