"""Events build on network and practices, never the other way round (they reach events through registries)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_network_and_practices_import_nothing_of_events():
    # Old migrations are history: network/0004 and 0006 created the event models and name their helpers.
    sources = [
        path
        for app in ("network", "practices")
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    ]
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            module for module in _imported_modules(path) if module.startswith("portal_events")
        )
        for path in sources
    }
    assert {path: modules for path, modules in offenders.items() if modules} == {}


def test_events_import_only_what_they_build_on():
    allowed = ("portal_events", "network.models", "network.privacy", "network.sections", "network")
    imported = {
        module
        for path in (ROOT / "portal_events").rglob("*.py")
        if "migrations" not in path.parts
        for module in _imported_modules(path)
        if module.split(".")[0] in {"network", "search", "portal_events"}
    }
    assert "search" not in {module.split(".")[0] for module in imported}
    assert {module for module in imported if not module.startswith(allowed)} == set()
