"""An autosave that fails (a real SQLCipher write refused: the database may not
grow, as on a full disk) is said in one line in the window's status bar, and
the text stays in the form; the next autosave after space returns succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from practice_notes.domain.enums import Instrument
from practice_notes.ui.panels.checkins import CheckInsPanel
from practice_notes.ui.panels.measures import MeasuresPanel
from tests.gui._measure_fixtures import Workspace, activate, make_workspace

pytestmark = pytest.mark.gui
LONG = "The client said a great deal about the week. " * 400  # needs new pages


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path)
    yield workspace
    workspace.practice.vault.close()


def fill_the_disk(ws: Workspace) -> int:
    """Let the vault grow no further: writes that need a new page fail with
    SQLITE_FULL, which the vault reports as DiskFull (a VaultError)."""
    pages = int(ws.practice.vault.query_one("PRAGMA page_count")[0])
    ws.practice.vault.execute(f"PRAGMA max_page_count = {pages}")
    return pages


def free_space(ws: Workspace) -> None:
    ws.practice.vault.execute("PRAGMA max_page_count = 1073741823")


def window_with(qtbot: Any, panel: Any) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(panel)
    window.resize(1100, 800)
    activate(qtbot, window)
    return window


def test_failed_autosave_of_a_panel_form_is_said_and_the_text_kept(
        qtbot: Any, ws: Workspace) -> None:
    panel = CheckInsPanel()
    window = window_with(qtbot, panel)
    panel.show_client(ws.practice, ws.client_id)
    fill_the_disk(ws)
    with qtbot.waitSignal(panel.draft.failed, timeout=10_000) as failed:
        panel.form.comment.setPlainText(LONG)  # the autosave timer starts
    message = window.statusBar().currentMessage()
    assert message == failed.args[0]
    assert message.startswith("Autosave failed: The disk is full")
    assert "still in the form" in message and "\n" not in message
    assert panel.form.comment.toPlainText() == LONG  # nothing taken from the form
    assert ws.practice.drafts.all() == []
    # space again: the next autosave keeps it
    free_space(ws)
    with qtbot.waitSignal(panel.draft.saved, timeout=10_000):
        panel.form.comment.setPlainText(LONG + "More.")
    assert len(ws.practice.drafts.all()) == 1
    panel.clear()


def test_failed_autosave_of_an_entry_dialog_reaches_the_window(
        qtbot: Any, ws: Workspace) -> None:
    panel = MeasuresPanel()
    window = window_with(qtbot, panel)
    panel.show_client(ws.practice, ws.client_id)
    dialog = panel.open_measure(Instrument.GAD7)
    assert dialog is not None
    fill_the_disk(ws)
    with qtbot.waitSignal(dialog.draft.failed, timeout=10_000):
        dialog.note.setPlainText(LONG)
    assert window.statusBar().currentMessage().startswith("Autosave failed: The disk is full")
    assert dialog.isVisible() and dialog.note.toPlainText() == LONG
    free_space(ws)
    dialog.dirty = False
    panel.clear()
