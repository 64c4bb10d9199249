"""The Check-ins part of a client's workspace: quick entry of the alliance
check-in (bond, goals, tasks, overall and the client's comment), the list of
check-ins, and the trend to look at together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import CheckIn
from practice_notes.services import Practice
from practice_notes.ui import msgbox
from practice_notes.ui.charts import Series, TrendChart
from practice_notes.ui.panels.checkin_form import SCALES, CheckInDialog, CheckInForm, save_checkin
from practice_notes.ui.panels.records import (
    Column,
    FormDraft,
    RecordModel,
    RecordTable,
    date_key,
    day_text,
)
from practice_notes.vault.errors import VaultError

__all__ = ["CheckInDialog", "CheckInsPanel"]


def _num(key: str) -> Column:
    return Column(key.capitalize(), lambda c: str(getattr(c, key)),
                  lambda c: getattr(c, key), numeric=True)


COLUMNS = (
    Column("Date", lambda c: day_text(c.checked_on), lambda c: date_key(c.checked_on, c.id)),
    _num("bond"), _num("goals"), _num("tasks"), _num("overall"),
    Column("Client's comment", lambda c: " ".join(c.comment.split())),
)


class CheckInsPanel(QWidget):
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.dialogs: list[CheckInDialog] = []
        self.confirm_box: Any = None

        self.form = CheckInForm()
        self.form.changed.connect(self._form_changed)
        self.draft = FormDraft(self.form.state, self)
        self.save_button = QPushButton("&Save check-in")
        self.save_button.setToolTip("Save this check-in (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save_quick)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_quick)
        entry = QGroupBox("New check-in")
        ev = QVBoxLayout(entry)
        ev.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        ev.addLayout(row)
        ev.addStretch()

        self.chart = TrendChart("Our working relationship (0–10)", 0, 10,
                                empty_text="No check-ins yet")
        self.chart.setObjectName("checkin-chart")
        self.prompt = QLabel(
            "<b>What could we change?</b><br>Look at this together: what is working for "
            "you, and what would you like to be different? It is a conversation, not a grade.")
        self.prompt.setObjectName("checkin-prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setFrameShape(QFrame.Shape.StyledPanel)
        self.prompt.setStyleSheet("QLabel#checkin-prompt { padding: 6px; }")
        right = QVBoxLayout()
        right.addWidget(self.chart, 1)
        right.addWidget(self.prompt)
        top = QHBoxLayout()
        top.addWidget(entry, 2)
        top.addLayout(right, 3)

        self.model = RecordModel(COLUMNS)
        self.table = RecordTable(self.model, "Check-ins", stretch=len(COLUMNS) - 1)
        self.table.edit_requested.connect(self.edit_checkin)
        self.table.delete_requested.connect(self.delete_checkin)
        self.edit_button = QPushButton("Ed&it…")
        self.delete_button = QPushButton("&Delete…")
        self.edit_button.clicked.connect(lambda: self.edit_checkin(self.table.current_record()))
        self.delete_button.clicked.connect(
            lambda: self.delete_checkin(self.table.current_record()))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel("Check-ins (click a heading to sort):"))
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.setEnabled(False)
        self._update_buttons()

    # ------------------------------------------------------------ state
    def show_client(self, practice: Practice, client_id: int) -> None:
        self.draft.flush()
        self.practice = practice
        self.client_id = client_id
        self.setEnabled(True)
        self.form.reset()
        self.form.bind(practice, client_id)
        self.draft.bind(practice, f"checkin:{client_id}:quick")
        restored = self.draft.load()
        if restored is not None:
            self.form.restore(restored[0])
            self.form.show_info(
                f"Restored an unsaved check-in from {restored[1]:%d %b %Y, %H:%M}.")
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock); half-entered input is kept as a draft."""
        for dialog in list(self.dialogs):
            dialog.stash()
        self.dialogs.clear()
        if self.confirm_box is not None:
            self.confirm_box.close()
            self.confirm_box = None
        self.draft.flush()
        self.draft.unbind()
        self.form.forget()
        self.model.set_records([])
        self.chart.clear()
        self.practice = None
        self.client_id = 0
        self.setEnabled(False)

    def refresh(self) -> None:
        if self.practice is None:
            return
        checkins = self.practice.checkins.for_client(self.client_id)
        self.model.set_records(checkins)
        if checkins:
            self.chart.set_data([
                Series(label.replace("&", ""), tuple((c.checked_on, float(getattr(c, key)))
                                                     for c in checkins), style)
                for style, (key, label, _hint) in enumerate(SCALES)
            ])
        else:
            self.chart.clear()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        has = self.table.current_record() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _form_changed(self) -> None:
        self.draft.touch()

    # ------------------------------------------------------------ actions
    def save_quick(self) -> bool:
        if self.practice is None:
            return False
        try:
            saved = save_checkin(self.practice, self.form.value(self.client_id))
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return False
        self.draft.discard()
        self.form.reset()
        self.form.scores["bond"].setFocus()
        self.refresh()
        self.status_message.emit(f"Check-in of {day_text(saved.checked_on)} saved.")
        self.changed.emit()
        return True

    def open_dialog(self, checkin: CheckIn | None = None,
                    session_id: int | None = None) -> CheckInDialog | None:
        if self.practice is None:
            return None
        dialog = CheckInDialog(self.practice, self.client_id, self, session_id, checkin)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._dialog_done(dialog))
        dialog.open()
        return dialog

    def _dialog_done(self, dialog: CheckInDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        if dialog.saved is not None and self.practice is not None:
            self.refresh()
            self.status_message.emit(f"Check-in of {day_text(dialog.saved.checked_on)} saved.")
            self.changed.emit()
        dialog.deleteLater()

    def edit_checkin(self, checkin: CheckIn | None) -> CheckInDialog | None:
        if checkin is None:
            return None
        return self.open_dialog(checkin)

    def delete_checkin(self, checkin: CheckIn | None) -> Any:
        if checkin is None or self.practice is None or checkin.id is None:
            return None
        practice, cid = self.practice, checkin.id

        def do() -> None:
            self.confirm_box = None
            try:
                practice.checkins.delete(cid)
            except VaultError as exc:
                msgbox.error(self, str(exc))
                return
            self.refresh()
            self.status_message.emit("Check-in deleted.")
            self.changed.emit()

        self.confirm_box = msgbox.confirm(
            self, "Delete check-in", f"Delete the check-in of {day_text(checkin.checked_on)}?",
            do, yes_text="Delete", informative="This cannot be undone.")
        self.confirm_box.finished.connect(lambda _c: setattr(self, "confirm_box", None))
        return self.confirm_box
