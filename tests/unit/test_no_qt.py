"""The core (domain, vault, services, reports, backup, and the demo generator)
never imports Qt.

pytest-qt may already have imported PySide6 into this process, so the import
check runs in a fresh interpreter; a static check reads every core file too.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import practice_notes

REPO = Path(__file__).resolve().parents[2]
PACKAGE = Path(practice_notes.__file__).resolve().parent
CORE_PACKAGES = ("domain", "vault", "services", "reports", "backup", "demo")
QT_ROOTS = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def core_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE_PACKAGES:
        folder = PACKAGE / name
        if folder.is_dir():
            files.extend(sorted(folder.rglob("*.py")))
    return files


def test_core_imports_without_qt() -> None:
    script = textwrap.dedent(f"""
        import importlib, json, pkgutil, sys
        import practice_notes
        imported = []
        for name in {CORE_PACKAGES!r}:
            full = "practice_notes." + name
            try:
                pkg = importlib.import_module(full)
            except ModuleNotFoundError as exc:
                if exc.name == full:
                    continue  # package not written yet
                raise
            imported.append(full)
            for info in pkgutil.walk_packages(pkg.__path__, full + "."):
                importlib.import_module(info.name)
                imported.append(info.name)
        qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT_ROOTS!r})
        print(json.dumps({{"imported": imported, "qt": qt}}))
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("QT_API", None)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["qt"] == [], f"core imports pulled in Qt: {result['qt']}"
    expected = {
        "practice_notes." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        .removesuffix(".__init__")
        for p in core_files()
    }
    assert expected <= set(result["imported"]), expected - set(result["imported"])
    assert "practice_notes.vault.database" in result["imported"]
    assert "practice_notes.services.practice" in result["imported"]


def _imported_names(node: ast.AST) -> list[str]:
    """Module names an import statement or ``import_module("...")`` call brings in."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        module = node.module or ""
        # a relative import of the ui package from inside practice_notes
        return ["practice_notes." + module if node.level else module]
    if isinstance(node, ast.Call) and node.args:
        func = node.func
        fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        arg = node.args[0]
        if fname in ("import_module", "__import__") and isinstance(arg, ast.Constant) \
                and isinstance(arg.value, str):
            return [arg.value]
    return []


def _qt_imports(path: Path) -> list[str]:
    """Every import of Qt, or of the Qt-only ui package, in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        for name in _imported_names(node):
            if name.split(".")[0] in QT_ROOTS or name.startswith("practice_notes.ui"):
                found.append(f"{path.name}:{getattr(node, 'lineno', 0)}: {name}")
    return found


def test_no_core_file_imports_qt_or_the_ui() -> None:
    files = core_files()
    assert len(files) > 15
    problems = [p for f in files for p in _qt_imports(f)]
    assert problems == []


def test_static_check_catches_a_qt_import(tmp_path: Path) -> None:
    """The checker is not blind: it flags each form of importing Qt."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import PySide6.QtCore\nfrom shiboken6 import isValid\n"
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')\n"
        "from practice_notes.ui import gate\nfrom ..ui.gate import Gate\n"
        "import sqlcipher3\nfrom . import rules\n",
        encoding="utf-8",
    )
    assert len(_qt_imports(probe)) == 5
