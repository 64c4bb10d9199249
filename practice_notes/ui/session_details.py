"""The facts of a session above its note: when (a typed date and a time), how
long, attendance, modality and the note's format."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from practice_notes.domain.enums import Attendance, Modality, NoteFormat
from practice_notes.domain.models import Session
from practice_notes.ui.date_field import DateField


def enum_combo(enum_type: type[Attendance] | type[Modality] | type[NoteFormat],
               name: str) -> QComboBox:
    box = QComboBox()
    for member in enum_type:
        box.addItem(member.label, member.value)
    box.setAccessibleName(name)
    return box


def select(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


class SessionDetails(QWidget):
    """``changed`` on any edit; ``format_changed`` when the note format changes."""

    changed = Signal()
    format_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateField(None, self.tr("Session date"))
        self.time = time_edit(self.tr("Session start time"))
        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.attendance = enum_combo(Attendance, self.tr("Attendance"))
        self.modality = enum_combo(Modality, self.tr("Modality"))
        self.note_format = enum_combo(NoteFormat, self.tr("Note format"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.day, 1)
        row.addWidget(self.time)
        row.addWidget(self.duration)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day.line)
        form.addRow(when_label, row)
        row2 = QHBoxLayout()
        row2.addWidget(self.attendance)
        row2.addWidget(self.modality)
        row2.addWidget(self.note_format)
        attendance_label = QLabel(self.tr("&Attendance:"))
        attendance_label.setBuddy(self.attendance)
        form.addRow(attendance_label, row2)
        self.day.dateChanged.connect(self.changed)
        self.day.line.textEdited.connect(self.changed)
        self.time.timeChanged.connect(self.changed)
        self.duration.valueChanged.connect(self.changed)
        for box in (self.attendance, self.modality):
            box.currentIndexChanged.connect(self.changed)
        self.note_format.currentIndexChanged.connect(self.format_changed)

    def show_session(self, session: Session) -> None:
        self.day.set_value(session.starts_at.date())
        self.time.setTime(QTime(session.starts_at.hour, session.starts_at.minute))
        self.duration.setValue(session.duration_minutes)
        select(self.attendance, session.attendance.value)
        select(self.modality, session.modality.value)
        select(self.note_format, session.note_format.value)

    def chosen_format(self) -> NoteFormat:
        return NoteFormat(self.note_format.currentData())

    def apply(self, session: Session, strict: bool = True) -> Session:
        """``session`` with the facts shown. The date typed must be a date
        (InvalidDate); with ``strict=False`` (a draft) the old date is kept."""
        if strict or self.day.is_valid():
            day = self.day.value()
        else:
            day = session.starts_at.date()
        t = self.time.time()
        return replace(
            session,
            starts_at=dt.datetime.combine(day, dt.time(t.hour(), t.minute())),
            duration_minutes=self.duration.value(),
            attendance=Attendance(self.attendance.currentData()),
            modality=Modality(self.modality.currentData()),
            note_format=self.chosen_format(),
        )

    def set_locked(self, locked: bool) -> None:
        for widget in (self.day, self.time, self.duration, self.attendance, self.modality,
                       self.note_format):
            widget.setEnabled(not locked)
