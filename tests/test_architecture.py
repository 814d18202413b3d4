"""Imports point the way docs/architecture.md says: content apps never reach up into the apps built on them.

``practices`` is what the network knows, ``method`` the PRoTECT method built on both (scenarios, technologies, assessments),
``network`` who it is, ``events`` (package ``portal_events``) when
it meets, ``search`` how it is found. Each builds only on the ones before it and on ``portal``'s shared
parts; the later apps reach the earlier ones through registries (``search.adapters``,
``network.sections``, ``network.privacy``), never the other way round. Migrations are history and exempt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = ("portal", "practices", "method", "network", "portal_events", "search", "demo")

#: What each content app may import of the others (``portal``, the project, knows every app).
MAY_IMPORT: dict[str, set[str]] = {
    "practices": {"portal"},
    "method": {"portal", "practices", "network"},
    "network": {"portal", "practices"},
    "portal_events": {"portal", "practices", "network"},
    "search": {"portal", "practices", "method", "network", "portal_events"},
}

#: The product never imports the demo set (production does not install it).
PRODUCT = ("portal", "practices", "method", "network", "portal_events", "search")


def _module_names(path: Path) -> set[str]:
    """Every module ``path`` imports absolutely (relative imports stay inside its own app)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and not node.level
    }


def _imported_apps(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _module_names(path)} & set(APPS)


def _sources(app: str) -> list[Path]:
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


@pytest.mark.parametrize("app", sorted(MAY_IMPORT))
def test_an_app_imports_only_what_it_builds_on(app: str):
    allowed = MAY_IMPORT[app] | {app}
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_apps(path) - allowed)
        for path in _sources(app)
        if _imported_apps(path) - allowed
    }
    assert offenders == {}


def test_the_product_never_imports_the_demo_set():
    offenders = [
        str(path.relative_to(ROOT)) for app in PRODUCT for path in _sources(app) if "demo" in _imported_apps(path)
    ]
    assert offenders == []


def test_the_product_does_not_import_the_dev_scripts():
    offenders = [
        str(path.relative_to(ROOT))
        for app in PRODUCT
        for path in _sources(app)
        if any(name.split(".")[0] == "scripts" for name in _module_names(path))
    ]
    assert offenders == []
