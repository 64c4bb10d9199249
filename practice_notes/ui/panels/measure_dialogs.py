"""PHQ-9 / GAD-7 entry: each question with four answers, operable from the
keyboard, with the running total and severity band shown as answers come in.
PHQ-9 item 9 above 0 is flagged and must be acknowledged before saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.measures import ANSWER_LABELS, ITEM_TEXT, SPECS, item9_flagged
from practice_notes.domain.models import MeasureResult
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.entries import EntryDialog
from practice_notes.ui.panels.measure_answers import ANSWER_WIDTH, AnswerRow, total_text
from practice_notes.ui.panels.records import (
    ERROR_STYLE,
    check_day,
    error_label,
    fill_sessions,
    select_session,
    session_day,
)

ITEM9_FLAG_TEXT = QT_TRANSLATE_NOOP(
    "MeasureDialog", "Item 9 was answered above 0 — please follow up and note what was "
                     "discussed.")
ITEM9_HINT = QT_TRANSLATE_NOOP(
    "MeasureDialog", "Any answer above 0 is flagged for you to follow up. A 0 does not mean "
                     "there is no risk.")
STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
FLAG_STYLE = ("QFrame#item9-flag { background: #fff4ce; border: 1px solid #c19c00;"
              " border-left: 6px solid #c19c00; }"
              " QFrame#item9-flag QLabel, QFrame#item9-flag QCheckBox { color: #3b2f00; }")


class MeasureDialog(EntryDialog):
    """Enter (or correct) a PHQ-9 or GAD-7 result."""

    saved: MeasureResult | None

    def __init__(self, practice: Practice, client_id: int, instrument: Instrument,
                 parent: QWidget | None = None, session_id: int | None = None,
                 result: MeasureResult | None = None) -> None:
        super().__init__(practice, client_id, parent)
        self.instrument = instrument
        self.spec = SPECS[instrument]
        self.original = result
        self._loading = True
        title = self.spec.title
        self.setWindowTitle(
            self.tr("Correct {title} result").format(title=title)
            if result
            else self.tr("New {title}").format(title=title)
        )
        self.resize(880, 720 if instrument is Instrument.PHQ9 else 590)

        intro = QLabel(
            self.tr(
                "{explanation}<br><b>{STEM}</b><br><span>Keys 0–3 answer"
                " a question and move to the next; ←/→ change an answer;"
                " ↑/↓ move between questions.</span>"
            ).format(explanation=translate("Instrument", self.spec.explanation), STEM=STEM)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.date = DateField(None, self.tr("{title} date").format(title=title))
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Linked session"))
        fill_sessions(
            self.session, practice, client_id, result.session_id if result else session_id
        )
        when = QHBoxLayout()
        date_label = QLabel(self.tr("D&ate:"))
        date_label.setBuddy(self.date)
        session_label = QLabel(self.tr("Sessio&n:"))
        session_label.setBuddy(self.session)
        when.addWidget(date_label)
        when.addWidget(self.date)
        when.addSpacing(16)
        when.addWidget(session_label)
        when.addWidget(self.session, 1)

        header = QHBoxLayout()
        header.setContentsMargins(6, 0, 6, 0)
        header.addStretch(1)
        for answer in ANSWER_LABELS:
            label = QLabel(answer)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            label.setFixedWidth(ANSWER_WIDTH)
            header.addWidget(label)
        items = QWidget()
        iv = QVBoxLayout(items)
        iv.setContentsMargins(0, 0, 0, 0)
        iv.setSpacing(0)
        self.rows: list[AnswerRow] = []
        for n, text in enumerate(ITEM_TEXT[instrument]):
            is_item9 = instrument is Instrument.PHQ9 and n == 8
            row = AnswerRow(n, text, self.tr(ITEM9_HINT) if is_item9 else "")
            if n % 2:
                row.setStyleSheet("QFrame#answer-row { background: palette(alternate-base); }")
            row.answered.connect(self._answered)
            row.step.connect(self._step)
            self.rows.append(row)
            iv.addWidget(row)
        iv.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.total = QLabel()
        self.total.setObjectName("measure-total")
        self.total.setAccessibleName(self.tr("Total and severity"))
        self.total.setStyleSheet("QLabel#measure-total { font-size: 13pt; font-weight: bold; }")
        self.flag = QFrame()
        self.flag.setObjectName("item9-flag")
        self.flag.setStyleSheet(FLAG_STYLE)
        fl = QVBoxLayout(self.flag)
        self.flag_label = QLabel(self.tr(ITEM9_FLAG_TEXT))
        self.flag_label.setWordWrap(True)
        self.acknowledge = QCheckBox(self.tr("I have seen this answer and will follow it up"))
        self.acknowledge.setAccessibleName(self.tr("Acknowledge the item 9 answer"))
        self.acknowledge.toggled.connect(self._changed)
        fl.addWidget(self.flag_label)
        fl.addWidget(self.acknowledge)
        self.flag.setVisible(False)
        self.note = QPlainTextEdit(result.note if result else "")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (optional): context, what was discussed"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(58)
        self.message = error_label()
        buttons = self.save_cancel_buttons()
        self.save_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(when)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.flag)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        if result is not None:
            self.date.set_value(result.taken_on)
            for row, value in zip(self.rows, result.items, strict=True):
                row.set_value(value)
            # it was ticked when the result was saved: correcting the result (or
            # noting the follow-up) does not ask again for the same answer
            self.acknowledge.setChecked(item9_flagged(result.instrument, result.items))
        elif session_day(self.session) is not None:
            self.date.set_value(session_day(self.session) or dt.date.today())
        key = f"measure:{client_id}:{instrument.value}:{result.id if result else 'new'}"
        self.start_draft(key, self.state, self.restore, self._show_info)
        self._loading = False
        self.date.dateChanged.connect(self._changed)
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.note.textChanged.connect(self._changed)
        self._update_total()
        self.rows[0].focus_answer()

    # ------------------------------------------------------------ answers
    def answers(self) -> list[int | None]:
        return [row.value() for row in self.rows]

    def item9_flagged(self) -> bool:
        if self.instrument is not Instrument.PHQ9:
            return False
        value = self.rows[8].value()
        return value is not None and value > 0

    def _answered(self, _index: int) -> None:
        self._update_total()
        self._changed()

    def _step(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self.rows):
            self.rows[target].focus_answer()
        elif target >= len(self.rows):
            (self.acknowledge if self.item9_flagged() else self.note).setFocus()

    def _update_total(self) -> None:
        self.total.setText(total_text(self.instrument, self.answers()))
        flagged = self.item9_flagged()
        self.flag.setVisible(flagged)
        if flagged:
            self.rows[8].setStyleSheet("QFrame#answer-row { background: #fff4ce; }")
        elif self.instrument is Instrument.PHQ9:
            self.rows[8].setStyleSheet("")

    # ------------------------------------------------------------- state
    def state(self) -> dict[str, Any] | None:
        answers = self.answers()
        if all(a is None for a in answers) and not self.note.toPlainText().strip():
            return None
        return {
            "date": self.date.state(),
            "items": answers,
            "note": self.note.toPlainText(),
            "session_id": self.session.currentData(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        try:
            self.date.set_state(str(state["date"]))
            for row, value in zip(self.rows, state["items"], strict=True):
                row.set_value(int(value) if value is not None and 0 <= int(value) <= 3 else None)
            self.note.setPlainText(str(state.get("note", "")))
            sid = state.get("session_id")
            select_session(self.session, int(sid) if sid is not None else None)
        except (KeyError, ValueError, TypeError):
            pass
        self._update_total()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self.message.styleSheet() == ERROR_STYLE:
            self.message.clear()
        self.mark_changed()

    def _session_chosen(self) -> None:
        day = session_day(self.session)
        if day is not None:
            self.date.set_value(day)
        self._changed()

    # ------------------------------------------------------------ saving
    def entered(self) -> MeasureResult:
        day = self.date.value()
        check_day(day)
        answers = self.answers()
        for n, value in enumerate(answers):
            if value is None:
                raise ValidationError(
                    self.tr("Please answer question {value} (0 to 3) before saving").format(
                        value=n + 1
                    ),
                    field=f"item{n}",
                )
        if self.item9_flagged() and not self.acknowledge.isChecked():
            raise ValidationError(
                self.tr("Item 9 was answered above 0: tick that you have seen it before saving"),
                field="acknowledge",
            )
        sid = self.session.currentData()
        return MeasureResult(
            client_id=self.client_id,
            instrument=self.instrument,
            taken_on=day,
            items=tuple(int(a or 0) for a in answers),
            note=self.note.toPlainText().strip(),
            session_id=int(sid) if sid is not None else None,
        )

    def save(self) -> None:
        try:
            result = self.entered()
            if self.original is not None and self.original.id is not None:
                saved = self.practice.replace_measure(self.original, result)
            else:
                saved = self.practice.add_measure(result)
        except (ValidationError, VaultError) as exc:
            self._show_error(exc)
            return
        self.finish_saving(saved)

    def _show_info(self, text: str) -> None:
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(text)

    def _show_error(self, exc: Exception) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(exc))
        field = str(getattr(exc, "field", "") or "")
        if field == "date":
            self.date.setFocus()
        elif field == "acknowledge":
            self.acknowledge.setFocus()
        elif field.startswith("item") and field[4:].isdigit():
            self.rows[int(field[4:])].focus_answer()
        elif field == "note":
            self.note.setFocus()

    def discard_question(self) -> tuple[str, str]:
        title = self.spec.title
        return (self.tr("Discard {title}").format(title=title),
                self.tr("Discard the {title} answers entered so far?").format(title=title))
