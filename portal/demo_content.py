"""Demo content for the public space protection portal.

Plain Python data (lists of dicts) loaded by the portal's demo-data command:
organisations, projects, case studies, tools, lessons, events, people, the home
page introduction and the privacy notice.

PRoTECT and Secu4All are real EU-funded projects. Their coordinators, funding,
dates and the PRoTECT final event follow public information, but their partner
lists are partly illustrative, and the case study details attributed to them and
Secu4All's grant number ("tbc") are placeholders. Every other project (SAFEMARKT,
CROWDWISE, SHORELINE, SANCTA, NIGHTSHIFT, SKYWARD, METRORESIL) is fictional demo
data, as are all people, contact details, quotes, figures, costs and upcoming
events. Real cities and organisations appear only as illustrative settings;
nothing here claims to describe what they actually did.
"""

from __future__ import annotations

from typing import Any

HOME_INTRO = (
    "Every EU-funded project on protecting squares, stations, markets and event venues leaves behind case studies, "
    "tools and hard-won lessons, and too often they vanish when the grant ends. This portal keeps them available and "
    "searchable by place, threat and measure, so that a city security officer can see what a peer tried, what it cost, "
    "what happened and whom to call."
)

PRIVACY_NOTICE: list[str] = [
    (
        "The network coordinator (demo) is the controller for personal data processed through this portal. Questions "
        "about this notice, and all requests described below, can be sent to privacy@publicspace-network.example."
    ),
    (
        "We store four kinds of personal data. For member organisations we publish one contact person with name, role, "
        "work email address and work telephone number. For membership applications we keep the applicant's name, email "
        "address, organisation details and the text of the application. For contact messages sent through the portal "
        "we keep the sender's name, email address and message. For event registrations we keep name, organisation, "
        "email address, the sessions chosen and any access or dietary needs you choose to tell us."
    ),
    (
        "We use these data only for the purpose for which they were given: to let practitioners reach a named peer, to "
        "assess and administer memberships, to pass on and answer messages, and to run events, including sending "
        "joining links and reminders. Published participant and country counts for events are aggregated and do not "
        "identify anyone."
    ),
    (
        "Contact person details are removed within 30 days after the organisation replaces the person or leaves the "
        "network. Rejected applications are deleted 12 months after the decision; accepted ones are kept for as long "
        "as the membership lasts. Contact messages are deleted after 12 months, and event registrations 6 months after "
        "the event. Server logs are kept for 30 days."
    ),
    (
        "We do not sell personal data or use it for advertising. The portal is hosted by a processor within the "
        "European Union under a written agreement. Messages are forwarded only to the organisation they were addressed "
        "to, and speakers' names and biographies are published only with their agreement."
    ),
    (
        "You may ask for a copy of your data in a machine-readable format (JSON or CSV), for corrections, or for "
        "erasure, and you may object to processing based on legitimate interest. Write to the address above from the "
        "email address we hold for you; we will answer within one month. You also have the right to complain to your "
        "national data protection authority."
    ),
    (
        "This portal sets only the cookies needed to keep you signed in and to protect forms against misuse. It uses "
        "no tracking or advertising cookies."
    ),
]

ORGANISATIONS: list[dict[str, Any]] = [
    {
        "slug": "ditss",
        "name": "Dutch Institute for Technology, Safety & Security",
        "org_type": "research",
        "country": "NL",
        "city": "Eindhoven",
        "latitude": 51.44,
        "longitude": 5.48,
        "website": "https://www.ditss.nl",
        "description": (
            "Non-profit institute in Eindhoven that links municipalities, police and industry on applied security "
            "research; it coordinated the PRoTECT project."
        ),
        "membership": "member",
        "member_since": "2019-03-01",
        "expertise_threats": ["terrorism", "vehicle-ramming", "crime-disorder"],
        "expertise_spaces": ["squares", "pedestrian-streets", "transport-hubs"],
        "expertise_solutions": ["governance-cooperation", "video-surveillance", "training-exercises"],
        "contact": {
            "name": "Maartje Verhoeven",
            "role": "Programme manager, urban security",
            "email": "maartje.verhoeven@ditss.example",
            "phone": "+31 40 000 2114",
        },
    },
    {
        "slug": "efus",
        "name": "European Forum for Urban Security (Efus)",
        "org_type": "ngo",
        "country": "FR",
        "city": "Paris",
        "latitude": 48.86,
        "longitude": 2.35,
        "website": "https://efus.eu",
        "description": (
            "Network of local and regional authorities working on crime prevention and urban safety; partner in "
            "PRoTECT and lead of Secu4All."
        ),
        "membership": "member",
        "member_since": "2019-03-01",
        "expertise_threats": ["terrorism", "crime-disorder", "harassment"],
        "expertise_spaces": ["squares", "parks-promenades", "shopping-areas"],
        "expertise_solutions": ["training-exercises", "governance-cooperation", "urban-design-cpted"],
        "contact": {
            "name": "Claire Dumoulin",
            "role": "Project officer, protection of public spaces",
            "email": "claire.dumoulin@efus.example",
            "phone": "+33 1 00 00 41 27",
        },
    },
    {
        "slug": "eindhoven",
        "name": "Gemeente Eindhoven",
        "org_type": "municipality",
        "country": "NL",
        "city": "Eindhoven",
        "latitude": 51.44,
        "longitude": 5.47,
        "website": "https://www.eindhoven-city.example",
        "description": (
            "Municipality of about 240,000 inhabitants whose public order team tested the PRoTECT self-assessment "
            "around the central station and during its light festival."
        ),
        "membership": "member",
        "member_since": "2019-03-01",
        "expertise_threats": ["vehicle-ramming", "public-disorder", "crime-disorder"],
        "expertise_spaces": ["transport-hubs", "cultural-sites", "pedestrian-streets"],
        "expertise_solutions": ["crowd-management", "lighting", "governance-cooperation"],
        "contact": {
            "name": "Sander Kuijpers",
            "role": "Public order and safety adviser",
            "email": "sander.kuijpers@eindhoven-city.example",
            "phone": "+31 40 000 3850",
        },
    },
    {
        "slug": "larissa",
        "name": "Municipality of Larissa",
        "org_type": "municipality",
        "country": "GR",
        "city": "Larissa",
        "latitude": 39.64,
        "longitude": 22.42,
        "website": "https://www.larissa-city.example",
        "description": (
            "Capital of the Thessaly region and PRoTECT partner city; its civil protection office ran the "
            "self-assessment on the central shopping zone."
        ),
        "membership": "member",
        "member_since": "2019-04-15",
        "expertise_threats": ["terrorism", "crime-disorder"],
        "expertise_spaces": ["shopping-areas", "squares"],
        "expertise_solutions": ["governance-cooperation", "public-communication"],
        "contact": {
            "name": "Eleni Papathanasiou",
            "role": "Head of the civil protection office",
            "email": "eleni.papathanasiou@larissa-city.example",
            "phone": "+30 2410 000 318",
        },
    },
    {
        "slug": "brasov",
        "name": "Primăria Municipiului Brașov",
        "org_type": "municipality",
        "country": "RO",
        "city": "Brașov",
        "latitude": 45.66,
        "longitude": 25.61,
        "website": "https://www.brasov-city.example",
        "description": (
            "City hall of Brașov in Transylvania, a PRoTECT partner that assessed its historic central square and the "
            "events held there."
        ),
        "membership": "member",
        "member_since": "2019-04-15",
        "expertise_threats": ["vehicle-ramming", "terrorism"],
        "expertise_spaces": ["squares", "cultural-sites"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "crowd-management"],
        "contact": {
            "name": "Ioana Munteanu",
            "role": "Public safety coordinator",
            "email": "ioana.munteanu@brasov-city.example",
            "phone": "+40 268 000 612",
        },
    },
    {
        "slug": "malaga",
        "name": "Ayuntamiento de Málaga",
        "org_type": "municipality",
        "country": "ES",
        "city": "Málaga",
        "latitude": 36.72,
        "longitude": -4.42,
        "website": "https://www.malaga-city.example",
        "description": (
            "City council of Málaga on the Costa del Sol; as a PRoTECT partner it examined its main shopping street, "
            "which carries heavy tourist and festival crowds."
        ),
        "membership": "member",
        "member_since": "2019-04-15",
        "expertise_threats": ["vehicle-ramming", "pickpocketing", "terrorism"],
        "expertise_spaces": ["pedestrian-streets", "beaches", "squares"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "crowd-management", "video-surveillance"],
        "contact": {
            "name": "Javier Ortega Ruiz",
            "role": "Technical adviser, security and mobility",
            "email": "javier.ortega@malaga-city.example",
            "phone": "+34 952 000 471",
        },
    },
    {
        "slug": "vilnius",
        "name": "Vilnius City Municipality",
        "org_type": "municipality",
        "country": "LT",
        "city": "Vilnius",
        "latitude": 54.69,
        "longitude": 25.28,
        "website": "https://www.vilnius-city.example",
        "description": (
            "Administration of the Lithuanian capital and PRoTECT partner, responsible for the large civic and "
            "seasonal events held on its cathedral square."
        ),
        "membership": "member",
        "member_since": "2019-04-15",
        "expertise_threats": ["terrorism", "public-disorder", "vehicle-ramming"],
        "expertise_spaces": ["squares", "pedestrian-streets"],
        "expertise_solutions": ["governance-cooperation", "crowd-management"],
        "contact": {
            "name": "Rasa Jankauskienė",
            "role": "Chief specialist, public order division",
            "email": "rasa.jankauskiene@vilnius-city.example",
            "phone": "+370 5 000 1462",
        },
    },
    {
        "slug": "malaga-local-police",
        "name": "Policía Local de Málaga",
        "org_type": "police",
        "country": "ES",
        "city": "Málaga",
        "latitude": 36.71,
        "longitude": -4.43,
        "website": "https://www.malaga-localpolice.example",
        "description": (
            "Municipal police force of Málaga, involved in event planning for the historic centre and the beaches."
        ),
        "membership": "member",
        "member_since": "2019-06-01",
        "expertise_threats": ["pickpocketing", "public-disorder", "vehicle-ramming"],
        "expertise_spaces": ["pedestrian-streets", "beaches"],
        "expertise_solutions": ["crowd-management", "video-surveillance"],
        "contact": {
            "name": "Lucía Navarro Gil",
            "role": "Inspector, operational planning unit",
            "email": "lucia.navarro@malaga-localpolice.example",
            "phone": "+34 952 000 930",
        },
    },
    {
        "slug": "vilnius-police",
        "name": "Vilnius County Police Headquarters",
        "org_type": "police",
        "country": "LT",
        "city": "Vilnius",
        "latitude": 54.68,
        "longitude": 25.27,
        "website": "https://www.vilnius-police.example",
        "description": (
            "Regional police headquarters that plans public order policing for major gatherings in the Lithuanian "
            "capital."
        ),
        "membership": "former_partner",
        "member_since": "2019-06-01",
        "expertise_threats": ["public-disorder", "terrorism"],
        "expertise_spaces": ["squares", "stadiums-event-venues"],
        "expertise_solutions": ["crowd-management", "access-control"],
        "contact": {
            "name": "Tomas Petrauskas",
            "role": "Head of public order planning",
            "email": "tomas.petrauskas@vilnius-police.example",
            "phone": "+370 5 000 2288",
        },
    },
    {
        "slug": "nice",
        "name": "Ville de Nice",
        "org_type": "municipality",
        "country": "FR",
        "city": "Nice",
        "latitude": 43.7,
        "longitude": 7.27,
        "website": "https://www.nice-city.example",
        "description": (
            "Mediterranean city whose seafront, carnival and tram network all need year-round protective planning."
        ),
        "membership": "member",
        "member_since": "2020-01-20",
        "expertise_threats": ["vehicle-ramming", "drones-uas", "stabbing"],
        "expertise_spaces": ["parks-promenades", "beaches", "squares"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "video-surveillance", "training-exercises"],
        "contact": {
            "name": "Laurent Giraud",
            "role": "Head of risk prevention",
            "email": "laurent.giraud@nice-city.example",
            "phone": "+33 4 93 00 07 52",
        },
    },
    {
        "slug": "nice-municipal-police",
        "name": "Police municipale de Nice",
        "org_type": "police",
        "country": "FR",
        "city": "Nice",
        "latitude": 43.71,
        "longitude": 7.26,
        "website": "https://www.nice-policemunicipale.example",
        "description": "Municipal police service running the city's camera supervision centre and event patrols.",
        "membership": "observer",
        "member_since": "2021-02-01",
        "expertise_threats": ["stabbing", "drones-uas", "public-disorder"],
        "expertise_spaces": ["transport-hubs", "squares"],
        "expertise_solutions": ["video-surveillance", "crowd-management"],
        "contact": {
            "name": "Marc Olivieri",
            "role": "Commander, video supervision centre",
            "email": "marc.olivieri@nice-policemunicipale.example",
            "phone": "+33 4 93 00 18 40",
        },
    },
    {
        "slug": "liege",
        "name": "Ville de Liège",
        "org_type": "municipality",
        "country": "BE",
        "city": "Liège",
        "latitude": 50.63,
        "longitude": 5.57,
        "website": "https://www.liege-city.example",
        "description": (
            "Walloon city whose prevention service coordinates security for its Christmas village, football fixtures "
            "and cathedral services."
        ),
        "membership": "member",
        "member_since": "2020-09-10",
        "expertise_threats": ["public-disorder", "vehicle-ramming", "terrorism"],
        "expertise_spaces": ["markets", "stadiums-event-venues", "places-of-worship"],
        "expertise_solutions": ["training-exercises", "crowd-management", "governance-cooperation"],
        "contact": {
            "name": "Sophie Lambert",
            "role": "Urban security coordinator",
            "email": "sophie.lambert@liege-city.example",
            "phone": "+32 4 000 63 21",
        },
    },
    {
        "slug": "porto",
        "name": "Câmara Municipal do Porto",
        "org_type": "municipality",
        "country": "PT",
        "city": "Porto",
        "latitude": 41.15,
        "longitude": -8.61,
        "website": "https://www.porto-city.example",
        "description": (
            "City council of Porto, dealing with tourist pressure on the riverside, the São João street festival and a "
            "busy metro interchange."
        ),
        "membership": "member",
        "member_since": "2020-05-04",
        "expertise_threats": ["pickpocketing", "cbrn", "public-disorder"],
        "expertise_spaces": ["pedestrian-streets", "transport-hubs"],
        "expertise_solutions": ["crowd-management", "training-exercises", "public-communication"],
        "contact": {
            "name": "Rui Carvalho",
            "role": "Head of municipal civil protection",
            "email": "rui.carvalho@porto-city.example",
            "phone": "+351 22 000 4175",
        },
    },
    {
        "slug": "porto-psp",
        "name": "PSP Porto Metropolitan Command",
        "org_type": "police",
        "country": "PT",
        "city": "Porto",
        "latitude": 41.16,
        "longitude": -8.62,
        "website": "https://www.porto-psp.example",
        "description": (
            "Metropolitan command of the Portuguese public security police covering Porto and neighbouring "
            "municipalities."
        ),
        "membership": "member",
        "member_since": "2021-03-15",
        "expertise_threats": ["public-disorder", "pickpocketing", "cbrn"],
        "expertise_spaces": ["stadiums-event-venues", "transport-hubs", "pedestrian-streets"],
        "expertise_solutions": ["crowd-management", "training-exercises"],
        "contact": {
            "name": "Ana Sofia Meireles",
            "role": "Superintendent, operations planning",
            "email": "anasofia.meireles@porto-psp.example",
            "phone": "+351 22 000 8830",
        },
    },
    {
        "slug": "thessaloniki",
        "name": "Municipality of Thessaloniki",
        "org_type": "municipality",
        "country": "GR",
        "city": "Thessaloniki",
        "latitude": 40.64,
        "longitude": 22.94,
        "website": "https://www.thessaloniki-city.example",
        "description": (
            "Second-largest Greek city, with a long waterfront, a lively nightlife quarter and a metro line opened in "
            "2024."
        ),
        "membership": "member",
        "member_since": "2021-01-11",
        "expertise_threats": ["stabbing", "harassment", "terrorism"],
        "expertise_spaces": ["squares", "transport-hubs", "parks-promenades"],
        "expertise_solutions": ["training-exercises", "urban-design-cpted", "lighting"],
        "contact": {
            "name": "Dimitris Kalogeropoulos",
            "role": "Deputy head, urban resilience office",
            "email": "dimitris.kalogeropoulos@thessaloniki-city.example",
            "phone": "+30 2310 000 552",
        },
    },
    {
        "slug": "goteborg",
        "name": "Göteborgs Stad",
        "org_type": "municipality",
        "country": "SE",
        "city": "Göteborg",
        "latitude": 57.71,
        "longitude": 11.97,
        "website": "https://www.goteborg-city.example",
        "description": (
            "City of Gothenburg, whose security strategists work with venue owners, the rail station operator and the "
            "central shopping centre."
        ),
        "membership": "member",
        "member_since": "2020-02-03",
        "expertise_threats": ["armed-assault", "ied-explosives", "crime-disorder"],
        "expertise_spaces": ["shopping-areas", "transport-hubs", "stadiums-event-venues", "cultural-sites"],
        "expertise_solutions": ["governance-cooperation", "training-exercises", "crowd-management"],
        "contact": {
            "name": "Karin Lindqvist",
            "role": "Security strategist",
            "email": "karin.lindqvist@goteborg-city.example",
            "phone": "+46 31 000 47 19",
        },
    },
    {
        "slug": "koln",
        "name": "Stadt Köln",
        "org_type": "municipality",
        "country": "DE",
        "city": "Köln",
        "latitude": 50.94,
        "longitude": 6.96,
        "website": "https://www.koeln-city.example",
        "description": (
            "City of Cologne, host to several large Christmas markets, carnival and Bundesliga football; coordinator "
            "of the SAFEMARKT project."
        ),
        "membership": "member",
        "member_since": "2019-10-01",
        "expertise_threats": ["vehicle-ramming", "drones-uas", "terrorism"],
        "expertise_spaces": ["markets", "stadiums-event-venues", "squares"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "access-control", "governance-cooperation"],
        "contact": {
            "name": "Matthias Becker",
            "role": "Head of event safety unit",
            "email": "matthias.becker@koeln-city.example",
            "phone": "+49 221 000 3371",
        },
    },
    {
        "slug": "koln-police",
        "name": "Polizeipräsidium Köln",
        "org_type": "police",
        "country": "DE",
        "city": "Köln",
        "latitude": 50.94,
        "longitude": 7.0,
        "website": "https://www.koeln-polizei.example",
        "description": (
            "Police headquarters for Cologne and Leverkusen, with operational planners assigned to markets, matches "
            "and carnival."
        ),
        "membership": "member",
        "member_since": "2020-06-15",
        "expertise_threats": ["vehicle-ramming", "drones-uas", "public-disorder"],
        "expertise_spaces": ["markets", "stadiums-event-venues"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "crowd-management"],
        "contact": {
            "name": "Stefan Hoffmann",
            "role": "Chief inspector, operations planning",
            "email": "stefan.hoffmann@koeln-polizei.example",
            "phone": "+49 221 000 8125",
        },
    },
    {
        "slug": "krakow",
        "name": "Urząd Miasta Krakowa",
        "org_type": "municipality",
        "country": "PL",
        "city": "Kraków",
        "latitude": 50.06,
        "longitude": 19.94,
        "website": "https://www.krakow-city.example",
        "description": (
            "City office of Kraków; its crisis management department covers the Main Market Square, the Planty ring "
            "park and Kazimierz."
        ),
        "membership": "member",
        "member_since": "2019-11-18",
        "expertise_threats": ["vehicle-ramming", "vandalism", "terrorism"],
        "expertise_spaces": ["markets", "parks-promenades", "places-of-worship"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "lighting", "urban-design-cpted"],
        "contact": {
            "name": "Agnieszka Nowicka",
            "role": "Head of crisis management department",
            "email": "agnieszka.nowicka@krakow-city.example",
            "phone": "+48 12 000 52 64",
        },
    },
    {
        "slug": "strasbourg",
        "name": "Ville et Eurométropole de Strasbourg",
        "org_type": "municipality",
        "country": "FR",
        "city": "Strasbourg",
        "latitude": 48.58,
        "longitude": 7.75,
        "website": "https://www.strasbourg-city.example",
        "description": (
            "Joint city and metropolitan administration responsible for the Christmas market that fills the Grande Île "
            "every December."
        ),
        "membership": "member",
        "member_since": "2019-11-18",
        "expertise_threats": ["armed-assault", "vehicle-ramming", "terrorism"],
        "expertise_spaces": ["markets", "cultural-sites"],
        "expertise_solutions": ["access-control", "hostile-vehicle-mitigation", "public-communication"],
        "contact": {
            "name": "Julien Schaeffer",
            "role": "Head of public space security unit",
            "email": "julien.schaeffer@strasbourg-city.example",
            "phone": "+33 3 88 00 24 61",
        },
    },
    {
        "slug": "dublin",
        "name": "Dublin City Council",
        "org_type": "municipality",
        "country": "IE",
        "city": "Dublin",
        "latitude": 53.35,
        "longitude": -6.26,
        "website": "https://www.dublin-city.example",
        "description": (
            "Local authority for central Dublin, with a night-time economy team covering Temple Bar and the "
            "surrounding streets."
        ),
        "membership": "member",
        "member_since": "2023-09-01",
        "expertise_threats": ["harassment", "public-disorder"],
        "expertise_spaces": ["pedestrian-streets"],
        "expertise_solutions": ["lighting", "public-communication", "training-exercises"],
        "contact": {
            "name": "Aoife Brennan",
            "role": "Night-time economy adviser",
            "email": "aoife.brennan@dublin-city.example",
            "phone": "+353 1 000 3947",
        },
    },
    {
        "slug": "emilia-romagna",
        "name": "Regione Emilia-Romagna",
        "org_type": "region",
        "country": "IT",
        "city": "Bologna",
        "latitude": 44.5,
        "longitude": 11.35,
        "website": "https://www.emilia-romagna-region.example",
        "description": (
            "Regional government that co-funds urban security plans of its municipalities and runs training for local "
            "police."
        ),
        "membership": "member",
        "member_since": "2020-03-02",
        "expertise_threats": ["armed-assault", "stabbing", "crime-disorder"],
        "expertise_spaces": ["schools-campuses", "markets"],
        "expertise_solutions": ["training-exercises", "governance-cooperation"],
        "contact": {
            "name": "Giulia Ferraresi",
            "role": "Urban security policy officer",
            "email": "giulia.ferraresi@emilia-romagna-region.example",
            "phone": "+39 051 000 6218",
        },
    },
    {
        "slug": "bologna",
        "name": "Comune di Bologna",
        "org_type": "municipality",
        "country": "IT",
        "city": "Bologna",
        "latitude": 44.49,
        "longitude": 11.34,
        "website": "https://www.bologna-city.example",
        "description": (
            "Municipality of Bologna, which manages a large weekly street market and a network of municipal schools."
        ),
        "membership": "observer",
        "member_since": "2021-05-20",
        "expertise_threats": ["pickpocketing", "vehicle-ramming"],
        "expertise_spaces": ["markets", "schools-campuses"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "urban-design-cpted"],
        "contact": {
            "name": "Marco Benassi",
            "role": "Events and public space coordinator",
            "email": "marco.benassi@bologna-city.example",
            "phone": "+39 051 000 4480",
        },
    },
    {
        "slug": "rhein-ruhr-institute",
        "name": "Rhine-Ruhr Institute for Security Research",
        "org_type": "research",
        "country": "DE",
        "city": "Bochum",
        "latitude": 51.48,
        "longitude": 7.22,
        "website": "https://www.rrisr.example",
        "description": (
            "Applied research institute working on low-altitude airspace security and vehicle-barrier testing; "
            "coordinator of SKYWARD."
        ),
        "membership": "member",
        "member_since": "2019-10-01",
        "expertise_threats": ["drones-uas", "vehicle-ramming"],
        "expertise_spaces": ["stadiums-event-venues", "markets"],
        "expertise_solutions": ["hostile-vehicle-mitigation", "training-exercises", "video-surveillance"],
        "contact": {
            "name": "Katrin Vogel",
            "role": "Head of airspace security research",
            "email": "katrin.vogel@rrisr.example",
            "phone": "+49 234 000 7712",
        },
    },
    {
        "slug": "nordic-crowd-centre",
        "name": "Nordic Centre for Crowd Safety",
        "org_type": "research",
        "country": "SE",
        "city": "Göteborg",
        "latitude": 57.69,
        "longitude": 11.98,
        "website": "https://www.crowdsafety-nordic.example",
        "description": (
            "Research centre studying pedestrian flows and crowd behaviour at venues and stations; coordinator of "
            "CROWDWISE."
        ),
        "membership": "member",
        "member_since": "2019-05-06",
        "expertise_threats": ["public-disorder", "crime-disorder"],
        "expertise_spaces": ["stadiums-event-venues", "transport-hubs"],
        "expertise_solutions": ["crowd-management", "public-communication"],
        "contact": {
            "name": "Erik Sandberg",
            "role": "Director",
            "email": "erik.sandberg@crowdsafety-nordic.example",
            "phone": "+46 31 000 82 05",
        },
    },
    {
        "slug": "vistula-institute",
        "name": "Vistula Institute for Urban Resilience",
        "org_type": "research",
        "country": "PL",
        "city": "Kraków",
        "latitude": 50.05,
        "longitude": 19.93,
        "website": "https://www.vistula-resilience.example",
        "description": (
            "Independent institute in Kraków that runs walk-audits, victimisation surveys and evaluations of "
            "situational crime prevention."
        ),
        "membership": "member",
        "member_since": "2021-04-12",
        "expertise_threats": ["vandalism", "harassment", "crime-disorder"],
        "expertise_spaces": ["parks-promenades", "places-of-worship"],
        "expertise_solutions": ["urban-design-cpted", "lighting"],
        "contact": {
            "name": "Paweł Zieliński",
            "role": "Senior researcher",
            "email": "pawel.zielinski@vistula-resilience.example",
            "phone": "+48 12 000 71 36",
        },
    },
    {
        "slug": "atlantic-centre",
        "name": "Atlantic Centre for Urban Safety Studies",
        "org_type": "research",
        "country": "PT",
        "city": "Porto",
        "latitude": 41.18,
        "longitude": -8.6,
        "website": "https://www.atlantic-urbansafety.example",
        "description": (
            "University-affiliated centre studying safety in tourist districts and coastal resorts; coordinator of "
            "SHORELINE."
        ),
        "membership": "member",
        "member_since": "2019-09-23",
        "expertise_threats": ["pickpocketing", "vehicle-ramming", "harassment"],
        "expertise_spaces": ["beaches", "parks-promenades", "pedestrian-streets"],
        "expertise_solutions": ["public-communication", "crowd-management"],
        "contact": {
            "name": "Inês Fonseca",
            "role": "Research coordinator",
            "email": "ines.fonseca@atlantic-urbansafety.example",
            "phone": "+351 22 000 6601",
        },
    },
    {
        "slug": "pennine-institute",
        "name": "Pennine Institute for Public Safety Research",
        "org_type": "research",
        "country": "GB",
        "city": "Leeds",
        "latitude": 53.8,
        "longitude": -1.55,
        "website": "https://www.pennine-safety.example",
        "description": (
            "Research group specialising in rail and metro resilience, from platform crowding to CBRN response; "
            "coordinator of METRORESIL."
        ),
        "membership": "member",
        "member_since": "2019-07-01",
        "expertise_threats": ["cbrn", "ied-explosives", "crime-disorder"],
        "expertise_spaces": ["transport-hubs"],
        "expertise_solutions": ["training-exercises", "crowd-management", "access-control"],
        "contact": {
            "name": "Helen Ashworth",
            "role": "Senior research fellow",
            "email": "helen.ashworth@pennine-safety.example",
            "phone": "+44 113 000 4128",
        },
    },
    {
        "slug": "bastion-perimeter",
        "name": "Bastion Perimeter Systems Ltd",
        "org_type": "company",
        "country": "GB",
        "city": "Sheffield",
        "latitude": 53.38,
        "longitude": -1.47,
        "website": "https://www.bastion-perimeter.example",
        "description": (
            "Manufacturer of crash-rated fixed and temporary vehicle barriers, including modular units for seasonal "
            "markets."
        ),
        "membership": "observer",
        "member_since": "2020-10-05",
        "expertise_threats": ["vehicle-ramming"],
        "expertise_spaces": ["markets", "squares", "pedestrian-streets"],
        "expertise_solutions": ["hostile-vehicle-mitigation"],
        "contact": {
            "name": "Gareth Pryce",
            "role": "Technical director",
            "email": "gareth.pryce@bastion-perimeter.example",
            "phone": "+44 114 000 2290",
        },
    },
    {
        "slug": "lumensight",
        "name": "Lumensight Analytics OÜ",
        "org_type": "company",
        "country": "EE",
        "city": "Tallinn",
        "latitude": 59.44,
        "longitude": 24.75,
        "website": "https://www.lumensight.example",
        "description": (
            "Video analytics vendor offering on-premise object detection for unattended items and drones, with masking "
            "of faces by default."
        ),
        "membership": "observer",
        "member_since": "2022-02-14",
        "expertise_threats": ["ied-explosives", "drones-uas"],
        "expertise_spaces": ["transport-hubs", "stadiums-event-venues"],
        "expertise_solutions": ["video-surveillance"],
        "contact": {
            "name": "Kadri Tamm",
            "role": "Head of privacy engineering",
            "email": "kadri.tamm@lumensight.example",
            "phone": "+372 600 0417",
        },
    },
    {
        "slug": "flowmetric",
        "name": "Flowmetric Crowd Dynamics ApS",
        "org_type": "company",
        "country": "DK",
        "city": "København",
        "latitude": 55.68,
        "longitude": 12.57,
        "website": "https://www.flowmetric.example",
        "description": (
            "Consultancy that models pedestrian movement for event organisers, stadium owners and rail operators."
        ),
        "membership": "member",
        "member_since": "2019-12-02",
        "expertise_threats": ["public-disorder"],
        "expertise_spaces": ["stadiums-event-venues", "beaches", "transport-hubs"],
        "expertise_solutions": ["crowd-management"],
        "contact": {
            "name": "Mads Kjeldsen",
            "role": "Lead crowd modeller",
            "email": "mads.kjeldsen@flowmetric.example",
            "phone": "+45 33 00 04 86",
        },
    },
    {
        "slug": "safe-nights",
        "name": "Safe Nights Europe",
        "org_type": "ngo",
        "country": "IE",
        "city": "Dublin",
        "latitude": 53.34,
        "longitude": -6.27,
        "website": "https://www.safenights.example",
        "description": (
            "Non-profit working with venues, councils and students on harassment and violence in nightlife districts; "
            "coordinator of NIGHTSHIFT."
        ),
        "membership": "member",
        "member_since": "2023-09-01",
        "expertise_threats": ["harassment", "stabbing", "public-disorder"],
        "expertise_spaces": ["pedestrian-streets", "parks-promenades"],
        "expertise_solutions": ["training-exercises", "public-communication", "lighting"],
        "contact": {
            "name": "Niamh Gallagher",
            "role": "Director",
            "email": "niamh.gallagher@safenights.example",
            "phone": "+353 1 000 7725",
        },
    },
    {
        "slug": "faith-sites-forum",
        "name": "Forum for Safe Places of Worship",
        "org_type": "ngo",
        "country": "BE",
        "city": "Antwerpen",
        "latitude": 51.22,
        "longitude": 4.4,
        "website": "https://www.safeworship.example",
        "description": (
            "Interfaith association helping congregations, schools and cultural venues plan proportionate protection; "
            "coordinator of SANCTA."
        ),
        "membership": "member",
        "member_since": "2020-03-02",
        "expertise_threats": ["terrorism", "armed-assault", "harassment"],
        "expertise_spaces": ["places-of-worship", "schools-campuses", "cultural-sites"],
        "expertise_solutions": ["access-control", "training-exercises", "governance-cooperation"],
        "contact": {
            "name": "Samira El Amrani",
            "role": "Coordinator",
            "email": "samira.elamrani@safeworship.example",
            "phone": "+32 3 000 58 14",
        },
    },
    {
        "slug": "public-space-network",
        "name": "European Network of Public Space Protection Practitioners (demo)",
        "org_type": "eu_body",
        "country": "BE",
        "city": "Bruxelles",
        "latitude": 50.85,
        "longitude": 4.35,
        "website": "https://www.publicspace-network.example",
        "description": (
            "Fictional practitioner network that hosts this portal, keeps project outputs available after funding ends "
            "and runs the webinar series."
        ),
        "membership": "member",
        "member_since": "2021-09-01",
        "expertise_threats": ["terrorism", "crime-disorder"],
        "expertise_spaces": ["squares", "transport-hubs", "markets"],
        "expertise_solutions": ["governance-cooperation", "training-exercises"],
        "contact": {
            "name": "Lena Hartmann",
            "role": "Network secretary",
            "email": "lena.hartmann@publicspace-network.example",
            "phone": "+32 2 000 81 63",
        },
    },
]

PROJECTS: list[dict[str, Any]] = [
    {
        "acronym": "PRoTECT",
        "slug": "protect",
        "full_name": "Public Resilience using TEChnology to counter Terrorism",
        "funding_programme": "isf-police",
        "grant_number": "815356",
        "start_date": "2018-09-01",
        "end_date": "2021-08-31",
        "status": "ended",
        "coordinator": "ditss",
        "partners": [
            "efus",
            "eindhoven",
            "larissa",
            "brasov",
            "malaga",
            "vilnius",
            "malaga-local-police",
            "vilnius-police",
        ],
        "website": "https://protect-cities.eu",
        "summary": (
            "Five partner cities worked with DITSS and Efus to assess how exposed specific squares, streets and "
            "stations were to terrorist attack, and then to screen technology options against what they found. The "
            "project left behind a vulnerability self-assessment for municipalities and a framework for scanning and "
            "comparing security technologies. Its closing event in June 2021 drew practitioners from thirteen "
            "countries."
        ),
    },
    {
        "acronym": "Secu4All",
        "slug": "secu4all",
        "full_name": "Secu4All: building local and regional capacity to protect public spaces",
        "funding_programme": "isf-police",
        "grant_number": "tbc",
        "start_date": "2020-12-01",
        "end_date": "2023-06-30",
        "status": "ended",
        "coordinator": "efus",
        "partners": ["nice", "liege", "thessaloniki", "goteborg", "nice-municipal-police"],
        "website": "https://efus.eu",
        "summary": (
            "Efus designed Secu4All on the back of PRoTECT to train local and regional authorities rather than to "
            "build new technology. Staff from city halls, police and venue operators worked through vulnerability "
            "assessment, crisis communication, ethical use of technology and design-led prevention, then tested their "
            "plans in table-top and field exercises."
        ),
    },
    {
        "acronym": "SAFEMARKT",
        "slug": "safemarkt",
        "full_name": "Safer Seasonal and Weekly Markets through Shared Vehicle Mitigation",
        "funding_programme": "isf-police",
        "grant_number": "871204",
        "start_date": "2019-11-01",
        "end_date": "2022-10-31",
        "status": "ended",
        "coordinator": "koln",
        "partners": ["strasbourg", "krakow", "bologna", "koln-police", "bastion-perimeter", "rhein-ruhr-institute"],
        "website": "https://www.safemarkt.example",
        "summary": (
            "Four cities pooled their experience of protecting Christmas and weekly markets against vehicle attack and "
            "compared temporary barrier layouts, access regimes and stewarding. A shared procurement guide and a "
            "layout planning prototype came out of the work."
        ),
    },
    {
        "acronym": "CROWDWISE",
        "slug": "crowdwise",
        "full_name": "Crowd Wisdom for Safer Venues, Stations and Streets",
        "funding_programme": "horizon-2020",
        "grant_number": "883517",
        "start_date": "2019-05-01",
        "end_date": "2022-10-31",
        "status": "ended",
        "coordinator": "nordic-crowd-centre",
        "partners": ["goteborg", "liege", "porto", "porto-psp", "flowmetric", "pennine-institute"],
        "website": "https://www.crowdwise.example",
        "summary": (
            "Researchers and operators measured real crowd densities at stadium exits, station concourses and street "
            "festivals and used the data to calibrate simple planning models. The project also looked at how football "
            "crowds behave on the walk back to public transport."
        ),
    },
    {
        "acronym": "SHORELINE",
        "slug": "shoreline",
        "full_name": "Safer Seafronts and Tourist Districts in Coastal Cities",
        "funding_programme": "isf-other",
        "grant_number": "8840327",
        "start_date": "2019-10-01",
        "end_date": "2022-03-31",
        "status": "ended",
        "coordinator": "atlantic-centre",
        "partners": ["nice", "malaga", "porto", "malaga-local-police", "flowmetric"],
        "website": "https://www.shoreline-cities.example",
        "summary": (
            "Coastal cities with heavy summer tourism looked at seafront promenades, beach festivals and historic "
            "tourist streets together, because the same places face vehicle attack, overcrowding and theft. Outputs "
            "include a beach-event crowd plan template and a pickpocketing awareness kit."
        ),
    },
    {
        "acronym": "SANCTA",
        "slug": "sancta",
        "full_name": "Securing Sacred, Cultural and Teaching Assemblies",
        "funding_programme": "isf-police",
        "grant_number": "101015882",
        "start_date": "2020-03-01",
        "end_date": "2022-08-31",
        "status": "ended",
        "coordinator": "faith-sites-forum",
        "partners": ["liege", "emilia-romagna", "bologna", "goteborg", "krakow", "vistula-institute"],
        "website": "https://www.sancta-project.example",
        "summary": (
            "Congregations, schools and cultural venues rarely have security staff, so SANCTA produced a short "
            "self-assessment they could run with volunteers and local police. Pilots covered a cathedral, a school, a "
            "cultural square and a Jewish quarter during its summer festival."
        ),
    },
    {
        "acronym": "NIGHTSHIFT",
        "slug": "nightshift",
        "full_name": "Night-time Safety, Hospitality and Inclusive Streets",
        "funding_programme": "isf-police",
        "grant_number": "101103649",
        "start_date": "2024-01-01",
        "end_date": "2027-06-30",
        "status": "running",
        "coordinator": "safe-nights",
        "partners": ["dublin", "krakow", "thessaloniki", "vilnius", "vistula-institute"],
        "website": "https://www.nightshift-eu.example",
        "summary": (
            "NIGHTSHIFT works in nightlife districts and parks where harassment, fights and damage drive people away "
            "after dark. Partners test lighting changes, venue staff training and late-night transport links, and "
            "measure results with footfall counts and repeat perception surveys."
        ),
    },
    {
        "acronym": "SKYWARD",
        "slug": "skyward",
        "full_name": "Shared Knowledge on Unmanned Aircraft at Public Events",
        "funding_programme": "horizon-europe",
        "grant_number": "101121478",
        "start_date": "2023-10-01",
        "end_date": "2027-09-30",
        "status": "running",
        "coordinator": "rhein-ruhr-institute",
        "partners": ["koln", "koln-police", "nice", "nice-municipal-police", "lumensight"],
        "website": "https://www.skyward-project.example",
        "summary": (
            "Most drones seen over crowds are flown by careless hobbyists, but event organisers still need a rehearsed "
            "answer. SKYWARD pilots detection at a stadium and an open-air carnival and writes up who decides what, "
            "and how fast, when an aircraft appears."
        ),
    },
    {
        "acronym": "METRORESIL",
        "slug": "metroresil",
        "full_name": "Metro and Rail Station Resilience to Explosive and CBRN Threats",
        "funding_programme": "horizon-europe",
        "grant_number": "101168230",
        "start_date": "2024-09-01",
        "end_date": "2028-02-29",
        "status": "running",
        "coordinator": "pennine-institute",
        "partners": ["porto", "porto-psp", "goteborg", "thessaloniki", "lumensight", "atlantic-centre"],
        "website": "https://www.metroresil.example",
        "summary": (
            "Station operators, fire services and police in three cities are working on the first minutes after a "
            "suspicious item or chemical release underground. The project combines live exercises, design reviews of "
            "new stations and careful trials of analytics for unattended luggage."
        ),
    },
]

CASE_STUDIES: list[dict[str, Any]] = [
    {
        "slug": "eindhoven-station-forecourt-self-assessment",
        "title": "Eindhoven tests the self-assessment on its station forecourt",
        "city": "Eindhoven",
        "country": "NL",
        "space_name": "Stationsplein, Eindhoven Centraal",
        "space_category": "transport-hubs",
        "latitude": 51.44,
        "longitude": 5.48,
        "threat_types": ["terrorism", "vehicle-ramming"],
        "solution_types": ["governance-cooperation", "hostile-vehicle-mitigation"],
        "project": "protect",
        "organisations": ["eindhoven", "ditss"],
        "contact_organisation": "eindhoven",
        "summary": (
            "Eindhoven's public order team ran the PRoTECT vulnerability self-assessment on the square in front of its "
            "central station, which tens of thousands of rail and bus passengers cross every day. The point was to "
            "test the tool as much as the square, so the team also logged which questions were hard to answer and who "
            "had to be present to answer them."
        ),
        "challenge": [
            (
                "The forecourt combines a bus station, cycle parking for several thousand bikes, taxi ranks and a "
                "delivery route into the shopping streets. Responsibility is split between the municipality, the rail "
                "infrastructure manager, the bus concessionaire and the police, and nobody held a single picture of "
                "the risks."
            ),
            (
                "Protective measures had been added piecemeal after changes in the national threat level, mostly "
                "planters and a few removable posts. No one could say with confidence whether a vehicle could still "
                "reach the busiest waiting area at speed."
            ),
        ],
        "approach": [
            (
                "A half-day workshop in autumn 2019 brought eleven people around a large printed plan: municipal "
                "planners, the events office, two police officers, the station manager and the bus operator's safety "
                "lead. DITSS facilitated and the group worked through the assessment question by question."
            ),
            (
                "For vehicle approach, the group walked every plausible run-up with a measuring wheel. Three routes "
                "allowed a straight run of more than 40 metres towards the bus platforms, one of them through a "
                "delivery gate that stood open during the day."
            ),
            (
                "Scores were turned into a short action list ranked by effort. Cheap management fixes, such as gate "
                "discipline, were deliberately kept apart from structural works that would need a capital budget."
            ),
        ],
        "quote": {
            "text": (
                "The tool told us nothing we could not have found ourselves, but it got us walking the square together "
                "for the first time, and that alone was worth the afternoon."
            ),
            "attribution": "Public order adviser, Gemeente Eindhoven",
        },
        "results": [
            (
                "Within a month the delivery gate was put on a timed lock at almost no cost. Moving existing planters "
                "and adding cycle racks strong enough to act as obstacles broke up two of the three long run-ups, with "
                "roughly 35 metres of new line in total."
            ),
            (
                "The third route needed a structural barrier, which was written into the tender for the planned bus "
                "station redesign as a crash-rated line. The team also sent 14 comments on wording and question order "
                "back to the tool's developers."
            ),
        ],
        "lessons_learned": [
            "Invite the transport operator and station manager to the first session, not after the scores are in.",
            "Measure run-up distances on site; plans and aerial photographs understate open approaches.",
            "Keep management fixes separate from capital works so quick wins are not held up by budgets.",
            "Record the questions nobody could answer: that list is a finding in its own right.",
        ],
        "cost_range": "under-10k",
        "timeframe": "5 months (2019–2020)",
        "first_published": "2020-06-15",
        "tags": ["self-assessment", "station forecourt", "run-up distance", "planters"],
    },
    {
        "slug": "eindhoven-glow-crowd-technology-scan",
        "title": "Choosing crowd-counting technology for a light festival",
        "city": "Eindhoven",
        "country": "NL",
        "space_name": "GLOW light festival walking route",
        "space_category": "cultural-sites",
        "latitude": 51.44,
        "longitude": 5.47,
        "threat_types": ["terrorism", "public-disorder"],
        "solution_types": ["crowd-management", "video-surveillance"],
        "project": "protect",
        "organisations": ["eindhoven", "ditss"],
        "contact_organisation": "ditss",
        "summary": (
            "Each November, several hundred thousand visitors follow the GLOW light-art route through central "
            "Eindhoven over eight evenings. Before buying anything, the city put four ways of monitoring crowd density "
            "on the route through the PRoTECT technology evaluation framework."
        ),
        "challenge": [
            (
                "Queues and bottlenecks form at a handful of narrow points, especially where artworks sit in "
                "courtyards with a single way in and out. Stewards relied on radio reports and their own eyes, which "
                "meant the control room learned about congestion several minutes late."
            ),
            (
                "Vendors offered everything from Wi-Fi probe counting to camera analytics, and the city had no "
                "structured way to weigh their claims on accuracy, privacy impact and running cost."
            ),
        ],
        "approach": [
            (
                "The team first narrowed the problem to a single requirement: detect when any of six pinch points "
                "exceeds four people per square metre and alert the control room within 60 seconds. Writing that down "
                "eliminated two products built for retail footfall statistics rather than live alerts."
            ),
            (
                "The four remaining options were scored with the framework on effectiveness, legal and ethical fit, "
                "five-year cost and staff effort on the night. The municipality's data protection officer sat on the "
                "scoring panel from the first meeting."
            ),
            (
                "Two shortlisted options, anonymous thermal counters and on-site processing of existing camera feeds "
                "without storing images, were then tested against recorded footage of the two worst pinch points from "
                "earlier editions."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The thermal counters met the accuracy target in nine of ten test clips and raised no privacy "
                "objections; the camera option was slightly more accurate but would have required a full impact "
                "assessment. The city chose the counters at about EUR 38,000 including installation."
            ),
            (
                "Control-room staff said the larger gain was a shared definition of when to close a courtyard gate, "
                "something that had never been written down before."
            ),
        ],
        "lessons_learned": [
            "Turn the problem into a measurable requirement before meeting vendors.",
            "Seat the data protection officer on the scoring panel, not at the sign-off stage.",
            "Test with footage from your own site; vendor demonstration clips are too clean.",
            "Agree the action threshold with stewards, or the numbers will not change decisions.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "10 months (2019–2020)",
        "first_published": "2021-03-02",
        "tags": ["light festival", "crowd counting", "technology scan", "thermal sensors"],
    },
    {
        "slug": "larissa-shopping-zone-self-assessment",
        "title": "Larissa maps weak points in its pedestrian shopping zone",
        "city": "Larissa",
        "country": "GR",
        "space_name": "Central pedestrian shopping zone",
        "space_category": "shopping-areas",
        "latitude": 39.64,
        "longitude": 22.42,
        "threat_types": ["terrorism", "vehicle-ramming", "crime-disorder"],
        "solution_types": ["governance-cooperation", "public-communication"],
        "project": "protect",
        "organisations": ["larissa", "ditss", "efus"],
        "contact_organisation": "larissa",
        "summary": (
            "Larissa's civil protection office applied the PRoTECT self-assessment to the pedestrianised shopping "
            "streets around its central square, and folded shopkeepers' everyday worries about theft and late-night "
            "damage into the same exercise. The outcome was a plan agreed with the traders' association instead of a "
            "municipal report nobody read."
        ),
        "challenge": [
            (
                "The zone is a grid of streets closed to traffic, with some 600 shops and cafés and 23 access points "
                "used by delivery vans in the morning. Many of the bollards at those points were manual and were often "
                "left lowered."
            ),
            (
                "Traders regarded terrorism as a remote risk but were very concerned about shoplifting, bag snatching "
                "and vandalism after closing. The first meetings stalled because the two agendas seemed to have "
                "nothing in common."
            ),
        ],
        "approach": [
            (
                "The office translated the assessment into Greek, shortened some technical passages and ran it with "
                "the traffic police, the fire service, the traders' association and two café owners. Sessions were "
                "held after 20:00 so that shop owners could attend."
            ),
            (
                "Every access point was photographed and recorded as open, closed or uncertain at three times of day "
                "over a fortnight. Volunteer traders noted when they saw bollards left down."
            ),
            (
                "The group then looked for measures that served both agendas at once, such as better lighting and a "
                "single reporting line to the municipal police, alongside closing entrances nobody needed."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Eight of the 23 access points were closed permanently, and four manual bollards were replaced by "
                "automatic ones tied to a delivery window from 06:00 to 10:30. Traders now report sightings through "
                "one messaging group watched by the municipal police during opening hours."
            ),
            (
                "A survey of 140 shopkeepers a year later found 62 percent felt the zone had become safer. The office "
                "is careful to point out that lockdowns fell within the same period, which makes any comparison shaky."
            ),
        ],
        "lessons_learned": [
            "Start from the concerns people already have; it buys attention for the rarer threats.",
            "Log how access points are really used before choosing which to close.",
            "Schedule meetings for hours when small business owners can actually come.",
            "Name the confounding factors when you report results.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "14 months (2019–2021)",
        "first_published": "2021-05-20",
        "tags": ["shopping street", "traders", "automatic bollards", "self-assessment"],
    },
    {
        "slug": "brasov-piata-sfatului-self-assessment",
        "title": "Brașov reassesses its council square for concerts and the winter fair",
        "city": "Brașov",
        "country": "RO",
        "space_name": "Piața Sfatului",
        "space_category": "squares",
        "latitude": 45.64,
        "longitude": 25.59,
        "threat_types": ["vehicle-ramming", "terrorism"],
        "solution_types": ["hostile-vehicle-mitigation", "crowd-management", "governance-cooperation"],
        "project": "protect",
        "organisations": ["brasov", "ditss"],
        "contact_organisation": "brasov",
        "summary": (
            "Brașov used the PRoTECT self-assessment on Piața Sfatului, the medieval council square where concerts, "
            "the winter fair and New Year celebrations take place. It found that protection depended on municipal "
            "trucks parked across entrances, and the city moved to a planned mix of fixed and removable measures."
        ),
        "challenge": [
            (
                "Seven streets open onto the square, several of them steep and cobbled, and some are the only way in "
                "for residents' cars and ambulances. A vehicle rolling down one of the slopes would reach the middle "
                "of the square with very little distance to stop it."
            ),
            (
                "For large events the city and police parked trucks across the entrances. That worked on the night "
                "itself, but it tied up drivers on standby and left gaps during build-up and take-down, when people "
                "were already on the square."
            ),
        ],
        "approach": [
            (
                "A working group of city hall, the local police, the county emergency inspectorate and an event "
                "organiser's production manager completed the assessment in three sessions across 2019 and 2020. Each "
                "entrance was scored on its own, with heritage officers advising on what could be anchored in the "
                "historic paving."
            ),
            (
                "The group mapped the whole event cycle, from the first lorry unloading stage equipment to the last "
                "one leaving. Exposure turned out to be highest during the two build-up days, not on the night of the "
                "event."
            ),
            (
                "On that basis the city specified removable crash-rated posts for the four quieter streets and a pair "
                "of gates for the two streets that must stay open to emergency services."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Sockets for removable posts went into the two steepest streets in 2021, under a heritage permit that "
                "required the stone setts to be relaid by hand. Trucks are now only a fallback."
            ),
            (
                "Event contracts were amended so organisers must submit a vehicle movement plan for build-up and "
                "take-down days, which the police countersign."
            ),
        ],
        "lessons_learned": [
            "Assess build-up and take-down days as well as the event itself.",
            "Bring heritage officers in early if anything will be anchored into historic paving.",
            "Parked trucks are a stopgap that needs drivers, keys and a plan for every hour.",
            "Design emergency access in from the first sketch.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "2 years (2019–2021)",
        "first_published": "2021-06-30",
        "tags": ["historic square", "removable posts", "winter fair", "heritage"],
    },
    {
        "slug": "malaga-calle-larios-self-assessment",
        "title": "Málaga weighs festival protection for Calle Larios",
        "city": "Málaga",
        "country": "ES",
        "space_name": "Calle Larios",
        "space_category": "pedestrian-streets",
        "latitude": 36.72,
        "longitude": -4.42,
        "threat_types": ["vehicle-ramming", "terrorism", "pickpocketing"],
        "solution_types": ["hostile-vehicle-mitigation", "crowd-management", "video-surveillance"],
        "project": "protect",
        "organisations": ["malaga", "malaga-local-police", "ditss"],
        "contact_organisation": "malaga-local-police",
        "summary": (
            "Málaga applied the PRoTECT self-assessment to Calle Larios, the marble-paved shopping street that carries "
            "Holy Week processions, a heavily visited Christmas light show and the August fair. Comparing its exposure "
            "across these events led the city and local police to lease removable barriers that trained crews can put "
            "up in about 90 minutes."
        ),
        "challenge": [
            (
                "The street is about 300 metres long and dead straight, with side streets on both flanks. On the "
                "busiest light-show evenings it and the neighbouring squares hold tens of thousands of people, at "
                "densities where an attack or even a false alarm could set off a dangerous surge."
            ),
            (
                "Permanent bollards were ruled out early because processional floats, stage lorries and service "
                "vehicles all need to get in. Whatever was chosen had to go up and come down quickly."
            ),
        ],
        "approach": [
            (
                "The local police planning unit ran the assessment with the city's mobility and events departments and "
                "the shopkeepers' association. Each of the 11 side entrances and both ends of the street were scored "
                "separately for every major date in the calendar."
            ),
            (
                "Pickpocketing kept coming up, so it was added as a secondary threat, and the group examined how "
                "light-show densities created openings for thieves as well as a crushing risk."
            ),
            (
                "Options were then screened with the PRoTECT technology framework: mobile barrier systems, "
                "vehicle-mounted blockers and extra cameras covering the side streets."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The city leased a mobile barrier system for the main festivals, and crews can now close all 13 "
                "entrances in about 90 minutes. Four cameras were added on side streets and linked to the police "
                "control room."
            ),
            (
                "On the busiest light-show nights pedestrians are now guided one way along the street. The police "
                "associate this with fewer reported thefts, although the numbers are small and have not been "
                "independently analysed."
            ),
        ],
        "lessons_learned": [
            "Score the same street separately for each event type; the risk changes with the crowd.",
            "Rehearse barrier deployment with the crews who will do it on the night.",
            "Treat crowd density as a driver of theft and crushing as well as attack risk.",
            "Put processional and emergency routes into the brief from the first day.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "18 months (2019–2021)",
        "first_published": "2021-07-12",
        "tags": ["holy week", "light show", "mobile barriers", "self-assessment"],
    },
    {
        "slug": "vilnius-cathedral-square-site-rules",
        "title": "Vilnius turns its self-assessment into standing site rules for Cathedral Square",
        "city": "Vilnius",
        "country": "LT",
        "space_name": "Katedros aikštė (Cathedral Square)",
        "space_category": "squares",
        "latitude": 54.69,
        "longitude": 25.29,
        "threat_types": ["terrorism", "vehicle-ramming", "public-disorder"],
        "solution_types": ["governance-cooperation", "access-control", "crowd-management"],
        "project": "protect",
        "organisations": ["vilnius", "vilnius-police", "ditss"],
        "contact_organisation": "vilnius",
        "summary": (
            "Vilnius ran the PRoTECT self-assessment on Cathedral Square, its main venue for state ceremonies, "
            "concerts and the Christmas tree. The key finding was that every organiser drew up a security layout from "
            "scratch, so the city wrote a standing baseline that all permit holders now start from."
        ),
        "challenge": [
            (
                "The square is open on three sides with a main road along the fourth, and it hosts more than 50 events "
                "a year, from national holidays attracting 20,000 people to small craft markets. Stage positions, "
                "barriers and emergency routes changed with every event."
            ),
            (
                "Police planners had good intelligence on individual events but little say over the physical set-up, "
                "which organisers contracted directly."
            ),
        ],
        "approach": [
            (
                "The municipality's public order division and the county police carried out the assessment in two "
                "workshops, inviting two large event organisers to the second. Scoring concentrated on features that "
                "stay the same whatever the event."
            ),
            (
                "The group listed the fixed assets most worth protecting, including the cathedral, the bell tower and "
                "the museum entrance, and identified the road lane as the main vehicle hazard. It drafted a baseline "
                "plan with stage zones, a closed perimeter along the road and three emergency corridors."
            ),
            (
                "Organisers now have to start from this baseline and justify any departure from it in their permit "
                "application."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The site rules were adopted in 2021 and attached to every permit for the square. The public order "
                "division reports that planning for large events now takes one meeting rather than three."
            ),
            (
                "The city bought 120 metres of water-filled barriers for crowd lines, backed by a smaller set of "
                "crash-tested units on the road side, deployed for events expecting more than 5,000 visitors."
            ),
        ],
        "lessons_learned": [
            "Where a square has many organisers, fix a baseline once and treat departures as exceptions.",
            "Give police planners a say in the physical layout, not only in staffing.",
            "Scale protective measures to bands of expected attendance.",
            "Water-filled barriers steer crowds; on their own they will not stop a vehicle.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "12 months (2020–2021)",
        "first_published": "2021-08-05",
        "tags": ["ceremonial square", "site rules", "event permits", "self-assessment"],
    },
    {
        "slug": "liege-christmas-village-tabletop",
        "title": "A first-hour table-top exercise for Liège's Christmas village",
        "city": "Liège",
        "country": "BE",
        "space_name": "Village de Noël, place Saint-Lambert and place du Marché",
        "space_category": "markets",
        "latitude": 50.65,
        "longitude": 5.57,
        "threat_types": ["vehicle-ramming", "terrorism"],
        "solution_types": ["training-exercises", "governance-cooperation", "public-communication"],
        "project": "secu4all",
        "organisations": ["liege", "efus"],
        "contact_organisation": "liege",
        "summary": (
            "Ahead of its 2022 Christmas village, Liège used the Secu4All table-top format to rehearse how the city, "
            "police, fire and medical services and stallholders would act in the first hour after a vehicle attack. "
            "The session exposed gaps over who would speak to the public and who could decide to close the market."
        ),
        "challenge": [
            (
                "The village spreads around 200 chalets across two adjoining squares and receives a very large number "
                "of visits over five weeks. Barriers were in place, but the emergency plan had never been tested with "
                "everyone who would be involved on the day."
            ),
            (
                "Stallholders, many of whom come back every year, had no formal role in the plan, even though they "
                "would be first on the scene and know the layout better than anyone."
            ),
        ],
        "approach": [
            (
                "Efus trainers and the city's prevention service built a four-hour scenario in which a van forces its "
                "way through a side entrance on a Saturday evening. Twenty-six participants sat at five tables: the "
                "municipal crisis cell, police, fire and medical services, the market operator and a group of "
                "stallholders."
            ),
            (
                "Injects arrived every 15 minutes, among them false social media reports of a second attacker and an "
                "interview request from a local radio station."
            ),
            "A hot debrief followed straight away, and a written report with twelve actions went out within two weeks.",
        ],
        "quote": {
            "text": (
                "We had rehearsed the barriers many times. We had never rehearsed the first sentence we would say to "
                "the public, and agreeing on it took us twenty minutes."
            ),
            "attribution": "Urban security coordinator, Ville de Liège",
        },
        "results": [
            (
                "The city drafted pre-approved messages in French, Dutch, German and English for the market screens "
                "and social media accounts. One named person now holds the authority to close the market, with a "
                "deputy assigned to each evening."
            ),
            (
                "Stallholders received a one-page card showing exit routes and how to shelter customers inside "
                "chalets, and the operator added a safety briefing to its opening-day meeting."
            ),
        ],
        "lessons_learned": [
            "Seat stallholders at the table; in practice they are the first responders.",
            "Rehearse the first public message, not just the operational response.",
            "Name one person with authority to close the market, and a deputy for each shift.",
            "Send out the action list while the exercise is still fresh in people's minds.",
        ],
        "cost_range": "under-10k",
        "timeframe": "3 months (2022)",
        "first_published": "2023-01-16",
        "tags": ["christmas market", "table-top exercise", "crisis communication", "stallholders"],
    },
    {
        "slug": "thessaloniki-aristotelous-staff-training",
        "title": "Training municipal event staff for crowds on Aristotelous Square",
        "city": "Thessaloniki",
        "country": "GR",
        "space_name": "Aristotelous Square",
        "space_category": "squares",
        "latitude": 40.63,
        "longitude": 22.94,
        "threat_types": ["terrorism", "public-disorder"],
        "solution_types": ["training-exercises", "crowd-management"],
        "project": "secu4all",
        "organisations": ["thessaloniki", "efus"],
        "contact_organisation": "thessaloniki",
        "summary": (
            "Thessaloniki put 18 municipal staff through the Secu4All training and applied what they learned to "
            "Aristotelous Square, the city's stage for New Year's Eve, rallies and open-air concerts. The course "
            "finished with a walk-through on the square itself alongside police and fire officers."
        ),
        "challenge": [
            (
                "The square runs from the waterfront up to Egnatia Street, and on New Year's Eve it holds about 30,000 "
                "people, with the sea on one side and narrow arcades on two others. The staff who set up stages and "
                "barriers had no grounding in crowd dynamics and leaned heavily on contractors."
            ),
            (
                "Roles between the municipality, the Hellenic Police and the regional civil protection service were "
                "clear on paper but had never been practised together."
            ),
        ],
        "approach": [
            (
                "Participants worked through the online modules over six weeks, covering vulnerability assessment, "
                "communicating with the public and design-led prevention. A local facilitator ran a weekly one-hour "
                "call in Greek to connect the material to Thessaloniki."
            ),
            (
                "On the final morning, mixed groups walked the square with police and fire officers and chalked on the "
                "ground where queues, pinch points and emergency routes would form under the New Year layout."
            ),
            "Each group then redrew the layout and presented it to the deputy mayor responsible for civil protection.",
        ],
        "quote": None,
        "results": [
            (
                "The New Year plan now places the main stage 25 metres further from the arcades and keeps two 6-metre "
                "emergency corridors open to the waterfront. Concert promoters are now required to file a crowd "
                "management plan."
            ),
            (
                "Eleven of the 18 trainees joined the municipal events planning group, giving the city expertise it "
                "used to buy in."
            ),
        ],
        "lessons_learned": [
            "Pair online modules with regular discussion in the local language.",
            "Finish training on the real site with the agencies that will be there on the night.",
            "Have trainees present their changes to a decision-maker so the work leads somewhere.",
            "Grow in-house skills rather than relying wholly on contractors.",
        ],
        "cost_range": "under-10k",
        "timeframe": "4 months (2021–2022)",
        "first_published": "2022-05-09",
        "tags": ["new year's eve", "training", "walk-through", "stage layout"],
    },
    {
        "slug": "goteborg-shopping-centre-live-exercise",
        "title": "Night-time live exercise on an armed attack in a shopping centre",
        "city": "Göteborg",
        "country": "SE",
        "space_name": "Nordstan shopping centre",
        "space_category": "shopping-areas",
        "latitude": 57.71,
        "longitude": 11.97,
        "threat_types": ["armed-assault", "terrorism"],
        "solution_types": ["training-exercises", "public-communication", "governance-cooperation"],
        "project": "secu4all",
        "organisations": ["goteborg", "efus"],
        "contact_organisation": "goteborg",
        "summary": (
            "Göteborg held an overnight live exercise in its largest city-centre shopping centre to see how mall "
            "security, shop staff, police and ambulance crews would cope with an armed attacker among shoppers. It "
            "followed a Secu4All table-top on the same scenario three months earlier."
        ),
        "challenge": [
            (
                "The centre has around 180 shops on two levels, a covered street that stays open late, and direct "
                "links to the central station and tram stops. A Saturday can bring 100,000 visitors."
            ),
            (
                "Shop staff had been told to lock down during an attack, yet many units have glass fronts and no back "
                "room, and the public address system had never been tried for that purpose."
            ),
        ],
        "approach": [
            (
                "The exercise ran from 23:00 to 03:00 with 140 volunteers playing shoppers, 30 shop employees and the "
                "centre's own security team. Police tactical units and ambulance crews responded as they would for "
                "real, under an exercise umpire."
            ),
            (
                "Observers with stopwatches timed the first announcement, the lowering of shutters and the first "
                "police contact. Some volunteers wore body cameras to capture what they saw and heard."
            ),
            "A debrief the next morning fed a written evaluation drafted jointly by the city and the police.",
        ],
        "quote": None,
        "results": [
            (
                "The first announcement took six minutes because the control room had to locate an authorised script. "
                "Pre-recorded lockdown messages in Swedish and English now sit behind a single button."
            ),
            (
                "Three shops without a safe room agreed to use a neighbour's storeroom, and every unit received a "
                "printed shelter map. The city puts the total cost at roughly SEK 450,000, about EUR 40,000, most of "
                "it staff time."
            ),
        ],
        "lessons_learned": [
            "Time the first announcement; any delay there cascades.",
            "Check unit by unit whether each shop can really lock down.",
            "Volunteers with body cameras show what the public actually hears.",
            "Build a live exercise on an earlier table-top so the scenario is already familiar.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "6 months (2022)",
        "first_published": "2022-11-21",
        "tags": ["shopping centre", "live exercise", "lockdown", "public address"],
    },
    {
        "slug": "nice-tram-interchange-knife-exercise",
        "title": "Control-room exercise on a knife attack at a tram interchange",
        "city": "Nice",
        "country": "FR",
        "space_name": "Jean Médecin tram interchange",
        "space_category": "transport-hubs",
        "latitude": 43.7,
        "longitude": 7.27,
        "threat_types": ["stabbing", "terrorism"],
        "solution_types": ["training-exercises", "video-surveillance", "governance-cooperation"],
        "project": "secu4all",
        "organisations": ["nice", "nice-municipal-police", "efus"],
        "contact_organisation": "nice-municipal-police",
        "summary": (
            "Nice used a Secu4All functional exercise to test the chain from camera operator to patrol to tram control "
            "when someone with a knife is reported at a busy interchange. The goal was to shorten the time between the "
            "first sighting and trams being held away from the scene."
        ),
        "challenge": [
            (
                "The interchange sits on the main shopping avenue and handles about 25,000 boardings on an ordinary "
                "weekday, so any incident there ripples across the network within minutes."
            ),
            (
                "Three control rooms would be involved, the municipal video centre, the tram operator's control and "
                "the national police, each with its own radio system and procedures."
            ),
        ],
        "approach": [
            (
                "The exercise took place entirely in the control rooms, using recorded camera footage and scripted "
                "radio traffic with nobody on the street. It lasted two and a half hours and was played twice with "
                "different teams."
            ),
            (
                "Facilitators measured the time from the first 'knife seen' call to three actions: a patrol "
                "dispatched, trams held at neighbouring stops and a message on station screens."
            ),
            (
                "Between the runs, the teams agreed a shared code word and a direct telephone line between the video "
                "centre and tram control, and used both in the second run."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Time to hold trams fell from 7 minutes in the first run to just under 3 in the second. The direct "
                "line has since been installed permanently."
            ),
            (
                "The exercise also revealed that passenger screens could only be changed from the operator's head "
                "office, so a local emergency override was added."
            ),
        ],
        "lessons_learned": [
            "Control-room-only exercises are cheap and expose hand-over delays.",
            "Run the scenario twice so fixes can be tried out the same day.",
            "A code word shared across agencies saves precious explanation time.",
            "Find out who can change passenger information, and how quickly.",
        ],
        "cost_range": "under-10k",
        "timeframe": "2 months (2022)",
        "first_published": "2022-09-26",
        "tags": ["tram", "control room", "functional exercise", "knife attack"],
    },
    {
        "slug": "koln-cathedral-market-modular-hvm",
        "title": "Modular vehicle barriers around Köln's cathedral Christmas market",
        "city": "Köln",
        "country": "DE",
        "space_name": "Roncalliplatz Christmas market",
        "space_category": "markets",
        "latitude": 50.94,
        "longitude": 6.96,
        "threat_types": ["vehicle-ramming", "terrorism"],
        "solution_types": ["hostile-vehicle-mitigation", "access-control", "governance-cooperation"],
        "project": "safemarkt",
        "organisations": ["koln", "koln-police", "bastion-perimeter", "rhein-ruhr-institute"],
        "contact_organisation": "koln",
        "summary": (
            "Köln swapped the concrete blocks and sand-filled containers around its cathedral Christmas market for a "
            "modular, crash-tested barrier line that goes up in two nights and opens for emergency vehicles in under a "
            "minute. The design came out of SAFEMARKT work with police, the market operator and a barrier "
            "manufacturer."
        ),
        "challenge": [
            (
                "The market sits between the cathedral and the main railway station and can draw well over a million "
                "visitors in a season. Earlier seasons used crane-placed concrete blocks that damaged paving, narrowed "
                "escape routes and were awkward to move for fire engines."
            ),
            (
                "The market operator, the cathedral chapter, the city and the police each had reasonable demands on "
                "the perimeter, from delivery windows to views of the cathedral, and the layout had been renegotiated "
                "every year."
            ),
        ],
        "approach": [
            (
                "City and police first agreed a performance specification: stop a 7.5-tonne truck at 48 km/h with no "
                "more than 2 metres of penetration, leave at least 1.2 metres between elements for pedestrians, and "
                "provide a 3.5-metre emergency opening at every entrance."
            ),
            (
                "Three candidate systems were crash-tested at a proving ground in 2020 under the Rhine-Ruhr "
                "institute's supervision. The one chosen uses interlocking steel units on a ballast frame and needs no "
                "drilling into the paving."
            ),
            (
                "About 410 metres of barrier line were laid out with the fire service, and keys to the emergency gates "
                "were issued to both the police and the operator's control room."
            ),
        ],
        "quote": {
            "text": (
                "Once the performance figures were on paper, the arguments about appearance got much easier, because "
                "everyone knew what the line had to do."
            ),
            "attribution": "Head of event safety unit, Stadt Köln",
        },
        "results": [
            (
                "Installation dropped from five nights with cranes to two with forklifts. The units are reused for "
                "carnival and other events, spreading a cost of around EUR 780,000 over several years."
            ),
            (
                "In all six drills held in the 2021 and 2022 seasons, emergency gates were open within 40 seconds. "
                "Visitors surveyed by the operator found the new perimeter less fortress-like than the blocks."
            ),
        ],
        "lessons_learned": [
            "Agree a performance specification before looking at products.",
            "Test emergency gates with the fire service, and make sure the right people hold keys.",
            "Reuse across several events makes crash-rated equipment affordable.",
            "Ballasted systems avoid damage to paving and the heritage disputes that follow.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "2 years (2020–2022)",
        "first_published": "2022-12-05",
        "tags": ["christmas market", "hvm", "modular barriers", "emergency access"],
    },
    {
        "slug": "strasbourg-island-checkpoints-review",
        "title": "Shorter queues at Strasbourg's Christmas market checkpoints",
        "city": "Strasbourg",
        "country": "FR",
        "space_name": "Grande Île Christmas market",
        "space_category": "markets",
        "latitude": 48.58,
        "longitude": 7.75,
        "threat_types": ["armed-assault", "terrorism", "vehicle-ramming"],
        "solution_types": ["access-control", "hostile-vehicle-mitigation", "public-communication"],
        "project": "safemarkt",
        "organisations": ["strasbourg", "rhein-ruhr-institute"],
        "contact_organisation": "strasbourg",
        "summary": (
            "During the Christmas market season Strasbourg controls entry to its island centre at a limited set of "
            "bridges and footpaths, with bag checks and vehicle restrictions. Within SAFEMARKT the city looked at how "
            "to keep the system effective while cutting waiting times and the burden on residents."
        ),
        "challenge": [
            (
                "Water surrounds the island, which makes a perimeter possible but funnels very large crowds onto about "
                "a dozen crossings. On peak Saturdays the queues at the main bridges exceeded 20 minutes, leaving "
                "dense groups standing outside the checked zone."
            ),
            (
                "Residents, workers and delivery drivers cross many times a day, and irritation with the checks was "
                "starting to erode support for the whole arrangement."
            ),
        ],
        "approach": [
            (
                "The city analysed hourly counts from sensors on each crossing over two seasons and rostered "
                "checkpoint staff against the demand curve instead of a flat shift pattern."
            ),
            (
                "At the four busiest bridges a separate lane was opened for visitors carrying no bags, and the "
                "resident pass was simplified to a single badge valid for the whole year."
            ),
            (
                "Queuing areas were redesigned so that people wait behind light crowd barriers and away from the "
                "carriageway."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The city's counts put the average peak wait at the main bridges at about 8 minutes in the 2022 "
                "season. Complaints from residents to the town hall during the market fell by roughly a third."
            ),
            (
                "The review also advised moving two checkpoints back from the river so that queues no longer build up "
                "on narrow quays."
            ),
        ],
        "lessons_learned": [
            "A checkpoint relocates the crowd to its queue, so protect the queue as well.",
            "Staff checkpoints to hourly demand rather than a fixed roster.",
            "A no-bag lane relieves pressure at very little cost.",
            "Keep residents on board with simple passes that last.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "2 seasons (2021–2022)",
        "first_published": "2023-02-20",
        "tags": ["christmas market", "checkpoints", "queues", "bag checks"],
    },
    {
        "slug": "krakow-main-square-market-hvm",
        "title": "Blending vehicle protection into Kraków's Main Market Square",
        "city": "Kraków",
        "country": "PL",
        "space_name": "Rynek Główny Christmas market",
        "space_category": "markets",
        "latitude": 50.06,
        "longitude": 19.94,
        "threat_types": ["vehicle-ramming", "pickpocketing"],
        "solution_types": ["hostile-vehicle-mitigation", "urban-design-cpted"],
        "project": "safemarkt",
        "organisations": ["krakow", "bastion-perimeter", "koln"],
        "contact_organisation": "krakow",
        "summary": (
            "Kraków protects the Christmas market on its UNESCO-listed main square with temporary crash-rated barriers "
            "at the widest street entrances and heavy anchored benches at the narrow ones. SAFEMARKT partners reviewed "
            "the arrangement after the 2021 season."
        ),
        "challenge": [
            (
                "The square is among the largest medieval market places in Europe and is reached by eleven streets, "
                "several used in daytime by horse-drawn carriages and electric sightseeing carts. Every measure had to "
                "satisfy a strict conservation regime and still let those vehicles through."
            ),
            (
                "Earlier seasons had relied on police vans parked at the entrances, which consumed officer hours and "
                "looked alarming to visitors."
            ),
        ],
        "approach": [
            (
                "Each entrance was classified by width, achievable approach speed and daytime vehicle need. The five "
                "widest got crash-rated temporary barriers with a gate; the six narrow lanes got heavy planters and "
                "benches fixed to removable bases."
            ),
            (
                "The conservation officer approved a palette of colours and materials, and the benches were designed "
                "to double as ordinary seating in summer."
            ),
            (
                "Chalet layouts were changed so that none stood directly in line with an entrance, leaving a buffer of "
                "at least 15 metres."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Police vans are no longer stationed at entrances, which frees about 1,200 officer hours per season. "
                "The benches proved so popular that they now stay all year."
            ),
            (
                "Market staff reported fewer pickpocketing complaints once the buffers thinned out the densest spots, "
                "though the city treats this as anecdotal."
            ),
        ],
        "lessons_learned": [
            "Classify entrances first; they rarely all need the same level of protection.",
            "Furniture people like stays put and keeps protecting after the season ends.",
            "Keep chalets out of the direct line of any entrance.",
            "Count the officer hours saved as part of the business case.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "16 months (2021–2022)",
        "first_published": "2022-11-14",
        "tags": ["christmas market", "heritage", "street furniture", "bollards"],
    },
    {
        "slug": "bologna-weekly-market-deployable-barriers",
        "title": "A weekly street market protected by its own staff",
        "city": "Bologna",
        "country": "IT",
        "space_name": "Piazza VIII Agosto weekly market",
        "space_category": "markets",
        "latitude": 44.5,
        "longitude": 11.34,
        "threat_types": ["vehicle-ramming", "pickpocketing"],
        "solution_types": ["hostile-vehicle-mitigation", "governance-cooperation"],
        "project": "safemarkt",
        "organisations": ["bologna", "koln"],
        "contact_organisation": "bologna",
        "summary": (
            "Bologna's Friday and Saturday market in Piazza VIII Agosto fills a square that serves as a car park on "
            "other days. Through SAFEMARKT the city bought a light deployable barrier set that two market staff "
            "install each morning once traders' vans are parked."
        ),
        "challenge": [
            (
                "Traders' vans arrive from 05:30, shoppers from 07:00, and the last vans leave after 19:00, so "
                "vehicles and pedestrians share the square for much of the day."
            ),
            (
                "A full perimeter with hired barriers and contractors would have cost more than the market earns in "
                "annual pitch fees."
            ),
        ],
        "approach": [
            (
                "The city purchased 26 lightweight units rated against a 3.5-tonne vehicle, which two trained market "
                "staff move with a pallet truck. They close the four road entrances at 07:30, after traders have "
                "parked."
            ),
            (
                "Traders accepted a fixed arrival window and a layout with vans parked behind stalls rather than in "
                "the gaps between them."
            ),
            (
                "Municipal police patrols focus on pickpocketing hot spots identified from past complaints, most of "
                "them near the bus stops on the west side."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Setting up the barriers takes about 25 minutes on each market day. The purchase cost around EUR "
                "95,000, with EUR 6,000 a year for maintenance and refresher training."
            ),
            (
                "The units are not rated for heavy lorries. The city accepts that risk because of the low speeds "
                "possible on the approach roads, and has recorded it in the municipal risk register."
            ),
        ],
        "lessons_learned": [
            "Equipment market staff can put up themselves lasts; contractor-dependent set-ups fade away.",
            "Match the barrier rating to achievable approach speeds and record the residual risk openly.",
            "Settle vehicle windows with traders before buying anything.",
            "A weekly market needs a proportionate design, not a scaled-down copy of the Christmas set-up.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "9 months (2021–2022)",
        "first_published": "2022-07-04",
        "tags": ["weekly market", "deployable barriers", "traders", "residual risk"],
    },
    {
        "slug": "goteborg-stadium-concert-egress",
        "title": "Measuring concert egress from a stadium to the tram network",
        "city": "Göteborg",
        "country": "SE",
        "space_name": "Ullevi stadium and surrounding tram stops",
        "space_category": "stadiums-event-venues",
        "latitude": 57.71,
        "longitude": 11.99,
        "threat_types": ["terrorism", "public-disorder"],
        "solution_types": ["crowd-management", "public-communication"],
        "project": "crowdwise",
        "organisations": ["goteborg", "nordic-crowd-centre", "flowmetric"],
        "contact_organisation": "nordic-crowd-centre",
        "summary": (
            "After summer concerts of up to 60,000 people, the crowd leaving Ullevi meets tram stops that can clear "
            "only part of it each hour. CROWDWISE researchers measured the outflow at three concerts and tried "
            "staggered messages and a holding area to flatten the peak."
        ),
        "challenge": [
            (
                "In the 20 minutes after the encore, most of the audience leaves on the north and south sides and "
                "converges on a few tram stops and one road crossing. Densities above four people per square metre "
                "were recorded on the approach to one stop."
            ),
            (
                "A slow, packed crowd in the open is a crushing risk and an obvious target, and the city wanted "
                "evidence before spending money on infrastructure."
            ),
        ],
        "approach": [
            (
                "Flowmetric fitted temporary overhead sensors at six points and merged the counts with boarding data "
                "from the tram operator. Researchers watched behaviour at pinch points and interviewed stewards after "
                "each show."
            ),
            (
                "At the second and third concerts the team tried two interventions: screen messages inside the stadium "
                "suggesting walking routes into the city centre, and a holding area with music and food trucks to "
                "spread out departures."
            ),
            "The data went into a simple flow model that the city can reuse for other events.",
        ],
        "quote": None,
        "results": [
            (
                "With both interventions in place, peak density at the worst pinch point dropped from 4.3 to 2.8 "
                "people per square metre. About 18 percent of the audience took one of the suggested walking routes."
            ),
            (
                "The city now requires a crowd-flow plan for stadium events selling more than 30,000 tickets, and the "
                "tram operator schedules extra services from the model's forecast."
            ),
        ],
        "lessons_learned": [
            "Measure real outflow; capacity figures on paper are optimistic.",
            "Give people a reason to linger or an attractive alternative route.",
            "Share data with the transport operator so service matches demand.",
            "A reusable model pays for itself over many events.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "8 months (2021)",
        "first_published": "2022-02-28",
        "tags": ["stadium", "concert egress", "crowd density", "tram"],
    },
    {
        "slug": "liege-football-supporter-dispersal",
        "title": "Keeping rival supporters apart on the walk to the station",
        "city": "Liège",
        "country": "BE",
        "space_name": "Route from Stade de Sclessin to Liège-Guillemins",
        "space_category": "stadiums-event-venues",
        "latitude": 50.61,
        "longitude": 5.54,
        "threat_types": ["public-disorder", "vandalism"],
        "solution_types": ["crowd-management", "governance-cooperation", "public-communication"],
        "project": "crowdwise",
        "organisations": ["liege", "nordic-crowd-centre", "flowmetric"],
        "contact_organisation": "liege",
        "summary": (
            "After disorder involving away fans on the route between the stadium and the main railway station, Liège "
            "reworked its post-match dispersal plan with CROWDWISE. The new plan leans on timed releases, shuttle "
            "buses and advance information rather than more police lines."
        ),
        "challenge": [
            (
                "Away supporters used to walk along a riverside road shared with home fans and residents. After a "
                "high-profile fixture in 2021, fights broke out at two junctions, shop windows were smashed and "
                "several people were hurt."
            ),
            (
                "Keeping away fans inside the ground for a long time had been tried, but it angered supporters and put "
                "pressure on the exit gates."
            ),
        ],
        "approach": [
            (
                "Before every high-risk fixture of the 2021–2022 season, the city, police, the club safety officer and "
                "supporter liaison officers from both clubs met. The visiting club agreed to send travel information "
                "to its fans three days ahead."
            ),
            (
                "Instead of one long hold, away fans were released in timed groups of about 400 to shuttle buses bound "
                "for the station, each group accompanied by stewards from the visiting club."
            ),
            (
                "Flowmetric modelled the two problem junctions and recommended shifting the home fans' walking route "
                "150 metres inland on matchdays, using temporary signs."
            ),
        ],
        "quote": None,
        "results": [
            (
                "No fights were recorded on the route at the seven high-risk fixtures that followed. Away supporters "
                "waited an average of 22 minutes after the final whistle, against 45 minutes under the old hold."
            ),
            (
                "Police deployment for those matches fell by about a fifth, which covered most of the cost of the "
                "shuttle buses."
            ),
        ],
        "lessons_learned": [
            "Invite supporter liaison officers from both clubs to every planning meeting.",
            "Short, timed releases cause less anger than one long hold.",
            "A small change of route can separate rival groups without heavy policing.",
            "Track police hours saved and use them to fund prevention.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "1 season (2021–2022)",
        "first_published": "2022-09-12",
        "tags": ["football", "supporters", "dispersal", "shuttle buses"],
    },
    {
        "slug": "leeds-station-event-day-queuing",
        "title": "Outdoor queuing to keep a rail concourse clear on event days",
        "city": "Leeds",
        "country": "GB",
        "space_name": "Leeds railway station concourse",
        "space_category": "transport-hubs",
        "latitude": 53.8,
        "longitude": -1.55,
        "threat_types": ["crime-disorder", "public-disorder"],
        "solution_types": ["crowd-management", "public-communication"],
        "project": "crowdwise",
        "organisations": ["pennine-institute", "flowmetric", "nordic-crowd-centre"],
        "contact_organisation": "pennine-institute",
        "summary": (
            "On big sport and concert days, crowds built up on the concourse of Leeds station faster than trains could "
            "carry them away. CROWDWISE partners tested a queue-and-release arrangement that kept the concourse clear "
            "while passengers waited outside under cover."
        ),
        "challenge": [
            (
                "Event days produced peaks of up to 9,000 arriving passengers an hour in a short window, on top of "
                "normal commuter traffic. Platforms are narrow and reached by stairs and lifts from a single "
                "concourse."
            ),
            (
                "When the concourse filled, staff closed the gates, which pushed crowds onto the pavement outside with "
                "no shelter and no departure information."
            ),
        ],
        "approach": [
            (
                "Researchers combined ticket gate data and CCTV counts to build arrival curves for twelve event days, "
                "then designed an outdoor queuing area with the station operator, complete with barriers, a canopy and "
                "departure screens."
            ),
            (
                "Passengers were let in in batches matched to the next departures, announced on the screens and by "
                "staff with loudhailers."
            ),
            (
                "The arrangement was tried on five event days and adjusted after each one using observations and staff "
                "feedback."
            ),
        ],
        "quote": None,
        "results": [
            (
                "During the trials concourse density never rose above 1.5 people per square metre, against peaks above "
                "3 beforehand. In a passenger survey, 74 percent found the queue acceptable as long as they could see "
                "departure times."
            ),
            (
                "The operator has kept the system for major events. Set-up cost about GBP 60,000, and the running cost "
                "is mostly staff time."
            ),
        ],
        "lessons_learned": [
            "Hold queues outside the station and give them shelter and information.",
            "Ticket gate data already exists; use it to forecast arrivals.",
            "Visible departure times make waiting tolerable for most people.",
            "Refine the plan over several event days rather than designing it once.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "7 months (2021–2022)",
        "first_published": "2022-06-20",
        "tags": ["railway station", "queuing", "event days", "concourse"],
    },
    {
        "slug": "porto-sao-joao-density-mapping",
        "title": "Live density mapping for Porto's São João night",
        "city": "Porto",
        "country": "PT",
        "space_name": "Ribeira and Fontainhas during São João",
        "space_category": "pedestrian-streets",
        "latitude": 41.14,
        "longitude": -8.61,
        "threat_types": ["public-disorder", "pickpocketing"],
        "solution_types": ["crowd-management", "video-surveillance", "public-communication"],
        "project": "crowdwise",
        "organisations": ["porto", "porto-psp", "nordic-crowd-centre"],
        "contact_organisation": "porto",
        "summary": (
            "On the night of 23 June, very large crowds walk the steep lanes of Porto's riverside for the São João "
            "festival. The city and PSP used CROWDWISE methods to estimate density from existing cameras and steer "
            "people away from hot spots as they formed."
        ),
        "challenge": [
            (
                "The festival has no tickets, no fences and no single venue: people drift between neighbourhoods, the "
                "riverside and viewpoints for the midnight fireworks. Stairways and alleys in the old town become "
                "dangerous when too many arrive at once."
            ),
            (
                "Officers were positioned on the strength of experience, but the control room had no live picture of "
                "where density was building."
            ),
        ],
        "approach": [
            (
                "Researchers analysed footage from 14 public cameras during the smaller 2021 edition to see how "
                "density rose at each location. Five spots, all on routes away from the fireworks, filled fastest."
            ),
            (
                "For 2022, the control room received density estimates from those five cameras every two minutes, "
                "computed on a local server that kept no images."
            ),
            (
                "Whenever a location crossed a threshold, the city displayed alternative routes on digital signs and "
                "pushed the same advice through its festival app and social media."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Density on the two worst stairways stayed below 3 people per square metre all night, where earlier "
                "years had seen visual estimates well above 4. PSP said officers could be moved from quiet streets to "
                "hot spots more quickly."
            ),
            (
                "The app reached about 40,000 people, a small fraction of the crowd, so the city now relies more on "
                "physical signs and stewards at junctions."
            ),
        ],
        "lessons_learned": [
            "Existing cameras can yield usable density estimates without storing images.",
            "Apps reach a minority; signs and stewards reach everyone else.",
            "Pick the few critical locations instead of trying to watch everything.",
            "Use a quieter edition to calibrate before the big one.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "14 months (2021–2022)",
        "first_published": "2023-03-13",
        "tags": ["street festival", "density monitoring", "fireworks", "digital signs"],
    },
    {
        "slug": "dublin-temple-bar-harassment",
        "title": "Tackling harassment in Temple Bar's late-night streets",
        "city": "Dublin",
        "country": "IE",
        "space_name": "Temple Bar",
        "space_category": "pedestrian-streets",
        "latitude": 53.35,
        "longitude": -6.26,
        "threat_types": ["harassment", "public-disorder"],
        "solution_types": ["training-exercises", "lighting", "public-communication"],
        "project": "nightshift",
        "organisations": ["dublin", "safe-nights"],
        "contact_organisation": "safe-nights",
        "summary": (
            "Dublin City Council and Safe Nights Europe trained Temple Bar venue staff to recognise and respond to "
            "sexual harassment, opened a staffed safe point on weekend nights and relit three dark lanes. The work "
            "followed survey findings that many young women avoided the area after midnight."
        ),
        "challenge": [
            (
                "Temple Bar packs about 40 licensed premises into a small grid of cobbled streets and lanes, busiest "
                "on Friday and Saturday nights and during stag and hen weekends. In a 2024 survey of 620 people, 58 "
                "percent of women aged 18 to 30 said they had experienced unwanted touching or verbal harassment "
                "there."
            ),
            (
                "Few victims told Gardaí or venue staff, and most door staff had never been trained on what to do when "
                "someone asked them for help."
            ),
        ],
        "approach": [
            (
                "Safe Nights delivered a 90-minute session for door staff, bar workers and street pastors on bystander "
                "intervention, de-escalation and taking a report. By mid-2025, 310 staff from 34 venues had attended."
            ),
            (
                "A safe point opened in a council building from 22:00 to 04:00 on Fridays and Saturdays, staffed by "
                "trained volunteers with a radio link to Gardaí and venue security."
            ),
            (
                "Three poorly lit lanes received brighter, warmer LED fittings, and QR-code posters explained how to "
                "ask bar staff for help discreetly."
            ),
        ],
        "quote": {
            "text": (
                "Most people who come to us are not in danger, they are stranded or lost their friends. Solving that "
                "at two in the morning prevents a lot of the trouble we used to see at three."
            ),
            "attribution": "Director, Safe Nights Europe",
        },
        "results": [
            (
                "In its first 12 months the safe point helped 412 people, most often to get home, find friends or "
                "report harassment. Reports of harassment to venues went up, which the partners read as growing "
                "confidence rather than more incidents."
            ),
            (
                "In a repeat survey in 2025, the share of women avoiding the area after midnight fell from 41 to 33 "
                "percent. A third survey is planned before the project ends in 2027."
            ),
        ],
        "lessons_learned": [
            "Venue managers must release staff for training; afternoon sessions work best.",
            "A staffed safe point meets needs well beyond harassment, such as getting home safely.",
            "Expect reports to rise at first, and warn councillors about it beforehand.",
            "Measure perceptions repeatedly using identical questions.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "18 months (2024–2025)",
        "first_published": "2025-09-08",
        "tags": ["night-time economy", "safe point", "bystander training", "women's safety"],
    },
    {
        "slug": "krakow-planty-vandalism-lighting",
        "title": "Cutting vandalism in the Planty park with light and wardens",
        "city": "Kraków",
        "country": "PL",
        "space_name": "Planty park ring, western section",
        "space_category": "parks-promenades",
        "latitude": 50.06,
        "longitude": 19.93,
        "threat_types": ["vandalism", "crime-disorder"],
        "solution_types": ["lighting", "urban-design-cpted", "governance-cooperation"],
        "project": "nightshift",
        "organisations": ["krakow", "vistula-institute", "safe-nights"],
        "contact_organisation": "vistula-institute",
        "summary": (
            "The Planty, the narrow ring of parkland around Kraków's old town, suffered repeated damage to benches, "
            "bins and lamps along its quieter western stretch. The city and the Vistula Institute combined a "
            "night-time CPTED walk-audit, new lighting and a pilot of evening park wardens."
        ),
        "challenge": [
            (
                "The western section, about 1.1 kilometres long, generated more than 300 vandalism reports a year: "
                "smashed lamp heads, burnt bins and graffiti. Dense shrubs and dark gaps between lamps gave cover."
            ),
            (
                "Repairs were costing the municipal greenery authority around PLN 280,000 a year, and residents said "
                "they avoided the park after dark."
            ),
        ],
        "approach": [
            (
                "Researchers led an evening walk-audit with 25 residents, students and greenery staff, using a CPTED "
                "checklist to mark dark patches, blind corners and places where someone could be trapped. Shrubs along "
                "the paths were then cut back to below one metre."
            ),
            (
                "The city replaced 64 lamps with vandal-resistant LED fittings, closing the gaps between pools of "
                "light and adding motion-triggered brightening after midnight."
            ),
            (
                "During a six-month pilot, two wardens patrolled from 20:00 to 02:00 and reported damage the same "
                "night so that it could be fixed by morning."
            ),
        ],
        "quote": None,
        "results": [
            (
                "In the first full year, vandalism reports on the western section fell to 118 and repair costs to "
                "about PLN 110,000. Evening footfall at two counting sensors rose by 23 percent."
            ),
            "The wardens were retained after the pilot, paid for out of the savings on repairs.",
        ],
        "lessons_learned": [
            "Repair fast; visible damage invites more of it.",
            "Audit at night to find what daytime surveys miss.",
            "Agree pruning with the greenery team so the work is maintained.",
            "Show councillors the repair savings to secure continued funding.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "2 years (2024–2026)",
        "first_published": "2026-03-23",
        "tags": ["park", "vandalism", "led lighting", "wardens"],
    },
    {
        "slug": "thessaloniki-ladadika-closing-time",
        "title": "Closing time, knives and taxi queues in Ladadika",
        "city": "Thessaloniki",
        "country": "GR",
        "space_name": "Ladadika nightlife quarter",
        "space_category": "pedestrian-streets",
        "latitude": 40.64,
        "longitude": 22.94,
        "threat_types": ["stabbing", "public-disorder"],
        "solution_types": ["governance-cooperation", "lighting", "public-communication"],
        "project": "nightshift",
        "organisations": ["thessaloniki", "safe-nights"],
        "contact_organisation": "thessaloniki",
        "summary": (
            "Most serious assaults in Thessaloniki's Ladadika quarter happened between 03:00 and 05:00, as bars "
            "emptied and people waited for scarce taxis. The municipality worked with venues and the transport "
            "authority to stagger closing times, extend night buses and light the main waiting spots."
        ),
        "challenge": [
            (
                "Around 60 bars and clubs are squeezed into a few blocks near the port. Police figures for 2023 showed "
                "17 assaults involving knives or broken glass in the quarter, 12 of them in the two hours after "
                "closing."
            ),
            "Taxi ranks were overwhelmed at closing time, and groups stood on badly lit corners for up to an hour.",
        ],
        "approach": [
            (
                "The municipality set up a standing night-time forum of venue owners, police and the urban transport "
                "authority, meeting every two months."
            ),
            (
                "Venues agreed to close in three staggered bands between 03:00 and 05:00, a condition the municipality "
                "attached to terrace licences. Two night bus routes were extended to leave from the quarter every 20 "
                "minutes until 06:00."
            ),
            (
                "Lighting was raised at the three main waiting points, and a marked taxi queue with a steward operates "
                "on weekend nights."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Police recorded 8 assaults with knives or glass in the quarter in 2025, 5 of them after closing. The "
                "average wait at the marked taxi queue on weekend nights was 14 minutes."
            ),
            (
                "The forum has become the place where new issues, such as noise complaints and underage drinking, are "
                "raised before they escalate."
            ),
        ],
        "lessons_learned": [
            "Look at the hour of incidents, not only their location.",
            "Getting people home at closing time is a safety measure.",
            "Tie agreements with venues to licences so they outlast goodwill.",
            "A standing forum of venues, police and the city catches problems early.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "2 years (2024–2025)",
        "first_published": "2026-02-09",
        "tags": ["nightlife", "closing times", "night buses", "knife crime"],
    },
    {
        "slug": "vilnius-old-town-night-hosts",
        "title": "Night hosts on Vokiečių Street in Vilnius old town",
        "city": "Vilnius",
        "country": "LT",
        "space_name": "Vokiečių gatvė",
        "space_category": "pedestrian-streets",
        "latitude": 54.68,
        "longitude": 25.29,
        "threat_types": ["public-disorder", "vandalism", "harassment"],
        "solution_types": ["public-communication", "governance-cooperation"],
        "project": "nightshift",
        "organisations": ["vilnius", "safe-nights"],
        "contact_organisation": "vilnius",
        "summary": (
            "Vilnius placed trained night hosts on one of its busiest old-town streets on summer weekends to calm "
            "disputes, help visitors and flag problems before police were needed. The pilot ran for two summers under "
            "NIGHTSHIFT."
        ),
        "challenge": [
            (
                "In summer the street's broad central strip fills with terraces and groups moving between bars. "
                "Residents complained about noise, broken glass and fights, and calls to the police peaked around "
                "02:00."
            ),
            "Police patrols were stretched thin and tended to arrive after an incident had already escalated.",
        ],
        "approach": [
            (
                "The city recruited 12 hosts, mainly students and former hospitality workers, and trained them over "
                "three days in de-escalation, first aid and the legal limits of their role. They worked in pairs in "
                "bright jackets from 22:00 to 03:00 on Fridays and Saturdays."
            ),
            (
                "Hosts carried radios linked to the municipal public order service and could call the police directly. "
                "They also handed out water and helped people find taxis."
            ),
            (
                "Before each season, residents' associations and bar owners met the hosts and were given a number for "
                "non-urgent problems."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Over two summers the hosts logged 1,340 interventions, 96 of which ended in a police call. Police "
                "call-outs to the street between 22:00 and 03:00 fell by 19 percent against the two previous summers."
            ),
            "The city has set aside EUR 85,000 a year to keep the scheme going and extend it to a second street.",
        ],
        "lessons_learned": [
            "Hosts are not security guards; define their role tightly and train for its limits.",
            "Work in pairs with a direct line to the police.",
            "Introduce hosts to residents and bar owners in person.",
            "Log every intervention so the scheme can be defended at budget time.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "2 summers (2024–2025)",
        "first_published": "2025-11-17",
        "tags": ["night hosts", "old town", "de-escalation", "summer weekends"],
    },
    {
        "slug": "nice-carnival-drone-incident",
        "title": "A hobby drone over the Nice Carnival parade",
        "city": "Nice",
        "country": "FR",
        "space_name": "Place Masséna carnival enclosure",
        "space_category": "squares",
        "latitude": 43.7,
        "longitude": 7.27,
        "threat_types": ["drones-uas", "terrorism"],
        "solution_types": ["video-surveillance", "governance-cooperation", "crowd-management"],
        "project": "skyward",
        "organisations": ["nice", "nice-municipal-police", "rhein-ruhr-institute"],
        "contact_organisation": "nice-municipal-police",
        "summary": (
            "During a 2024 carnival parade, a small drone hovered over the grandstands on Place Masséna for about four "
            "minutes until its pilot was found and told to land. The episode became the first real test of the SKYWARD "
            "response procedure that Nice was piloting."
        ),
        "challenge": [
            (
                "Carnival parades bring tens of thousands of spectators into a fenced enclosure around the square, "
                "under a temporary flight restriction. Drones still turn up most seasons, usually flown by spectators "
                "or hobbyists living nearby."
            ),
            (
                "Before the pilot there was no agreed procedure, and the police, the organiser and the prefecture each "
                "had their own view of who should act and whether the parade should stop."
            ),
        ],
        "approach": [
            (
                "SKYWARD had fitted the enclosure with two passive radio-frequency detectors and a camera able to "
                "follow small aircraft, watched from the municipal video centre during parades. A one-page response "
                "card set out the decisions and thresholds."
            ),
            (
                "When the drone appeared, the centre located the controller's signal in a side street within two "
                "minutes. A patrol found a tourist flying it from a balcony, who landed at once."
            ),
            (
                "Following the card, the incident commander judged that the aircraft's size and behaviour did not "
                "justify halting the parade. Only the stewards near the affected stand were briefed to reassure "
                "spectators."
            ),
        ],
        "quote": {
            "text": (
                "The card let the commander decide within seconds not to stop the parade, and that was right. Halting "
                "thirty thousand people for a hobby drone would have created a risk of its own."
            ),
            "attribution": "Commander, video supervision centre, Police municipale de Nice",
        },
        "results": [
            (
                "From detection to landing took roughly four minutes. No panic or crowd movement was observed, and the "
                "pilot was fined under the local flight restriction."
            ),
            (
                "The debrief changed one line on the card: police now alert the prefecture's air liaison officer at "
                "the moment of detection rather than after the incident is closed."
            ),
        ],
        "lessons_learned": [
            "Most drone sightings are careless rather than hostile; keep the response proportionate.",
            "Finding the pilot is usually quicker than dealing with the aircraft.",
            "Decide in advance who may stop the event and on what grounds.",
            "Brief nearby stewards so they can reassure the closest spectators.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "Carnival season (February 2024)",
        "first_published": "2024-06-03",
        "tags": ["drone", "carnival", "detection", "response card"],
    },
    {
        "slug": "koln-stadium-drone-detection-trial",
        "title": "Counting drones at a Bundesliga stadium before buying detection",
        "city": "Köln",
        "country": "DE",
        "space_name": "RheinEnergieStadion",
        "space_category": "stadiums-event-venues",
        "latitude": 50.93,
        "longitude": 6.88,
        "threat_types": ["drones-uas"],
        "solution_types": ["video-surveillance", "governance-cooperation"],
        "project": "skyward",
        "organisations": ["koln", "koln-police", "rhein-ruhr-institute", "lumensight"],
        "contact_organisation": "rhein-ruhr-institute",
        "summary": (
            "SKYWARD installed drone detection at Köln's 50,000-seat stadium for 14 home matches to learn how often "
            "drones really appear and how many alerts are false. The findings shaped a realistic match-day procedure "
            "and a costed option for permanent equipment."
        ),
        "challenge": [
            (
                "The club, police and league officials had heard plenty of anecdotes about drones at matches, but "
                "nobody had counted them. Without numbers there was no way to judge whether permanent detection was "
                "worth paying for."
            ),
            (
                "Detection kit is known to raise false alarms from birds, balloons and nearby radio sources, and "
                "operators quickly stop trusting a system that cries wolf."
            ),
        ],
        "approach": [
            (
                "For the second half of the 2024–2025 season, a radio-frequency sensor, a radar unit and two tracking "
                "cameras were mounted on the stadium roof, with Lumensight's classifier running on a local server."
            ),
            (
                "A researcher in the police control room checked every alert and labelled it as confirmed drone, bird, "
                "other or unresolved."
            ),
            (
                "For each confirmed drone, the team also recorded how long it took police patrols outside the ground "
                "to find the pilot."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Over 14 matches there were 9 confirmed drones, all small consumer models, and 61 false alerts, mostly "
                "birds early in the trial before the classifier was tuned. After tuning, false alerts averaged about "
                "one per match."
            ),
            (
                "Pilots were traced in 6 of the 9 cases, on average 11 minutes after detection. The club and police "
                "are discussing shared funding for a permanent installation costed at about EUR 300,000 over five "
                "years."
            ),
        ],
        "lessons_learned": [
            "Count real incidents before committing to a permanent system.",
            "Budget for a tuning period; early false alarm rates are high.",
            "Tracing the pilot depends on patrols outside the ground, not on sensors alone.",
            "Have a person check every alert to build operators' trust in the system.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "6 months (2025)",
        "first_published": "2025-10-06",
        "tags": ["drone detection", "stadium", "false alarms", "match day"],
    },
    {
        "slug": "porto-metro-cbrn-night-exercise",
        "title": "Overnight CBRN exercise at Porto's central metro interchange",
        "city": "Porto",
        "country": "PT",
        "space_name": "Trindade metro station",
        "space_category": "transport-hubs",
        "latitude": 41.15,
        "longitude": -8.61,
        "threat_types": ["cbrn", "terrorism"],
        "solution_types": ["training-exercises", "governance-cooperation", "public-communication"],
        "project": "metroresil",
        "organisations": ["porto", "porto-psp", "pennine-institute", "atlantic-centre"],
        "contact_organisation": "porto",
        "summary": (
            "Porto staged an overnight exercise simulating a chemical release on an underground platform at Trindade, "
            "where the metro lines meet. More than 200 people took part, testing detection, evacuation, "
            "decontamination and what passengers were told."
        ),
        "challenge": [
            (
                "The station has platforms on two levels where several lines converge, with peak flows above 10,000 "
                "passengers an hour. A release underground would spread fast, and passengers evacuating themselves "
                "could carry contamination up to street level."
            ),
            (
                "Fire, police and medical responders had each trained for CBRN incidents, but never together and never "
                "with the metro operator inside the station."
            ),
        ],
        "approach": [
            (
                "The Pennine Institute wrote the scenario with the municipal civil protection service, the fire "
                "brigade, PSP, the medical emergency service and the metro operator. Some 120 volunteers played "
                "passengers, a number of them made up to show symptoms."
            ),
            (
                "Play began at 01:30 after the last train, with a report of people collapsing on the lower platform. "
                "Observers timed how long it took to stop trains, adjust ventilation, evacuate and set up "
                "decontamination above ground."
            ),
            (
                "Afterwards, volunteers were asked what they had understood from announcements and staff, and which "
                "way they had left."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Trains were halted and ventilation adjusted within 6 minutes, but 31 volunteers left by an exit with "
                "no decontamination cover. The surface decontamination line took 28 minutes to set up, against a "
                "target of 20."
            ),
            (
                "Follow-up work includes tighter exit control for CBRN alarms, decontamination equipment stored nearer "
                "the station and rewritten announcement scripts."
            ),
        ],
        "lessons_learned": [
            "Plan for passengers using every exit, not just the one you intend.",
            "Ask volunteers what they understood; it shows whether your messages work.",
            "Keep decontamination equipment close to high-risk stations.",
            "Exercise with the operator inside the real station, at night if need be.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "6 months (2025)",
        "first_published": "2025-12-01",
        "tags": ["cbrn", "metro", "decontamination", "live exercise"],
    },
    {
        "slug": "goteborg-central-unattended-items",
        "title": "Fewer evacuations for unattended bags at Göteborg Central",
        "city": "Göteborg",
        "country": "SE",
        "space_name": "Göteborg Centralstation",
        "space_category": "transport-hubs",
        "latitude": 57.71,
        "longitude": 11.97,
        "threat_types": ["ied-explosives", "terrorism"],
        "solution_types": ["video-surveillance", "training-exercises"],
        "project": "metroresil",
        "organisations": ["goteborg", "lumensight", "pennine-institute"],
        "contact_organisation": "goteborg",
        "summary": (
            "Unattended bags at Göteborg's main railway station were triggering partial evacuations that each cost "
            "hours of disruption. METRORESIL partners gave staff a structured way to assess items and trialled "
            "analytics that flag abandoned luggage while masking faces."
        ),
        "challenge": [
            (
                "In 2024 the station logged about 140 reports of unattended items; 23 led to police call-outs and 9 to "
                "partial closure of the main hall. None proved dangerous, yet every closure delayed trains and tied up "
                "officers."
            ),
            (
                "Staff had no shared way of judging whether an item was suspicious, so the outcome depended on who "
                "happened to be on shift."
            ),
        ],
        "approach": [
            (
                "All 60 station staff learned a short structured assessment: is the item hidden, obviously suspicious, "
                "or typical of things people forget? A decision card was posted in staff rooms and loaded onto "
                "handheld devices."
            ),
            (
                "For four months Lumensight's analytics ran on 18 cameras, flagging items left alone for more than "
                "three minutes. Faces were masked by default and could only be unmasked by the police after an "
                "incident."
            ),
            (
                "Every flag and every staff decision was logged and reviewed monthly by the station manager, police "
                "and researchers."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Partial closures fell to 2 during the trial, compared with 4 in the same months a year earlier. Staff "
                "said the card gave them the confidence to resolve routine cases themselves."
            ),
            (
                "The analytics spotted items about 4 minutes sooner than staff on average, but produced roughly six "
                "false alerts a day, mostly luggage trolleys. The station is keeping the staff method and extending "
                "the analytics trial."
            ),
        ],
        "lessons_learned": [
            "A shared assessment method cut needless closures more than the technology did.",
            "Mask faces by default if staff and unions are to accept analytics.",
            "Review alerts monthly with police to improve both people and software.",
            "Most unattended items are lost property; treat them so unless something looks wrong.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "10 months (2024–2025)",
        "first_published": "2025-07-14",
        "tags": ["unattended items", "railway station", "video analytics", "privacy masking"],
    },
    {
        "slug": "thessaloniki-metro-station-design-review",
        "title": "A security review of fit-out plans at a new metro station",
        "city": "Thessaloniki",
        "country": "GR",
        "space_name": "Venizelou metro station",
        "space_category": "transport-hubs",
        "latitude": 40.64,
        "longitude": 22.94,
        "threat_types": ["ied-explosives", "terrorism", "crime-disorder"],
        "solution_types": ["urban-design-cpted", "access-control"],
        "project": "metroresil",
        "organisations": ["thessaloniki", "pennine-institute"],
        "contact_organisation": "pennine-institute",
        "summary": (
            "Thessaloniki's metro opened at the end of 2024, with decisions on kiosks, bins, advertising and "
            "wayfinding still open at several stations. METRORESIL reviewed one central station for sight lines, "
            "hiding places and evacuation widths before those choices were fixed."
        ),
        "challenge": [
            (
                "Venizelou station includes a large display of archaeological remains uncovered during construction, "
                "which draws visitors who linger in spaces designed for people passing through. Some proposed kiosks "
                "and advertising panels would have created blind spots next to it."
            ),
            (
                "Security had been built into the structure and tunnels, but furniture, bins and retail were being "
                "decided by different departments with no joint review."
            ),
        ],
        "approach": [
            (
                "Researchers and the municipality ran a two-day review with the operator, fire service and police, "
                "walking the station with the fit-out drawings in hand. A CPTED-style checklist adapted for "
                "underground stations guided the walk."
            ),
            (
                "Each proposed fixture was checked for hiding places, sight lines from staff positions and its effect "
                "on evacuation widths. Transparent bins and open-sided kiosks were recommended."
            ),
            (
                "The group also looked at where visitors to the archaeological display would stand at peak hours and "
                "how that would cut across passenger flows."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Of 23 proposed fixtures, 6 were moved, 4 redesigned and 2 dropped. The design changes cost under EUR "
                "40,000, far less than retrofitting later would have."
            ),
            "The operator has adopted the checklist for its remaining stations.",
        ],
        "lessons_learned": [
            "Review fit-out as well as structure; furniture creates most blind spots.",
            "Changes at the drawing stage cost a fraction of later retrofits.",
            "Consider where visitors linger, not only where passengers pass.",
            "One review across departments prevents contradictory decisions.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "4 months (2025)",
        "first_published": "2025-09-29",
        "tags": ["metro", "design review", "cpted", "station fit-out"],
    },
    {
        "slug": "liege-cathedral-volunteer-welcomers",
        "title": "Volunteer welcomers for major services at Liège cathedral",
        "city": "Liège",
        "country": "BE",
        "space_name": "Cathédrale Saint-Paul",
        "space_category": "places-of-worship",
        "latitude": 50.64,
        "longitude": 5.57,
        "threat_types": ["terrorism", "armed-assault"],
        "solution_types": ["access-control", "training-exercises", "governance-cooperation"],
        "project": "sancta",
        "organisations": ["liege", "faith-sites-forum"],
        "contact_organisation": "faith-sites-forum",
        "summary": (
            "The cathedral parish in Liège used the SANCTA self-assessment to prepare for major services such as "
            "Easter, when attendance climbs from a few hundred to more than 1,500. Volunteers were trained as "
            "welcomers with a defined safety role, and a routine link with the local police was set up."
        ),
        "challenge": [
            (
                "The cathedral has three public entrances and a cloister, and is open to tourists during the day. It "
                "employs no security staff, and the parish was determined not to make worshippers feel unwelcome."
            ),
            (
                "Police attended major services only when asked, and the parish did not know what information the "
                "police needed beforehand."
            ),
        ],
        "approach": [
            (
                "A half-day session with the parish team, the city prevention service and local police worked through "
                "the SANCTA self-assessment, covering entrances, routines, volunteers and contact with the "
                "authorities."
            ),
            (
                "Twenty volunteers received three hours of training in noticing unusual behaviour, guiding people to "
                "exits and calling the police. They wore discreet badges and stood at each entrance during major "
                "services."
            ),
            (
                "The parish now sends its calendar of major services to the police every quarter, and one entrance is "
                "closed during services to make watching the doors easier."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Welcomers have been on duty at every major service since Easter 2022, and police plan patrols around "
                "the parish calendar without repeated requests."
            ),
            (
                "Volunteers dealt with two episodes of aggressive behaviour in the first year without needing the "
                "police. The parish regards the arrangement as proportionate and sustainable."
            ),
        ],
        "lessons_learned": [
            "Welcoming and watching can be one role if volunteers are trained for it.",
            "Send the calendar of major services to police as a routine.",
            "Fewer open doors during services make monitoring simpler.",
            "Keep measures proportionate so the building stays welcoming.",
        ],
        "cost_range": "under-10k",
        "timeframe": "6 months (2021–2022)",
        "first_published": "2022-06-13",
        "tags": ["cathedral", "volunteers", "easter", "welcomers"],
    },
    {
        "slug": "krakow-kazimierz-festival-concert",
        "title": "Securing a festival concert beside Kazimierz synagogues",
        "city": "Kraków",
        "country": "PL",
        "space_name": "Szeroka Street, Kazimierz",
        "space_category": "places-of-worship",
        "latitude": 50.05,
        "longitude": 19.95,
        "threat_types": ["terrorism", "vehicle-ramming", "harassment"],
        "solution_types": ["hostile-vehicle-mitigation", "governance-cooperation", "access-control"],
        "project": "sancta",
        "organisations": ["krakow", "faith-sites-forum", "vistula-institute"],
        "contact_organisation": "krakow",
        "summary": (
            "The closing open-air concert of Kraków's summer Jewish culture festival fills Szeroka Street, beside "
            "historic synagogues, with thousands of people. SANCTA helped the organiser, the city and the Jewish "
            "community agree a plan that protects the concert and the synagogues without sealing off the "
            "neighbourhood."
        ),
        "challenge": [
            (
                "Szeroka is a short, wide street lined with synagogues, cafés and a cemetery, open to cars at both "
                "ends. The concert has drawn up to 10,000 people, and the community has faced antisemitic abuse online "
                "and occasionally in person."
            ),
            (
                "Security was split between the festival organiser, the synagogues' own guards, the city and the "
                "police, each with different priorities."
            ),
        ],
        "approach": [
            (
                "Working from the SANCTA self-assessment, all parties met three times before the festival and agreed a "
                "single coordinator on the night and a shared radio channel."
            ),
            (
                "Temporary crash-rated barriers with an emergency gate closed both ends of the street, and parking was "
                "suspended from the morning of the concert."
            ),
            (
                "Synagogue guards and festival stewards were briefed together, and a route for reporting harassment to "
                "the police was agreed."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The concert ran in 2021 and 2022 without serious incident. Police dealt with three harassment reports "
                "on the night."
            ),
            (
                "The joint briefing is now a fixed step in the festival's preparations, and the city pays for the "
                "barriers from its events budget."
            ),
        ],
        "lessons_learned": [
            "Brief community security staff and event stewards in the same room.",
            "Agree a single coordinator for the night.",
            "Plan harassment reporting alongside attack prevention.",
            "Protect the event without closing the neighbourhood to its residents.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "2 festival seasons (2021–2022)",
        "first_published": "2022-10-03",
        "tags": ["festival", "synagogues", "community security", "barriers"],
    },
    {
        "slug": "bologna-secondary-school-lockdown",
        "title": "Adding a lockdown drill to a secondary school's safety plan",
        "city": "Bologna",
        "country": "IT",
        "space_name": "State secondary school (anonymised)",
        "space_category": "schools-campuses",
        "latitude": None,
        "longitude": None,
        "threat_types": ["armed-assault", "stabbing"],
        "solution_types": ["training-exercises", "access-control", "public-communication"],
        "project": "sancta",
        "organisations": ["bologna", "emilia-romagna", "faith-sites-forum"],
        "contact_organisation": "emilia-romagna",
        "summary": (
            "A Bologna secondary school with 900 pupils added a lockdown procedure to its well-rehearsed fire drills, "
            "drawing on SANCTA guidance for schools. Staff practised first, and the school took care not to alarm "
            "pupils."
        ),
        "challenge": [
            (
                "The school had a polished fire evacuation plan but nothing for an intruder or violent incident, when "
                "leaving the building may be the wrong move. Many classroom doors could not be locked from inside."
            ),
            "Teachers and parents worried that drills would frighten pupils, particularly the youngest year groups.",
        ],
        "approach": [
            (
                "The school safety officer, the municipal police and the regional security office adapted the SANCTA "
                "guidance, adopting a distinct alarm tone and a three-part rule: stay in, lock the door, keep away "
                "from it."
            ),
            "Thumb-turn locks were fitted to 42 classroom doors over the summer holidays for about EUR 18,000.",
            (
                "Staff practised twice without pupils. Before the first full drill, teachers introduced it in class as "
                "routine, in the same way as a fire drill."
            ),
        ],
        "quote": None,
        "results": [
            (
                "In the first drill every classroom was locked within 3 minutes, and 85 percent of pupils said in a "
                "short survey that they had felt calm."
            ),
            "The region has added the procedure to its training for school safety officers.",
        ],
        "lessons_learned": [
            "Use a distinct alarm so lockdown is never confused with a fire evacuation.",
            "Check the doors first; a procedure fails if rooms cannot be locked.",
            "Drill staff before pupils.",
            "Present drills as routine safety to keep anxiety down.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "8 months (2021–2022)",
        "first_published": "2022-04-25",
        "tags": ["school", "lockdown", "drills", "door locks"],
    },
    {
        "slug": "goteborg-gotaplatsen-joint-plan",
        "title": "One plan for a square shared by a museum, a theatre and a concert hall",
        "city": "Göteborg",
        "country": "SE",
        "space_name": "Götaplatsen",
        "space_category": "cultural-sites",
        "latitude": 57.7,
        "longitude": 11.98,
        "threat_types": ["terrorism", "vehicle-ramming", "vandalism"],
        "solution_types": ["hostile-vehicle-mitigation", "governance-cooperation", "urban-design-cpted"],
        "project": "sancta",
        "organisations": ["goteborg", "faith-sites-forum"],
        "contact_organisation": "goteborg",
        "summary": (
            "Götaplatsen, at the head of Göteborg's main avenue, is framed by the art museum, the city theatre and the "
            "concert hall, each with its own security arrangements. SANCTA helped them produce a single plan for the "
            "square, including vehicle protection that suits its fountain sculpture and broad steps."
        ),
        "challenge": [
            (
                "The square is a landmark at the end of a long, straight avenue that offers a generous run-up for a "
                "vehicle. Evening performances at the three venues often end within minutes of one another."
            ),
            (
                "Every institution had planned for its own building only, so the square between them belonged to "
                "nobody's plan."
            ),
        ],
        "approach": [
            (
                "The city invited security managers from all three venues, the police and the traffic office to "
                "complete the SANCTA self-assessment for the square as a whole."
            ),
            (
                "The avenue approach was closed by a line of stone blocks designed as seating and approved by the "
                "city's art and design council. Lorry access for deliveries moved to a gated side street."
            ),
            (
                "The venues agreed a shared contact list, staggered finishing times on busy evenings and joint "
                "training for front-of-house staff."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The seating blocks went in during 2022 at a cost of SEK 2.4 million, about EUR 220,000. Under a "
                "maintenance agreement graffiti is removed within 24 hours, and tagging has become rarer."
            ),
            "The three venues now hold a joint evacuation exercise every other year.",
        ],
        "lessons_learned": [
            "A square between buildings needs a named owner for security planning.",
            "Protective blocks designed as seating win over design councils and the public.",
            "Stagger finishing times when several venues empty onto one space.",
            "Prompt graffiti removal protects new street furniture.",
        ],
        "cost_range": "250k-1m",
        "timeframe": "14 months (2021–2022)",
        "first_published": "2022-12-12",
        "tags": ["cultural venues", "joint plan", "seating blocks", "avenue approach"],
    },
    {
        "slug": "nice-promenade-permanent-hvm",
        "title": "Permanent, landscaped vehicle protection on the Promenade des Anglais",
        "city": "Nice",
        "country": "FR",
        "space_name": "Promenade des Anglais",
        "space_category": "parks-promenades",
        "latitude": 43.69,
        "longitude": 7.25,
        "threat_types": ["vehicle-ramming", "terrorism"],
        "solution_types": ["hostile-vehicle-mitigation", "urban-design-cpted"],
        "project": "shoreline",
        "organisations": ["nice", "atlantic-centre"],
        "contact_organisation": "nice",
        "summary": (
            "Nice has been replacing the temporary blocks on its seafront promenade with permanent protection built "
            "into the landscaping. SHORELINE partners documented one section in detail so that other coastal cities "
            "could see the design choices and costs."
        ),
        "challenge": [
            (
                "The promenade runs for kilometres beside a multi-lane road, and pedestrians, cyclists and beach-goers "
                "cross it constantly. Temporary concrete blocks placed after the 2016 truck attack were ugly and got "
                "in the way of emergency services and beach concession vans."
            ),
            (
                "A permanent design had to keep the open sea view, allow pedestrians to cross at hundreds of points "
                "and let emergency and service vehicles reach the beach."
            ),
        ],
        "approach": [
            (
                "The section reviewed, about 800 metres long, combines crash-rated bollards, reinforced planters and "
                "raised kerbs at crossings, spaced for pedestrians and wheelchair users."
            ),
            (
                "Retractable bollards at 6 access points let in emergency vehicles and beach operators' vans, under "
                "control of the city's supervision centre."
            ),
            (
                "Researchers interviewed planners, engineers and beach operators and compared capital and maintenance "
                "costs with those of the temporary blocks."
            ),
        ],
        "quote": None,
        "results": [
            (
                "The permanent protection cost roughly EUR 1.8 million for the section. Maintenance is cheaper than "
                "the moving and repair of temporary blocks, which had been running at about EUR 150,000 a year."
            ),
            (
                "Beach operators find deliveries easier, and residents in city surveys now describe the new features "
                "as part of the promenade rather than as security."
            ),
        ],
        "lessons_learned": [
            "Temporary blocks get expensive over time; budget the permanent design early.",
            "Design crossings for wheelchairs and pushchairs as well as walkers.",
            "Control retractable bollards centrally so access can be granted quickly.",
            "Landscaped protection is read as public space, not as a barrier.",
        ],
        "cost_range": "over-1m",
        "timeframe": "3 years (2019–2022)",
        "first_published": "2022-03-21",
        "tags": ["seafront", "promenade", "permanent hvm", "retractable bollards"],
    },
    {
        "slug": "malaga-malagueta-san-juan-night",
        "title": "Zones and emergency lanes for San Juan night on La Malagueta beach",
        "city": "Málaga",
        "country": "ES",
        "space_name": "Playa de La Malagueta",
        "space_category": "beaches",
        "latitude": 36.72,
        "longitude": -4.41,
        "threat_types": ["public-disorder", "harassment", "crime-disorder"],
        "solution_types": ["crowd-management", "public-communication"],
        "project": "shoreline",
        "organisations": ["malaga", "malaga-local-police", "atlantic-centre", "flowmetric"],
        "contact_organisation": "malaga-local-police",
        "summary": (
            "On the night of 23 June, tens of thousands of people gather on Málaga's city beaches for bonfires, music "
            "and the midnight custom of wading into the sea. SHORELINE helped the city and local police plan crowd "
            "zones, exits and a harassment support point for La Malagueta."
        ),
        "challenge": [
            (
                "The beach is narrow, hemmed in by a busy road and the port, with limited ways on and off. Crowds "
                "build over several hours and peak around midnight, combining alcohol, open fires and people in the "
                "water in the dark."
            ),
            (
                "Reports of sexual harassment and theft on the beach had been rising, and emergency crews struggled to "
                "reach incidents through the crowd."
            ),
        ],
        "approach": [
            (
                "Flowmetric modelled arrivals and departures through the beach's 9 access points and advised making 3 "
                "of them exit-only after 01:00."
            ),
            (
                "The sand was divided into marked zones with lifeguards, first aid posts and 4 emergency lanes, each 4 "
                "metres wide and kept clear by stewards."
            ),
            (
                "A purple point for reporting harassment, staffed by trained municipal staff, was set up near the main "
                "entrance and advertised on screens and social media."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Emergency crews reached incidents in about 6 minutes on average, compared with more than 12 in "
                "earlier years. The purple point handled 27 cases that night, and police made 4 arrests for "
                "harassment."
            ),
            "The zone plan has been reused every year since 2021 and extended to two more beaches.",
        ],
        "lessons_learned": [
            "Keep emergency lanes open with stewards, not signs alone.",
            "Designate exit-only points before the crowd starts to leave.",
            "A harassment support point needs trained staff and a visible spot.",
            "Reuse the zone plan and refine it every year.",
        ],
        "cost_range": "50k-250k",
        "timeframe": "6 months (2021)",
        "first_published": "2021-11-08",
        "tags": ["beach", "san juan", "emergency lanes", "purple point"],
    },
    {
        "slug": "porto-ribeira-pickpocketing",
        "title": "Concentrating on hot spots to curb pickpocketing in Porto's Ribeira",
        "city": "Porto",
        "country": "PT",
        "space_name": "Ribeira and Rua das Flores",
        "space_category": "pedestrian-streets",
        "latitude": 41.14,
        "longitude": -8.61,
        "threat_types": ["pickpocketing"],
        "solution_types": ["public-communication", "video-surveillance", "governance-cooperation"],
        "project": "shoreline",
        "organisations": ["porto", "porto-psp", "atlantic-centre"],
        "contact_organisation": "atlantic-centre",
        "summary": (
            "Pickpocketing in Porto's riverside tourist district had climbed with visitor numbers before the pandemic, "
            "and the city expected it to return with them. The city, PSP and SHORELINE researchers combined a "
            "multilingual awareness campaign, targeted patrols and partnerships with hotels and tram crews."
        ),
        "challenge": [
            (
                "Ribeira and the streets leading down to it are narrow, steep and crowded with tourists for most of "
                "the year. Police data for 2019 showed more than 900 pickpocketing reports in the area, clustered "
                "around tram stops, viewpoints and riverside terraces."
            ),
            (
                "Many victims were visitors who left Porto before any investigation could start, and a large share "
                "never reported the theft at all."
            ),
        ],
        "approach": [
            (
                "Researchers mapped reports by time and place and found that about 60 percent of thefts happened at 8 "
                "spots, mostly where people stop to take photographs or squeeze onto crowded trams."
            ),
            (
                "A campaign in 6 languages put stickers at those spots and cards in hotel rooms, and tram drivers made "
                "short announcements at busy stops."
            ),
            (
                "PSP plain-clothes officers concentrated on the hot spots at peak times, and an online reporting form "
                "in English went live."
            ),
        ],
        "quote": None,
        "results": [
            (
                "Reports in summer 2021 were less than half the 2019 level, though the researchers stress that lower "
                "tourist numbers explain much of the fall. Online reports made up 35 percent of the total, which "
                "improved the data considerably."
            ),
            "The campaign materials were refreshed for 2022 and now form part of the city's welcome pack for tourists.",
        ],
        "lessons_learned": [
            "A handful of hot spots account for most thefts; focus there.",
            "Make reporting easy for visitors who leave within days.",
            "Work with hotels and transport crews to reach tourists.",
            "Be wary of claiming success when visitor numbers are also changing.",
        ],
        "cost_range": "10k-50k",
        "timeframe": "2 years (2019–2021)",
        "first_published": "2022-01-24",
        "tags": ["pickpocketing", "tourism", "awareness campaign", "hot spots"],
    },
]

TOOLS: list[dict[str, Any]] = [
    {
        "slug": "public-space-vulnerability-self-check",
        "title": "Public Space Vulnerability Self-Check",
        "summary": (
            "A structured workbook that lets a municipality and its local partners score how exposed one named public "
            "space is to attack, and turn the scores into a ranked action list."
        ),
        "purpose": [
            (
                "The self-check walks a mixed team through the space itself, how it is used across the year, who is "
                "responsible for what, and which protective and management measures already exist. It is meant to be "
                "completed in two or three workshops by people who know the place, not by outside consultants."
            ),
            (
                "Its output is a shared picture of weak points and a short list of actions sorted by effort, which can "
                "feed a budget request, a permit condition or a technology scan. Partner cities in PRoTECT tested it "
                "on a station forecourt, a shopping zone, a historic square, a main street and a ceremonial square."
            ),
        ],
        "tool_type": "self-assessment",
        "intended_users": ["local-authorities", "police", "urban-designers", "event-organisers"],
        "languages": ["en", "nl", "el", "ro", "es", "lt"],
        "access_url": "https://tools.publicspace-network.example/protect/vulnerability-self-check",
        "access_notes": (
            "The workbook and facilitator notes can be downloaded after a free registration. The network secretariat "
            "can also introduce you to a city that has already used it."
        ),
        "licence": "free-on-request",
        "maturity": "in-use",
        "project": "protect",
        "threat_types": ["terrorism", "vehicle-ramming", "armed-assault", "ied-explosives"],
        "space_categories": ["squares", "pedestrian-streets", "transport-hubs", "shopping-areas"],
        "solution_types": ["governance-cooperation", "hostile-vehicle-mitigation"],
        "related_case_studies": [
            "eindhoven-station-forecourt-self-assessment",
            "larissa-shopping-zone-self-assessment",
            "brasov-piata-sfatului-self-assessment",
            "malaga-calle-larios-self-assessment",
            "vilnius-cathedral-square-site-rules",
        ],
        "organisations": ["ditss", "efus"],
        "first_published": "2020-11-30",
        "tags": ["vulnerability assessment", "workshop", "municipalities", "action list"],
    },
    {
        "slug": "security-technology-scan-framework",
        "title": "Security Technology Scan and Comparison Framework",
        "summary": (
            "A method for defining a local security problem precisely and then comparing candidate technologies on "
            "effectiveness, legal and ethical fit, lifetime cost and staff burden."
        ),
        "purpose": [
            (
                "Cities are often approached by vendors before they have defined what they need. The framework starts "
                "with a problem statement and measurable requirements, then guides a panel through scoring options "
                "side by side."
            ),
            (
                "It includes prompts for privacy and proportionality questions, a five-year cost sheet and a template "
                "for small field tests using the city's own footage or site data. It works best after a vulnerability "
                "self-check has identified which problem deserves attention."
            ),
        ],
        "tool_type": "evaluation-framework",
        "intended_users": ["local-authorities", "police", "policy-makers", "researchers"],
        "languages": ["en", "nl", "es"],
        "access_url": "https://tools.publicspace-network.example/protect/technology-scan",
        "access_notes": (
            "Available as a PDF guide with spreadsheet templates. Registered members can ask the secretariat for a "
            "short online briefing before their first use."
        ),
        "licence": "cc-by",
        "maturity": "in-use",
        "project": "protect",
        "threat_types": ["terrorism", "vehicle-ramming", "pickpocketing"],
        "space_categories": ["cultural-sites", "pedestrian-streets", "squares"],
        "solution_types": ["video-surveillance", "crowd-management", "hostile-vehicle-mitigation"],
        "related_case_studies": ["eindhoven-glow-crowd-technology-scan", "malaga-calle-larios-self-assessment"],
        "organisations": ["ditss", "efus"],
        "first_published": "2021-02-15",
        "tags": ["technology assessment", "procurement", "privacy", "scoring"],
    },
    {
        "slug": "secu4all-tabletop-exercise-kit",
        "title": "Table-top Exercise Kit for Public Space Incidents",
        "summary": (
            "Ready-made scenarios, inject cards and debrief templates that let a city run a half-day multi-agency "
            "exercise on an attack in a market, mall or transport interchange."
        ),
        "purpose": [
            (
                "The kit covers vehicle attacks, armed assaults and knife incidents, each with a timeline of injects "
                "including misinformation and media requests. Facilitator notes explain how to seat agencies, how to "
                "pace the injects and how to keep discussion on decisions rather than tactics."
            ),
            (
                "A debrief template turns observations into a numbered action list with owners and deadlines. Cities "
                "that used it found gaps in public communication and decision authority that barrier plans alone had "
                "not revealed."
            ),
        ],
        "tool_type": "training-material",
        "intended_users": ["local-authorities", "police", "venue-operators", "transport-operators"],
        "languages": ["en", "fr"],
        "access_url": "https://tools.publicspace-network.example/secu4all/tabletop-kit",
        "access_notes": (
            "Downloadable from the portal. Scenarios are editable so cities can insert their own maps and contact "
            "lists."
        ),
        "licence": "cc-by-nc",
        "maturity": "in-use",
        "project": "secu4all",
        "threat_types": ["vehicle-ramming", "armed-assault", "stabbing"],
        "space_categories": ["markets", "shopping-areas", "transport-hubs"],
        "solution_types": ["training-exercises", "public-communication", "governance-cooperation"],
        "related_case_studies": [
            "liege-christmas-village-tabletop",
            "goteborg-shopping-centre-live-exercise",
            "nice-tram-interchange-knife-exercise",
        ],
        "organisations": ["efus"],
        "first_published": "2022-03-28",
        "tags": ["table-top exercise", "injects", "debrief", "multi-agency"],
    },
    {
        "slug": "secu4all-online-training-course",
        "title": "Online Course on Protecting Public Spaces for Local Staff",
        "summary": (
            "A self-paced course for municipal and police staff on vulnerability assessment, crisis communication, "
            "ethical use of technology and prevention through design."
        ),
        "purpose": [
            (
                "Each module mixes short lectures with case examples and an exercise that participants complete for a "
                "space in their own city. The course can be taken alone, but it works better in a cohort with a local "
                "facilitator."
            ),
            (
                "It is aimed at staff who set up events, manage squares or advise elected officials but have never had "
                "formal training in public space security."
            ),
        ],
        "tool_type": "training-material",
        "intended_users": ["local-authorities", "police", "event-organisers"],
        "languages": ["en", "fr"],
        "access_url": "https://tools.publicspace-network.example/secu4all/online-course",
        "access_notes": (
            "Local and regional authorities can request cohort access from the course provider. Individual access is "
            "free for staff of member organisations."
        ),
        "licence": "free-on-request",
        "maturity": "in-use",
        "project": "secu4all",
        "threat_types": ["terrorism", "crime-disorder"],
        "space_categories": ["squares", "parks-promenades"],
        "solution_types": ["training-exercises", "urban-design-cpted", "public-communication"],
        "related_case_studies": ["thessaloniki-aristotelous-staff-training"],
        "organisations": ["efus"],
        "first_published": "2022-01-10",
        "tags": ["e-learning", "municipal staff", "cohort", "capacity building"],
    },
    {
        "slug": "hvm-procurement-guide",
        "title": "Buying Vehicle Barriers: A Procurement Guide for Cities",
        "summary": (
            "Guidance on writing performance specifications, comparing crash-test ratings and structuring tenders for "
            "temporary and permanent hostile vehicle mitigation."
        ),
        "purpose": [
            (
                "The guide explains how to translate a site survey into a specification covering vehicle mass, speed, "
                "penetration, pedestrian gaps and emergency openings. It warns against buying by product name and "
                "against ratings that do not match the achievable approach speed."
            ),
            (
                "Chapters on leasing versus buying, reuse across events, installation crews and storage help smaller "
                "cities budget realistically. Worked examples come from Christmas and weekly markets in four "
                "countries."
            ),
        ],
        "tool_type": "guidance",
        "intended_users": ["local-authorities", "event-organisers", "urban-designers", "police"],
        "languages": ["en", "de", "fr", "pl", "it"],
        "access_url": "https://tools.publicspace-network.example/safemarkt/hvm-procurement-guide",
        "access_notes": "Free PDF download. A tender template in Word format is included.",
        "licence": "cc-by",
        "maturity": "in-use",
        "project": "safemarkt",
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["markets", "squares", "pedestrian-streets"],
        "solution_types": ["hostile-vehicle-mitigation"],
        "related_case_studies": [
            "koln-cathedral-market-modular-hvm",
            "krakow-main-square-market-hvm",
            "bologna-weekly-market-deployable-barriers",
            "strasbourg-island-checkpoints-review",
        ],
        "organisations": ["koln", "rhein-ruhr-institute", "bastion-perimeter"],
        "first_published": "2022-09-19",
        "tags": ["hvm", "procurement", "crash rating", "tender"],
    },
    {
        "slug": "market-barrier-layout-planner",
        "title": "Market Barrier Layout Planner",
        "summary": (
            "A browser-based prototype that lets planners draw a market perimeter on a map and check run-up distances, "
            "pedestrian gaps and emergency openings against their specification."
        ),
        "purpose": [
            (
                "Users import a base map, mark entrances and stall positions, and place barrier units from a library. "
                "The planner flags straight approaches longer than a set distance and gaps narrower than the minimum "
                "for wheelchairs or fire engines."
            ),
            (
                "The prototype was built to speed up annual layout negotiations between city, police and market "
                "operators. It does not replace an engineer's assessment of foundations or ballast."
            ),
        ],
        "tool_type": "software",
        "intended_users": ["local-authorities", "event-organisers", "urban-designers"],
        "languages": ["en", "de"],
        "access_url": "https://tools.publicspace-network.example/safemarkt/layout-planner",
        "access_notes": (
            "Source code is published; a hosted demo is available to registered members. No personal data is processed."
        ),
        "licence": "open-source",
        "maturity": "prototype",
        "project": "safemarkt",
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["markets", "squares"],
        "solution_types": ["hostile-vehicle-mitigation", "crowd-management"],
        "related_case_studies": ["koln-cathedral-market-modular-hvm", "krakow-main-square-market-hvm"],
        "organisations": ["koln", "rhein-ruhr-institute"],
        "first_published": "2022-10-24",
        "tags": ["layout", "run-up", "mapping", "prototype"],
    },
    {
        "slug": "crowd-density-estimator",
        "title": "DensiCount Crowd Density Estimator",
        "summary": (
            "Open-source software that estimates people per square metre from existing camera feeds or overhead "
            "sensors and alerts a control room when thresholds are crossed, without storing images."
        ),
        "purpose": [
            (
                "DensiCount runs on a local server, processes frames in memory and keeps only counts and density "
                "values. Operators draw the monitored area on a camera view once, set thresholds and receive alerts on "
                "a simple dashboard."
            ),
            (
                "It was calibrated at stadium exits and a street festival, and its documentation explains how to "
                "validate accuracy with a few minutes of manually counted footage from your own site."
            ),
        ],
        "tool_type": "software",
        "intended_users": ["event-organisers", "venue-operators", "police", "transport-operators"],
        "languages": ["en", "sv", "pt"],
        "access_url": "https://tools.publicspace-network.example/crowdwise/densicount",
        "access_notes": (
            "Code and installation guide are on the project repository. A data protection impact assessment template "
            "is included."
        ),
        "licence": "open-source",
        "maturity": "piloted",
        "project": "crowdwise",
        "threat_types": ["public-disorder"],
        "space_categories": ["stadiums-event-venues", "pedestrian-streets", "transport-hubs"],
        "solution_types": ["crowd-management", "video-surveillance"],
        "related_case_studies": ["porto-sao-joao-density-mapping", "goteborg-stadium-concert-egress"],
        "organisations": ["nordic-crowd-centre", "flowmetric"],
        "first_published": "2022-08-01",
        "tags": ["crowd density", "open source", "control room", "privacy by design"],
    },
    {
        "slug": "post-match-dispersal-planning-guide",
        "title": "Planning Dispersal After Matches and Concerts",
        "summary": (
            "A guide for venue operators, police and transport operators on planning how large crowds leave a venue "
            "and reach public transport safely."
        ),
        "purpose": [
            (
                "The guide sets out how to measure outflow, identify pinch points on the route to stations, and choose "
                "between holding, timed release, shuttle services and route separation. It includes a checklist for "
                "the planning meeting before high-risk fixtures."
            ),
            (
                "Examples cover a concert stadium, a football ground with rival supporters and a railway station that "
                "receives event crowds."
            ),
        ],
        "tool_type": "guidance",
        "intended_users": ["venue-operators", "police", "transport-operators", "event-organisers"],
        "languages": ["en", "fr", "sv"],
        "access_url": "https://tools.publicspace-network.example/crowdwise/dispersal-guide",
        "access_notes": "Free download in three languages.",
        "licence": "cc-by",
        "maturity": "in-use",
        "project": "crowdwise",
        "threat_types": ["public-disorder", "vandalism"],
        "space_categories": ["stadiums-event-venues", "transport-hubs"],
        "solution_types": ["crowd-management", "governance-cooperation"],
        "related_case_studies": [
            "liege-football-supporter-dispersal",
            "leeds-station-event-day-queuing",
            "goteborg-stadium-concert-egress",
        ],
        "organisations": ["nordic-crowd-centre", "pennine-institute"],
        "first_published": "2022-10-17",
        "tags": ["egress", "supporters", "timed release", "stations"],
    },
    {
        "slug": "cpted-walk-audit-checklist",
        "title": "CPTED Walk-Audit Checklist",
        "summary": (
            "A two-page checklist for a group walk through a park, street or station, recording sight lines, lighting, "
            "hiding places, maintenance and signs of ownership."
        ),
        "purpose": [
            (
                "Crime prevention through environmental design rests on simple observations that are easily missed "
                "from an office. The checklist organises them so residents, staff and officers can record the same "
                "things in the same way, by day and again after dark."
            ),
            (
                "An underground version adds questions on evacuation widths, transparent bins and staff sight lines. "
                "Results are mapped and used to agree low-cost changes such as pruning, relamping or moving furniture."
            ),
        ],
        "tool_type": "self-assessment",
        "intended_users": ["urban-designers", "local-authorities", "police", "transport-operators"],
        "languages": ["en", "pl", "el", "lt"],
        "access_url": "https://tools.publicspace-network.example/nightshift/cpted-checklist",
        "access_notes": "Printable PDF and a spreadsheet for mapping results. Free to use with attribution.",
        "licence": "cc-by-sa",
        "maturity": "in-use",
        "project": "nightshift",
        "threat_types": ["vandalism", "crime-disorder", "harassment"],
        "space_categories": ["parks-promenades", "pedestrian-streets", "transport-hubs"],
        "solution_types": ["urban-design-cpted", "lighting"],
        "related_case_studies": ["krakow-planty-vandalism-lighting", "thessaloniki-metro-station-design-review"],
        "organisations": ["vistula-institute", "safe-nights"],
        "first_published": "2024-11-04",
        "tags": ["cpted", "walk-audit", "lighting", "checklist"],
    },
    {
        "slug": "night-time-economy-safety-guide",
        "title": "Safer Nights: A Guide for Nightlife Districts",
        "summary": (
            "Practical guidance for councils, venues and police on harassment, violence and disorder in night-time "
            "economy areas, from staff training to getting people home."
        ),
        "purpose": [
            (
                "The guide is organised around the hours of a night out, showing which problems tend to appear when "
                "and which measures address them: venue staff training, safe points, hosts, lighting, closing-time "
                "bands and late transport."
            ),
            (
                "It also explains how to set up a standing forum of venues, police and the council, and how to measure "
                "progress with footfall counts, incident data and repeated perception surveys."
            ),
        ],
        "tool_type": "guidance",
        "intended_users": ["local-authorities", "police", "venue-operators", "private-security"],
        "languages": ["en", "el", "lt", "pl"],
        "access_url": "https://tools.publicspace-network.example/nightshift/safer-nights-guide",
        "access_notes": (
            "Draft chapters are online now; the final edition will follow the project's last evaluation round in 2027."
        ),
        "licence": "cc-by",
        "maturity": "piloted",
        "project": "nightshift",
        "threat_types": ["harassment", "stabbing", "public-disorder"],
        "space_categories": ["pedestrian-streets", "parks-promenades"],
        "solution_types": ["training-exercises", "lighting", "public-communication"],
        "related_case_studies": [
            "dublin-temple-bar-harassment",
            "thessaloniki-ladadika-closing-time",
            "vilnius-old-town-night-hosts",
        ],
        "organisations": ["safe-nights", "dublin"],
        "first_published": "2025-10-20",
        "tags": ["night-time economy", "safe points", "closing time", "harassment"],
    },
    {
        "slug": "drone-incident-response-card",
        "title": "Drone Incident Response Card for Events",
        "summary": (
            "A one-page decision card that tells an event's incident commander what to check, whom to call and when to "
            "consider stopping an event if a drone appears."
        ),
        "purpose": [
            (
                "The card separates sightings into careless, suspicious and hostile, with observable cues for each, "
                "and links each category to actions: locate the pilot, inform the air authority liaison, brief "
                "stewards, or move the crowd."
            ),
            (
                "It deliberately sets a high bar for halting an event, because an unplanned stop can cause more harm "
                "than a hobby drone. A blank version lets each venue insert its own contacts and thresholds."
            ),
        ],
        "tool_type": "guidance",
        "intended_users": ["event-organisers", "police", "venue-operators"],
        "languages": ["en", "de", "fr"],
        "access_url": "https://tools.publicspace-network.example/skyward/drone-response-card",
        "access_notes": (
            "Download the editable card and a short explainer. An update is expected once the stadium trial evaluation "
            "is complete."
        ),
        "licence": "cc-by",
        "maturity": "piloted",
        "project": "skyward",
        "threat_types": ["drones-uas"],
        "space_categories": ["stadiums-event-venues", "squares"],
        "solution_types": ["governance-cooperation", "crowd-management"],
        "related_case_studies": ["nice-carnival-drone-incident", "koln-stadium-drone-detection-trial"],
        "organisations": ["rhein-ruhr-institute", "nice-municipal-police"],
        "first_published": "2024-09-16",
        "tags": ["drones", "decision card", "incident command", "proportionality"],
    },
    {
        "slug": "metro-cbrn-exercise-scenario-pack",
        "title": "CBRN Exercise Scenario Pack for Underground Stations",
        "summary": (
            "Scenario scripts, casualty cards and observer sheets for a night-time exercise on a chemical release in a "
            "metro or underground rail station."
        ),
        "purpose": [
            (
                "The pack sets out a timeline from first report to decontamination and reopening, with roles for the "
                "station operator, fire, police, medical services and civil protection. Observer sheets record the "
                "timings that matter most: stopping trains, ventilation, exits used and decontamination set-up."
            ),
            (
                "A questionnaire for volunteer passengers tests whether announcements and staff instructions were "
                "understood, which is often where plans fail."
            ),
        ],
        "tool_type": "training-material",
        "intended_users": ["transport-operators", "local-authorities", "police"],
        "languages": ["en", "pt"],
        "access_url": "https://tools.publicspace-network.example/metroresil/cbrn-scenario-pack",
        "access_notes": (
            "Released on request to public authorities and transport operators, because some material is sensitive. "
            "Contact the project coordinator."
        ),
        "licence": "free-on-request",
        "maturity": "piloted",
        "project": "metroresil",
        "threat_types": ["cbrn", "terrorism"],
        "space_categories": ["transport-hubs"],
        "solution_types": ["training-exercises", "public-communication"],
        "related_case_studies": ["porto-metro-cbrn-night-exercise"],
        "organisations": ["pennine-institute", "porto"],
        "first_published": "2026-01-19",
        "tags": ["cbrn", "exercise", "metro", "decontamination"],
    },
    {
        "slug": "unattended-item-decision-aid",
        "title": "Unattended Item Decision Aid for Station Staff",
        "summary": (
            "A pocket card and short training module that help station staff tell ordinary lost property from items "
            "that need police attention."
        ),
        "purpose": [
            (
                "Staff are guided through three questions about where and how an item was left and whether anything "
                "about it looks deliberate. Most items are resolved as lost property; the rest are escalated with a "
                "clear description for the police."
            ),
            (
                "The aid reduces needless closures and gives frontline staff confidence. It can be combined with "
                "analytics, but it was designed to work without any technology."
            ),
        ],
        "tool_type": "guidance",
        "intended_users": ["transport-operators", "private-security", "police"],
        "languages": ["en", "sv", "el"],
        "access_url": "https://tools.publicspace-network.example/metroresil/unattended-item-aid",
        "access_notes": "Card and trainer notes available to registered transport operators and public authorities.",
        "licence": "free-on-request",
        "maturity": "piloted",
        "project": "metroresil",
        "threat_types": ["ied-explosives"],
        "space_categories": ["transport-hubs", "shopping-areas"],
        "solution_types": ["training-exercises", "video-surveillance"],
        "related_case_studies": ["goteborg-central-unattended-items"],
        "organisations": ["pennine-institute", "goteborg"],
        "first_published": "2025-08-25",
        "tags": ["unattended items", "lost property", "frontline staff", "escalation"],
    },
    {
        "slug": "community-sites-self-assessment",
        "title": "Self-Assessment for Places of Worship, Schools and Cultural Venues",
        "summary": (
            "A short self-assessment that volunteers and staff at congregations, schools and cultural venues can "
            "complete with local police to plan proportionate protection."
        ),
        "purpose": [
            (
                "Sites without security staff need a tool that takes hours, not weeks. This one covers entrances, "
                "routines around busy services or school days, volunteer roles, contacts with police and communication "
                "with visitors and parents."
            ),
            (
                "It stresses proportionality: the aim is for places to remain open and welcoming. Pilots included a "
                "cathedral, a school, a cultural square and a festival in a historic Jewish quarter."
            ),
        ],
        "tool_type": "self-assessment",
        "intended_users": ["venue-operators", "local-authorities", "police"],
        "languages": ["en", "fr", "nl", "it", "pl", "sv"],
        "access_url": "https://tools.publicspace-network.example/sancta/self-assessment",
        "access_notes": "Free download; a facilitator version with examples is available on request.",
        "licence": "cc-by-nc",
        "maturity": "in-use",
        "project": "sancta",
        "threat_types": ["terrorism", "armed-assault", "harassment"],
        "space_categories": ["places-of-worship", "schools-campuses", "cultural-sites"],
        "solution_types": ["access-control", "training-exercises", "governance-cooperation"],
        "related_case_studies": [
            "liege-cathedral-volunteer-welcomers",
            "krakow-kazimierz-festival-concert",
            "bologna-secondary-school-lockdown",
            "goteborg-gotaplatsen-joint-plan",
        ],
        "organisations": ["faith-sites-forum", "vistula-institute"],
        "first_published": "2022-05-30",
        "tags": ["places of worship", "schools", "volunteers", "proportionality"],
    },
    {
        "slug": "beach-event-crowd-plan-template",
        "title": "Crowd Plan Template for Beach and Seafront Events",
        "summary": (
            "A fill-in template for planning large night-time gatherings on beaches and promenades, covering zones, "
            "access and exit points, emergency lanes and support services."
        ),
        "purpose": [
            (
                "Beach events combine darkness, water, fire, alcohol and a crowd that arrives over several hours. The "
                "template prompts planners to map access points, decide which become exit-only and when, and mark "
                "emergency lanes that stewards will keep clear."
            ),
            "It also includes sections on harassment support points and on messages for screens and social media.",
        ],
        "tool_type": "guidance",
        "intended_users": ["local-authorities", "event-organisers", "police"],
        "languages": ["en", "es", "fr", "pt"],
        "access_url": "https://tools.publicspace-network.example/shoreline/beach-crowd-plan",
        "access_notes": "Editable template and a completed example, free to download.",
        "licence": "cc-by",
        "maturity": "in-use",
        "project": "shoreline",
        "threat_types": ["public-disorder", "harassment"],
        "space_categories": ["beaches", "parks-promenades"],
        "solution_types": ["crowd-management", "public-communication"],
        "related_case_studies": ["malaga-malagueta-san-juan-night", "nice-promenade-permanent-hvm"],
        "organisations": ["atlantic-centre", "flowmetric"],
        "first_published": "2022-02-07",
        "tags": ["beach", "seafront", "crowd plan", "emergency lanes"],
    },
    {
        "slug": "pickpocketing-awareness-kit",
        "title": "Pickpocketing Awareness Kit for Tourist Districts",
        "summary": (
            "Editable stickers, hotel cards, tram announcements and a hot-spot mapping guide for cities dealing with "
            "theft from visitors."
        ),
        "purpose": [
            (
                "The kit starts with mapping: a simple method for plotting reports by time and place to find the few "
                "spots where most thefts happen. Campaign materials are then placed where people stop, queue or board "
                "transport."
            ),
            (
                "Translations are provided in six languages, and a short guide explains how to set up an online "
                "reporting form for visitors who leave before they can go to a police station."
            ),
        ],
        "tool_type": "training-material",
        "intended_users": ["local-authorities", "police", "transport-operators"],
        "languages": ["en", "pt", "es", "fr", "de", "it"],
        "access_url": "https://tools.publicspace-network.example/shoreline/pickpocketing-kit",
        "access_notes": "Artwork files are free to download and adapt; please keep the credit line.",
        "licence": "cc-by-sa",
        "maturity": "in-use",
        "project": "shoreline",
        "threat_types": ["pickpocketing"],
        "space_categories": ["pedestrian-streets", "transport-hubs"],
        "solution_types": ["public-communication"],
        "related_case_studies": ["porto-ribeira-pickpocketing"],
        "organisations": ["atlantic-centre", "porto"],
        "first_published": "2022-03-07",
        "tags": ["pickpocketing", "tourists", "campaign", "hot spots"],
    },
]

LESSONS: list[dict[str, Any]] = [
    {
        "slug": "bring-every-level-of-government-in-early",
        "title": "Bring every level of government in from the first assessment",
        "kind": "recommendation",
        "statement": (
            "Local, regional, national and European actors each hold part of the picture, so involve them, together "
            "with operators and local stakeholders, from the very first vulnerability assessment rather than "
            "consulting them once conclusions are drafted."
        ),
        "context": [
            (
                "PRoTECT's partner cities found that the people who could answer the hardest questions about a space, "
                "such as the station manager, the bus operator or the county emergency service, were often not "
                "municipal staff. Where they joined late, assessments had to be reopened."
            ),
            (
                "Discussion at the project's closing event in June 2021 pointed the same way at policy level: European "
                "and international programmes now explicitly encourage cooperation across levels, but it only becomes "
                "real when cities invite those actors into concrete local work."
            ),
        ],
        "audience": ["local-authorities", "policy-makers", "police"],
        "threat_types": ["terrorism"],
        "space_categories": ["squares", "transport-hubs"],
        "project": "protect",
        "evidence_case_studies": ["eindhoven-station-forecourt-self-assessment", "vilnius-cathedral-square-site-rules"],
        "evidence_tools": ["public-space-vulnerability-self-check"],
        "first_published": "2021-09-13",
        "tags": ["multi-level governance", "stakeholders", "early involvement"],
    },
    {
        "slug": "plan-for-everyday-crime-and-fear-too",
        "title": "Plan for everyday crime and fear of crime, not terrorism alone",
        "kind": "recommendation",
        "statement": (
            "Treat terrorism, petty crime and people's sense of insecurity as one agenda for a public space, because "
            "measures that ignore everyday problems lose local support and miss what makes people stay away."
        ),
        "context": [
            (
                "In Larissa and Málaga, shopkeepers and police kept returning to theft, bag snatching and late-night "
                "damage during assessments meant for terrorism. Folding those concerns in made the work relevant to "
                "traders and produced measures, such as lighting and single reporting lines, that served both "
                "purposes."
            ),
            (
                "A holistic approach also means looking at social cohesion and perceived safety, not just physical "
                "protection. Surveys of how safe people feel belong in the evaluation alongside incident data."
            ),
        ],
        "audience": ["local-authorities", "police", "policy-makers"],
        "threat_types": ["terrorism", "crime-disorder", "pickpocketing"],
        "space_categories": ["shopping-areas", "pedestrian-streets"],
        "project": "protect",
        "evidence_case_studies": ["larissa-shopping-zone-self-assessment", "malaga-calle-larios-self-assessment"],
        "evidence_tools": ["public-space-vulnerability-self-check"],
        "first_published": "2021-09-13",
        "tags": ["holistic approach", "feeling of insecurity", "petty crime"],
    },
    {
        "slug": "design-and-management-before-technology",
        "title": "Get design and management right before adding technology",
        "kind": "recommendation",
        "statement": (
            "Good layout and day-to-day management of a space do most of the protective work; technology should be "
            "bought only for a clearly assessed local need that design and management cannot meet."
        ),
        "context": [
            (
                "Brașov's biggest exposure turned out to be the build-up days before events, which no camera would "
                "fix; a vehicle movement plan and removable posts did. Eindhoven narrowed a broad wish for crowd "
                "technology to a single measurable requirement before scoring products, which ruled out two options "
                "immediately."
            ),
            (
                "The technology scan framework was written on this principle: it starts with the problem statement and "
                "asks whether a non-technical measure would suffice before comparing any products."
            ),
        ],
        "audience": ["local-authorities", "urban-designers", "policy-makers"],
        "threat_types": ["terrorism", "vehicle-ramming"],
        "space_categories": ["squares", "cultural-sites"],
        "project": "protect",
        "evidence_case_studies": ["brasov-piata-sfatului-self-assessment", "eindhoven-glow-crowd-technology-scan"],
        "evidence_tools": ["security-technology-scan-framework"],
        "first_published": "2021-09-13",
        "tags": ["design", "management", "technology needs"],
    },
    {
        "slug": "train-and-exercise-on-a-regular-cycle",
        "title": "Train staff and test plans through regular exercises",
        "kind": "recommendation",
        "statement": (
            "Build training for local authority staff into a regular cycle, and test plans with table-top or live "
            "exercises often enough to catch outdated contacts, unclear task division and slow responses."
        ),
        "context": [
            (
                "Each exercise documented on this portal since then has found something a written plan had hidden: no "
                "agreed first message to the public, no named person with authority to close a market, or a six-minute "
                "delay before the first announcement."
            ),
            (
                "Exchanging practice between cities helps keep exercises realistic and affordable. Scenario kits can "
                "be reused and adapted, and a control-room-only exercise costs very little."
            ),
        ],
        "audience": ["local-authorities", "police", "venue-operators"],
        "threat_types": ["terrorism", "vehicle-ramming", "armed-assault"],
        "space_categories": ["markets", "shopping-areas"],
        "project": "protect",
        "evidence_case_studies": ["liege-christmas-village-tabletop", "goteborg-shopping-centre-live-exercise"],
        "evidence_tools": ["secu4all-tabletop-exercise-kit", "secu4all-online-training-course"],
        "first_published": "2023-01-30",
        "tags": ["training", "table-top", "exercises", "task division"],
    },
    {
        "slug": "assess-build-up-and-take-down-days",
        "title": "The riskiest hours may be before and after the event",
        "kind": "lesson",
        "statement": (
            "Exposure to vehicle attack is often highest while stages and stalls are being built or dismantled, when "
            "crowds are present but protective lines are incomplete."
        ),
        "context": [
            (
                "Brașov mapped its event cycle hour by hour and found the two build-up days more exposed than the "
                "event night. Bologna's weekly market faces a daily version of the same problem as traders' vans come "
                "and go."
            ),
            (
                "Requiring organisers to submit a vehicle movement plan for these periods is a cheap fix that police "
                "can check."
            ),
        ],
        "audience": ["event-organisers", "local-authorities", "police"],
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["squares", "markets"],
        "project": "protect",
        "evidence_case_studies": ["brasov-piata-sfatului-self-assessment", "bologna-weekly-market-deployable-barriers"],
        "evidence_tools": ["public-space-vulnerability-self-check"],
        "first_published": "2022-07-18",
        "tags": ["build-up", "vehicle movements", "event cycle"],
    },
    {
        "slug": "specify-performance-before-products",
        "title": "Write down what the barrier must do before choosing one",
        "kind": "lesson",
        "statement": (
            "A performance specification covering vehicle mass, speed, penetration, pedestrian gaps and emergency "
            "openings settles most arguments before they start and makes tenders comparable."
        ),
        "context": [
            (
                "Köln's market perimeter had been renegotiated every year until the city and police wrote their "
                "numbers down. After that, debates about appearance became debates about how to meet a fixed "
                "requirement."
            ),
            (
                "The procurement guide explains how to derive the figures from a site survey rather than copying them "
                "from another city."
            ),
        ],
        "audience": ["local-authorities", "police", "event-organisers"],
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["markets"],
        "project": "safemarkt",
        "evidence_case_studies": ["koln-cathedral-market-modular-hvm"],
        "evidence_tools": ["hvm-procurement-guide"],
        "first_published": "2022-12-12",
        "tags": ["specification", "hvm", "tendering"],
    },
    {
        "slug": "protect-the-queue-at-checkpoints",
        "title": "A checkpoint moves the crowd; protect the queue",
        "kind": "lesson",
        "statement": (
            "Entry checks shift dense crowds to the outside of the perimeter, so queuing areas need the same thought "
            "as the protected zone."
        ),
        "context": [
            (
                "In Strasbourg, long queues at bridges left people standing next to traffic and on narrow quays. "
                "Rostering staff to hourly demand and opening no-bag lanes cut waiting times, and the queues "
                "themselves were moved behind barriers."
            ),
            (
                "Leeds station faced a similar issue when gates closed, pushing crowds onto the pavement; an organised "
                "outdoor queue solved it."
            ),
        ],
        "audience": ["local-authorities", "event-organisers", "police", "transport-operators"],
        "threat_types": ["armed-assault", "vehicle-ramming"],
        "space_categories": ["markets", "transport-hubs"],
        "project": "safemarkt",
        "evidence_case_studies": ["strasbourg-island-checkpoints-review", "leeds-station-event-day-queuing"],
        "evidence_tools": [],
        "first_published": "2023-03-06",
        "tags": ["checkpoints", "queues", "access control"],
    },
    {
        "slug": "classify-entrances-for-proportionate-hvm",
        "title": "Classify each entrance and protect it proportionately",
        "kind": "recommendation",
        "statement": (
            "Grade every entrance by width, achievable speed and daytime vehicle need, and reserve crash-rated "
            "equipment for those where a fast approach is actually possible."
        ),
        "context": [
            (
                "Kraków used crash-rated barriers at its five widest entrances and anchored benches at six narrow "
                "lanes, staying within heritage rules and freeing police vans. Bologna accepted a lower rating because "
                "approach speeds were low, and recorded the residual risk."
            ),
            (
                "Proportionate protection keeps costs manageable and makes it easier to justify where the heaviest "
                "measures go."
            ),
        ],
        "audience": ["local-authorities", "urban-designers", "police"],
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["markets", "squares"],
        "project": "safemarkt",
        "evidence_case_studies": ["krakow-main-square-market-hvm", "bologna-weekly-market-deployable-barriers"],
        "evidence_tools": ["hvm-procurement-guide", "market-barrier-layout-planner"],
        "first_published": "2022-11-28",
        "tags": ["proportionality", "entrances", "street furniture"],
    },
    {
        "slug": "rehearse-the-first-public-message",
        "title": "Rehearse the first thing you will tell the public",
        "kind": "lesson",
        "statement": (
            "Agreeing and releasing the first public message takes longer than teams expect, so pre-approved wording "
            "and a clear sign-off route belong in every exercise."
        ),
        "context": [
            (
                "Liège's table-top team needed twenty minutes to agree one sentence, and Göteborg's shopping centre "
                "took six minutes to make its first announcement. Both now keep pre-approved messages ready."
            ),
            (
                "Messages should be prepared in the languages visitors speak and for every channel, from PA systems to "
                "screens and social media."
            ),
        ],
        "audience": ["local-authorities", "venue-operators", "event-organisers"],
        "threat_types": ["vehicle-ramming", "armed-assault"],
        "space_categories": ["markets", "shopping-areas"],
        "project": "secu4all",
        "evidence_case_studies": ["liege-christmas-village-tabletop", "goteborg-shopping-centre-live-exercise"],
        "evidence_tools": ["secu4all-tabletop-exercise-kit"],
        "first_published": "2023-02-06",
        "tags": ["crisis communication", "public address", "templates"],
    },
    {
        "slug": "time-the-handovers-between-control-rooms",
        "title": "Measure hand-overs between control rooms",
        "kind": "lesson",
        "statement": (
            "Delays in multi-agency incidents are usually in the hand-overs between control rooms, and a stopwatch "
            "exercise is the cheapest way to find and fix them."
        ),
        "context": [
            (
                "In Nice, a direct line and shared code word cut the time to hold trams from 7 minutes to under 3 "
                "between two runs of the same exercise. The fix cost almost nothing."
            ),
            "Timing three or four key actions gives a clear before-and-after measure that managers understand.",
        ],
        "audience": ["police", "transport-operators", "local-authorities"],
        "threat_types": ["stabbing"],
        "space_categories": ["transport-hubs"],
        "project": "secu4all",
        "evidence_case_studies": ["nice-tram-interchange-knife-exercise"],
        "evidence_tools": ["secu4all-tabletop-exercise-kit"],
        "first_published": "2022-10-10",
        "tags": ["control rooms", "response time", "interoperability"],
    },
    {
        "slug": "measure-real-outflow-not-paper-capacity",
        "title": "Measure how crowds really leave",
        "kind": "lesson",
        "statement": (
            "Design capacities overstate how fast a venue or station clears; counting actual outflow at a few events "
            "gives planners numbers they can rely on."
        ),
        "context": [
            (
                "At Ullevi and at Leeds station, sensor counts showed densities that planning documents had not "
                "anticipated. Both sites then tested interventions and measured the effect."
            ),
            "Counts from a handful of events can calibrate a simple model that is reused for years.",
        ],
        "audience": ["venue-operators", "transport-operators", "event-organisers"],
        "threat_types": ["public-disorder"],
        "space_categories": ["stadiums-event-venues", "transport-hubs"],
        "project": "crowdwise",
        "evidence_case_studies": ["goteborg-stadium-concert-egress", "leeds-station-event-day-queuing"],
        "evidence_tools": ["crowd-density-estimator", "post-match-dispersal-planning-guide"],
        "first_published": "2022-07-11",
        "tags": ["egress", "measurement", "crowd model"],
    },
    {
        "slug": "timed-releases-beat-long-holds",
        "title": "Release away supporters in short, timed groups",
        "kind": "recommendation",
        "statement": (
            "Short timed releases to shuttle transport, with stewards from the visiting club, cause less frustration "
            "and less disorder than holding away supporters for a long time."
        ),
        "context": [
            (
                "Liège halved the waiting time for away fans and recorded no fights on the route over seven high-risk "
                "fixtures. Involving supporter liaison officers from both clubs was central to making it work."
            ),
            "Savings in police hours covered most of the cost of the buses.",
        ],
        "audience": ["police", "venue-operators", "local-authorities"],
        "threat_types": ["public-disorder", "vandalism"],
        "space_categories": ["stadiums-event-venues"],
        "project": "crowdwise",
        "evidence_case_studies": ["liege-football-supporter-dispersal"],
        "evidence_tools": ["post-match-dispersal-planning-guide"],
        "first_published": "2022-09-26",
        "tags": ["football", "supporters", "dispersal"],
    },
    {
        "slug": "use-existing-cameras-without-storing-images",
        "title": "Existing cameras can measure density without keeping images",
        "kind": "lesson",
        "statement": (
            "Processing camera frames locally into counts, without storing images, gives usable density alerts while "
            "keeping the privacy impact low."
        ),
        "context": [
            (
                "Porto's control room got density figures every two minutes from five cameras during São João, and "
                "Eindhoven's privacy officer accepted anonymous counting from the start."
            ),
            (
                "Accuracy should be checked against a few minutes of manually counted footage from the same site "
                "before relying on it."
            ),
        ],
        "audience": ["police", "event-organisers", "local-authorities"],
        "threat_types": ["public-disorder"],
        "space_categories": ["pedestrian-streets", "cultural-sites"],
        "project": "crowdwise",
        "evidence_case_studies": ["porto-sao-joao-density-mapping", "eindhoven-glow-crowd-technology-scan"],
        "evidence_tools": ["crowd-density-estimator"],
        "first_published": "2023-04-03",
        "tags": ["privacy", "video analytics", "density"],
    },
    {
        "slug": "getting-people-home-is-a-safety-measure",
        "title": "Getting people home at closing time is a safety measure",
        "kind": "lesson",
        "statement": (
            "Violence in nightlife districts clusters in the hour after closing, so staggered closing times, night "
            "buses and managed taxi queues reduce harm directly."
        ),
        "context": [
            (
                "In Ladadika, 12 of 17 knife or glass assaults happened after closing. Staggered bands, extended night "
                "buses and a stewarded taxi queue were followed by a clear drop."
            ),
            (
                "Dublin's safe point reports a similar pattern: most people seeking help were stranded rather than in "
                "danger, and helping them early prevented later trouble."
            ),
        ],
        "audience": ["local-authorities", "police", "venue-operators"],
        "threat_types": ["stabbing", "public-disorder"],
        "space_categories": ["pedestrian-streets"],
        "project": "nightshift",
        "evidence_case_studies": ["thessaloniki-ladadika-closing-time", "dublin-temple-bar-harassment"],
        "evidence_tools": ["night-time-economy-safety-guide"],
        "first_published": "2026-02-23",
        "tags": ["closing time", "night transport", "taxis"],
    },
    {
        "slug": "expect-reports-to-rise-when-trust-grows",
        "title": "Expect harassment reports to rise before they fall",
        "kind": "lesson",
        "statement": (
            "When venues and councils make reporting easier, recorded harassment often goes up at first, which "
            "reflects confidence rather than more incidents; explain this to decision-makers in advance."
        ),
        "context": [
            (
                "Dublin saw more reports to venues after training and the safe point opened, while survey data showed "
                "fewer women avoiding the area. Málaga's beach support point also recorded more cases than expected."
            ),
            "Pairing incident counts with repeated perception surveys helps tell the two trends apart.",
        ],
        "audience": ["local-authorities", "policy-makers", "venue-operators"],
        "threat_types": ["harassment"],
        "space_categories": ["pedestrian-streets", "beaches"],
        "project": "nightshift",
        "evidence_case_studies": ["dublin-temple-bar-harassment", "malaga-malagueta-san-juan-night"],
        "evidence_tools": ["night-time-economy-safety-guide"],
        "first_published": "2025-10-13",
        "tags": ["reporting", "harassment", "evaluation"],
    },
    {
        "slug": "repair-fast-to-stop-repeat-vandalism",
        "title": "Fix damage quickly to break the cycle of vandalism",
        "kind": "lesson",
        "statement": (
            "Damage left visible invites more damage; same-night reporting and rapid repair, combined with better "
            "lighting, cut repeat vandalism and its cost."
        ),
        "context": [
            (
                "Kraków's Planty wardens reported damage before morning, and reports fell by more than half in a year. "
                "Göteborg's 24-hour graffiti removal on new seating blocks made tagging rarer."
            ),
            "The savings on repairs can fund the wardens or maintenance contracts that make fast repair possible.",
        ],
        "audience": ["local-authorities", "urban-designers"],
        "threat_types": ["vandalism"],
        "space_categories": ["parks-promenades", "cultural-sites"],
        "project": "nightshift",
        "evidence_case_studies": ["krakow-planty-vandalism-lighting", "goteborg-gotaplatsen-joint-plan"],
        "evidence_tools": ["cpted-walk-audit-checklist"],
        "first_published": "2026-04-06",
        "tags": ["vandalism", "maintenance", "wardens"],
    },
    {
        "slug": "keep-drone-responses-proportionate",
        "title": "Keep the response to drones proportionate",
        "kind": "recommendation",
        "statement": (
            "Most drones over events are flown carelessly, not with hostile intent; agree in advance who decides, on "
            "what grounds an event is stopped, and put the effort into finding the pilot."
        ),
        "context": [
            (
                "In Nice, the response card allowed the commander to decide quickly not to stop a carnival parade, and "
                "a patrol found the pilot within minutes. In Köln, all nine confirmed drones were small consumer "
                "models."
            ),
            (
                "An unplanned halt or evacuation can itself cause injuries, so the bar for stopping an event should be "
                "explicit."
            ),
        ],
        "audience": ["event-organisers", "police", "venue-operators"],
        "threat_types": ["drones-uas"],
        "space_categories": ["squares", "stadiums-event-venues"],
        "project": "skyward",
        "evidence_case_studies": ["nice-carnival-drone-incident", "koln-stadium-drone-detection-trial"],
        "evidence_tools": ["drone-incident-response-card"],
        "first_published": "2025-10-13",
        "tags": ["drones", "proportionality", "decision-making"],
    },
    {
        "slug": "count-incidents-before-buying-detection",
        "title": "Count real incidents before buying detection systems",
        "kind": "lesson",
        "statement": (
            "A short, well-logged trial tells you how often a threat really occurs and how many false alarms to "
            "expect, which is the basis for any investment decision."
        ),
        "context": [
            (
                "Köln's 14-match trial replaced anecdotes with numbers: nine drones, and a false alarm rate that only "
                "became acceptable after tuning. Göteborg's analytics trial gave similar clarity on unattended items."
            ),
            (
                "A human check of every alert during the trial also builds the operators' trust that the system will "
                "need later."
            ),
        ],
        "audience": ["police", "venue-operators", "transport-operators", "local-authorities"],
        "threat_types": ["drones-uas", "ied-explosives"],
        "space_categories": ["stadiums-event-venues", "transport-hubs"],
        "project": "skyward",
        "evidence_case_studies": ["koln-stadium-drone-detection-trial", "goteborg-central-unattended-items"],
        "evidence_tools": ["security-technology-scan-framework"],
        "first_published": "2025-10-20",
        "tags": ["trials", "false alarms", "investment"],
    },
    {
        "slug": "plan-cbrn-response-for-every-exit",
        "title": "In a CBRN incident, passengers will use every exit",
        "kind": "lesson",
        "statement": (
            "Evacuating passengers do not follow the intended route, so decontamination and exit control must cover "
            "all ways out of a station."
        ),
        "context": [
            (
                "In Porto's night exercise, 31 of 120 volunteers left by an exit with no decontamination cover. Asking "
                "volunteers afterwards what they understood showed that announcements had not been clear enough."
            ),
            "Storing decontamination equipment close to high-risk stations shortens set-up time.",
        ],
        "audience": ["transport-operators", "local-authorities", "police"],
        "threat_types": ["cbrn"],
        "space_categories": ["transport-hubs"],
        "project": "metroresil",
        "evidence_case_studies": ["porto-metro-cbrn-night-exercise"],
        "evidence_tools": ["metro-cbrn-exercise-scenario-pack"],
        "first_published": "2025-12-15",
        "tags": ["cbrn", "evacuation", "decontamination"],
    },
    {
        "slug": "common-method-before-analytics-for-unattended-items",
        "title": "A shared staff method prevents more closures than analytics",
        "kind": "lesson",
        "statement": (
            "Giving frontline staff one structured way to assess unattended items reduces unnecessary closures; "
            "analytics can help find items sooner but do not replace judgement."
        ),
        "context": [
            (
                "Göteborg Central halved partial closures during its trial, and staff credited the decision card. The "
                "analytics found items earlier but raised several false alerts a day."
            ),
            "Masking faces by default made the analytics trial acceptable to staff representatives.",
        ],
        "audience": ["transport-operators", "private-security"],
        "threat_types": ["ied-explosives"],
        "space_categories": ["transport-hubs"],
        "project": "metroresil",
        "evidence_case_studies": ["goteborg-central-unattended-items"],
        "evidence_tools": ["unattended-item-decision-aid"],
        "first_published": "2025-08-04",
        "tags": ["unattended items", "frontline staff", "analytics"],
    },
    {
        "slug": "review-fit-out-not-only-structure",
        "title": "Review fit-out and furniture, not only the structure",
        "kind": "recommendation",
        "statement": (
            "Kiosks, bins, advertising and seating create most blind spots and hiding places, so include them in "
            "security design reviews while they are still on paper."
        ),
        "context": [
            (
                "Thessaloniki's metro review changed 12 of 23 proposed fixtures for under EUR 40,000. A CPTED-style "
                "checklist gave the different departments a common language."
            ),
            (
                "The same logic applies above ground: Kraków's benches and Göteborg's seating blocks show that "
                "furniture can protect as well as obstruct."
            ),
        ],
        "audience": ["urban-designers", "transport-operators", "local-authorities"],
        "threat_types": ["ied-explosives", "crime-disorder"],
        "space_categories": ["transport-hubs", "cultural-sites"],
        "project": "metroresil",
        "evidence_case_studies": ["thessaloniki-metro-station-design-review", "goteborg-gotaplatsen-joint-plan"],
        "evidence_tools": ["cpted-walk-audit-checklist"],
        "first_published": "2025-10-27",
        "tags": ["design review", "cpted", "furniture"],
    },
    {
        "slug": "trained-volunteers-as-welcomers",
        "title": "Trained volunteers can welcome and watch at the same time",
        "kind": "lesson",
        "statement": (
            "At places of worship and community events, volunteers trained to notice unusual behaviour and guide "
            "people to exits add protection without making the place feel guarded."
        ),
        "context": [
            (
                "Liège cathedral's welcomers have worked every major service since 2022 and resolved minor incidents "
                "themselves. In Kazimierz, synagogue guards and festival stewards briefed together and shared a radio "
                "channel."
            ),
            "A routine exchange of calendars with the police means patrols are planned without repeated requests.",
        ],
        "audience": ["venue-operators", "police", "local-authorities"],
        "threat_types": ["terrorism", "armed-assault", "harassment"],
        "space_categories": ["places-of-worship"],
        "project": "sancta",
        "evidence_case_studies": ["liege-cathedral-volunteer-welcomers", "krakow-kazimierz-festival-concert"],
        "evidence_tools": ["community-sites-self-assessment"],
        "first_published": "2022-10-17",
        "tags": ["volunteers", "places of worship", "welcome"],
    },
    {
        "slug": "distinct-alarm-for-school-lockdown",
        "title": "Give lockdown its own alarm and check the doors first",
        "kind": "recommendation",
        "statement": (
            "Schools adding a lockdown procedure should use an alarm that cannot be mistaken for fire evacuation, make "
            "sure classroom doors lock from inside, and drill staff before pupils."
        ),
        "context": [
            (
                "The Bologna pilot fitted 42 thumb-turn locks before the first drill and introduced it as routine, "
                "like a fire drill. All classrooms locked within three minutes and most pupils stayed calm."
            ),
            "Regional training for school safety officers now includes the procedure.",
        ],
        "audience": ["local-authorities", "venue-operators", "police"],
        "threat_types": ["armed-assault", "stabbing"],
        "space_categories": ["schools-campuses"],
        "project": "sancta",
        "evidence_case_studies": ["bologna-secondary-school-lockdown"],
        "evidence_tools": ["community-sites-self-assessment"],
        "first_published": "2022-05-16",
        "tags": ["schools", "lockdown", "alarms"],
    },
    {
        "slug": "shared-spaces-need-a-security-owner",
        "title": "Spaces between buildings need a named security owner",
        "kind": "lesson",
        "statement": (
            "When several institutions or organisers use the same square, each tends to plan only for itself; someone "
            "must own the plan for the space in between."
        ),
        "context": [
            (
                "At Götaplatsen, three cultural venues wrote a joint plan for the square they all empty onto. In "
                "Vilnius, a standing baseline for Cathedral Square replaced layouts drawn afresh by each organiser."
            ),
            "The owner does not have to do all the work, but must convene the others and keep the shared plan current.",
        ],
        "audience": ["local-authorities", "venue-operators", "event-organisers"],
        "threat_types": ["terrorism", "vehicle-ramming"],
        "space_categories": ["cultural-sites", "squares"],
        "project": "sancta",
        "evidence_case_studies": ["goteborg-gotaplatsen-joint-plan", "vilnius-cathedral-square-site-rules"],
        "evidence_tools": ["community-sites-self-assessment"],
        "first_published": "2023-01-09",
        "tags": ["ownership", "shared spaces", "joint planning"],
    },
    {
        "slug": "budget-permanent-hvm-early",
        "title": "Budget for permanent protection before temporary costs pile up",
        "kind": "recommendation",
        "statement": (
            "Temporary blocks and hired barriers look cheap each year but add up; where a threat is enduring, plan and "
            "budget the permanent, landscaped solution early."
        ),
        "context": [
            (
                "Nice spent about EUR 150,000 a year moving and repairing temporary blocks before investing in a "
                "permanent design for its promenade. Köln's reusable modular units spread their cost across several "
                "events a year."
            ),
            (
                "Permanent measures integrated into landscaping are also better accepted by residents than blocks that "
                "look like an emergency response."
            ),
        ],
        "audience": ["local-authorities", "policy-makers", "urban-designers"],
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["parks-promenades", "markets"],
        "project": "shoreline",
        "evidence_case_studies": ["nice-promenade-permanent-hvm", "koln-cathedral-market-modular-hvm"],
        "evidence_tools": ["hvm-procurement-guide"],
        "first_published": "2022-12-19",
        "tags": ["hvm", "budget", "landscaping"],
    },
    {
        "slug": "focus-pickpocketing-effort-on-hot-spots",
        "title": "Focus anti-theft effort on the few places where people stop",
        "kind": "lesson",
        "statement": (
            "Pickpocketing concentrates where visitors pause, queue or board crowded transport, so mapping reports and "
            "targeting a handful of spots achieves more than general patrols."
        ),
        "context": [
            (
                "In Porto, eight locations accounted for about 60 percent of thefts. Málaga saw a similar link between "
                "crowd density on Calle Larios and opportunities for theft."
            ),
            "Easy online reporting for tourists improves the data that hot-spot mapping depends on.",
        ],
        "audience": ["police", "local-authorities", "transport-operators"],
        "threat_types": ["pickpocketing"],
        "space_categories": ["pedestrian-streets"],
        "project": "shoreline",
        "evidence_case_studies": ["porto-ribeira-pickpocketing", "malaga-calle-larios-self-assessment"],
        "evidence_tools": ["pickpocketing-awareness-kit"],
        "first_published": "2022-02-14",
        "tags": ["pickpocketing", "hot spots", "tourism"],
    },
    {
        "slug": "staff-emergency-lanes-with-stewards",
        "title": "Emergency lanes stay open only if someone keeps them open",
        "kind": "lesson",
        "statement": (
            "Marked lanes through a dense crowd fill up within minutes unless stewards are assigned to hold them, so "
            "plan staff for each lane, not just signs."
        ),
        "context": [
            (
                "On La Malagueta, four stewarded lanes halved the time emergency crews needed to reach incidents. "
                "Thessaloniki's New Year layout now keeps two 6-metre corridors open to the waterfront."
            ),
            "Exit-only points decided in advance help the crowd leave without blocking the lanes.",
        ],
        "audience": ["event-organisers", "local-authorities", "private-security"],
        "threat_types": ["public-disorder"],
        "space_categories": ["beaches", "squares"],
        "project": "shoreline",
        "evidence_case_studies": ["malaga-malagueta-san-juan-night", "thessaloniki-aristotelous-staff-training"],
        "evidence_tools": ["beach-event-crowd-plan-template"],
        "first_published": "2022-05-23",
        "tags": ["emergency lanes", "stewards", "crowd plan"],
    },
    {
        "slug": "privacy-officer-on-the-scoring-panel",
        "title": "Put the data protection officer on the panel from day one",
        "kind": "recommendation",
        "statement": (
            "Including the data protection officer when technology options are first scored avoids late objections and "
            "steers choices towards solutions that collect less personal data."
        ),
        "context": [
            (
                "Eindhoven's crowd-counting choice went smoothly because privacy concerns shaped the shortlist, not "
                "the final sign-off. Göteborg's analytics trial was accepted by staff because faces were masked by "
                "default."
            ),
            "The technology scan framework has a dedicated section on legal and ethical fit for this reason.",
        ],
        "audience": ["local-authorities", "police", "policy-makers"],
        "threat_types": ["terrorism", "ied-explosives"],
        "space_categories": ["cultural-sites", "transport-hubs"],
        "project": "protect",
        "evidence_case_studies": ["eindhoven-glow-crowd-technology-scan", "goteborg-central-unattended-items"],
        "evidence_tools": ["security-technology-scan-framework", "crowd-density-estimator"],
        "first_published": "2025-08-11",
        "tags": ["privacy", "data protection", "technology choice"],
    },
]

PEOPLE: list[dict[str, Any]] = [
    {
        "slug": "claire-dumoulin",
        "name": "Claire Dumoulin",
        "role": "Project officer, public space protection",
        "organisation": "efus",
        "bio": (
            "Claire coordinates exchanges between member cities on public space security and chaired several PRoTECT "
            "workshops. Before joining the forum she worked in a French prefecture's crisis planning unit."
        ),
    },
    {
        "slug": "maartje-verhoeven",
        "name": "Maartje Verhoeven",
        "role": "Programme manager and former PRoTECT coordinator",
        "organisation": "ditss",
        "bio": (
            "Maartje led the coordination of PRoTECT and now advises municipalities on turning assessment results into "
            "budgets and permits."
        ),
    },
    {
        "slug": "bram-sanders",
        "name": "Bram Sanders",
        "role": "Researcher, security technology",
        "organisation": "ditss",
        "bio": (
            "Bram developed the technology scan framework and facilitated its first uses in the partner cities. His "
            "background is in systems engineering."
        ),
    },
    {
        "slug": "sander-kuijpers",
        "name": "Sander Kuijpers",
        "role": "Senior adviser, public order and events",
        "organisation": "eindhoven",
        "bio": (
            "Sander plans safety for Eindhoven's large events and public spaces and ran the city's self-assessment "
            "workshops around the central station."
        ),
    },
    {
        "slug": "laurent-giraud",
        "name": "Laurent Giraud",
        "role": "Head of the risk prevention department",
        "organisation": "nice",
        "bio": (
            "Laurent oversees the city's risk prevention plans for the seafront, carnival and public transport. He has "
            "worked in municipal safety for twenty years."
        ),
    },
    {
        "slug": "eleni-papathanasiou",
        "name": "Eleni Papathanasiou",
        "role": "Head of civil protection",
        "organisation": "larissa",
        "bio": (
            "Eleni runs civil protection planning for Larissa and brought shopkeepers into the city's vulnerability "
            "assessment."
        ),
    },
    {
        "slug": "ioana-munteanu",
        "name": "Ioana Munteanu",
        "role": "Coordinator, public safety and events",
        "organisation": "brasov",
        "bio": (
            "Ioana coordinates event safety in Brașov's historic centre and worked with heritage officers on removable "
            "vehicle barriers."
        ),
    },
    {
        "slug": "javier-ortega-ruiz",
        "name": "Javier Ortega Ruiz",
        "role": "Technical adviser, mobility and security",
        "organisation": "malaga",
        "bio": (
            "Javier links the city's mobility and events departments with the local police on festival planning. He "
            "trained as a civil engineer."
        ),
    },
    {
        "slug": "rasa-jankauskiene",
        "name": "Rasa Jankauskienė",
        "role": "Chief specialist for public order",
        "organisation": "vilnius",
        "bio": "Rasa drafted the standing site rules for Cathedral Square and reviews event permits for the old town.",
    },
    {
        "slug": "hugo-marchetti",
        "name": "Hugo Marchetti",
        "role": "Programme manager, training",
        "organisation": "efus",
        "bio": (
            "Hugo designed the training and exercise programme of Secu4All. He previously ran exercises for a regional "
            "emergency planning service."
        ),
    },
    {
        "slug": "matthias-becker",
        "name": "Matthias Becker",
        "role": "Head of event safety and SAFEMARKT coordinator",
        "organisation": "koln",
        "bio": (
            "Matthias is responsible for safety permits for markets, carnival and open-air events in Köln and led the "
            "SAFEMARKT consortium."
        ),
    },
    {
        "slug": "erik-sandberg",
        "name": "Erik Sandberg",
        "role": "Director and CROWDWISE coordinator",
        "organisation": "nordic-crowd-centre",
        "bio": (
            "Erik studies pedestrian dynamics at venues and stations and coordinated CROWDWISE. He is a former stadium "
            "safety officer."
        ),
    },
    {
        "slug": "ines-fonseca",
        "name": "Inês Fonseca",
        "role": "Research coordinator, tourism and safety",
        "organisation": "atlantic-centre",
        "bio": "Inês researches safety in tourist districts and coastal resorts and coordinated SHORELINE.",
    },
    {
        "slug": "lena-hartmann",
        "name": "Lena Hartmann",
        "role": "Secretary of the network",
        "organisation": "public-space-network",
        "bio": "Lena runs the network's secretariat and webinar series and looks after this portal's content.",
    },
    {
        "slug": "julien-schaeffer",
        "name": "Julien Schaeffer",
        "role": "Head of public space security",
        "organisation": "strasbourg",
        "bio": (
            "Julien manages the checkpoint system for Strasbourg's Christmas market and the city's permanent vehicle "
            "barriers."
        ),
    },
    {
        "slug": "gareth-pryce",
        "name": "Gareth Pryce",
        "role": "Technical director, barrier testing",
        "organisation": "bastion-perimeter",
        "bio": (
            "Gareth has supervised crash tests of temporary and permanent barriers for fifteen years and sits on a "
            "national standards committee."
        ),
    },
    {
        "slug": "katrin-vogel",
        "name": "Katrin Vogel",
        "role": "Head of airspace security and SKYWARD coordinator",
        "organisation": "rhein-ruhr-institute",
        "bio": "Katrin coordinates SKYWARD and led the drone detection trial at Köln's stadium.",
    },
    {
        "slug": "stefan-hoffmann",
        "name": "Stefan Hoffmann",
        "role": "Chief inspector, operational planning",
        "organisation": "koln-police",
        "bio": "Stefan plans police operations for football matches and large events in Köln.",
    },
    {
        "slug": "kadri-tamm",
        "name": "Kadri Tamm",
        "role": "Privacy engineering lead",
        "organisation": "lumensight",
        "bio": (
            "Kadri designs the masking and data retention features of Lumensight's analytics and works with customers "
            "on impact assessments."
        ),
    },
    {
        "slug": "niamh-gallagher",
        "name": "Niamh Gallagher",
        "role": "Director and NIGHTSHIFT coordinator",
        "organisation": "safe-nights",
        "bio": (
            "Niamh founded Safe Nights Europe after ten years managing venues in Dublin and now coordinates NIGHTSHIFT."
        ),
    },
    {
        "slug": "aoife-brennan",
        "name": "Aoife Brennan",
        "role": "Adviser on the night-time economy",
        "organisation": "dublin",
        "bio": "Aoife advises Dublin City Council on licensing, lighting and transport for the late-night city centre.",
    },
    {
        "slug": "pawel-zielinski",
        "name": "Paweł Zieliński",
        "role": "Senior researcher, crime prevention",
        "organisation": "vistula-institute",
        "bio": "Paweł leads walk-audits and victimisation surveys and wrote the CPTED checklist used in NIGHTSHIFT.",
    },
    {
        "slug": "dimitris-kalogeropoulos",
        "name": "Dimitris Kalogeropoulos",
        "role": "Deputy head of urban resilience",
        "organisation": "thessaloniki",
        "bio": (
            "Dimitris works on event safety and night-time policy in Thessaloniki and took part in the metro station "
            "design review."
        ),
    },
    {
        "slug": "helen-ashworth",
        "name": "Helen Ashworth",
        "role": "Senior research fellow and METRORESIL coordinator",
        "organisation": "pennine-institute",
        "bio": "Helen coordinates METRORESIL and has designed CBRN exercises for rail and metro operators.",
    },
    {
        "slug": "rui-carvalho",
        "name": "Rui Carvalho",
        "role": "Civil protection chief",
        "organisation": "porto",
        "bio": "Rui directed the overnight CBRN exercise at Trindade and oversees Porto's festival safety planning.",
    },
    {
        "slug": "ana-sofia-meireles",
        "name": "Ana Sofia Meireles",
        "role": "Superintendent, operational planning",
        "organisation": "porto-psp",
        "bio": "Ana Sofia plans police operations for São João, football fixtures and the metro network in Porto.",
    },
    {
        "slug": "karin-lindqvist",
        "name": "Karin Lindqvist",
        "role": "Security strategist, city executive office",
        "organisation": "goteborg",
        "bio": "Karin works with Göteborg's station, shopping centre and cultural venues on joint security planning.",
    },
    {
        "slug": "sophie-lambert",
        "name": "Sophie Lambert",
        "role": "Coordinator, urban security and prevention",
        "organisation": "liege",
        "bio": (
            "Sophie coordinates Liège's prevention and security plan, from the Christmas village to matchday dispersal."
        ),
    },
]

EVENTS: list[dict[str, Any]] = [
    {
        "slug": "protect-closing-event-2021",
        "title": "PRoTECT closing event: from vulnerability assessment to local action",
        "event_type": "final-event",
        "status": "scheduled",
        "timezone": "Europe/Brussels",
        "start": "2021-06-14T10:00",
        "end": "2021-06-16T13:00",
        "online_url": "https://events.protect-final.example/2021",
        "venue_name": None,
        "venue_address": None,
        "organisers": ["ditss", "efus"],
        "project": "protect",
        "languages": ["en"],
        "threat_types": ["terrorism", "vehicle-ramming"],
        "space_categories": ["transport-hubs", "squares", "shopping-areas", "pedestrian-streets"],
        "summary": (
            "Pandemic restrictions moved PRoTECT's closing event online, spread over three mornings in June 2021. It "
            "drew 98 participants from 13 countries, among them police officers, municipal security staff, "
            "researchers, companies and national and European officials, and 13 speakers covered ground from EU policy "
            "down to how a single square had been assessed."
        ),
        "sessions": [
            {
                "title": "Cities, states and international bodies: who does what",
                "start": "2021-06-14T10:00",
                "end": "2021-06-14T13:00",
                "speakers": ["claire-dumoulin", "maartje-verhoeven", "sander-kuijpers", "laurent-giraud"],
                "description": (
                    "A panel on the growing role of municipalities in protecting public spaces and on the support "
                    "available to them, with reference to the EU Security Union Strategy of 2020, the EU "
                    "Counter-Terrorism Agenda and the UN counter-terrorism office's programme on vulnerable targets. "
                    "Panellists drew out policy recommendations for local action."
                ),
            },
            {
                "title": "The self-assessment and technology scan in five partner cities",
                "start": "2021-06-15T10:00",
                "end": "2021-06-15T13:00",
                "speakers": [
                    "bram-sanders",
                    "eleni-papathanasiou",
                    "ioana-munteanu",
                    "javier-ortega-ruiz",
                    "rasa-jankauskiene",
                ],
                "description": (
                    "Partner cities presented, case by case, how they applied the vulnerability self-assessment to a "
                    "specific square, street or station and how they used the technology framework to compare options. "
                    "Speakers were frank about which questions proved hard and what they would change."
                ),
            },
            {
                "title": "Comparing tools with other EU-funded projects",
                "start": "2021-06-16T10:00",
                "end": "2021-06-16T13:00",
                "speakers": ["hugo-marchetti", "matthias-becker", "erik-sandberg", "ines-fonseca"],
                "description": (
                    "Projects working on markets, crowds, seafronts and training compared their outputs with PRoTECT's "
                    "and discussed where they overlap or complement one another. The session also asked how police, "
                    "researchers and city networks can keep exchanging once individual grants end."
                ),
            },
        ],
        "capacity": None,
        "registration_deadline": "2021-06-11T17:00",
        "recording_url": None,
        "participant_count": 98,
        "country_count": 13,
    },
    {
        "slug": "security-democracy-cities-nice-2021",
        "title": "Security, Democracy and Cities conference, Nice",
        "event_type": "conference",
        "status": "scheduled",
        "timezone": "Europe/Paris",
        "start": "2021-10-20T09:00",
        "end": "2021-10-22T13:00",
        "online_url": None,
        "venue_name": "Conference venue in central Nice",
        "venue_address": "",
        "venue_city": "Nice",
        "venue_country": "FR",
        "organisers": ["efus"],
        "project": None,
        "languages": ["en", "fr"],
        "threat_types": ["terrorism", "crime-disorder"],
        "space_categories": ["squares", "parks-promenades"],
        "summary": (
            "Efus's international conference brought local and regional authorities to Nice for three days of debate "
            "on urban security and its place in democratic life. PRoTECT partners attended to present the project's "
            "tools to a wider audience of cities."
        ),
        "sessions": [
            {
                "title": "What five cities learned from assessing their own public spaces",
                "start": "2021-10-20T14:30",
                "end": "2021-10-20T16:00",
                "speakers": ["maartje-verhoeven", "javier-ortega-ruiz", "claire-dumoulin"],
                "description": (
                    "A practitioners' exchange on the PRoTECT self-assessment: how long it took, who needed to be "
                    "involved and what changed on the ground afterwards."
                ),
            },
            {
                "title": "Training local staff for public space protection",
                "start": "2021-10-21T10:00",
                "end": "2021-10-21T11:30",
                "speakers": ["hugo-marchetti", "sophie-lambert", "laurent-giraud"],
                "description": (
                    "Early experience from the Secu4All training programme, with cities describing what their staff "
                    "most needed and how exercises were being planned."
                ),
            },
        ],
        "capacity": None,
        "registration_deadline": None,
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
    },
    {
        "slug": "winter-market-barriers-webinar-2026",
        "title": "Winter markets 2026: what worked at the barriers, and what did not",
        "event_type": "webinar",
        "status": "scheduled",
        "timezone": "Europe/Brussels",
        "start": "2026-12-09T14:00",
        "end": "2026-12-09T15:30",
        "online_url": "https://events.publicspace-network.example/webinars/winter-markets-2026",
        "venue_name": None,
        "venue_address": None,
        "organisers": ["public-space-network", "koln"],
        "project": "safemarkt",
        "languages": ["en"],
        "threat_types": ["vehicle-ramming"],
        "space_categories": ["markets"],
        "summary": (
            "A mid-season check-in for cities running Christmas markets: installation times, emergency gate drills, "
            "queues at checkpoints and complaints from residents, with time for participants to raise problems they "
            "are facing this December."
        ),
        "sessions": [
            {
                "title": "Three cities, three perimeters",
                "start": "2026-12-09T14:00",
                "end": "2026-12-09T15:30",
                "speakers": ["matthias-becker", "julien-schaeffer", "gareth-pryce", "lena-hartmann"],
                "description": (
                    "Short reports from Köln and Strasbourg, a manufacturer's view of the most common installation "
                    "errors, then open questions moderated by the network secretariat."
                ),
            },
        ],
        "capacity": 300,
        "registration_deadline": "2026-12-08T12:00",
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
    },
    {
        "slug": "cpted-night-walk-training-thessaloniki-2027",
        "title": "CPTED night walk-audit training, Thessaloniki",
        "event_type": "training",
        "status": "postponed",
        "timezone": "Europe/Athens",
        "start": "2027-01-26T17:00",
        "end": "2027-01-26T21:30",
        "online_url": None,
        "venue_name": "Municipality of Thessaloniki, city hall meeting room B",
        "venue_address": "Vasileos Georgiou 1, 546 40",
        "venue_city": "Thessaloniki",
        "venue_country": "GR",
        "organisers": ["thessaloniki", "vistula-institute"],
        "project": "nightshift",
        "languages": ["en", "el"],
        "threat_types": ["vandalism", "harassment"],
        "space_categories": ["pedestrian-streets", "parks-promenades"],
        "summary": (
            "A practical evening course on running a walk-audit after dark with the CPTED checklist, ending with a "
            "guided walk along the waterfront and through Ladadika. Postponed because the planned route is affected by "
            "roadworks; a new date will be announced."
        ),
        "sessions": [
            {
                "title": "Using the checklist",
                "start": "2027-01-26T17:00",
                "end": "2027-01-26T18:30",
                "speakers": ["pawel-zielinski"],
                "description": "How to form an audit group, what to record and how to map the results afterwards.",
            },
            {
                "title": "Night walk and debrief",
                "start": "2027-01-26T18:45",
                "end": "2027-01-26T21:30",
                "speakers": ["pawel-zielinski", "dimitris-kalogeropoulos"],
                "description": (
                    "Groups of six walk a fixed route, then compare their notes over a short debrief in the meeting "
                    "room."
                ),
            },
        ],
        "capacity": 25,
        "registration_deadline": "2027-01-15T17:00",
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
    },
    {
        "slug": "stadium-drone-tabletop-2027",
        "title": "Table-top exercise: a drone over a sold-out stadium",
        "event_type": "table-top-exercise",
        "status": "scheduled",
        "timezone": "Europe/Berlin",
        "start": "2027-02-17T09:30",
        "end": "2027-02-17T16:30",
        "online_url": None,
        "venue_name": "Rhine-Ruhr Institute for Security Research, exercise room 2",
        "venue_address": "Sicherheitscampus 4, 44801",
        "venue_city": "Bochum",
        "venue_country": "DE",
        "organisers": ["rhein-ruhr-institute", "koln-police"],
        "project": "skyward",
        "languages": ["de", "en"],
        "threat_types": ["drones-uas"],
        "space_categories": ["stadiums-event-venues"],
        "summary": (
            "A one-day exercise for stadium safety officers, police planners and event organisers, built on data from "
            "the SKYWARD stadium trial. Teams work through an escalating scenario and then revise the drone response "
            "card together."
        ),
        "sessions": [
            {
                "title": "Briefing: what the stadium trial found",
                "start": "2027-02-17T09:30",
                "end": "2027-02-17T10:30",
                "speakers": ["katrin-vogel"],
                "description": (
                    "Detection rates, false alarms and pilot-tracing times from 14 matches, as a shared starting point."
                ),
            },
            {
                "title": "Exercise play",
                "start": "2027-02-17T10:45",
                "end": "2027-02-17T14:00",
                "speakers": ["katrin-vogel", "stefan-hoffmann"],
                "description": (
                    "Three tables play the same scenario, from a first sighting during the warm-up to a second "
                    "aircraft at half-time, with injects released every ten minutes."
                ),
            },
            {
                "title": "Hot debrief and card revision",
                "start": "2027-02-17T14:45",
                "end": "2027-02-17T16:30",
                "speakers": ["stefan-hoffmann", "kadri-tamm"],
                "description": (
                    "Tables compare decisions and propose changes to the response card, including what detection data "
                    "the commander really needs on screen."
                ),
            },
        ],
        "capacity": 36,
        "registration_deadline": "2027-01-29T17:00",
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
    },
    {
        "slug": "night-time-safety-after-clock-change-2027",
        "title": "Lighter evenings, busier streets: night-time safety after the clocks change",
        "event_type": "webinar",
        "status": "scheduled",
        "timezone": "Europe/Dublin",
        "start": "2027-03-30T13:00",
        "end": "2027-03-30T14:30",
        "online_url": "https://events.publicspace-network.example/webinars/nights-spring-2027",
        "venue_name": None,
        "venue_address": None,
        "organisers": ["safe-nights", "dublin"],
        "project": "nightshift",
        "languages": ["en"],
        "threat_types": ["harassment", "public-disorder", "vandalism"],
        "space_categories": ["pedestrian-streets", "parks-promenades"],
        "summary": (
            "Two days after summer time begins, NIGHTSHIFT partners discuss how longer evenings change footfall in "
            "nightlife streets and parks, and what that means for lighting schedules, staffing of safe points and "
            "hosts, and park patrols."
        ),
        "sessions": [
            {
                "title": "Planning for the spring shift in footfall",
                "start": "2027-03-30T13:00",
                "end": "2027-03-30T14:30",
                "speakers": ["niamh-gallagher", "aoife-brennan", "pawel-zielinski"],
                "description": (
                    "Footfall and incident data from Dublin and Kraków before and after the clock change, followed by "
                    "questions from participants."
                ),
            },
        ],
        "capacity": 250,
        "registration_deadline": "2027-03-29T17:00",
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
    },
    {
        "slug": "metro-cbrn-workshop-porto-2027",
        "title": "Workshop: the first thirty minutes of a CBRN incident underground",
        "event_type": "workshop",
        "status": "scheduled",
        "timezone": "Europe/Lisbon",
        "start": "2027-04-20T09:00",
        "end": "2027-04-21T13:00",
        "online_url": None,
        "venue_name": "Atlantic Centre for Urban Safety Studies, seminar room",
        "venue_address": "Rua do Exemplo 120, 4050-000",
        "venue_city": "Porto",
        "venue_country": "PT",
        "organisers": ["pennine-institute", "porto", "atlantic-centre"],
        "project": "metroresil",
        "languages": ["en", "pt"],
        "threat_types": ["cbrn", "ied-explosives"],
        "space_categories": ["transport-hubs"],
        "summary": (
            "A day and a half for transport operators, fire services, police and civil protection staff to work "
            "through the findings of the Trindade night exercise and agree a shared calendar of exercises across the "
            "METRORESIL cities."
        ),
        "sessions": [
            {
                "title": "What the Trindade exercise showed",
                "start": "2027-04-20T09:00",
                "end": "2027-04-20T12:30",
                "speakers": ["rui-carvalho", "ana-sofia-meireles"],
                "description": (
                    "Timings, exit choices and volunteer feedback from the overnight exercise, and the changes under "
                    "way since."
                ),
            },
            {
                "title": "Exit control and decontamination at the surface",
                "start": "2027-04-20T14:00",
                "end": "2027-04-20T17:30",
                "speakers": ["helen-ashworth"],
                "description": (
                    "Working groups design exit control and decontamination layouts for three real station types."
                ),
            },
            {
                "title": "A shared exercise calendar for three cities",
                "start": "2027-04-21T09:00",
                "end": "2027-04-21T13:00",
                "speakers": ["helen-ashworth", "karin-lindqvist", "dimitris-kalogeropoulos"],
                "description": (
                    "Porto, Göteborg and Thessaloniki agree dates, observers and common measures for their next "
                    "exercises."
                ),
            },
        ],
        "capacity": 45,
        "registration_deadline": "2027-04-02T17:00",
        "recording_url": None,
        "participant_count": None,
        "country_count": None,
    },
]

#: Webinars dated relative to the day the demo is loaded, so a fresh demo always has upcoming
#: events; ``weeks`` ahead, on ``weekday`` (0 = Monday) at ``time`` in the event's timezone.
RECURRING_WEBINARS: list[dict[str, Any]] = [
    {
        "slug": "network-call-technology-scan",
        "title": "Network call: choosing security technology with the evaluation framework",
        "relative": {"weeks": 2, "weekday": 1, "time": "10:00", "minutes": 75},
        "timezone": "Europe/Brussels",
        "online_url": "https://events.publicspace-network.example/calls/technology-scan",
        "organisers": ["ditss", "public-space-network"],
        "project": "protect",
        "languages": ["en"],
        "threat_types": ["vehicle-ramming", "terrorism"],
        "space_categories": ["squares", "transport-hubs"],
        "summary": (
            "A one-hour working call for cities that are comparing cameras, detection systems or barriers. Two cities "
            "that scored products with the technology evaluation framework walk through their scoring sheets, then "
            "participants bring their own shortlists."
        ),
        "sessions": [
            {
                "title": "Two scoring sheets, explained",
                "offset_minutes": 0,
                "minutes": 40,
                "speakers": ["bram-sanders", "sander-kuijpers"],
                "description": "How Eindhoven weighed privacy, running costs and false alarms against each other.",
            },
            {
                "title": "Your shortlist",
                "offset_minutes": 40,
                "minutes": 35,
                "speakers": ["lena-hartmann"],
                "description": "Open discussion of the options participants are considering.",
            },
        ],
        "capacity": 12,
    },
    {
        "slug": "self-assessment-peer-clinic",
        "title": "Peer clinic: review your vulnerability self-assessment with another city",
        "relative": {"weeks": 6, "weekday": 3, "time": "14:00", "minutes": 90},
        "timezone": "Europe/Brussels",
        "online_url": "https://events.publicspace-network.example/calls/self-assessment-clinic",
        "organisers": ["efus", "malaga"],
        "project": "protect",
        "languages": ["en", "es"],
        "threat_types": ["terrorism", "crime-disorder"],
        "space_categories": ["squares", "pedestrian-streets", "shopping-areas"],
        "summary": (
            "Cities that have started the self-assessment for a square or street pair up with a city that has "
            "finished one. Bring your draft scores; leave with a second opinion and a list of questions for your "
            "police and event organisers."
        ),
        "sessions": [
            {
                "title": "How Málaga scored Calle Larios",
                "offset_minutes": 0,
                "minutes": 30,
                "speakers": ["javier-ortega-ruiz"],
                "description": "What the team would score differently today.",
            },
            {
                "title": "Paired reviews",
                "offset_minutes": 30,
                "minutes": 60,
                "speakers": ["claire-dumoulin"],
                "description": "Small groups review each other's drafts, moderated by the forum.",
            },
        ],
        "capacity": 20,
    },
]
