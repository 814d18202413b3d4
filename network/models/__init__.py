"""The network's models: organisations and membership, people and events."""

from network.models.events import (
    EventIndexPage,
    EventPage,
    EventStatus,
    EventType,
    PendingRegistration,
    Person,
    Registration,
    RegistrationMode,
    RegistrationStatus,
)
from network.models.organisations import (
    ApplicationStatus,
    ContactPerson,
    MembershipApplication,
    MembershipStatus,
    Organisation,
    OrganisationProject,
    OrganisationType,
    ProjectRole,
    is_public,
    public_organisations,
)

__all__ = [
    "ApplicationStatus",
    "ContactPerson",
    "EventIndexPage",
    "EventPage",
    "EventStatus",
    "EventType",
    "MembershipApplication",
    "MembershipStatus",
    "Organisation",
    "OrganisationProject",
    "OrganisationType",
    "PendingRegistration",
    "Person",
    "ProjectRole",
    "Registration",
    "RegistrationMode",
    "RegistrationStatus",
    "is_public",
    "public_organisations",
]
