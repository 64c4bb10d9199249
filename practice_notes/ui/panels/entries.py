"""What the Check-ins and Measures panels share: entry dialogs that autosave what
is typed (kept as a draft on lock, discarded only after asking), a record table
with Edit…/Delete… buttons, and confirmed deletes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from practice_notes.i18n import translate
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox
from practice_notes.ui.panels.form_draft import FormDraft, State
from practice_notes.ui.panels.records import RecordModel, RecordTable


class EntryDialog(QDialog):
    """Save/Cancel around a form whose input is autosaved as a draft.

    Subclasses call ``start_draft`` once their fields are filled, ``mark_changed``
    on every edit and ``finish_saving`` once saved, and say in ``discard_question``
    what Cancel asks when something was entered."""

    def __init__(self, practice: Practice, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.client_id = client_id
        self.saved: Any = None  # what was saved, once it is
        self.dirty = False
        self.confirm_box: Any = None

    def start_draft(self, key: str, capture: Callable[[], State | None],
                    restore: Callable[[State], None], show: Callable[[str], None]) -> None:
        """Autosave ``capture()`` under ``key``; put back (``restore``) and say
        (``show``) what an earlier draft kept."""
        self.draft = FormDraft(capture, self)
        self.draft.bind(self.practice, key)
        restored = self.draft.load()
        if restored is not None:
            restore(restored[0])
            show(translate("EntryDialog",
                           "Restored what was entered on {saved_at:%d %b %Y, %H:%M}.")
                 .format(saved_at=restored[1]))
            self.dirty = True

    def save_cancel_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        return buttons

    def mark_changed(self) -> None:
        self.dirty = True
        self.draft.touch()

    def save(self) -> None:
        raise NotImplementedError

    def finish_saving(self, record: object) -> None:
        self.saved = record
        self.draft.discard()
        self.dirty = False
        self.accept()

    def discard_question(self) -> tuple[str, str]:
        """The title and text of the question Cancel asks when input would be lost."""
        raise NotImplementedError

    def reject(self) -> None:
        if self.dirty and self.draft.capture() is not None:
            title, text = self.discard_question()
            self.confirm_box = msgbox.confirm(self, title, text, self._discard,
                                              yes_text=self.tr("Discard"))
            return
        self._discard()

    def _discard(self) -> None:
        self.draft.discard()
        self.dirty = False
        super().reject()

    def stash(self) -> None:
        """Keep what was entered as a draft and close (the vault is being locked)."""
        if self.dirty:
            self.draft.pending = True
            self.draft.flush()
        self.draft.unbind()
        self.dirty = False
        super().reject()


class EntryPanel(QWidget):
    """Subclasses set ``model`` and ``table``, add ``record_buttons``, and write
    ``refresh``, ``_forget`` (what else a lock empties) and ``saved_message``."""

    status_message = Signal(str)
    changed = Signal()
    model: RecordModel
    table: RecordTable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.dialogs: list[EntryDialog] = []
        self.confirm_box: Any = None

    def record_buttons(self, edit: Callable[[Any], object],
                       delete: Callable[[Any], object]) -> QHBoxLayout:
        """Edit… and Delete… for the table's current record (Enter, a double click
        and Delete in the table do the same)."""
        self.table.edit_requested.connect(edit)
        self.table.delete_requested.connect(delete)
        # No Alt letters: Enter and Delete in the table do these (and the letters
        # are wanted by the form beside it).
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen entry (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen entry (Delete key)"))
        self.edit_button.clicked.connect(lambda: edit(self.table.current_record()))
        self.delete_button.clicked.connect(lambda: delete(self.table.current_record()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        return buttons

    def _update_buttons(self, *_args: object) -> None:
        has = self.table.current_record() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # ------------------------------------------------------------ state
    def clear(self) -> None:
        """Forget everything shown (on lock); what was typed, in the panel or in an
        open entry dialog, is kept as a draft."""
        for dialog in list(self.dialogs):
            dialog.stash()
        self.dialogs.clear()
        if self.confirm_box is not None:
            self.confirm_box.close()
            self.confirm_box = None
        self._forget()
        self.practice = None
        self.client_id = 0
        self.setEnabled(False)

    def _forget(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ dialogs
    def track(self, dialog: EntryDialog) -> None:
        """Open ``dialog``; when it closes having saved, reload and say so."""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._dialog_done(dialog))
        dialog.open()

    def _dialog_done(self, dialog: EntryDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        if dialog.saved is not None and self.practice is not None:
            self.refresh()
            self.status_message.emit(self.saved_message(dialog.saved))
            self.changed.emit()
        dialog.deleteLater()

    def saved_message(self, record: Any) -> str:
        raise NotImplementedError

    def confirm_delete(self, title: str, text: str, delete: Callable[[], object],
                       done: str) -> Any:
        """Ask first; then ``delete()``, reload and say ``done``."""

        def do() -> None:
            self.confirm_box = None
            try:
                delete()
            except VaultError as exc:
                msgbox.error(self, str(exc))
                return
            self.refresh()
            self.status_message.emit(done)
            self.changed.emit()

        self.confirm_box = msgbox.confirm(self, title, text, do, yes_text=self.tr("Delete"),
                                          informative=self.tr("This cannot be undone."))
        self.confirm_box.finished.connect(lambda _c: setattr(self, "confirm_box", None))
        return self.confirm_box
