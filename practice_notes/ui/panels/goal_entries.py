"""Entries under a goal: a rating (also opened from the session editor) and a
strategy or piece of homework with its outcome. Inline messages, autosaved drafts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from practice_notes.domain.enums import OutcomeRating, Rater, RatingScheme, StrategyKind
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Goal, GoalRating, Strategy
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.form_draft import State
from practice_notes.ui.panels.goal_fields import (
    GasSpinBox,
    combo,
    goal_heading,
    not_future,
    select,
    text_box,
)
from practice_notes.ui.panels.goal_models import (
    SCALE_GUIDE,
    day_text,
    latest,
    level_text,
    signed_value,
)
from practice_notes.ui.panels.record_form import OptionalDate, RecordDialog
from practice_notes.ui.panels.records import fill_sessions, select_session, session_day


# ==================================================================== rating
class RatingDialog(RecordDialog):
    """Record a rating of one goal, optionally linked to one of the client's sessions."""

    def __init__(self, practice: Practice, goal: Goal, parent: QWidget | None = None,
                 session_id: int | None = None) -> None:
        super().__init__(practice, self.tr("Rate goal"), f"goal-rating:{goal.id}", parent)
        self.goal = goal
        previous = latest(practice.goals.ratings(goal.id or 0))
        low, high = goal.scheme.bounds
        self.about = goal_heading(goal.client_words)
        self.date = DateField(dt.date.today(), self.tr("Date rated"))
        self.value = GasSpinBox() if goal.scheme is RatingScheme.GAS else QSpinBox()
        self.value.setRange(low, high)
        self.value.setAccessibleName(self.tr("Rating"))
        self.value.setValue(previous.value if previous else 0)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.meaning.setObjectName("rating-meaning")
        value_row = QWidget()
        vr = QVBoxLayout(value_row)
        vr.setContentsMargins(0, 0, 0, 0)
        vr.setSpacing(2)
        vr.addWidget(self.value)
        vr.addWidget(self.meaning)
        if previous:
            self.value.setToolTip(
                self.tr("Last rating: {value} on {value2}").format(
                    value=signed_value(previous.value, goal.scheme),
                    value2=day_text(previous.rated_on),
                )
            )
        self.rated_by = combo(
            "Rated by",
            [(r.label, r.value) for r in (Rater.TOGETHER, Rater.CLIENT, Rater.THERAPIST)],
        )
        self.note = text_box(self.tr("Rating note"),
                             self.tr("What the rating is based on (optional)"), 60)
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session"))
        fill_sessions(self.session, practice, goal.client_id, session_id)

        f = self.form
        f.add(self.tr("&Date:"), self.date, "rated_on")
        f.add(self.tr("&Rating:"), value_row, "value", focus=self.value)
        f.add(self.tr("Rated &by:"), self.rated_by, "rated_by")
        f.add(self.tr("&Note:"), self.note, "note")
        f.add(self.tr("&Session:"), self.session, "session_id")
        f.clear_on(self.date.dateChanged, "rated_on")
        f.clear_on(self.value.valueChanged, "value")
        f.clear_on(self.note.textChanged, "note")
        self.finish_layout(self.about)

        self.value.valueChanged.connect(self._show_meaning)
        self.session.currentIndexChanged.connect(self._session_changed)
        self._show_meaning()
        self.restore_draft()
        if session_id is not None:
            select_session(self.session, session_id)
            self._session_changed()
        self.watch(
            self.date.dateChanged,
            self.value.valueChanged,
            self.rated_by.currentIndexChanged,
            self.note.textChanged,
            self.session.currentIndexChanged,
        )
        self.value.setFocus()

    def _show_meaning(self) -> None:
        guide = "" if self.goal.scheme is RatingScheme.GAS else f" ({SCALE_GUIDE})"
        self.meaning.setText(level_text(self.goal, self.value.value()) + guide)

    def _session_changed(self) -> None:
        day = session_day(self.session)
        if day is not None:
            self.date.set_value(day)

    def state(self) -> State:
        return {
            "date": self.date.state(),
            "value": self.value.value(),
            "by": str(self.rated_by.currentData()),
            "note": self.note.toPlainText(),
            "session": self.session.currentData(),
        }

    def apply_state(self, state: State) -> None:
        self.session.blockSignals(True)
        select_session(self.session, state["session"])
        self.session.blockSignals(False)
        self.date.set_state(str(state["date"]))
        self.value.setValue(int(state["value"]))
        select(self.rated_by, str(state["by"]))
        self.note.setPlainText(str(state["note"]))

    def rating(self) -> GoalRating:
        day = self.date.value()
        not_future(day, self.tr("A rating"), "rated_on")
        if self.goal.agreed_on and day < self.goal.agreed_on:
            raise ValidationError(
                self.tr("A rating cannot be dated before the goal was agreed ({value})").format(
                    value=day_text(self.goal.agreed_on)
                ),
                field="rated_on",
            )
        sid = self.session.currentData()
        return GoalRating(
            goal_id=self.goal.id or 0,
            rated_on=day,
            value=self.value.value(),
            rated_by=Rater(str(self.rated_by.currentData())),
            note=self.note.toPlainText().strip(),
            session_id=int(sid) if sid is not None else None,
        )

    def save(self) -> None:
        self.form.clear()
        try:
            saved = self.practice.rate_goal(self.rating())
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)


# ================================================================== strategy
class StrategyDialog(RecordDialog):
    """A strategy or a piece of homework for a goal, and how it went."""

    def __init__(
        self,
        practice: Practice,
        goal: Goal,
        strategy: Strategy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        key = f"strategy:{strategy.id}" if strategy else f"strategy-new:{goal.id}"
        title = (QCoreApplication.translate("StrategyDialog", "Edit strategy or homework")
                 if strategy else
                 QCoreApplication.translate("StrategyDialog", "New strategy or homework"))
        super().__init__(practice, title, key, parent)
        self.goal = goal
        self.original = strategy
        self.description = text_box(self.tr("Strategy or homework"),
                                    self.tr("What we agreed to try"), 70)
        self.kind = combo(self.tr("Kind"), [(k.label, k.value) for k in StrategyKind])
        self.started = OptionalDate(
            self.tr("Started on"), self.tr("Start date"), None, dt.date.today()
        )
        self.outcome = combo(self.tr("How it went"), [(o.label, o.value) for o in OutcomeRating])
        self.outcome_note = text_box(self.tr("Outcome note"),
                                     self.tr("What happened when we tried it"), 60)
        f = self.form
        f.add(self.tr("&What:"), self.description, "description")
        f.add(self.tr("&Kind:"), self.kind, "kind")
        f.add(self.tr("&Started:"), self.started, "started_on", focus=self.started.check)
        f.add(self.tr("&How it went:"), self.outcome, "outcome")
        f.add(self.tr("N&ote:"), self.outcome_note, "outcome_note")
        f.clear_on(self.description.textChanged, "description")
        f.clear_on(self.started.changed, "started_on")
        f.clear_on(self.outcome_note.textChanged, "outcome_note")
        self.finish_layout(goal_heading(goal.client_words))
        if strategy is not None:
            self.description.setPlainText(strategy.description)
            select(self.kind, strategy.kind.value)
            self.started.set_value(strategy.started_on)
            select(self.outcome, strategy.outcome.value)
            self.outcome_note.setPlainText(strategy.outcome_note)
        else:
            self.started.set_value(dt.date.today())
        self.restore_draft()
        self.watch(
            self.description.textChanged,
            self.kind.currentIndexChanged,
            self.started.changed,
            self.outcome.currentIndexChanged,
            self.outcome_note.textChanged,
        )

    def state(self) -> State:
        started = self.started.value()
        return {
            "description": self.description.toPlainText(),
            "kind": str(self.kind.currentData()),
            "started": started.isoformat() if started else "",
            "outcome": str(self.outcome.currentData()),
            "note": self.outcome_note.toPlainText(),
        }

    def apply_state(self, state: State) -> None:
        self.description.setPlainText(str(state["description"]))
        select(self.kind, str(state["kind"]))
        started = str(state["started"])
        self.started.set_value(dt.date.fromisoformat(started) if started else None)
        select(self.outcome, str(state["outcome"]))
        self.outcome_note.setPlainText(str(state["note"]))

    def strategy(self) -> Strategy:
        base = self.original or Strategy(goal_id=self.goal.id or 0, description="")
        return replace(
            base,
            description=self.description.toPlainText().strip(),
            kind=StrategyKind(str(self.kind.currentData())),
            started_on=self.started.value(),
            outcome=OutcomeRating(str(self.outcome.currentData())),
            outcome_note=self.outcome_note.toPlainText().strip(),
        )

    def save(self) -> None:
        self.form.clear()
        try:
            s = self.strategy()
            saved = (
                self.practice.update_strategy(s)
                if s.id is not None
                else self.practice.add_strategy(s)
            )
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)
