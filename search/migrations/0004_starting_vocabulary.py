"""The starting vocabulary editors then own: practitioners' names for the threat, space and solution terms.

Written from the portal's taxonomies and the field's usage (EU, police and city practice), not from
the relevance judgements. Rows already present (same kind and terms) are left alone; reversing
removes only the rows this migration added and nobody changed since.
"""

from django.db import migrations

EQUIVALENT = [
    # Threats
    ("vehicle ramming, vehicle attack, ramming attack, vehicle as a weapon", "Vehicle ramming"),
    ("IED, improvised explosive device, explosives, explosive device, bomb", "IED / explosives"),
    ("firearms, gun, guns, gunman, shooting, armed assault, active shooter", "Armed assault"),
    ("knife, knives, stabbing, bladed weapon, sharp objects", "Stabbing"),
    ("CBRN, CBRNe, chemical, toxic agent", "CBRN: the issue's 'CBRN and chemical'"),
    ("drone, UAS, UAV, unmanned aircraft, unmanned aerial vehicle, RPAS", "Drones / UAS"),
    ("harassment, sexual harassment, intimidation", "Harassment"),
    ("public disorder, riot, rioting, hooliganism, brawl", "Public disorder"),
    ("unattended bag, unattended luggage, suspicious package, suspicious item, abandoned luggage", "Left items"),
    # Public spaces
    ("metro, underground, subway, tube", "Rail transit"),
    ("railway station, train station, rail station, central station", "Stations"),
    ("stadium, football ground, football stadium, sports ground, arena", "Stadiums"),
    ("Christmas market, Christmas fair, winter market, Weihnachtsmarkt", "Seasonal markets"),
    ("shopping mall, shopping centre, shopping center, mall", "Shopping areas"),
    ("pedestrian street, pedestrian zone, shopping street, high street", "Pedestrian streets"),
    ("square, plaza, piazza", "Squares"),
    ("promenade, seafront, waterfront, boardwalk", "Promenades"),
    ("places of worship, religious sites, faith buildings", "Places of worship"),
    ("mass gathering, mass event, large event, crowded event", "Crowded events"),
    ("nightlife, night-time economy, night economy", "Night-time"),
    # Solutions
    ("bollards, barriers, hostile vehicle mitigation, HVM, vehicle security barrier, anti-ram barrier", "HVM"),
    ("CCTV, video surveillance, surveillance cameras, cameras, camera", "Video surveillance"),
    ("crowd management, crowd control, crowd safety, stewarding", "Crowd management"),
    ("access control, entry checks, bag checks, screening", "Access control"),
    ("CPTED, crime prevention through environmental design", "Urban design / CPTED"),
    ("street lighting, public lighting, lighting", "Lighting"),
    ("exercise, drill", "Training & exercises"),
    ("table-top exercise, tabletop exercise, TTX", "Training & exercises"),
    ("vulnerability assessment, self-assessment, risk assessment", "Assessment tools"),
    ("emergency lanes, emergency access, emergency routes", "Emergency access"),
    ("crisis communication, public warning, public alert", "Public communication"),
    ("multi-agency, cooperation, partnership", "Governance & cooperation"),
    # Who
    ("police, law enforcement", "Police"),
    ("municipality, city council, local authority, city administration", "Local authorities"),
    # Places in English and in their own language (accents are folded anyway)
    ("Cologne, Köln", "City names"),
    ("Gothenburg, Göteborg", "City names"),
    ("Brussels, Bruxelles, Brussel", "City names"),
    ("Lisbon, Lisboa", "City names"),
    ("Munich, München", "City names"),
    ("The Hague, Den Haag", "City names"),
    ("Thessaloniki, Salonica", "City names"),
    ("Antwerp, Antwerpen", "City names"),
]
EXPANSION = [
    ("lorry, truck, HGV, van", "vehicle", "A lorry attack is a vehicle attack"),
    ("biological, radiological, nuclear, dirty bomb", "CBRN", "The other CBRN agents"),
    ("church, cathedral, mosque, synagogue, temple", "places of worship", "Kinds of place of worship"),
    ("graffiti", "vandalism", "A kind of vandalism"),
    ("festival, concert, parade, procession", "mass gathering", "Kinds of crowded event"),
    ("bus station, airport, ferry terminal", "transport hub", "Kinds of transport hub"),
    ("pickpocket, bag snatching", "theft", "Kinds of theft"),
]


def add(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for terms, note in EQUIVALENT:
        SynonymGroup.objects.get_or_create(kind="equivalent", terms=terms, defaults={"note": note})
    for terms, broader, note in EXPANSION:
        SynonymGroup.objects.get_or_create(kind="expansion", terms=terms, defaults={"broader": broader, "note": note})


def remove(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for terms, note in EQUIVALENT:
        SynonymGroup.objects.filter(kind="equivalent", terms=terms, note=note).delete()
    for terms, broader, note in EXPANSION:
        SynonymGroup.objects.filter(kind="expansion", terms=terms, broader=broader, note=note).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_synonym_groups")]
    operations = [migrations.RunPython(add, remove)]
