"""The network's models: organisations, their projects, contacts and membership."""

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
from network.models.people import AccessRecord, Member, Vetting, VettingEvent, VettingStatus

__all__ = [
    "AccessRecord",
    "ApplicationStatus",
    "ContactPerson",
    "Member",
    "MembershipApplication",
    "MembershipStatus",
    "Organisation",
    "OrganisationProject",
    "OrganisationType",
    "ProjectRole",
    "Vetting",
    "VettingEvent",
    "VettingStatus",
    "is_public",
    "public_organisations",
]
