"""What the browser tests measured, gathered across tests and printed once at the end of the run.

The issue's closing note needs the axe results per page and the page weights; collecting them
here (rather than printing inside each test, where pytest captures output) gives one table
in the terminal summary and the same text in ``var/browser-artifacts/report.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

IMPACTS = ("critical", "serious", "moderate", "minor")


@dataclass
class AxeResult:
    page: str
    viewport: str
    url: str
    counts: dict[str, int]
    rules: list[str]


@dataclass
class Weight:
    page: str
    url: str
    total_bytes: int
    excluded_bytes: int
    requests: int
    by_type: dict[str, int]


@dataclass
class Report:
    artifacts: Path | None = None
    browser: str = ""
    axe: list[AxeResult] = field(default_factory=list)
    weights: list[Weight] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.axe or self.weights or self.screenshots or self.timings)


REPORT = Report()


def _kb(size: int) -> str:
    return f"{size / 1024:.1f}"


def render() -> str:
    """The report as Markdown tables (readable in a terminal too)."""
    lines: list[str] = []
    if REPORT.browser:
        lines.append(f"Browser: {REPORT.browser}")
    if REPORT.timings:
        lines.append("Setup: " + ", ".join(f"{name} {seconds:.1f}s" for name, seconds in REPORT.timings.items()))
    if REPORT.axe:
        lines += ["", "axe-core violations by impact (the tests fail on any critical or serious one):", ""]
        lines.append("| page | viewport | " + " | ".join(IMPACTS) + " | rules |")
        lines.append("| --- | --- | " + " | ".join("---:" for _ in IMPACTS) + " | --- |")
        for result in sorted(REPORT.axe, key=lambda item: (item.page, item.viewport)):
            counts = " | ".join(str(result.counts.get(impact, 0)) for impact in IMPACTS)
            lines.append(f"| {result.page} | {result.viewport} | {counts} | {', '.join(result.rules) or '—'} |")
    if REPORT.weights:
        lines += ["", "First-load transfer, content images under /media/ excluded (budget 300 KB):", ""]
        lines.append("| page | KB transferred | requests | by type (KB) | content images excluded (KB) |")
        lines.append("| --- | ---: | ---: | --- | ---: |")
        for weight in REPORT.weights:
            types = ", ".join(f"{kind} {_kb(size)}" for kind, size in sorted(weight.by_type.items()))
            lines.append(
                f"| {weight.page} | {_kb(weight.total_bytes)} | {weight.requests} | {types} | "
                f"{_kb(weight.excluded_bytes)} |"
            )
    if REPORT.artifacts:
        lines += ["", f"Screenshots and other artefacts ({len(REPORT.screenshots)} screenshots): {REPORT.artifacts}"]
    return "\n".join(lines) + "\n"


def write_report() -> str:
    """Render the report, save it next to the artefacts and return it."""
    text = render()
    if REPORT.artifacts:
        REPORT.artifacts.mkdir(parents=True, exist_ok=True)
        (REPORT.artifacts / "report.md").write_text(text)
    return text
