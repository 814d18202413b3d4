"""The demo content's facts, read from ``demo/data/*.toml`` (one file per kind).

PRoTECT and Secu4All are real EU-funded projects. Their coordinators, funding, dates and the
PRoTECT final event follow public information, but their partner lists are partly illustrative,
and the case study details attributed to them and Secu4All's grant number ("tbc") are
placeholders. Every other project (SAFEMARKT, CROWDWISE, SHORELINE, SANCTA, NIGHTSHIFT, SKYWARD,
METRORESIL) is fictional demo data, as are all people, contact details, quotes, figures, costs and
upcoming events. Real cities and organisations appear only as illustrative settings; nothing here
claims to describe what they actually did.

TOML has no null: a field the data leaves out is absent from its table, and the loader reads
optional fields with ``.get()``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"

Item = dict[str, Any]


def read(name: str) -> dict[str, Any]:
    """One data file, ``demo/data/<name>.toml``, as parsed by the standard library."""
    with (DATA_DIR / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


@dataclass(frozen=True)
class DemoContent:
    """Everything the loader creates, as plain dicts and lists in the order the files give them."""

    home_intro: str
    privacy_notice: list[str]
    organisations: list[Item]
    projects: list[Item]
    case_studies: list[Item]
    tools: list[Item]
    lessons: list[Item]
    people: list[Item]
    events: list[Item]
    recurring_webinars: list[Item]
    restricted_sections: list[Item]
    evidence_reviews: list[Item]
    accounts: list[Item]
    technologies: list[Item]
    spaces: list[Item]

    @classmethod
    def read(cls) -> DemoContent:
        site, events, sensitive = read("site"), read("events"), read("sensitive")
        return cls(
            home_intro=site["home_intro"],
            privacy_notice=site["privacy_notice"],
            organisations=read("organisations")["organisations"],
            projects=read("projects")["projects"],
            case_studies=read("case_studies")["case_studies"],
            tools=read("tools")["tools"],
            lessons=read("lessons")["lessons"],
            people=read("people")["people"],
            events=events["events"],
            recurring_webinars=events["recurring_webinars"],
            restricted_sections=sensitive["restricted_sections"],
            evidence_reviews=sensitive["evidence_reviews"],
            accounts=sensitive["accounts"],
            technologies=read("technologies")["technologies"],
            spaces=read("assessments")["spaces"],
        )
