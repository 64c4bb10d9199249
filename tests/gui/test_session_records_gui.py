"""Records that must be right, through the real window: a new session opens in
the editor with the attendance the therapist chose, an unsigned session can be
deleted (confirmed, audited), an empty unsigned session counts nowhere, and a
note is never signed by nobody."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from practice_notes.domain.enums import Attendance
from practice_notes.domain.models import PracticeSettings
from practice_notes.services.unlock import create_practice
from practice_notes.ui.app import Controller
from practice_notes.ui.client_model import Column
from practice_notes.ui.new_session import NewSessionDialog
from practice_notes.ui.signer_dialog import SignerDialog
from practice_notes.vault.errors import NotFound
from tests.gui import guikit
from tests.gui.guikit import (
    TIMEOUT,
    choose_attendance,
    click,
    click_box_button,
    open_tab,
    type_into,
    unlock,
    visible_dialogs,
    wait_box,
    wait_dialog,
    widget_texts,
)

pytestmark = pytest.mark.gui


def activate(qtbot: Any, controller: Controller) -> None:
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)


def open_client(qtbot: Any, controller: Controller, client_id: int) -> None:
    unlock(qtbot, controller)
    controller.window.go_to(client_id)
    qtbot.waitUntil(lambda: controller.window.clients.current_client_id() == client_id,
                    timeout=TIMEOUT)
    activate(qtbot, controller)


def test_ctrl_shift_n_on_the_overview_asks_and_opens_the_note(
        qtbot: Any, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, seeded = seeded_vault
    open_client(qtbot, controller, client_id)
    window = controller.window
    open_tab(qtbot, window.tabs, window.workspace.overview)
    practice = controller.practice
    assert practice is not None
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = wait_dialog(qtbot, NewSessionDialog)
    # nothing assumed: no attendance chosen, and nothing can be opened yet
    assert dialog.attendance.checkedButton() is None
    assert not dialog.ok_button.isEnabled() and dialog.hint.isVisible()
    assert len(practice.sessions.for_client(client_id)) == 1
    dialog.day.line.selectAll()
    type_into(qtbot, dialog.day.line, "31 Feb 2026")
    choose_attendance(qtbot, dialog, "no_show")
    assert not dialog.ok_button.isEnabled()  # the date is not a date
    dialog.day.line.selectAll()
    type_into(qtbot, dialog.day.line, "01 Oct 2026")
    dialog.time.setTime(QTime(14, 30))
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not visible_dialogs(NewSessionDialog), timeout=TIMEOUT)
    [new] = [s for s in practice.sessions.for_client(client_id) if s.id != seeded]
    assert new.starts_at == dt.datetime(2026, 10, 1, 14, 30)
    assert new.attendance is Attendance.NO_SHOW
    # shown: the Sessions tab, its row selected, the note's first field focused
    sessions = window.sessions
    assert window.tabs.currentWidget() is sessions
    assert sessions.current_session_id() == new.id
    assert sessions.table.currentIndex().row() == sessions.model.row_of(new.id or 0)
    assert sessions.editor.attendance.currentData() == "no_show"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions.editor.field("subjective"),
                    timeout=TIMEOUT)


def test_cancelling_a_new_session_creates_nothing(
        qtbot: Any, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, _sid = seeded_vault
    open_client(qtbot, controller, client_id)
    window = controller.window
    open_tab(qtbot, window.tabs, window.sessions)
    click(qtbot, window.sessions.new_button)
    dialog = wait_dialog(qtbot, NewSessionDialog)
    choose_attendance(qtbot, dialog, "attended")
    click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not visible_dialogs(NewSessionDialog), timeout=TIMEOUT)
    assert controller.practice is not None
    assert len(controller.practice.sessions.for_client(client_id)) == 1


def test_an_unsigned_session_is_deleted_after_confirming(
        qtbot: Any, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, sid = seeded_vault
    open_client(qtbot, controller, client_id)
    window = controller.window
    sessions = window.sessions
    open_tab(qtbot, window.tabs, sessions)
    practice = controller.practice
    assert practice is not None and sessions.current_session_id() == sid
    type_into(qtbot, sessions.editor.field("subjective"), "words of the session")
    assert sessions.delete_button.isEnabled()
    # the Delete key on the list asks; Cancel is the default and keeps it
    sessions.table.setFocus()
    qtbot.keyClick(sessions.table, Qt.Key.Key_Delete)
    box = wait_box(qtbot)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visible_dialogs(QMessageBox), timeout=TIMEOUT)
    assert practice.sessions.get(sid).id == sid
    # the button asks too; this time it goes, with its draft, and is audited
    click(qtbot, sessions.delete_button)
    box = wait_box(qtbot)
    click_box_button(qtbot, box, "Delete session")
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 0, timeout=TIMEOUT)
    with pytest.raises(NotFound):
        practice.sessions.get(sid)
    assert practice.drafts.get(f"session:{sid}") is None
    last = practice.audit.entries()[-1]
    assert (last.action, last.detail) == ("delete session", f"session {sid}")
    assert sessions.editor.session is None and not sessions.delete_button.isEnabled()
    assert "words of the session" not in "\n".join(widget_texts(window))
    qtbot.wait(50)  # no autosave brings the draft back
    assert practice.drafts.get(f"session:{sid}") is None


def test_a_signed_session_cannot_be_deleted(
        qtbot: Any, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    path, client_id, sid = seeded_vault
    open_client(qtbot, controller, client_id)
    practice = controller.practice
    assert practice is not None
    practice.save_session(replace(practice.sessions.get(sid), note_fields={"subjective": "x"}))
    practice.sign_session(sid)
    window = controller.window
    window.go_to(client_id, sid)
    sessions = window.sessions
    open_tab(qtbot, window.tabs, sessions)
    sessions.show_client(practice, client_id, sid)
    assert not sessions.delete_button.isEnabled()
    box = sessions.delete_session()
    assert box is not None and box.objectName() == "practice-notes-message"
    assert "signed" in box.text()
    box.accept()
    assert practice.sessions.get(sid).is_signed


def test_an_empty_unsigned_session_is_not_counted(
        qtbot: Any, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, sid = seeded_vault
    open_client(qtbot, controller, client_id)
    window = controller.window
    overview = window.workspace.overview
    open_tab(qtbot, window.tabs, overview)
    practice = controller.practice
    assert practice is not None

    def last_session_cell() -> str:
        model = window.clients.model
        return str(model.index(0, Column.LAST_SESSION).data() or "")

    def attended_text() -> str:
        return "\n".join(widget_texts(overview.attendance))

    # the seeded session (an empty draft dated 6 May 2024) counts nowhere
    assert "2024" not in last_session_cell()
    practice.save_session(replace(practice.sessions.get(sid),
                                  starts_at=dt.datetime.now().replace(microsecond=0)))
    # dated today, still empty: the card counts no session in these 90 days
    qtbot.waitUntil(lambda: "No sessions in these 90 days." in attended_text(), timeout=TIMEOUT)
    practice.save_session(replace(practice.sessions.get(sid),
                                  note_fields={"subjective": "came and talked"}))
    qtbot.waitUntil(lambda: "Attended: 1" in attended_text(), timeout=TIMEOUT)
    window.refresh_clients()
    qtbot.waitUntil(lambda: str(dt.date.today().year) in last_session_cell(), timeout=TIMEOUT)


@pytest.fixture
def nameless_vault(vault_path: Path) -> Path:
    practice = create_practice(vault_path, guikit.PASSPHRASE, PracticeSettings())
    practice.vault.close()
    return vault_path


def test_signing_without_a_name_says_where_to_set_it(
        qtbot: Any, make_controller: Callable[[Path], Controller], nameless_vault: Path) -> None:
    client_id, sid = guikit.seed(nameless_vault)
    controller = make_controller(nameless_vault)
    open_client(qtbot, controller, client_id)
    window = controller.window
    sessions = window.sessions
    open_tab(qtbot, window.tabs, sessions)
    type_into(qtbot, sessions.editor.field("subjective"), "a real note")
    click(qtbot, sessions.editor.sign_button)
    box = wait_box(qtbot, "practice-notes-message")
    assert "Settings → Practice" in box.text() and "\n" not in box.text()
    box.accept()
    assert controller.practice is not None
    assert not controller.practice.sessions.get(sid).is_signed
    assert controller.practice.sessions.get(sid).note_fields["subjective"] == "a real note"


def test_the_signer_can_be_skipped_and_set_later(
        qtbot: Any, make_controller: Callable[[Path], Controller], nameless_vault: Path) -> None:
    controller = make_controller(nameless_vault)
    unlock(qtbot, controller)
    practice = controller.practice
    assert practice is not None
    dialog = controller.ask_signer(practice)
    assert isinstance(dialog, SignerDialog)
    click(qtbot, dialog.skip_button)
    qtbot.waitUntil(lambda: not visible_dialogs(SignerDialog), timeout=TIMEOUT)
    assert practice.settings.load() == PracticeSettings()
    again = controller.ask_signer(practice)
    assert isinstance(again, SignerDialog)
    type_into(qtbot, again.name, "Dr Ada Byrne")
    click(qtbot, guikit.dialog_button(again, QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not visible_dialogs(SignerDialog), timeout=TIMEOUT)
    assert practice.settings.load().therapist_name == "Dr Ada Byrne"


def test_the_note_editor_refuses_a_date_that_is_not_one(
        qtbot: Any, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, sid = seeded_vault
    open_client(qtbot, controller, client_id)
    window = controller.window
    sessions = window.sessions
    open_tab(qtbot, window.tabs, sessions)
    practice = controller.practice
    assert practice is not None
    editor = sessions.editor
    before = practice.sessions.get(sid).starts_at
    type_into(qtbot, editor.field("subjective"), "kept while the date is fixed")
    editor.when.selectAll()
    type_into(qtbot, editor.when, "31 Feb 2026")
    click(qtbot, editor.save_button)
    assert practice.sessions.get(sid).starts_at == before  # never another date
    assert practice.sessions.get(sid).note_fields["subjective"] == ""
    assert "not a date" in editor.state_label.text()
    assert editor.details.day.message.isVisible()
    draft = practice.drafts.get(f"session:{sid}")
    assert draft is not None and "kept while the date is fixed" in draft.body
    editor.when.selectAll()
    type_into(qtbot, editor.when, "01 Oct 2026")
    click(qtbot, editor.save_button)
    saved = practice.sessions.get(sid)
    assert saved.starts_at == dt.datetime.combine(dt.date(2026, 10, 1), before.time())
    assert saved.note_fields["subjective"] == "kept while the date is fixed"
