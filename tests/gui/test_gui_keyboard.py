"""Keyboard and screen-reader use: Tab reaches every field of a note, every action
can be reached from a menu or a shortcut, every input has an accessible name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTextEdit,
    QWidget,
)

from practice_notes.ui.addendum_dialog import AddendumDialog
from practice_notes.ui.app import Controller
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.gate import GateDialog
from practice_notes.ui.search_dialog import SearchDialog
from practice_notes.ui.settings_dialog import SettingsDialog
from tests.gui.guikit import TIMEOUT, open_tab, unlock

pytestmark = pytest.mark.gui

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
          QCheckBox, QRadioButton, QSlider)


def inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs under ``root`` that a screen reader could not name."""
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INPUTS) or isinstance(w, QHeaderView):
            continue
        # the parts Qt builds inside a spin box, a combo box or a calendar popup
        if inside(w, (QAbstractSpinBox, QComboBox, QCalendarWidget)):
            continue
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName().strip() or text.replace("&", "").strip()):
            missing.append(f"{type(w).__name__} {w.objectName()!r} "
                           f"(placeholder {getattr(w, 'placeholderText', lambda: '')()!r})")
    return missing


def stray_ampersands(root: QWidget) -> list[str]:
    """Labels that would show a literal '&': a mnemonic with no buddy to go to."""
    found = []
    for label in [root, *root.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or label.textFormat() == Qt.TextFormat.RichText:
            continue
        text = label.text().replace("&&", "")
        if "&" in text and label.buddy() is None:
            found.append(label.text())
    return found


def open_note(qtbot: object, controller: Controller, client_id: int, session_id: int) -> None:
    window = controller.window
    window.go_to(client_id, session_id)
    open_tab(qtbot, window.tabs, window.sessions)
    assert window.sessions.current_session_id() == session_id


def test_tab_reaches_every_field_of_a_note_in_order(
        qtbot: object, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, session_id = seeded_vault
    unlock(qtbot, controller)
    window = controller.window
    open_note(qtbot, controller, client_id, session_id)
    editor = window.sessions.editor
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window,  # type: ignore
                    timeout=TIMEOUT)
    editor.when.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # type: ignore

    def owner(w: QWidget | None) -> QWidget | None:
        # a spin box's inner line edit stands for the spin box
        while w is not None and inside(w, (QAbstractSpinBox,)) and w.parentWidget():
            w = w.parentWidget()
        return w

    reached: list[QWidget] = []
    for _ in range(60):
        w = owner(QApplication.focusWidget())
        assert w is not None
        if w not in reached:
            reached.append(w)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # type: ignore

    fields = [editor.field(k) for k in ("subjective", "objective", "assessment", "plan")]
    wanted = [editor.when, editor.details.time, editor.duration, editor.attendance,
              editor.modality, editor.note_format, *fields, editor.homework, editor.process]
    missing = [w.accessibleName() for w in wanted if w not in reached]
    assert missing == []
    order = [reached.index(w) for w in [*fields, editor.homework, editor.process]]
    assert order == sorted(order), "Tab goes through the note top to bottom"
    # Tab in a text field moves on; it never types a tab character
    assert all("\t" not in w.toPlainText() for w in [*fields, editor.homework, editor.process])


def test_every_action_has_a_shortcut_or_a_menu(qtbot: object, controller: Controller) -> None:
    unlock(qtbot, controller)
    lonely = []
    for act in controller.window.findChildren(QAction):
        if act.objectName().startswith("_q_") or act.isSeparator():
            continue  # Qt's own (the clear button of a line edit)
        parent = act.parent()
        if isinstance(parent, QMenu) and parent.menuAction() is act:
            continue  # a menu's own entry: it is opened from a menu bar or a button
        in_menu = any(isinstance(o, (QMenu, QMenuBar)) for o in act.associatedObjects())
        if not (in_menu or not act.shortcut().isEmpty()):
            lonely.append(act.text())
    assert lonely == []
    assert controller.window.act_lock.shortcut().toString() == "Ctrl+L"
    assert not controller.window.act_search.shortcut().isEmpty()


def test_every_input_of_the_gate_has_an_accessible_name(controller: Controller) -> None:
    gate = controller.gate
    assert isinstance(gate, GateDialog)
    assert unnamed_inputs(gate) == []
    assert stray_ampersands(gate) == []


def test_every_input_of_the_desk_has_an_accessible_name(
        qtbot: object, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, session_id = seeded_vault
    unlock(qtbot, controller)
    window = controller.window
    open_note(qtbot, controller, client_id, session_id)
    practice = controller.practice
    assert practice is not None
    assert unnamed_inputs(window.clients) == []
    assert unnamed_inputs(window.sessions) == []
    dialogs = [
        ClientDialog(practice, None, window),
        ClientDialog(practice, practice.clients.get(client_id), window),
        SettingsDialog(practice, window),
        AddendumDialog(practice, session_id, window),
        SearchDialog(practice, window),
    ]
    for dialog in dialogs:
        assert unnamed_inputs(dialog) == [], dialog.windowTitle()
        assert stray_ampersands(dialog) == [], dialog.windowTitle()
        dialog.close()
    assert stray_ampersands(window.clients) == []
    assert stray_ampersands(window.sessions) == []
