"""A lock (asked for or after idle time) never takes unsaved text off the screen:
when neither the note nor its draft can be written (a full disk), the vault stays
open, the therapist is told why in one message, and locking works once there is
space again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from practice_notes.services.unlock import open_practice
from practice_notes.ui.app import Controller
from tests.gui.guikit import PASSPHRASE, TIMEOUT, type_into, unlock
from tests.gui.test_gui_idle import open_seeded_session

pytestmark = pytest.mark.gui
LONG = "She described the whole week, day by day, in her own words. " * 500


def test_a_lock_that_cannot_save_keeps_the_vault_open(
        qtbot: object, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    path, client_id, session_id = seeded_vault
    unlock(qtbot, controller)
    open_seeded_session(qtbot, controller, client_id, session_id)
    editor = controller.window.sessions.editor
    practice = controller.practice
    assert practice is not None
    pages = int(practice.vault.query_one("PRAGMA page_count")[0])
    practice.vault.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    type_into(qtbot, editor.field("subjective"), "Short start. ")
    editor.field("subjective").setPlainText(LONG)

    controller.lock()
    assert controller.practice is practice and controller.window.isVisible()
    assert not controller.gate.isVisible()
    assert editor.field("subjective").toPlainText() == LONG
    boxes = [w for w in controller.window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "did not lock" in boxes[0].text()
    boxes[0].close()

    practice.vault.execute("PRAGMA max_page_count = 1073741823")  # space again
    controller.lock()
    qtbot.waitUntil(lambda: controller.practice is None, timeout=TIMEOUT)  # type: ignore
    reopened = open_practice(path, PASSPHRASE)
    try:
        assert reopened.sessions.get(session_id).note_fields["subjective"] == LONG
    finally:
        reopened.vault.close()
