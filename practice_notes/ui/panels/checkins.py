"""The Check-ins part of a client's workspace: quick entry of the alliance
check-in (bond, goals, tasks, overall and the client's comment), the list of
check-ins, and the trend to look at together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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
from practice_notes.i18n import QT_TRANSLATE_NOOP
from practice_notes.services import Practice
from practice_notes.services.changes import ChangeKind
from practice_notes.services.errors import VaultError
from practice_notes.ui.change_signals import ChangeSignals, follow
from practice_notes.ui.charts import Series, TrendChart
from practice_notes.ui.panels.checkin_form import SCALES, CheckInDialog, CheckInForm
from practice_notes.ui.panels.entries import EntryPanel
from practice_notes.ui.panels.form_draft import FormDraft
from practice_notes.ui.panels.records import (
    Column,
    RecordModel,
    RecordTable,
    date_key,
    day_text,
)

__all__ = ["CheckInDialog", "CheckInsPanel"]


def _num(key: str) -> Column:
    return Column(key.capitalize(), lambda c: str(getattr(c, key)),
                  lambda c: getattr(c, key), numeric=True)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Date"),
        lambda c: day_text(c.checked_on),
        lambda c: date_key(c.checked_on, c.id),
    ),
    _num("bond"),
    _num("goals"),
    _num("tasks"),
    _num("overall"),
    Column(QT_TRANSLATE_NOOP("Column", "Client's comment"),
        lambda c: " ".join(c.comment.split()),
    ),
)


class CheckInsPanel(EntryPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = CheckInForm()
        self.form.changed.connect(self._form_changed)
        self.draft = FormDraft(self.form.state, self)
        self.save_button = QPushButton(self.tr("Sa&ve check-in"))
        self.save_button.setToolTip(self.tr("Save this check-in (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_quick)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_quick)
        entry = QGroupBox(self.tr("New check-in"))
        ev = QVBoxLayout(entry)
        ev.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        ev.addLayout(row)
        ev.addStretch()

        self.chart = TrendChart(
            self.tr("Our working relationship (0–10)"), 0, 10,
            empty_text=self.tr("No check-ins yet")
        )
        self.chart.setObjectName("checkin-chart")
        self.prompt = QLabel(
            self.tr(
                "<b>What could we change?</b><br>Look at this together: what is working for "
                "you, and what would you like to be different? It is a conversation, not a grade."
            )
        )
        self.prompt.setObjectName("checkin-prompt")
        self.prompt.setWordWrap(True)
        # rich text asks for its ideal width as its minimum; it wraps, so let it be narrower
        self.prompt.setMinimumWidth(220)
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
        buttons = self.record_buttons(self.edit_checkin, self.delete_checkin)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel(self.tr("Check-ins (click a heading to sort):")))
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        self.setEnabled(False)
        self._update_buttons()

    # ------------------------------------------------------------ state

    def watch(self, changes: ChangeSignals) -> None:
        """Reload after changes to what this panel shows, whoever made them."""
        follow(self, changes, (ChangeKind.CHECKIN, ChangeKind.SESSION))

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
                self.tr("Restored an unsaved check-in from {saved_at:%d %b %Y, %H:%M}.")
                .format(saved_at=restored[1]))
        self.refresh()

    def _forget(self) -> None:
        self.draft.flush()
        self.draft.unbind()
        self.form.forget()
        self.model.set_records([])
        self.chart.clear()

    def refresh(self) -> None:
        if self.practice is None:
            return
        checkins = self.practice.checkins.for_client(self.client_id)
        self.model.set_records(checkins)
        if checkins:
            self.chart.set_data(
                [
                    Series(
                        label.replace("&", ""),
                        tuple((c.checked_on, float(getattr(c, key))) for c in checkins),
                        style,
                    )
                    for style, (key, label, _hint) in enumerate(SCALES)
                ]
            )
        else:
            self.chart.clear()
        self._update_buttons()

    def _form_changed(self) -> None:
        self.draft.touch()

    # ------------------------------------------------------------ actions
    def save_quick(self) -> bool:
        if self.practice is None:
            return False
        try:
            saved = self.practice.save_checkin(self.form.value(self.client_id))
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return False
        self.draft.discard()
        self.form.reset()
        self.form.scores["bond"].setFocus()
        self.refresh()
        self.status_message.emit(self.saved_message(saved))
        self.changed.emit()
        return True

    def open_dialog(
        self, checkin: CheckIn | None = None, session_id: int | None = None
    ) -> CheckInDialog | None:
        if self.practice is None:
            return None
        dialog = CheckInDialog(self.practice, self.client_id, self, session_id, checkin)
        self.track(dialog)
        return dialog

    def saved_message(self, record: CheckIn) -> str:
        return f"Check-in of {day_text(record.checked_on)} saved."

    def edit_checkin(self, checkin: CheckIn | None) -> CheckInDialog | None:
        if checkin is None:
            return None
        return self.open_dialog(checkin)

    def delete_checkin(self, checkin: CheckIn | None) -> Any:
        if checkin is None or self.practice is None or checkin.id is None:
            return None
        practice = self.practice
        return self.confirm_delete(
            self.tr("Delete check-in"),
            self.tr("Delete the check-in of {value}?").format(value=day_text(checkin.checked_on)),
            lambda: practice.delete_checkin(checkin),
            "Check-in deleted.",
        )
