"""A Request for Information from an assessment: the space's context, the scenarios, the requirements and the
evaluation criteria, as PDF (fpdf2) and DOCX (python-docx), for the member to send to the market.

By default it leaves out what makes the space findable or exposes its weaknesses (its name, location, crowd
figures, opening patterns, events and vulnerability scores) and is TLP:CLEAR; with ``include_restricted`` it
adds them and is marked TLP:AMBER+STRICT, like the space file itself.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from docx import Document as DocxDocument
from fpdf import FPDF

from method.assessments import SPACE_LABEL, profile
from method.models import Assessment
from practices.marked_files import latin
from practices.marking import Label

#: The Technology Evaluation Framework's criteria, as the RFI asks vendors to answer them.
CRITERIA = [
    ("Effectiveness", "against each scenario above, with the evidence for it (tests, deployments, evaluations)"),
    ("Cost", "capital and running costs over five years"),
    ("Privacy and ethics", "personal data processed, retention, and a data-protection impact assessment"),
    ("Legal fit", "permits, certifications and laws the solution relies on"),
    ("Maturity", "technology readiness level, and where it is in use"),
    ("Integration", "with the measures the space already has"),
    ("Public acceptance", "how visitors are likely to perceive it"),
    ("Time to deploy", "from order to operation"),
]


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)


@dataclass
class Rfi:
    title: str
    label: str
    sections: list[Section]

    @property
    def filename_stem(self) -> str:
        prefix = Label(self.label).label.replace(":", "-")
        return f"{prefix}_request-for-information"


def rfi_for(assessment: Assessment, include_restricted: bool = False) -> Rfi:
    space = assessment.space
    scenarios = {scenario["slug"]: scenario["name"] for scenario in assessment.definition["scenarios"]}
    wanted = [slug for slug in scenarios if assessment.requirements.get(slug, {}).get("requirements", "").strip()]
    context = Section(
        "The public space",
        paragraphs=[
            f"A {space.space_category.name.lower()} looked after by {space.organisation.name}. "
            "Solutions must fit a space open to the public, which stays usable and welcoming."
        ],
    )
    if include_restricted:
        facts = [f"Name: {space.name}"]
        if space.latitude is not None:
            facts.append(f"Location: {space.latitude}, {space.longitude}")
        if space.typical_crowd or space.peak_crowd:
            facts.append(f"Crowd: typically {space.typical_crowd or '?'}, at peak {space.peak_crowd or '?'} people")
        if space.opening_patterns:
            facts.append(f"Opening patterns: {space.opening_patterns}")
        if space.events_held:
            facts.append(f"Events held there: {space.events_held}")
        measures = ", ".join(measure.name for measure in space.existing_measures.all())
        if measures:
            facts.append(f"Existing measures: {measures}")
        context.bullets = facts
        try:
            scores = {score.slug: score.percent for score in profile(assessment).scenarios}
        except ValueError:
            scores = {}
    else:
        scores = {}
    sections = [context]
    for slug in wanted:
        entry = assessment.requirements[slug]
        heading = f"Scenario: {scenarios[slug]}"
        if slug in scores:
            heading += f" (assessed vulnerability {scores[slug]} %)"
        section = Section(heading)
        if entry.get("objective", "").strip():
            section.paragraphs.append(f"Objective: {entry['objective'].strip()}")
        section.bullets = [line.strip(" -•") for line in entry["requirements"].splitlines() if line.strip(" -•")]
        sections.append(section)
    sections.append(
        Section(
            "How answers will be evaluated",
            paragraphs=["Please answer each criterion; a panel scores the answers with weights set for this space."],
            bullets=[f"{name}: {what}" for name, what in CRITERIA],
        )
    )
    label = SPACE_LABEL if include_restricted else Label.CLEAR
    return Rfi(f"Request for information: protecting a {space.space_category.name.lower()}", label, sections)


def rfi_pdf(rfi: Rfi) -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(56, 56)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 14, Label(rfi.label).label, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 18)
    pdf.multi_cell(0, 24, latin(rfi.title), new_x="LMARGIN", new_y="NEXT")
    for section in rfi.sections:
        pdf.ln(10)
        pdf.set_font("helvetica", "B", 13)
        pdf.multi_cell(0, 18, latin(section.heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 11)
        for paragraph in section.paragraphs:
            pdf.multi_cell(0, 15, latin(paragraph), new_x="LMARGIN", new_y="NEXT")
        for bullet in section.bullets:
            pdf.multi_cell(0, 15, latin(f"- {bullet}"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def rfi_docx(rfi: Rfi) -> bytes:
    document = DocxDocument()
    document.add_paragraph(Label(rfi.label).label)
    document.add_heading(rfi.title, level=0)
    for section in rfi.sections:
        document.add_heading(section.heading, level=1)
        for paragraph in section.paragraphs:
            document.add_paragraph(paragraph)
        for bullet in section.bullets:
            document.add_paragraph(bullet, style="List Bullet")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def evaluation_pdf(evaluation: Any, found: Any) -> bytes:
    """The whole evaluation as a report: criteria and weights, the ranking with each criterion's mean and spread,
    and the sensitivity of the ranking to each weight. Marked like the space file (TLP:AMBER+STRICT)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(48, 48)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 14, Label(SPACE_LABEL).label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "B", 18)
    pdf.multi_cell(0, 24, latin(evaluation.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.multi_cell(
        0,
        15,
        latin(
            f"{evaluation.assessment.space.name}. Panel of {found.panel_size}, {found.scored_by} of whom scored. "
            "Scores 0 (poor) to 5 (excellent); a total is the weighted mean of the panel's mean scores."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 18, "Ranking", new_x="LMARGIN", new_y="NEXT")
    for result in found.candidates:
        pdf.set_font("helvetica", "B", 11)
        total = "not scored" if result.total is None else f"{result.total:.2f}"
        pdf.multi_cell(0, 15, latin(f"{result.rank}. {result.candidate.name}: {total}"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 10)
        for criterion in result.criteria:
            spread = "" if criterion.low is None else f" (panel {criterion.low}-{criterion.high})"
            mean = "-" if criterion.mean is None else f"{criterion.mean:.2f}"
            pdf.multi_cell(
                0,
                13,
                latin(f"   {criterion.name}, weight {criterion.weight:g}: {mean}{spread}"),
                new_x="LMARGIN",
                new_y="NEXT",
            )
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 18, "Sensitivity", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    for name, without, doubled in found.sensitivity:
        pdf.multi_cell(
            0,
            13,
            latin(f"{name}: at zero {' > '.join(without)}; doubled {' > '.join(doubled)}"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())
