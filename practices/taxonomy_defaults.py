"""The starting vocabularies of the portal. Editors own them afterwards (they are snippets).

Loaded by ``manage.py load_taxonomies``; existing terms are never overwritten.
"""

from __future__ import annotations

# (slug, name, description, children) — two levels.
THREAT_TYPES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "terrorism",
        "Terrorism",
        "Attacks intended to kill, injure or intimidate for political or ideological ends.",
        [
            ("vehicle-ramming", "Vehicle ramming", "A vehicle driven into people, often at crowded pedestrian places."),
            ("ied-explosives", "IED / explosives", "Improvised explosive devices, person- or vehicle-borne."),
            ("armed-assault", "Armed assault", "Attacks with firearms on people in a public place."),
            ("stabbing", "Stabbing", "Attacks with knives or other bladed weapons."),
            ("cbrn", "CBRN", "Chemical, biological, radiological or nuclear agents."),
            ("drones-uas", "Drones / UAS", "Unmanned aircraft used to disrupt, surveil or attack."),
        ],
    ),
    (
        "crime-disorder",
        "Crime & disorder",
        "Everyday crime and incivility that shape how safe a place feels.",
        [
            ("pickpocketing", "Pickpocketing", "Theft from people in crowds, queues and transport."),
            ("vandalism", "Vandalism", "Damage to street furniture, lighting, green spaces and buildings."),
            ("public-disorder", "Public disorder", "Fights, rioting and crowd violence."),
            ("harassment", "Harassment", "Intimidation and sexual harassment, notably at night."),
        ],
    ),
]

SPACE_CATEGORIES: list[tuple[str, str, str]] = [
    ("squares", "Squares", "Open squares and plazas."),
    ("pedestrian-streets", "Pedestrian streets", "Shopping and historic streets closed to traffic."),
    ("transport-hubs", "Transport hubs", "Stations, metro, bus terminals and airports' landside areas."),
    ("shopping-areas", "Shopping areas", "Malls and shopping districts."),
    ("stadiums-event-venues", "Stadiums & event venues", "Stadiums, arenas, concert and festival sites."),
    ("parks-promenades", "Parks & promenades", "Parks, gardens and waterfront promenades."),
    ("places-of-worship", "Places of worship", "Churches, mosques, synagogues, temples and their surroundings."),
    ("markets", "Markets incl. Christmas markets", "Weekly, seasonal and Christmas markets."),
    ("beaches", "Beaches", "Urban beaches and their access points."),
    ("cultural-sites", "Cultural sites", "Museums, monuments and heritage sites."),
    ("schools-campuses", "Schools & campuses", "Schools, universities and their surroundings."),
]

SOLUTION_TYPES: list[tuple[str, str, str]] = [
    (
        "hostile-vehicle-mitigation",
        "Hostile vehicle mitigation",
        "Bollards, barriers and street layout against vehicle attacks.",
    ),
    ("video-surveillance", "Video surveillance & analytics", "Cameras, control rooms and video analytics."),
    ("crowd-management", "Crowd management", "Stewarding, flow design and crowd monitoring."),
    ("access-control", "Access control", "Entry checks, perimeters and screening."),
    ("urban-design-cpted", "Urban design / CPTED", "Crime prevention through environmental design."),
    ("lighting", "Lighting", "Public lighting designed for safety and comfort."),
    ("training-exercises", "Training & exercises", "Training, table-top and live exercises."),
    ("public-communication", "Public communication", "Alerts, awareness campaigns and crisis communication."),
    ("governance-cooperation", "Governance & cooperation", "Multi-agency arrangements, plans and partnerships."),
]

AUDIENCES: list[tuple[str, str, str]] = [
    ("local-authorities", "Local authorities", "City and regional administrations."),
    ("police", "Police", "Local and national police and law enforcement."),
    ("urban-designers", "Urban designers", "Planners, architects and landscape designers."),
    ("venue-operators", "Venue operators", "Operators of stadiums, venues, malls and markets."),
    ("transport-operators", "Transport operators", "Public transport and station operators."),
    ("event-organisers", "Event organisers", "Organisers of festivals, markets and public events."),
    ("private-security", "Private security", "Security companies and in-house security teams."),
    ("researchers", "Researchers", "Universities and research institutes."),
    ("policy-makers", "Policy makers", "National and European policy makers."),
]
