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

__all__ = [
    "ApplicationStatus",
    "ContactPerson",
    "MembershipApplication",
    "MembershipStatus",
    "Organisation",
    "OrganisationProject",
    "OrganisationType",
    "ProjectRole",
    "is_public",
    "public_organisations",
]
