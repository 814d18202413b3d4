"""Helpers the browser tests share: axe-core scans, transfer-size measurement, screenshots."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, Request

from tests.browser.report import IMPACTS

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("PORTAL_BROWSER_ARTIFACTS", str(ROOT / "var" / "browser-artifacts")))
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"

FAILING_IMPACTS = ("critical", "serious")


@dataclass
class AxeScan:
    violations: list[dict[str, Any]]

    def counts(self) -> dict[str, int]:
        """Violations (rules, not nodes) per impact level."""
        counts = dict.fromkeys(IMPACTS, 0)
        for violation in self.violations:
            counts[violation.get("impact") or "minor"] += 1
        return counts

    def failing(self) -> list[dict[str, Any]]:
        return [violation for violation in self.violations if violation.get("impact") in FAILING_IMPACTS]

    def describe(self, violations: list[dict[str, Any]] | None = None) -> str:
        """A readable list of violations with the first few offending elements, for assertion messages."""
        lines = []
        for violation in violations if violations is not None else self.violations:
            lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
            for node in violation["nodes"][:5]:
                lines.append(f"    {node['target']}: {node.get('failureSummary', '').strip()}")
        return "\n".join(lines)


def run_axe(page: Page) -> AxeScan:
    """Inject the pinned axe-core (npm package, node_modules/) and scan the whole page.

    Default axe rules: WCAG 2.0/2.1 A and AA plus best practices.
    """
    if not AXE_JS.exists():
        raise AssertionError(f"{AXE_JS} is missing: run scripts/install.sh (npm ci installs axe-core).")
    # Evaluated through the browser's DevTools protocol, not injected as a <script> element: the page's
    # Content-Security-Policy (rightly) refuses inline scripts, and the suite fails on any violation.
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return AxeScan(violations=result["violations"])


def load_all_images(page: Page) -> None:
    """Make lazy images load, so full-page screenshots show what a reader scrolling down would see."""
    page.evaluate(
        """async () => {
            const images = Array.from(document.images);
            images.forEach((img) => { img.loading = "eager"; });
            await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
                img.addEventListener("load", done, {once: true});
                img.addEventListener("error", done, {once: true});
            })));
        }"""
    )


def screenshot(page: Page, folder: Path, name: str) -> Path:
    """A full-page PNG in the artefacts folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    load_all_images(page)
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path


@dataclass
class Transfer:
    url: str
    resource_type: str
    bytes: int


class TransferMeter:
    """Adds up what the browser transferred (headers and encoded bodies) for every finished request."""

    def __init__(self, page: Page) -> None:
        self.transfers: list[Transfer] = []
        page.on("requestfinished", self._finished)

    def _finished(self, request: Request) -> None:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        self.transfers.append(Transfer(request.url, request.resource_type, size))

    @staticmethod
    def is_content_image(transfer: Transfer) -> bool:
        """Images editors upload (served from /media/) are content, not the page's own weight."""
        return transfer.resource_type == "image" and "/media/" in transfer.url

    def summary(self) -> tuple[int, int, int, dict[str, int]]:
        """(bytes counted, bytes of content images excluded, requests counted, bytes per resource type)."""
        counted = [transfer for transfer in self.transfers if not self.is_content_image(transfer)]
        excluded = sum(transfer.bytes for transfer in self.transfers if self.is_content_image(transfer))
        by_type: dict[str, int] = {}
        for transfer in counted:
            by_type[transfer.resource_type] = by_type.get(transfer.resource_type, 0) + transfer.bytes
        return sum(transfer.bytes for transfer in counted), excluded, len(counted), by_type
