"""Retention in the window: date of birth in the client dialog, the rule in
Settings, and Client ▸ Past retention destroying a client after two
confirmations (the second by typing the code)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.models import Client, Session
from practice_notes.services.unlock import open_practice
from practice_notes.ui.app import Controller
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.retention_dialog import PastRetentionDialog, TypeCodeDialog
from tests.gui.guikit import (
    PASSPHRASE,
    TIMEOUT,
    click,
    click_box_button,
    dialog_button,
    type_into,
    unlock,
    wait_box,
    wait_dialog,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def old_client_vault(existing_vault: Path) -> tuple[Path, int, int]:
    """A client discharged in 2001 with a signed note (past retention), and a current one."""
    practice = open_practice(existing_vault, PASSPHRASE)
    try:
        old = practice.add_client(Client("OL-01", "Olwen Oldfield"))
        session = practice.save_session(Session(old.id or 0, dt.datetime(2000, 5, 6, 10),
                                                note_fields={"subjective": "oldnotetext"}))
        practice.sign_session(session.id or 0)
        practice.update_client(replace(practice.clients.get(old.id or 0),
                                       status=ClientStatus.DISCHARGED,
                                       discharged_on=dt.date(2001, 1, 1)))
        now = practice.add_client(Client("NW-01", "Nia Newman"))
        return existing_vault, old.id or 0, now.id or 0
    finally:
        practice.close()


def test_date_of_birth_in_the_client_dialog(qtbot: object, controller: Controller) -> None:
    unlock(qtbot, controller)
    window = controller.window
    window.add_client()
    dialog = wait_dialog(qtbot, ClientDialog)
    type_into(qtbot, dialog.name, "Bea Born")
    assert dialog.born.value() is None
    dialog.born.set_date(dt.date(1944, 7, 8))  # before the records' usual 1950 floor
    click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)  # type: ignore[attr-defined]
    assert controller.practice is not None
    saved = controller.practice.clients.by_code("BB-01")
    assert saved.born_on == dt.date(1944, 7, 8) and saved.discharged_on is None


def test_settings_show_the_rule_in_words(qtbot: object, controller: Controller) -> None:
    unlock(qtbot, controller)
    dialog = controller.window.open_settings()
    assert dialog is not None
    assert dialog.rule.text() == "Records may be destroyed 7 years after discharge."
    assert dialog.keep_after_majority.text() == "off"
    dialog.keep_after_majority.setValue(3)
    assert dialog.rule.text() == ("Records may be destroyed 7 years after discharge, or 3 years "
                                  "after the client turns 18, whichever is later.")
    click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    assert controller.practice is not None
    assert controller.practice.settings.load().retention_years_after_majority == 3


def test_past_retention_destroys_after_the_code_is_typed(
    qtbot: object, make_controller: object, old_client_vault: tuple[Path, int, int]
) -> None:
    path, old_id, new_id = old_client_vault
    controller = make_controller(path)  # type: ignore[operator]
    unlock(qtbot, controller)
    window = controller.window
    window.clients.select_client(old_id)
    assert window.workspace.client_id == old_id
    window.act_retention.trigger()
    dialog = wait_dialog(qtbot, PastRetentionDialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "OL-01"
    assert not dialog.destroy_button.isEnabled()
    dialog.table.selectRow(0)
    click(qtbot, dialog.destroy_button)
    click_box_button(qtbot, wait_box(qtbot), "Continue…")
    confirm = wait_dialog(qtbot, TypeCodeDialog)
    type_into(qtbot, confirm.typed, "OL-0")
    assert not confirm.destroy_button.isEnabled()
    type_into(qtbot, confirm.typed, "1")
    assert window.workspace.client_id == old_id
    click(qtbot, confirm.destroy_button)
    done = wait_box(qtbot, "practice-notes-message")
    assert "OL-01" in done.text()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    practice = controller.practice
    assert practice is not None
    assert [c.code for c in practice.clients.all()] == ["NW-01"]
    assert window.workspace.client_id != old_id
    qtbot.waitUntil(lambda: new_id in _listed(window), timeout=TIMEOUT)  # type: ignore[attr-defined]
    assert old_id not in _listed(window)
    assert practice.audit.entries()[-1].action == "destroy"
    done.accept()


def _listed(window: object) -> list[int]:
    model = window.clients.model  # type: ignore[attr-defined]
    return [model.summary(r).client.id for r in range(model.rowCount())]
