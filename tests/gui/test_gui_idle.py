"""Auto-lock after idle time: the vault closes, and no typed text is lost."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from practice_notes.domain.rules import MAX_TEXT
from practice_notes.services.unlock import open_practice
from practice_notes.ui.app import Controller
from practice_notes.ui.drafts import draft_key
from tests.gui.guikit import (
    PASSPHRASE,
    TIMEOUT,
    click,
    open_tab,
    type_into,
    unlock,
    widget_texts,
)

pytestmark = pytest.mark.gui

TYPED = "Said the new job is going well — Zoë's café shifts."
PRIVATE = "Wondering whether we are avoiding the topic of her father."


def open_seeded_session(qtbot: object, controller: Controller, client_id: int,
                        session_id: int) -> None:
    """Pick the client in the list, then the Sessions tab: the unsigned session opens."""
    window = controller.window
    panel = window.clients
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(client_id), 0))
    rect = panel.table.visualRect(row)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=rect.center())
    assert panel.current_client_id() == client_id
    open_tab(qtbot, window.tabs, window.sessions)
    assert window.sessions.current_session_id() == session_id


def idle_lock(qtbot: object, controller: Controller) -> None:
    """Let the idle watcher fire after a few milliseconds of no input."""
    controller.idle.start(0.002)  # minutes: 120 ms
    qtbot.waitUntil(lambda: controller.practice is None, timeout=TIMEOUT)  # type: ignore
    assert controller.gate.isVisible() and not controller.window.isVisible()


def test_idle_lock_saves_the_typed_note(qtbot: object, controller: Controller,
                                       seeded_vault: tuple[Path, int, int]) -> None:
    path, client_id, session_id = seeded_vault
    unlock(qtbot, controller)
    open_seeded_session(qtbot, controller, client_id, session_id)
    editor = controller.window.sessions.editor
    type_into(qtbot, editor.field("subjective"), TYPED)
    type_into(qtbot, editor.process, PRIVATE)
    assert editor.dirty

    idle_lock(qtbot, controller)
    assert not any(TYPED in t or PRIVATE in t for t in widget_texts(controller.window))

    # locked: the text is in the session itself (saved on lock), not just a draft
    practice = open_practice(path, PASSPHRASE)
    try:
        saved = practice.sessions.get(session_id)
        assert saved.note_fields["subjective"] == TYPED
        assert saved.process_notes == PRIVATE
        assert practice.drafts.get(draft_key(session_id)) is None
    finally:
        practice.vault.close()

    unlock(qtbot, controller)
    assert controller.window.clients.current_client_id() == client_id
    assert controller.window.sessions.current_session_id() == session_id
    assert editor.field("subjective").toPlainText() == TYPED
    assert editor.process.toPlainText() == PRIVATE
    assert not editor.recover_bar.isVisible()
    assert not editor.dirty


def test_idle_lock_keeps_an_unsavable_note_as_a_draft(qtbot: object, controller: Controller,
                                                     seeded_vault: tuple[Path, int, int]) -> None:
    """A note the rules refuse (a pasted 2-million-character accident) cannot be saved
    on lock; it is kept as an encrypted draft and offered back after unlocking."""
    _path, client_id, session_id = seeded_vault
    unlock(qtbot, controller)
    open_seeded_session(qtbot, controller, client_id, session_id)
    editor = controller.window.sessions.editor
    pasted = ("word " * (MAX_TEXT // 5)) + "THE END"
    assert len(pasted) > MAX_TEXT
    editor.field("plan").setPlainText(pasted)  # a paste, not typing
    type_into(qtbot, editor.field("subjective"), TYPED)

    idle_lock(qtbot, controller)
    unlock(qtbot, controller)
    assert controller.window.sessions.current_session_id() == session_id
    practice = controller.practice
    assert practice is not None
    assert practice.sessions.get(session_id).note_fields.get("subjective", "") == ""
    assert editor.field("subjective").toPlainText() == ""
    qtbot.waitUntil(editor.recover_bar.isVisible, timeout=TIMEOUT)  # type: ignore
    click(qtbot, editor.recover_button)
    assert not editor.recover_bar.isVisible()
    assert editor.field("subjective").toPlainText() == TYPED
    assert editor.field("plan").toPlainText() == pasted
    assert editor.dirty


def test_idle_lock_says_why_on_the_unlock_window(qtbot: object, controller: Controller,
                                                 seeded_vault: tuple[Path, int, int]) -> None:
    unlock(qtbot, controller)
    idle_lock(qtbot, controller)
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.unlock_page
    intro = gate.unlock_page.intro.text()
    assert "Locked after 0.002 minutes without use." in intro
    assert "What you were writing was kept." in intro
    # a lock asked for (Ctrl+L) says nothing of idle time
    unlock(qtbot, controller)
    controller.window.lock_requested.emit()
    qtbot.waitUntil(lambda: controller.practice is None, timeout=TIMEOUT)  # type: ignore
    assert "without use" not in gate.unlock_page.intro.text()
    assert seeded_vault[0].name in gate.unlock_page.intro.text()


def test_input_puts_the_idle_lock_off(qtbot: object, controller: Controller,
                                      seeded_vault: tuple[Path, int, int]) -> None:
    """Keys reach the idle watcher through the application's one event filter
    (fit.ScreenKeeper); with no input the vault locks, and the filter stops
    telling the watcher."""
    from PySide6.QtWidgets import QApplication

    from practice_notes.ui.fit import ScreenKeeper

    unlock(qtbot, controller)
    keeper = QApplication.instance().findChild(ScreenKeeper)  # type: ignore[union-attr]
    assert keeper is not None
    table = controller.window.clients.table
    controller.idle.start(0.02)  # minutes: 1.2 s
    assert keeper.on_input is not None
    started = time.monotonic()
    while time.monotonic() - started < 3.0:  # 3 s of a key every 0.2 s
        qtbot.keyClick(table, Qt.Key.Key_Down)  # type: ignore[attr-defined]
        qtbot.wait(200)  # type: ignore[attr-defined]
        assert controller.practice is not None, "locked while keys were pressed"
    qtbot.waitUntil(lambda: controller.practice is None, timeout=TIMEOUT)  # type: ignore
    assert keeper.on_input is None
