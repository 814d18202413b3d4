"""The portal's starting self-assessment, written for the portal after the structure of the EU Vulnerability
Assessment Tool (themes of questions about one space, each answer weighing on some threat scenarios).

Editors own it afterwards (``method.models.Questionnaire``, a snippet): a city can reword questions, add its
own, or change how much an answer weighs on each scenario; answered assessments keep the version they used.

Each question names the scenarios it bears on and the worst score an answer can carry for each (0–4); each
option is a share of that worst score (0: no weakness, 1: the worst).
"""

from __future__ import annotations

from django.db import transaction

from method.models import Questionnaire, Scenario
from method.scenarios import SCENARIOS

ALL = tuple(slug for slug, *_ in SCENARIOS)
GOOD, PARTLY, WEAK = 0.0, 0.5, 1.0

# (theme, [(question, help, {scenario: worst score}, [(option, share of the worst)])])
THEMES: list[tuple[str, list[tuple[str, str, dict[str, int], list[tuple[str, float]]]]]] = [
    (
        "Attractiveness as a target",
        [
            (
                "How symbolic or widely known is the space?",
                "National landmarks, religious sites and places tied to an event draw attackers seeking attention.",
                dict.fromkeys(ALL, 3),
                [
                    ("Local everyday place", GOOD),
                    ("Known in the region", PARTLY),
                    ("National or international symbol", WEAK),
                ],
            ),
            (
                "How often do large crowds gather there?",
                "",
                dict.fromkeys(ALL, 4),
                [("Rarely", GOOD), ("Some weekends and events", PARTLY), ("Daily, or at regular mass events", WEAK)],
            ),
        ],
    ),
    (
        "Surroundings and approach routes",
        [
            (
                "Can a vehicle reach the crowd at speed?",
                "Look for straight run-ups of more than 30 metres that end where people stand.",
                {"vehicle-ramming": 4, "vehicle-borne-ied": 3},
                [
                    ("No: every approach is blocked or bends sharply", GOOD),
                    ("On some routes", PARTLY),
                    ("Yes, on several routes", WEAK),
                ],
            ),
            (
                "Do tall buildings or open sky give a view or a launch point over the space?",
                "",
                {"drone-borne-ied": 3, "firearms": 2},
                [("No", GOOD), ("Some, under control", PARTLY), ("Many, uncontrolled", WEAK)],
            ),
        ],
    ),
    (
        "Access and perimeter",
        [
            (
                "Is there a perimeter where people and bags can be checked at busy times?",
                "",
                {"firearms": 3, "sharp-objects": 3, "person-borne-ied": 4},
                [
                    ("Yes, with trained staff", GOOD),
                    ("Only for some events", PARTLY),
                    ("No: the space is open on all sides", WEAK),
                ],
            ),
            (
                "How are deliveries and emergency vehicles let in?",
                "",
                {"vehicle-ramming": 3, "vehicle-borne-ied": 3},
                [
                    ("Through controlled gates at set times", GOOD),
                    ("Through gates left open for long periods", PARTLY),
                    ("Freely", WEAK),
                ],
            ),
        ],
    ),
    (
        "Crowd density and flows",
        [
            (
                "How dense does the crowd get at its peak?",
                "",
                {"vehicle-ramming": 3, "person-borne-ied": 3, "cbr-agents": 3, "sharp-objects": 2},
                [("Below two people per square metre", GOOD), ("Two to four", PARTLY), ("Above four", WEAK)],
            ),
            (
                "Do queues form outside a protected area?",
                "Queues at entrances are a crowded target of their own.",
                {"person-borne-ied": 3, "vehicle-ramming": 2, "firearms": 2},
                [("No", GOOD), ("Short ones", PARTLY), ("Long ones, often", WEAK)],
            ),
        ],
    ),
    (
        "Existing protection",
        [
            (
                "Are there crash-rated barriers or street furniture at the vehicle approaches?",
                "",
                {"vehicle-ramming": 4, "vehicle-borne-ied": 3},
                [("On every approach", GOOD), ("On some", PARTLY), ("None", WEAK)],
            ),
            (
                "Are there places that shield people (sturdy buildings, glazing with film)?",
                "",
                {"firearms": 2, "person-borne-ied": 2, "vehicle-borne-ied": 2},
                [("Yes, near every part", GOOD), ("In some parts", PARTLY), ("Hardly any", WEAK)],
            ),
        ],
    ),
    (
        "Detection and surveillance",
        [
            (
                "Is the space watched live by cameras or staff at busy times?",
                "",
                {"firearms": 2, "sharp-objects": 2, "person-borne-ied": 3, "vehicle-borne-ied": 2},
                [("Yes, live", GOOD), ("Recorded only", PARTLY), ("No", WEAK)],
            ),
            (
                "Could you tell that a drone or an airborne agent is over the space?",
                "",
                {"drone-borne-ied": 4, "cbr-agents": 3},
                [("Yes, with sensors and a plan", GOOD), ("Only by staff noticing", PARTLY), ("No", WEAK)],
            ),
        ],
    ),
    (
        "Response and evacuation",
        [
            (
                "Are there enough exits to clear the space quickly, and are they kept free?",
                "",
                dict.fromkeys(ALL, 3),
                [("Yes", GOOD), ("Some are often blocked", PARTLY), ("No", WEAK)],
            ),
            (
                "How fast can police and medical help arrive?",
                "",
                {"firearms": 4, "sharp-objects": 3, "cbr-agents": 3},
                [("Within five minutes", GOOD), ("Five to fifteen", PARTLY), ("Over fifteen", WEAK)],
            ),
        ],
    ),
    (
        "Cooperation and governance",
        [
            (
                "Do the city, police, operators and event organisers share one security plan for the space?",
                "",
                dict.fromkeys(ALL, 3),
                [("Yes, updated every year", GOOD), ("Partly, or outdated", PARTLY), ("No", WEAK)],
            ),
            (
                "When did all of them last exercise together (table-top or live)?",
                "",
                dict.fromkeys(ALL, 2),
                [("In the last year", GOOD), ("One to three years ago", PARTLY), ("Never", WEAK)],
            ),
        ],
    ),
]

SLUG = "public-space-self-assessment"
TITLE = "Public space vulnerability self-assessment"


def stream_data(scenarios: dict[str, int]) -> list[dict]:
    """``THEMES`` as the questionnaire's StreamField data; ``scenarios``: slug → id."""
    return [
        {
            "type": "theme",
            "value": {
                "name": theme,
                "questions": [
                    {
                        "text": text,
                        "help": help_text,
                        "options": [
                            {
                                "label": label,
                                "scores": [
                                    {"scenario": scenarios[slug], "score": round(worst * share)}
                                    for slug, worst in weights.items()
                                    if slug in scenarios
                                ],
                            }
                            for label, share in options
                        ],
                    }
                    for text, help_text, weights, options in questions
                ],
            },
        }
        for theme, questions in THEMES
    ]


@transaction.atomic
def load_default_questionnaire() -> Questionnaire:
    """The starting questionnaire (created once; editors' changes are kept)."""
    existing = Questionnaire.objects.filter(slug=SLUG).first()
    if existing is not None:
        return existing
    scenarios = dict(Scenario.objects.values_list("slug", "pk"))
    return Questionnaire.objects.create(
        title=TITLE,
        slug=SLUG,
        introduction="Walk the space with the people who know it, then answer for its busiest time of the year.",
        themes=stream_data(scenarios),
    )
