"""The method's starting threat scenarios (editors own them afterwards: they are snippets).

The scenarios PRoTECT assessed spaces against: firearms, sharp objects, vehicles, improvised explosive devices
carried by a person, a vehicle or a drone, and chemical, biological and radiological agents. Each is counted
under one of the portal's threat types.
"""

from __future__ import annotations

from django.db import transaction

from method.models import Scenario
from practices.models import ThreatType

# (slug, name, description, threat type slug)
SCENARIOS: list[tuple[str, str, str, str]] = [
    ("firearms", "Firearms", "An armed attacker shooting at people in the space.", "armed-assault"),
    ("sharp-objects", "Sharp objects", "An attack with a knife or another bladed weapon.", "stabbing"),
    ("vehicle-ramming", "Vehicle ramming", "A car, van or lorry driven into a crowd.", "vehicle-ramming"),
    ("person-borne-ied", "Person-borne IED", "An explosive device carried or worn by a person.", "ied-explosives"),
    ("vehicle-borne-ied", "Vehicle-borne IED", "An explosive device in a parked or moving vehicle.", "ied-explosives"),
    (
        "drone-borne-ied",
        "Drone-borne IED",
        "An explosive or other payload dropped or flown in by a drone.",
        "drones-uas",
    ),
    ("cbr-agents", "CBR agents", "Chemical, biological or radiological agents released in the space.", "cbrn"),
]


@transaction.atomic
def load_default_scenarios() -> int:
    """Create any missing default scenario whose threat type exists; return how many were created."""
    threats = {threat.slug: threat for threat in ThreatType.objects.filter(slug__in={row[3] for row in SCENARIOS})}
    created = 0
    for order, (slug, name, description, threat_slug) in enumerate(SCENARIOS):
        if threat_slug not in threats:
            continue
        _, was_created = Scenario.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "threat_type": threats[threat_slug],
                "sort_order": order,
            },
        )
        created += was_created
    return created
