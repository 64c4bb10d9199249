"""A draft survives a killed app: autosave has already put it into the vault."""

from __future__ import annotations

import signal
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from practice_notes.services.unlock import open_practice
from practice_notes.ui.app import Controller
from practice_notes.ui.drafts import draft_key, to_draft
from tests.gui.guikit import (
    PASSPHRASE,
    TIMEOUT,
    click,
    files_containing,
    spawn_helper,
    stop_helper,
    unlock,
    wait_line,
)

pytestmark = [pytest.mark.gui, pytest.mark.slow]

TEXT = "Client arrived late, worried about the exam; practised the 5-4-3-2-1 exercise."


def test_draft_survives_sigkill(qtbot: object, make_controller: Callable[[Path], Controller],
                                seeded_vault: tuple[Path, int, int], tmp_path: Path) -> None:
    path, client_id, session_id = seeded_vault
    child_settings = tmp_path / "child-settings"
    child_settings.mkdir()
    child = spawn_helper("type", str(path), PASSPHRASE, str(child_settings), str(client_id),
                         str(session_id), TEXT)
    try:
        wait_line(child, "SAVED", timeout=120)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        stop_helper(child)

    # nothing in clear beside the vault (its -wal and -shm files included)
    assert files_containing([path.parent, child_settings], [TEXT, "worried about the exam"]) == []

    # the dead process's lock went with it; the draft is in the vault, the session untouched
    practice = open_practice(path, PASSPHRASE)
    try:
        draft = practice.drafts.get(draft_key(session_id))
        assert draft is not None and TEXT in draft.body
        assert practice.sessions.get(session_id).note_fields.get("subjective", "") == ""
    finally:
        practice.vault.close()

    # the GUI goes straight to the note and offers the text back
    controller = make_controller(path)
    unlock(qtbot, controller)
    window = controller.window
    editor = window.sessions.editor
    assert window.clients.current_client_id() == client_id
    assert window.sessions.current_session_id() == session_id
    assert window.tabs.currentWidget() is window.sessions
    qtbot.waitUntil(editor.recover_bar.isVisible, timeout=TIMEOUT)  # type: ignore
    assert "unsaved text" in editor.recover_label.text()
    assert editor.field("subjective").toPlainText() == ""
    click(qtbot, editor.recover_button)
    assert editor.field("subjective").toPlainText() == TEXT
    assert not editor.recover_bar.isVisible()
    click(qtbot, editor.save_button)
    assert controller.practice is not None
    assert controller.practice.sessions.get(session_id).note_fields["subjective"] == TEXT
    assert controller.practice.drafts.get(draft_key(session_id)) is None


def test_discarding_a_recovered_draft(qtbot: object, controller: Controller,
                                      seeded_vault: tuple[Path, int, int]) -> None:
    path, _client_id, session_id = seeded_vault
    practice = open_practice(path, PASSPHRASE)
    try:
        session = practice.sessions.get(session_id)
        practice.put_draft(draft_key(session_id),
                            to_draft(replace(session, note_fields={"subjective": TEXT})))
    finally:
        practice.vault.close()
    unlock(qtbot, controller)
    editor = controller.window.sessions.editor
    qtbot.waitUntil(editor.recover_bar.isVisible, timeout=TIMEOUT)  # type: ignore
    click(qtbot, editor.discard_button)
    assert not editor.recover_bar.isVisible()
    assert editor.field("subjective").toPlainText() == ""
    assert controller.practice is not None
    assert controller.practice.drafts.get(draft_key(session_id)) is None
