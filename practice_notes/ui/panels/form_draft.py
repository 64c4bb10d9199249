"""Autosave of typed input as an encrypted draft in the vault: what the Check-in,
Measure and Other scores forms and every RecordDialog keep when the vault locks."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from practice_notes.i18n import translate
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError

AUTOSAVE_MS = 2000
STATUS_MS = 15000
State = dict[str, Any]


def failure_text(exc: Exception) -> str:
    """One line for the status bar: what failed, and that the typing is kept."""
    reason = " ".join(str(exc).split())
    return translate("FormDraft", "Autosave failed: {reason} What you typed is still in the "
                                  "form; save it when you can.").format(reason=reason)


def show_in_status_bar(anchor: QObject | None, text: str) -> bool:
    """Show ``text`` in the status bar of the main window ``anchor`` belongs to
    (through the dialogs that opened it). False if there is none."""
    obj = anchor
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    widget = obj if isinstance(obj, QWidget) else None
    while widget is not None:
        top = widget.window()
        if isinstance(top, QMainWindow):
            top.statusBar().showMessage(text, STATUS_MS)
            return True
        widget = top.parentWidget()
    return False


class FormDraft(QObject):
    """Autosave of a half-filled form or dialog into the vault's drafts (encrypted,
    like the note editor's) under ``key``. ``capture`` returns the form's state, or
    None when the form is empty (then any stored draft is removed). Unbound (no
    practice), it keeps nothing."""

    saved = Signal()
    #: an autosave failed (a VaultError): one line saying so; it is also shown in
    #: the main window's status bar. The form keeps what was typed, and the next
    #: edit (or Save) tries again.
    failed = Signal(str)

    def __init__(self, capture: Callable[[], State | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.practice: Practice | None = None
        self.key = ""
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

    def bind(self, practice: Practice, key: str) -> None:
        self.timer.stop()
        self.practice, self.key, self.pending = practice, key, False

    def unbind(self) -> None:
        self.timer.stop()
        self.practice, self.key, self.pending = None, "", False

    def touch(self) -> None:
        if self.practice is not None:
            self.pending = True
            self.timer.start()

    def flush(self) -> bool:
        """Write the form's state now (if changed since the last write)."""
        self.timer.stop()
        if not (self.pending and self.practice):
            return True
        state = self.capture()
        try:
            if state is None:
                self.practice.discard_draft(self.key)
            else:
                self.practice.put_draft(self.key, json.dumps(state, ensure_ascii=False))
        except VaultError as exc:
            text = failure_text(exc)
            self.failed.emit(text)
            show_in_status_bar(self.parent(), text)
            return False
        self.pending = False
        self.saved.emit()
        return True

    def load(self) -> tuple[State, dt.datetime] | None:
        """The stored draft and when it was written; None if there is none (or it
        cannot be read)."""
        if self.practice is None:
            return None
        try:
            draft = self.practice.drafts.get(self.key)
            if draft is None:
                return None
            body = json.loads(draft.body)
        except (VaultError, ValueError):
            return None
        return (body, draft.updated_at) if isinstance(body, dict) else None

    def discard(self) -> None:
        self.timer.stop()
        self.pending = False
        if self.practice is not None:
            try:
                self.practice.discard_draft(self.key)
            except VaultError:
                pass
