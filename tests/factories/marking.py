"""Restricted sections, their documents, and the kinds of reader the marking tests sign in as.

Readers pass the second step with real TOTP codes computed from their device's key, through the
portal's own verification form, as a person with an authenticator app would.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

from django.test import Client
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Collection
from wagtail.rich_text import RichText

from network.models import Member, Organisation, Vetting, VettingStatus
from network.vetting import join_organisation
from practices.marking import RESTRICTED_COLLECTION
from tests.factories.media import DocumentFactory, ImageFactory


def restricted_collection() -> Collection:
    return Collection.objects.get(name=RESTRICTED_COLLECTION)


def restricted_document(title: str, filename: str = "annex.pdf", data: bytes | None = None) -> Any:
    """A document kept in the restricted collection (only the permission-checked view serves it)."""
    return DocumentFactory(
        title=title,
        collection=restricted_collection(),
        file__filename=filename,
        file__data=b"%PDF-1.4 " + title.encode() if data is None else data,
    )


def restricted_image(title: str) -> Any:
    """An image kept in the restricted collection (served only in memory, to readers of its section)."""
    return ImageFactory(title=title, description=f"{title}, restricted.", collection=restricted_collection())


def real_pdf(*pages: str) -> bytes:
    """A readable PDF with one page per text (stamping needs a PDF it can parse)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", "", 14)
    for text in pages:
        pdf.add_page()
        pdf.cell(text=text)
    return bytes(pdf.output())


def section(
    label: str, heading: str, text: str, *, documents=(), images=(), shared_with=(), named_people: str = ""
) -> tuple[str, dict]:
    """A restricted section as a StreamField value."""
    return (
        "section",
        {
            "label": label,
            "heading": heading,
            "body": RichText(f"<p>{text}</p>"),
            "documents": list(documents),
            "images": list(images),
            "shared_with": list(shared_with),
            "named_people": named_people,
        },
    )


def add_sections(page: Any, *sections: tuple[str, dict]) -> Any:
    """Publish ``page`` again with these restricted sections."""
    page.restricted_sections = list(sections)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def member_of(organisation: Organisation, email: str, django_user_model: Any, **user: Any) -> Member:
    account = django_user_model.objects.create_user(email, email, "pw", **user)
    return join_organisation(account, organisation, "Security officer")


def vet(member: Member, *, days: int = 365, status: str = VettingStatus.APPROVED) -> Vetting:
    """A decided vetting (approved for ``days`` from now; negative days: expired already)."""
    now = timezone.now()
    return Vetting.objects.create(
        member=member,
        organisation=member.organisation,
        role="Security officer",
        reason="Plans the protection of the market square.",
        status=status,
        decided_at=now,
        expires_at=now + dt.timedelta(days=days),
    )


def authenticator(user: Any) -> TOTPDevice:
    """The user's confirmed authenticator app (created once)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def totp_code(device: TOTPDevice) -> str:
    """The code the app shows now, or the next one if this step's code was used already (one use per step)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.time += device.step * (device.last_t + 1 - totp.t())
    return f"{totp.token():0{device.digits}d}"


def signed_in(user: Any, *, verified: bool = True) -> Client:
    """A client signed in as ``user`` through the sign-in form, past the second step when ``verified``."""
    client = Client()
    response = client.post("/account/sign-in/", {"username": user.get_username(), "password": "pw"})
    assert response.status_code == 302, response.content[:500]
    if verified:
        device = authenticator(user)
        response = client.post("/account/verify/", {"token": totp_code(device), "next": "/account/"})
        assert response.status_code == 302, response.content[:500]
    return client


#: One word per label that occurs nowhere else, so a leak of any part shows on any surface.
PHRASES = {
    "green": "greenwillow",
    "amber": "amberquartz",
    "amber_strict": "strictobsidian",
    "red": "redcinnabar",
}

#: The readers of the marked world, and the labels each may read (the test matrix).
CAN_READ = {
    "anonymous": set(),
    "member": {"green"},
    "vetted_owner": {"green", "amber", "amber_strict"},
    "vetted_other": {"green", "amber"},
    "vetted_shared": {"green", "amber", "amber_strict"},
    "named": {"green", "amber", "red"},
    "expired": {"green"},
    "unverified": {"green"},
}


@dataclass
class MarkedWorld:
    """A case study of Eindhoven with one restricted section per label, and one member per kind of reader."""

    owner: Organisation
    other: Organisation
    shared: Organisation
    page: Any
    site_plan: Any
    users: dict[str, Any]

    def client(self, reader: str) -> Client:
        if reader == "anonymous":
            return Client()
        return signed_in(self.users[reader], verified=reader != "unverified")


def build_marked_world(site: Any, django_user_model: Any) -> MarkedWorld:
    from practices.sections import section_for
    from tests.factories.network import OrganisationFactory
    from tests.factories.practices import CaseStudyPageFactory, publish

    owner = OrganisationFactory(name="Gemeente Eindhoven", slug="eindhoven", org_type="municipality")
    other = OrganisationFactory(name="Politie Oost-Brabant", slug="politie-ob", org_type="police")
    shared = OrganisationFactory(name="Comune di Larissa", slug="larissa", org_type="municipality", country="GR")
    page = publish(
        section_for(site.case_studies, owner),
        CaseStudyPageFactory.build(title="Protecting the Markt during the light festival"),
    )
    users = {
        "member": member_of(other, "member@politie.example", django_user_model).user,
        "vetted_owner": member_of(owner, "officer@eindhoven.example", django_user_model).user,
        "vetted_other": member_of(other, "inspector@politie.example", django_user_model).user,
        "vetted_shared": member_of(shared, "officer@larissa.example", django_user_model).user,
        "named": member_of(other, "named@politie.example", django_user_model).user,
        "expired": member_of(owner, "expired@eindhoven.example", django_user_model).user,
        "unverified": member_of(owner, "unverified@eindhoven.example", django_user_model).user,
    }
    for reader in ("vetted_owner", "vetted_other", "vetted_shared", "named", "unverified"):
        vet(users[reader].network_member)
    vet(users["expired"].network_member, days=-1)
    site_plan = restricted_document("Site plan of the Markt", "site-plan.pdf")
    add_sections(
        page,
        section("green", "Steward briefing", f"Briefing notes {PHRASES['green']} for stewards."),
        section("amber", "Emergency gates", f"Gate opening {PHRASES['amber']} timings.", documents=[site_plan]),
        section("amber_strict", "Weak points", f"Perimeter {PHRASES['amber_strict']} gaps.", shared_with=[shared]),
        section("red", "Drill timings", f"Drill {PHRASES['red']} schedule.", named_people="Named@Politie.example"),
    )
    return MarkedWorld(owner, other, shared, page, site_plan, users)
