"""A new session: the therapist says when it was and whether the client came
(nothing is assumed), then the note opens in the editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import Attendance
from practice_notes.domain.models import Session
from practice_notes.ui.date_field import DateField, InvalidDate
from practice_notes.ui.session_details import time_edit


class NewSessionDialog(QDialog):
    """OK stays disabled until attendance is chosen and the date is a date."""

    def __init__(self, client_id: int, now: dt.datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New session"))
        start = (now or dt.datetime.now()).replace(second=0, microsecond=0)
        self.day = DateField(start.date(), self.tr("Session date"))
        self.time = time_edit(self.tr("Session start time"))
        self.time.setTime(QTime(start.hour, start.minute))
        when = QHBoxLayout()
        when.addWidget(self.day, 1)
        when.addWidget(self.time)
        self.attendance = QButtonGroup(self)
        self.attendance.setExclusive(True)
        column = QVBoxLayout()
        for member in Attendance:
            button = QRadioButton(member.label)
            button.setObjectName(f"attendance-{member.value}")
            button.setAccessibleName(member.label)
            self.attendance.addButton(button)
            column.addWidget(button)
        self._members = dict(zip(self.attendance.buttons(), Attendance, strict=True))
        form = QFormLayout()
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day.line)
        form.addRow(when_label, when)
        attendance_label = QLabel(self.tr("&Attendance:"))
        attendance_label.setBuddy(self.attendance.buttons()[0])  # Alt+A, then arrows/Space
        form.addRow(attendance_label, column)
        self.hint = QLabel(self.tr("Choose whether the client attended."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open note"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.attendance.buttonToggled.connect(lambda *_: self._update())
        self.day.validity_changed.connect(lambda _ok: self._update())
        self._update()
        self.day.setFocus()

    def chosen_attendance(self) -> Attendance | None:
        button = self.attendance.checkedButton()
        return self._members[button] if button is not None else None

    def _update(self) -> None:
        chosen = self.chosen_attendance() is not None
        self.hint.setVisible(not chosen)
        self.ok_button.setEnabled(chosen and self.day.is_valid())

    def session(self) -> Session:
        """The new session as chosen (InvalidDate while the date is not a date)."""
        attendance = self.chosen_attendance()
        assert attendance is not None
        t = self.time.time()
        return Session(self.client_id,
                       dt.datetime.combine(self.day.value(), dt.time(t.hour(), t.minute())),
                       attendance=attendance)

    def accept(self) -> None:
        if self.chosen_attendance() is None:
            return
        try:
            self.session()
        except InvalidDate:
            return
        super().accept()
