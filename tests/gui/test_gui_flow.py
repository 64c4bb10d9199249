"""The whole desk, end to end, through real widgets: create a vault, add a client,
write a SOAP note, autosave, save, sign, addendum, search, lock, unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QWidget,
)

from practice_notes.ui import note_editor
from practice_notes.ui.addendum_dialog import AddendumDialog
from practice_notes.ui.app import Controller
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.drafts import draft_key
from practice_notes.ui.new_session import NewSessionDialog
from practice_notes.ui.search_dialog import SearchDialog
from practice_notes.ui.signer_dialog import SignerDialog
from tests.gui.guikit import (
    PASSPHRASE,
    TIMEOUT,
    choose_attendance,
    click,
    click_box_button,
    dialog_button,
    open_tab,
    type_into,
    unlock,
    visible_dialogs,
    wait_box,
    wait_dialog,
    widget_texts,
)

pytestmark = pytest.mark.gui

SUBJECTIVE = "Felt steadier this week; slept better."
OBJECTIVE = "Calm, good eye contact."
ASSESSMENT = "Grounding exercise is helping."
PLAN = "Continue the breathing practice."
ADDENDUM = "Correction: the breathing practice started on Monday."
PROCESS = "I noticed my own impatience."
SEARCH_WORD = "steadier"
THERAPIST = "Dr Sam Rivers"


def in_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def create_vault_through_gate(qtbot: object, controller: Controller, location: Path) -> None:
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.welcome_page
    click(qtbot, gate.create_button)
    assert gate.stack.currentWidget() is gate.create_page
    assert gate.create_location.text() == str(location)
    message = gate.create_page.message
    assert gate.focusWidget() is gate.new_pass  # the location has its default

    # too short: the hint says so while typing, and Create refuses
    type_into(qtbot, gate.new_pass, "short")
    assert gate.strength.text().startswith("Too short or simple.")
    type_into(qtbot, gate.new_pass2, "short")
    click(qtbot, gate.create_confirm)
    # said once, under the field (not again in the message below it)
    saying = [label for label in gate.create_page.findChildren(QLabel)
              if label.isVisible() and "at least 10 characters" in label.text()]
    assert saying == [gate.strength]
    assert gate.focusWidget() is gate.new_pass
    assert not location.exists()

    # long enough, but the repeat differs
    gate.new_pass.clear()
    type_into(qtbot, gate.new_pass, PASSPHRASE)
    assert gate.strength.text().startswith("Strong.")
    gate.new_pass2.clear()
    type_into(qtbot, gate.new_pass2, PASSPHRASE + "x")
    click(qtbot, gate.create_confirm)
    assert message.text() == "The two passphrases are not the same. Type them again."
    assert gate.new_pass2.text() == ""
    assert not location.exists()

    type_into(qtbot, gate.new_pass2, PASSPHRASE)
    with qtbot.waitSignal(gate.unlocked, timeout=TIMEOUT):  # type: ignore[attr-defined]
        qtbot.keyClick(gate.new_pass2, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(controller.window.isVisible, timeout=TIMEOUT)  # type: ignore[attr-defined]
    assert location.exists()
    assert not gate.isVisible()
    assert gate.new_pass.text() == gate.new_pass2.text() == ""

    # who signs the notes: asked once, right after creating
    signer = wait_dialog(qtbot, SignerDialog)
    assert signer.name.text() == ""
    type_into(qtbot, signer.name, THERAPIST)
    type_into(qtbot, signer.credentials, "MSc")
    type_into(qtbot, signer.practice_name, "Oak Room")
    click(qtbot, dialog_button(signer, QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not visible_dialogs(SignerDialog))  # type: ignore[attr-defined]
    assert controller.practice is not None
    settings = controller.practice.settings.load()
    assert (settings.therapist_name, settings.credentials, settings.practice_name) == (
        THERAPIST, "MSc", "Oak Room")


def add_client_through_dialog(qtbot: object, controller: Controller, name: str,
                              pronouns: str = "") -> int:
    window = controller.window
    click(qtbot, window.clients.add_button)
    dialog = wait_dialog(qtbot, ClientDialog)
    type_into(qtbot, dialog.name, name)
    assert dialog.code.text()  # a code is suggested from the name
    if pronouns:
        type_into(qtbot, dialog.pronouns, pronouns)
    click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not visible_dialogs(ClientDialog))  # type: ignore[attr-defined]
    client_id = window.clients.current_client_id()
    assert client_id
    assert window.right.currentWidget() is window.workspace
    assert name in window.header.text()
    return client_id


def new_session(qtbot: object, controller: Controller) -> int:
    sessions = controller.window.sessions
    open_tab(qtbot, controller.window.tabs, sessions)
    before = sessions.model.rowCount()
    click(qtbot, sessions.new_button)
    dialog = wait_dialog(qtbot, NewSessionDialog)
    assert dialog.attendance.checkedButton() is None and not dialog.ok_button.isEnabled()
    choose_attendance(qtbot, dialog, "attended")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not visible_dialogs(NewSessionDialog))  # type: ignore[attr-defined]
    assert sessions.model.rowCount() == before + 1
    sid = sessions.current_session_id()
    assert sid is not None
    assert sessions.editor.isEnabled()
    return sid


def test_the_whole_desk(qtbot: object, make_controller: Callable[[Path], Controller],
                        vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(note_editor, "AUTOSAVE_MS", 200)
    controller = make_controller(vault_path)
    window = controller.window
    editor = window.sessions.editor
    create_vault_through_gate(qtbot, controller, vault_path)
    practice = controller.practice
    assert practice is not None

    client_id = add_client_through_dialog(qtbot, controller, "Alex Brown", "they/them")
    sid = new_session(qtbot, controller)
    assert editor.note_format.currentData() == "soap"
    assert editor.state_label.text() == "Draft — not signed"

    # write the SOAP note; autosave keeps a draft in the vault
    for key, text in (("subjective", SUBJECTIVE), ("objective", OBJECTIVE),
                      ("assessment", ASSESSMENT), ("plan", PLAN)):
        type_into(qtbot, editor.field(key), text)
    type_into(qtbot, editor.process, PROCESS)
    assert editor.dirty
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (d := practice.drafts.get(draft_key(sid))) is not None and PROCESS in d.body,
        timeout=TIMEOUT,
    )
    draft = practice.drafts.get(draft_key(sid))
    assert draft is not None and SUBJECTIVE in draft.body and PLAN in draft.body
    assert editor.state_label.text().startswith("Draft kept safe at")
    assert practice.sessions.get(sid).note_fields.get("subjective", "") == ""

    # save: the session holds the text, the draft is gone
    click(qtbot, editor.save_button)
    saved = practice.sessions.get(sid)
    assert saved.note_fields["subjective"] == SUBJECTIVE
    assert saved.process_notes == PROCESS
    assert practice.drafts.get(draft_key(sid)) is None
    assert not editor.dirty

    # sign, through the confirmation box
    click(qtbot, editor.sign_button)
    box = wait_box(qtbot)
    assert box.text() == "Sign this note now?"
    click_box_button(qtbot, box, "Sign and lock")
    qtbot.waitUntil(lambda: editor.banner.isVisible(), timeout=TIMEOUT)  # type: ignore
    assert practice.sessions.get(sid).is_signed
    assert editor.banner.text().startswith("Signed ") and f"by {THERAPIST}" in editor.banner.text()
    assert "locked" in editor.banner.text()
    assert all(editor.field(k).isReadOnly()
               for k in ("subjective", "objective", "assessment", "plan"))
    assert editor.process.isReadOnly() and editor.homework.isReadOnly()
    assert not editor.sign_button.isVisible() and not editor.save_button.isVisible()
    assert editor.state_label.text() == "Signed and locked"
    row = window.sessions.model.row_of(sid)
    assert window.sessions.model.index(row, 2).data() == "Signed"

    # typing into a signed note changes nothing
    qtbot.keyClicks(editor.field("plan"), "zzz")  # type: ignore[attr-defined]
    assert editor.field("plan").toPlainText() == PLAN

    # addendum
    click(qtbot, editor.addendum_button)
    add = wait_dialog(qtbot, AddendumDialog)
    click(qtbot, dialog_button(add, QDialogButtonBox.StandardButton.Save))
    assert add.message.text()  # an empty addendum is refused
    type_into(qtbot, add.text, ADDENDUM)
    click(qtbot, dialog_button(add, QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not visible_dialogs(AddendumDialog))  # type: ignore[attr-defined]
    assert ADDENDUM in editor.addenda.text()
    assert [a.body for a in practice.sessions.addenda(sid)] == [ADDENDUM]

    # move away to a second session, then search finds the first note; Enter opens it
    other = new_session(qtbot, controller)
    assert other != sid and window.sessions.current_session_id() == other
    window.act_search.trigger()
    search = wait_dialog(qtbot, SearchDialog)
    type_into(qtbot, search.query, SEARCH_WORD)
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=TIMEOUT)  # type: ignore
    assert search.count.text() == "1 result"
    hit = search.model.hits[0]
    assert (hit.client_id, hit.session_id) == (client_id, sid)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not visible_dialogs(SearchDialog))  # type: ignore[attr-defined]
    assert window.sessions.current_session_id() == sid
    assert editor.field("subjective").toPlainText() == SUBJECTIVE

    # lock with Ctrl+L: every model empty, no record text in any widget, gate shown
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore
    with qtbot.waitSignal(window.lock_requested):  # type: ignore[attr-defined]
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # type: ignore
    assert controller.practice is None
    assert not practice.vault.is_open
    assert not window.isVisible()
    assert controller.gate.isVisible()
    assert controller.gate.stack.currentWidget() is controller.gate.unlock_page
    # closed dialogs are deleted, not kept hidden with their text
    qtbot.waitUntil(lambda: not window.findChildren(QDialog))  # type: ignore[attr-defined]
    assert window.clients.model.rowCount() == 0
    assert window.clients.proxy.rowCount() == 0
    assert window.sessions.model.rowCount() == 0
    for view in window.findChildren(QAbstractItemView):
        if in_combo_box(view):
            continue  # the fixed choices of a combo box (attendance, format …)
        model = view.model()
        assert model is None or model.rowCount() == 0, view.accessibleName()
    for goals in window.findChildren(QListWidget):
        assert goals.count() == 0
    shown = "\n".join(widget_texts(window))
    for secret in ("Alex Brown", "they/them", SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN,
                   PROCESS, ADDENDUM, SEARCH_WORD, "AB-01"):
        assert secret not in shown
    assert not window.sessions.editor.isEnabled()
    assert all(not a.isEnabled() for a in window.locked_actions)

    # unlock: back on the same client and the same session
    unlock(qtbot, controller)
    assert window.clients.current_client_id() == client_id
    assert window.sessions.current_session_id() == sid
    assert editor.field("subjective").toPlainText() == SUBJECTIVE
    assert editor.banner.isVisible()
    assert ADDENDUM in editor.addenda.text()


def test_autosave_at_the_real_interval(qtbot: object, controller: Controller) -> None:
    """The shipped 2-second autosave: nothing before it fires, the draft after."""
    assert note_editor.AUTOSAVE_MS == 2000
    unlock(qtbot, controller)
    practice = controller.practice
    assert practice is not None
    add_client_through_dialog(qtbot, controller, "Robin Hale")
    sid = new_session(qtbot, controller)
    editor = controller.window.sessions.editor
    assert editor.autosave.interval() == 2000
    type_into(qtbot, editor.field("subjective"), "typed and left alone")
    assert editor.autosave.isActive()
    assert practice.drafts.get(draft_key(sid)) is None
    with qtbot.waitSignal(editor.autosave.timeout, timeout=TIMEOUT):  # type: ignore
        pass
    draft = practice.drafts.get(draft_key(sid))
    assert draft is not None and "typed and left alone" in draft.body
