"""Text shown by the window goes through the catalogue: no bare string literal is
handed to the usual text setters and widget constructors in ui/ (wrap it in
``self.tr`` / ``QCoreApplication.translate``; see README, Translations)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import practice_notes

UI = Path(practice_notes.__file__).resolve().parent / "ui"
TEXT_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setAccessibleName", "setTitle", "showMessage", "setInformativeText", "addTab",
    "setTabText", "addMenu", "addRow", "addButton", "setHorizontalHeaderLabels",
}
WORDS = re.compile(r"[A-Za-z]{2}")


def bare_texts(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in TEXT_CALLS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            items = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
            for item in items:
                if isinstance(item, ast.Constant) and isinstance(item.value, str) \
                        and WORDS.search(item.value):
                    lines.append(item.lineno)
    return lines


def test_no_bare_text_in_the_window() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 30
    found = [f"{p.relative_to(UI)}:{n}" for p in files
             for n in bare_texts(p.read_text(encoding="utf-8"))]
    assert found == []


def test_the_check_sees_a_bare_text() -> None:
    assert bare_texts('QLabel("Hello there")\nb.setText(self.tr("Fine"))\nx.setText("")\n') \
        == [1]
