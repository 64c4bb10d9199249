"""The window is a client of the services: ``ui/`` imports only from
``services``, ``domain``, ``resources``, the package version and itself (and the
demo generator, a service client, for the "open demo" button). It never reaches
into the vault either (``practice.vault``): workers get their own connection
from ``practice.worker_connection()``. Checked statically, like test_no_qt."""

from __future__ import annotations

import ast
from pathlib import Path

import practice_notes

PACKAGE = Path(practice_notes.__file__).resolve().parent
ALLOWED = ("services", "domain", "ui", "resources", "demo", "i18n")


def ui_files() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py"))


def offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
            if node.module == "practice_notes":
                modules = [f"practice_notes.{a.name}" for a in node.names
                           if a.name != "__version__"]
        for module in modules:
            parts = module.split(".")
            if parts[0] == "practice_notes" and len(parts) > 1 and parts[1] not in ALLOWED:
                found.append(f"{path.name}:{node.lineno} imports {module}")
        if isinstance(node, ast.Attribute) and node.attr == "vault":
            found.append(f"{path.name}:{node.lineno} reaches into .vault")
    return found


def test_ui_imports_only_services_and_domain() -> None:
    files = ui_files()
    assert len(files) > 30
    bad = [o for f in files for o in offences(f)]
    assert bad == []


def test_the_check_catches_a_storage_import(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from practice_notes.vault.errors import VaultError\n"
        "import practice_notes.reports.builder\n"
        "from practice_notes import backup\n"
        "from practice_notes.services import Practice\n"
        "from practice_notes import __version__\n"
        "def f(p):\n    return p.vault.clone()\n", encoding="utf-8")
    assert [o.split(" ", 1)[1] for o in offences(planted)] == [
        "imports practice_notes.vault.errors",
        "imports practice_notes.reports.builder",
        "imports practice_notes.backup",
        "reaches into .vault",
    ]
