"""File → Export FHIR…: the dialog driven through its widgets on a real vault
writes a valid FHIR bundle in the background (one client, pseudonymised, or every
client), and the menu entry is there and locked with the vault."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from practice_notes.domain.models import CheckIn
from practice_notes.services import Practice
from practice_notes.ui.fhir_export import FhirExportDialog
from practice_notes.ui.main_window import MainWindow
from tests.gui import guikit
from tests.unit.transfer_kit import DAY, build_practice, new_practice


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[tuple[Practice, dict[str, int]]]:
    p = new_practice(tmp_path / "data" / "practice.vault")
    ids = build_practice(p)
    p.add_checkin(CheckIn(ids["zoe"], DAY, 5, 5, 5, 5, "Zo said: Zoë's week was hard"))
    try:
        yield p, ids
    finally:
        if p.vault.is_open:
            p.vault.close()


def decoded(doc: dict[str, Any]) -> str:
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("data"), str):
                found.append(base64.b64decode(value["data"]).decode("utf-8"))
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(doc)
    return json.dumps(doc, ensure_ascii=False) + "\n".join(found)


def export(qtbot: Any, dialog: FhirExportDialog) -> Any:
    with qtbot.waitSignal(dialog.exported, timeout=guikit.TIMEOUT) as done:
        guikit.click(qtbot, dialog.export_button)
    box = guikit.wait_box(qtbot, "practice-notes-message")
    text = box.text()
    box.close()
    return done.args[0], text


def test_one_client_pseudonymised(qtbot: Any, practice: tuple[Practice, dict[str, int]],
                                  tmp_path: Path) -> None:
    p, ids = practice
    dialog = FhirExportDialog(p, ids["zoe"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.one.isChecked() and "ZA-01" in dialog.one.text()
    assert "fhir-ZA-01-" in dialog.file.text()
    guikit.click(qtbot, dialog.pseudonymise)
    dialog.file.setText(str(tmp_path / "zoe"))
    result, said = export(qtbot, dialog)
    out = tmp_path / "zoe.json"
    doc = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(doc)
    assert result.clients == 1 and result.resources == len(doc["entry"])
    assert str(out) in said and result.names_replaced >= 1
    text = decoded(doc)
    assert "Zoë" not in text and "countertransference" not in text
    assert "ZA-01 said: ZA-01's week was hard" in text
    assert "« ça va »" in text  # the signed note is there
    assert [e.action for e in p.audit.entries()][-1] == "export"


def test_every_client(qtbot: Any, practice: tuple[Practice, dict[str, int]],
                      tmp_path: Path) -> None:
    p, _ids = practice
    dialog = FhirExportDialog(p, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.one.isEnabled() and dialog.every.isChecked()
    assert "fhir-practice-" in dialog.file.text()
    dialog.file.setText(str(tmp_path / "all.json"))
    result, _ = export(qtbot, dialog)
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert result.clients == 2
    assert sum(e["resource"]["resourceType"] == "Patient" for e in doc["entry"]) == 2
    assert "Zoë Ångström-Núñez" in decoded(doc)


def test_menu_entry_is_locked_with_the_vault(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_fhir in file_menu.actions()  # type: ignore[union-attr]
    assert window.act_fhir.text() == "Export &FHIR…"
    assert not window.act_fhir.isEnabled()
    window.set_unlocked(True)
    assert window.act_fhir.isEnabled()
