"""Small field helpers shared by the goal dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox

from practice_notes.domain.errors import ValidationError

TARGET_DEFAULT_DAYS = 90


def text_box(name: str, placeholder: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    return box


def select(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def not_future(day: dt.date, what: str, field: str) -> None:
    if day > dt.date.today():
        raise ValidationError(
            QCoreApplication.translate("goal_fields", "{what} cannot be in the future").format(
                what=what
            ),
            field=field,
        )


class GasSpinBox(QSpinBox):
    """−2 … +2 with the sign always shown."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return f"{value:+d}" if value else "0"


def goal_heading(words: str) -> QLabel:
    """The goal a dialog is about, quoted in the client's words."""
    label = QLabel(f"“{words.strip()}”")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName("dialog-goal")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
