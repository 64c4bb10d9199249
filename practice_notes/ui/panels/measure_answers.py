"""The answers of a PHQ-9 / GAD-7 entry: one row per question with four
answers (keyboard operable), and the running total with its severity band."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import Instrument
from practice_notes.domain.measures import ANSWER_LABELS, SPECS, severity
from practice_notes.i18n import translate

ANSWER_WIDTH = 104


def band_range(instrument: Instrument, total: int) -> str:
    for low, high, label in SPECS[instrument].bands:
        if low <= total <= high:
            return translate("Measures", "{band} ({low}–{high})").format(
                band=translate("Severity", label), low=low, high=high)
    return severity(instrument, total)


def total_text(instrument: Instrument, answers: list[int | None]) -> str:
    """The running total: the band once all are answered, the least band until then."""
    spec = SPECS[instrument]
    total = sum(a for a in answers if a is not None)
    missing = sum(1 for a in answers if a is None)
    if missing == len(answers):
        return translate("Measures", "Total: — of {max} (no answers yet)").format(
            max=spec.max_total)
    if missing:
        floor = severity(instrument, total)
        lowest = translate("Severity", spec.bands[0][2])
        if floor != lowest:
            text = (translate("Measures", "Total so far: {total} of {max} — at least {band} "
                                          "(%n question to go)", "", missing) if missing == 1
                    else translate("Measures", "Total so far: {total} of {max} — at least "
                                               "{band} (%n questions to go)", "", missing))
        else:
            text = (translate("Measures", "Total so far: {total} of {max} (%n question to go)",
                              "", missing) if missing == 1
                    else translate("Measures", "Total so far: {total} of {max} (%n questions "
                                               "to go)", "", missing))
        return text.format(total=total, max=spec.max_total, band=floor)
    return translate("Measures", "Total: {total} of {max} — {band}").format(
        total=total, max=spec.max_total, band=band_range(instrument, total))


class AnswerRow(QFrame):
    """One question and its four answers (0–3). Keys: 0–3 answer and move on,
    Left/Right change the answer, Up/Down move between questions."""

    answered = Signal(int)  # the row's index
    step = Signal(int, int)  # row index, direction (+1 next / −1 previous)

    def __init__(self, index: int, text: str, hint: str = "") -> None:
        super().__init__()
        self.index = index
        self.setObjectName("answer-row")
        self.label = QLabel(f"{index + 1}. {text}")
        self.label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        text_box.addWidget(self.label)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setWordWrap(True)
            self.hint.setStyleSheet("color: palette(placeholder-text);")
            text_box.addWidget(self.hint)
        layout.addLayout(text_box, 1)
        for value, answer in enumerate(ANSWER_LABELS):
            button = QRadioButton(str(value))
            button.setAccessibleName(
                self.tr("Question {value}: {answer} ({value2})").format(
                    value=index + 1, answer=answer, value2=value
                )
            )
            button.setToolTip(self.tr("{answer} — key {value}").format(answer=answer, value=value))
            button.installEventFilter(self)
            self.group.addButton(button, value)
            self.buttons.append(button)
            cell = QWidget()
            cell.setFixedWidth(ANSWER_WIDTH)
            cl = QHBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(cell)
        self.group.idClicked.connect(lambda _v: self.answered.emit(self.index))

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked >= 0 else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for b in self.buttons:
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)

    def focus_answer(self) -> None:
        value = self.value()
        self.buttons[value if value is not None else 0].setFocus(Qt.FocusReason.TabFocusReason)

    def _answer(self, value: int) -> None:
        self.set_value(value)
        self.buttons[value].setFocus()
        self.answered.emit(self.index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_3:
            self._answer(key - Qt.Key.Key_0)
            self.step.emit(self.index, 1)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.value()
            step = 1 if key == Qt.Key.Key_Right else -1
            start = current if current is not None else (-1 if step > 0 else 1)
            self._answer(min(3, max(0, start + step)))
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(self.index, 1 if key == Qt.Key.Key_Down else -1)
            return True
        return False
