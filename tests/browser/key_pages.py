"""The key pages every browser run screenshots (phone and desktop) and scans with axe-core.

Paths point at the demo content (``demo/data/*.toml``), which every run loads. To cover a
new page type, append a ``KeyPage``: the screenshot and accessibility tests pick it up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyPage:
    name: str  # used in test ids and artefact file names
    path: str
    axe: bool = True  # scan with axe-core (fails on serious or critical violations)
    weight_budget_kb: int | None = None  # first-load transfer budget, content images excluded
    shareable: bool = True  # indexable pages carry canonical, OpenGraph and Twitter meta; noindex pages need not


CASE_STUDY_PATH = "/case-studies/koln/koln-cathedral-market-modular-hvm/"
TOOL_PATH = "/tools/koln/hvm-procurement-guide/"
LESSON_PATH = "/lessons/koln/protect-the-queue-at-checkpoints/"
ORGANISATION_PATH = "/network/koln/"
PAST_EVENT_PATH = "/events/protect-closing-event-2021/"
TECHNOLOGY_PATH = "/technologies/temporary-modular-vehicle-barriers/"
#: Ids are the demo records' (in load order); the browser fixture resolves the slugs (``resolve_path``).
COMPARE_PATH = "/technologies/compare/?id={temporary-modular-vehicle-barriers}&id={fixed-anti-ram-bollards}"

KEY_PAGES: list[KeyPage] = [
    KeyPage("home", "/", weight_budget_kb=300),
    KeyPage("search", "/search/?q=vehicle+ramming", weight_budget_kb=300, shareable=False),
    KeyPage("case-study", CASE_STUDY_PATH),
    KeyPage("tool", TOOL_PATH),
    KeyPage("lesson", LESSON_PATH),
    KeyPage("case-study-listing", "/case-studies/"),
    KeyPage("directory", "/network/"),
    KeyPage("organisation", ORGANISATION_PATH),
    KeyPage("join", "/network/join/", shareable=False),
    KeyPage("events", "/events/"),
    KeyPage("event", "/events/network-call-technology-scan/"),
    KeyPage("past-event", PAST_EVENT_PATH),
    KeyPage("project", "/network/projects/protect/"),
    KeyPage("technologies", "/technologies/"),
    KeyPage("technology", TECHNOLOGY_PATH),
    # Two demo records of the same solution type: the record page links this comparison.
    KeyPage("technology-compare", COMPARE_PATH, shareable=False),
    KeyPage("coverage", "/coverage/", shareable=False),
]
