"""The alliance check-in form (bond, goals, tasks, overall, the client's comment,
an optional session) and the dialog that holds it — also opened from a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain import rules
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import CheckIn
from practice_notes.i18n import QT_TRANSLATE_NOOP
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.entries import EntryDialog
from practice_notes.ui.panels.records import (
    ERROR_STYLE,
    check_day,
    error_label,
    fill_sessions,
    select_session,
    session_day,
)

# (field, label with mnemonic, what it asks about); Bordin's working alliance + overall
SCALES = (
    ("bond", QT_TRANSLATE_NOOP("CheckInForm", "&Bond"),
     QT_TRANSLATE_NOOP("CheckInForm", "how we get on")),
    ("goals", QT_TRANSLATE_NOOP("CheckInForm", "Go&als"),
     QT_TRANSLATE_NOOP("CheckInForm", "working on what matters to you")),
    ("tasks", QT_TRANSLATE_NOOP("CheckInForm", "Tas&ks"),
     QT_TRANSLATE_NOOP("CheckInForm", "how we work")),
    ("overall", QT_TRANSLATE_NOOP("CheckInForm", "Ove&rall"),
     QT_TRANSLATE_NOOP("CheckInForm", "how it is going for you")),
)
NOT_RATED = -1
INFO_STYLE = "color: palette(text);"


class ScoreSpin(QSpinBox):
    """0–10, starting blank ("–") so that nothing is saved by accident."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setRange(NOT_RATED, 10)
        self.setSpecialValueText("–")
        self.setValue(NOT_RATED)
        self.setAccessibleName(name)
        self.setSuffix(" / 10")
        self.setMinimumWidth(80)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # A digit typed into a blank rating replaces the dash, wherever the cursor is.
        if self.value() == NOT_RATED and event.text().isdigit():
            self.lineEdit().clear()
        super().keyPressEvent(event)


class CheckInForm(QWidget):
    """Date, the four 0–10 ratings, the client's comment and an optional session."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkin: CheckIn | None = None
        self._loading = False
        self.date = DateField(None, self.tr("Check-in date"))
        self.scores: dict[str, ScoreSpin] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        for key, source_label, source_hint in SCALES:
            label, hint = self.tr(source_label), self.tr(source_hint)
            spin = ScoreSpin(self.tr("{label}: {hint}, 0 to 10").format(
                label=label.replace("&", ""), hint=hint))
            spin.setObjectName(f"score-{key}")
            self.scores[key] = spin
            caption = QLabel(self.tr("{label} — {hint}:").format(label=label, hint=hint))
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            spin.valueChanged.connect(self._changed)
        scale = QLabel(self.tr("0 = not at all, 10 = completely"))
        scale.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", scale)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("The client's comment"))
        self.comment.setPlaceholderText(self.tr("In the client's own words (optional)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(62)
        comment_label = QLabel(self.tr("&Client's comment:"))
        comment_label.setBuddy(self.comment)
        form.addRow(comment_label, self.comment)
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Linked session"))
        session_label = QLabel(self.tr("Session (o&ptional):"))
        session_label.setBuddy(self.session)
        form.addRow(session_label, self.session)
        self.message = error_label()
        self.message.setVisible(False)
        form.addRow(self.message)
        self.date.dateChanged.connect(self._changed)
        self.comment.textChanged.connect(self._changed)
        self.session.currentIndexChanged.connect(self._session_chosen)

    # ---------------------------------------------------------- loading
    def bind(self, practice: Practice, client_id: int, session_id: int | None = None) -> None:
        self._loading = True
        fill_sessions(self.session, practice, client_id, session_id)
        day = session_day(self.session) if session_id is not None else None
        if day is not None:
            self.date.set_value(day)
        self._loading = False

    def reset(self) -> None:
        """Blank ratings and comment; the date goes back to today."""
        self._loading = True
        self.checkin = None
        self.date.set_value(dt.date.today())
        for spin in self.scores.values():
            spin.setValue(NOT_RATED)
        self.comment.clear()
        select_session(self.session, None)
        self.clear_message()
        self._loading = False

    def forget(self) -> None:
        """On lock: no client's text or sessions stay in the widgets."""
        self.reset()
        self.session.clear()

    def set_checkin(self, checkin: CheckIn) -> None:
        self._loading = True
        self.checkin = checkin
        self.date.set_value(checkin.checked_on)
        for key, spin in self.scores.items():
            spin.setValue(int(getattr(checkin, key)))
        self.comment.setPlainText(checkin.comment)
        select_session(self.session, checkin.session_id)
        self._loading = False

    # ------------------------------------------------------------ state
    def state(self) -> dict[str, Any] | None:
        """What has been entered, for an autosaved draft; None when nothing is."""
        scores = {k: s.value() for k, s in self.scores.items()}
        text = self.comment.toPlainText()
        if all(v == NOT_RATED for v in scores.values()) and not text.strip():
            return None
        return {"date": self.date.state(), **scores, "comment": text,
                "session_id": self.session.currentData()}

    def restore(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.date.set_state(str(state["date"]))
            for key, spin in self.scores.items():
                spin.setValue(int(state.get(key, NOT_RATED)))
            self.comment.setPlainText(str(state.get("comment", "")))
            sid = state.get("session_id")
            select_session(self.session, int(sid) if sid is not None else None)
        except (KeyError, ValueError, TypeError):
            pass
        finally:
            self._loading = False

    def value(self, client_id: int) -> CheckIn:
        """The check-in as entered; ValidationError names the field at fault."""
        day = self.date.value()
        check_day(day)
        values = {}
        for key, label, hint in SCALES:
            v = self.scores[key].value()
            if v == NOT_RATED:
                raise ValidationError(
                    self.tr("Rate {value} ({hint}) from 0 to 10").format(
                        value=self.tr(label).replace("&", ""), hint=self.tr(hint)), field=key)
            values[key] = v
        sid = self.session.currentData()
        base = self.checkin or CheckIn(
            client_id=client_id, checked_on=day, bond=0, goals=0, tasks=0, overall=0
        )
        checkin = replace(
            base,
            checked_on=day,
            comment=self.comment.toPlainText().strip(),
            session_id=int(sid) if sid is not None else None,
            **values,
        )
        rules.check_checkin(checkin)
        return checkin

    # --------------------------------------------------------- messages
    def show_error(self, exc: Exception) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(exc))
        self.message.setVisible(True)
        field = getattr(exc, "field", None)
        widget: QWidget | None = {"date": self.date, "comment": self.comment}.get(
            str(field), self.scores.get(str(field))
        )
        if widget is not None:
            widget.setFocus()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(text)
        self.message.setVisible(True)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self.message.isVisible() and self.message.styleSheet() == ERROR_STYLE:
            self.clear_message()
        self.changed.emit()

    def _session_chosen(self) -> None:
        day = session_day(self.session)
        if day is not None and not self._loading:
            self.date.set_value(day)
        self._changed()


class CheckInDialog(EntryDialog):
    """A check-in in its own window: new (optionally for a session) or an edit."""

    saved: CheckIn | None

    def __init__(
        self,
        practice: Practice,
        client_id: int,
        parent: QWidget | None = None,
        session_id: int | None = None,
        checkin: CheckIn | None = None,
    ) -> None:
        super().__init__(practice, client_id, parent)
        self.setWindowTitle("Edit check-in" if checkin else "New check-in")
        self.form = CheckInForm()
        self.form.bind(practice, client_id, session_id if checkin is None else None)
        if checkin is not None:
            self.form.set_checkin(checkin)
        self.start_draft(
            f"checkin:{client_id}:{checkin.id if checkin else 'new'}",
            self.form.state,
            self.form.restore,
            self.form.show_info,
        )
        self.form.changed.connect(self.mark_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.save_cancel_buttons())
        self.form.scores["bond"].setFocus()

    def save(self) -> None:
        try:
            checkin = self.form.value(self.client_id)
            saved = self.practice.save_checkin(checkin)
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.finish_saving(saved)

    def discard_question(self) -> tuple[str, str]:
        return (self.tr("Discard check-in"),
                self.tr("Discard what you entered for this check-in?"))
