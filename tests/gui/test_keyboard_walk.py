"""The whole flow with the keyboard only: unlock, add a client, open a session,
write, save, sign, preview the summary, lock. Every key goes to the widget that
has the focus, as it would for a person; after each step the focus is where a
user expects it. And: after a dialog closes, focus goes back where it was."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QRadioButton, QWidget

from practice_notes.ui.app import Controller
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.new_session import NewSessionDialog
from practice_notes.ui.pdf_preview import PdfPreview
from practice_notes.ui.report_dialog import ReportDialog
from practice_notes.ui.settings_dialog import SettingsDialog
from tests.gui.guikit import PASSPHRASE, TIMEOUT, visible_dialogs, wait_box, wait_dialog

pytestmark = pytest.mark.gui

Key = Qt.Key
Mod = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def typed(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def wait_focus(qtbot: Any, widget: QWidget) -> None:
    def there() -> None:
        now = QApplication.focusWidget()
        assert now is widget, (f"focus in {type(now).__name__} {now and now.accessibleName()!r}"
                               f" of {QApplication.activeWindow()}")

    qtbot.waitUntil(there, timeout=TIMEOUT)


def activate(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)


def test_the_whole_flow_from_the_keyboard(qtbot: Any, controller: Controller) -> None:
    gate = controller.gate
    activate(qtbot, gate)
    wait_focus(qtbot, gate.passphrase)
    typed(qtbot, PASSPHRASE)
    with qtbot.waitSignal(gate.unlocked, timeout=TIMEOUT):
        press(qtbot, Key.Key_Return)
    window = controller.window
    qtbot.waitUntil(window.isVisible, timeout=TIMEOUT)
    activate(qtbot, window)

    # a new client: Ctrl+N, the name, Enter
    press(qtbot, Key.Key_N, Mod.ControlModifier)
    dialog = wait_dialog(qtbot, ClientDialog)
    wait_focus(qtbot, dialog.name)
    typed(qtbot, "Robin Keys")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.workspace.client_id != 0, timeout=TIMEOUT)
    assert "Robin Keys" in window.header.text()

    # the Sessions tab (Alt+S), a new session (Ctrl+Shift+N): focus in the note
    activate(qtbot, window)
    press(qtbot, Key.Key_S, Mod.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.sessions, timeout=TIMEOUT)
    press(qtbot, Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
    new = wait_dialog(qtbot, NewSessionDialog)
    wait_focus(qtbot, new.day.line)  # today, as typed; attendance is not assumed
    assert not new.ok_button.isEnabled()
    press(qtbot, Key.Key_A, Mod.AltModifier)  # "&Attendance:" → the first choice
    wait_focus(qtbot, new.findChild(QRadioButton, "attendance-attended"))
    press(qtbot, Key.Key_Space)
    assert new.ok_button.isEnabled()
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not new.isVisible(), timeout=TIMEOUT)
    editor = window.sessions.editor
    qtbot.waitUntil(lambda: window.sessions.current_session_id() is not None, timeout=TIMEOUT)
    first = editor.field(next(iter(editor._fields)))
    wait_focus(qtbot, first)
    typed(qtbot, "Talked about sleep and work.")
    press(qtbot, Key.Key_S, Mod.ControlModifier)  # save

    # sign: Alt+K (its own letter: nothing else on the tab has it) presses
    # "Sign and lock…" at once; Cancel is the default; Tab to "Sign and lock", Space
    sign = window.sessions.findChild(QPushButton, "sign-note") or next(
        b for b in window.sessions.findChildren(QPushButton) if b.text() == "Sign and loc&k…")
    assert sign.isVisible()
    press(qtbot, Key.Key_K, Mod.AltModifier)
    box = wait_box(qtbot)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    wait_focus(qtbot, cancel)  # the safe answer is where Enter goes
    for _ in range(len(box.buttons())):
        if focused().text().replace("&", "") == "Sign and lock":  # type: ignore[attr-defined]
            break
        press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: editor.session is not None and editor.session.signed_at is not None,
                    timeout=TIMEOUT)

    # the summary: Ctrl+R, Enter builds it, the preview opens; Escape closes it
    activate(qtbot, window)
    press(qtbot, Key.Key_R, Mod.ControlModifier)
    report = wait_dialog(qtbot, ReportDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and focused().window() is report, timeout=TIMEOUT)
    press(qtbot, Key.Key_Return)
    preview = wait_dialog(qtbot, PdfPreview)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and focused().window() is preview, timeout=TIMEOUT)
    assert preview.document.pageCount() >= 1
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and focused().window() is window, timeout=TIMEOUT)
    assert focused() is not window.clients.search

    # lock: Ctrl+L; the gate asks for the passphrase, focus in it
    press(qtbot, Key.Key_L, Mod.ControlModifier)
    qtbot.waitUntil(gate.isVisible, timeout=TIMEOUT)
    assert controller.practice is None
    activate(qtbot, gate)
    wait_focus(qtbot, gate.passphrase)
    assert visible_dialogs(ReportDialog) == []


def test_focus_returns_where_it_was_after_a_dialog(qtbot: Any,
                                                   seeded_vault: tuple[object, int, int],
                                                   controller: Controller) -> None:
    gate = controller.gate
    activate(qtbot, gate)
    typed(qtbot, PASSPHRASE)
    with qtbot.waitSignal(gate.unlocked, timeout=TIMEOUT):
        press(qtbot, Key.Key_Return)
    window = controller.window
    _path, client_id, session_id = seeded_vault
    window.go_to(client_id, session_id)
    qtbot.waitUntil(lambda: window.sessions.current_session_id() == session_id, timeout=TIMEOUT)
    window.tabs.setCurrentWidget(window.sessions)
    activate(qtbot, window)
    editor = window.sessions.editor
    field = editor.field(next(iter(editor._fields)))
    field.setFocus()
    wait_focus(qtbot, field)
    for _ in range(2):  # the settings, then Escape; twice (the second time too)
        press(qtbot, Key.Key_Comma, Mod.ControlModifier)
        settings = wait_dialog(qtbot, SettingsDialog)
        qtbot.waitUntil(lambda: focused().window() is settings, timeout=TIMEOUT)  # noqa: B023
        press(qtbot, Key.Key_Escape)
        qtbot.waitUntil(lambda: not visible_dialogs(SettingsDialog), timeout=TIMEOUT)
        wait_focus(qtbot, field)
        assert focused() is not window.clients.search


def test_each_tab_has_its_own_alt_key(controller: Controller) -> None:
    """Alt+letter goes straight to a tab: no two tabs share a letter (Qt would only
    move between them), and none shares one with a menu."""
    import re

    window = controller.window
    def letter(text: str) -> str:
        found = re.search(r"&([^&])", text)
        assert found, text
        return found.group(1).lower()

    tabs = [letter(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    menus = [letter(action.text()) for action in window.menuBar().actions()]
    assert len(set(tabs)) == len(tabs), tabs
    assert not set(tabs) & set(menus), (tabs, menus)
