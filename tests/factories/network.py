"""Organisations of the network, their (private) contact people and their roles in projects."""

from __future__ import annotations

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from network.models import ContactPerson, Organisation, OrganisationProject


class OrganisationFactory(DjangoModelFactory):
    """A member municipality; ``contacts=1`` (or more) also gives it confirmed contact people."""

    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True  # the contacts hook saves what it creates

    name = factory.Sequence(lambda n: f"Test municipality {n}")
    slug = factory.Sequence(lambda n: f"test-municipality-{n}")
    org_type = "municipality"
    country = "NL"
    city = "Eindhoven"

    @factory.post_generation
    def contacts(organisation, create, extracted, **kwargs):
        for _ in range((extracted or 0) if create else 0):
            ContactPersonFactory(organisation=organisation)


class ContactPersonFactory(DjangoModelFactory):
    """Someone the network may write to on an organisation's behalf, with confirmed details."""

    class Meta:
        model = ContactPerson

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Contact person {n}")
    role = "Security coordinator"
    email = factory.Sequence(lambda n: f"contact-{n}@municipality.example")
    confirmed_at = factory.LazyFunction(timezone.now)


class OrganisationProjectFactory(DjangoModelFactory):
    class Meta:
        model = OrganisationProject

    organisation = factory.SubFactory(OrganisationFactory)
    project = factory.SubFactory("tests.factories.practices.ProjectFactory")
    role = "partner"
