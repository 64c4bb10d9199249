"""The Goals panel's goal-level dialogs: a goal (new, edit, revised wording) and
a status change. Each checks its input with an inline message under the field at
fault (never a crash) and keeps unsaved input as an encrypted draft (see
``record_form``). The rating and strategy dialogs live in ``goal_entries``."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import GoalStatus, RatingScheme
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.gas import GAS_LEVEL_NAMES, GAS_LEVELS
from practice_notes.domain.models import Goal
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.charts import GAS_Y_LABELS
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.form_draft import State
from practice_notes.ui.panels.goal_entries import RatingDialog, StrategyDialog
from practice_notes.ui.panels.goal_fields import (
    TARGET_DEFAULT_DAYS,
    combo,
    goal_heading,
    not_future,
    select,
    text_box,
)
from practice_notes.ui.panels.goal_models import GAS_GUIDE, SCALE_GUIDE, day_text, signed_value
from practice_notes.ui.panels.record_form import OptionalDate, RecordDialog

__all__ = ["GoalDialog", "RatingDialog", "StatusDialog", "StrategyDialog"]


# ====================================================================== goal
class GoalDialog(RecordDialog):
    """A new goal, an edit, or (with ``revising``) the new wording of a revised goal."""

    def __init__(self, practice: Practice, client_id: int, goal: Goal | None = None,
                 parent: QWidget | None = None, revising: Goal | None = None) -> None:
        key = (f"goal:{goal.id}" if goal is not None
               else f"goal-revision:{revising.id}" if revising is not None
               else f"goal-new:{client_id}")
        if goal:
            title = QCoreApplication.translate("GoalDialog", "Edit goal")
        elif revising:
            title = QCoreApplication.translate("GoalDialog", "Write the revised goal")
        else:
            title = QCoreApplication.translate("GoalDialog", "New goal")
        super().__init__(practice, title, key, parent)
        self.client_id = client_id
        self.original = goal
        self.has_ratings = bool(goal and goal.id and practice.goals.ratings(goal.id))

        self.words = text_box(self.tr("The goal in the client's words"),
                              self.tr("In the client's own words, e.g. “I want to go to the "
                                      "shop on my own”"), 70)
        self.why = text_box(self.tr("Why it matters"),
                            self.tr("What reaching it would mean to them"), 60)
        self.agreed = DateField(dt.date.today(), self.tr("Date agreed"))
        self.target = OptionalDate(self.tr("Has a target date"), self.tr("Target date"), None,
                                   dt.date.today() + dt.timedelta(days=TARGET_DEFAULT_DAYS))
        self.scale_radio = QRadioButton(self.tr("0–10 scale"))
        self.scale_radio.setToolTip(SCALE_GUIDE)
        self.gas_radio = QRadioButton(self.tr("Goal Attainment Scaling (−2 … +2)"))
        self.scheme_group = QButtonGroup(self)
        self.scheme_group.addButton(self.scale_radio)
        self.scheme_group.addButton(self.gas_radio)
        self.scale_radio.setChecked(True)
        scheme = QWidget()
        sl = QHBoxLayout(scheme)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.scale_radio)
        sl.addWidget(self.gas_radio)
        sl.addStretch(1)
        self.scheme_note = QLabel()
        self.scheme_note.setWordWrap(True)
        self.scheme_note.setVisible(False)

        self.level_edits: list[QLineEdit] = []
        levels = QWidget()
        lv = QVBoxLayout(levels)
        lv.setContentsMargins(0, 0, 0, 0)
        guide = QLabel(GAS_GUIDE)
        guide.setWordWrap(True)
        guide.setObjectName("gas-guide")
        lv.addWidget(guide)
        lf = QFormLayout()
        lf.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for value in reversed(GAS_LEVELS):
            edit = QLineEdit()
            edit.setMaxLength(300)
            name = f"{signed_value(value, RatingScheme.GAS)} {GAS_LEVEL_NAMES[value]}"
            edit.setAccessibleName(self.tr("Level {name}").format(name=name))
            edit.setToolTip(name)
            edit.setPlaceholderText(self.tr("The expected level: what we hope to see") if value == 0
                                    else GAS_LEVEL_NAMES[value].capitalize())
            lf.addRow(QLabel(f"{GAS_Y_LABELS[value]}:"), edit)
            self.level_edits.insert(0, edit)  # index 0 = −2
        lv.addLayout(lf)

        f = self.form
        f.add(self.tr("&Goal:"), self.words, "client_words")
        f.add(self.tr("&Why it matters:"), self.why, "why_it_matters")
        f.add(self.tr("Date &agreed:"), self.agreed, "agreed_on")
        f.add(self.tr("&Target date:"), self.target, "target_on", focus=self.target.check)
        f.add(self.tr("Rating &scale:"), scheme, "scheme", focus=self.scale_radio)
        f.add("", self.scheme_note)
        f.add(self.tr("&Levels:"), levels, "gas_levels", focus=self.level_edits[4])
        f.clear_on(self.words.textChanged, "client_words")
        f.clear_on(self.why.textChanged, "why_it_matters")
        f.clear_on(self.agreed.dateChanged, "agreed_on")
        f.clear_on(self.target.changed, "target_on")
        f.clear_on(self.agreed.dateChanged, "target_on")
        f.clear_on(self.gas_radio.toggled, "scheme")
        for edit in self.level_edits:
            f.clear_on(edit.textEdited, "gas_levels")
        self.finish_layout()
        self.setMinimumWidth(600)

        if goal is not None:
            self._load(goal)
        elif revising is not None:
            self._load(replace(revising, agreed_on=dt.date.today(), target_on=None))
            self.notice.setText(
                self.tr("The old wording is kept in the goal's history. Write the goal "
                                "as you now agree it; its ratings start afresh."))
            self.notice.setVisible(True)
        if self.has_ratings:
            self.scale_radio.setEnabled(False)
            self.gas_radio.setEnabled(False)
            self.scheme_note.setText(self.tr("The scale cannot change once the goal has ratings."))
            self.scheme_note.setVisible(True)
        self.gas_radio.toggled.connect(self._scheme_changed)
        self._scheme_changed()
        self.restore_draft()
        self.watch(self.words.textChanged, self.why.textChanged, self.agreed.dateChanged,
                   self.target.changed, self.gas_radio.toggled,
                   *(e.textEdited for e in self.level_edits))

    def _load(self, g: Goal) -> None:
        self.words.setPlainText(g.client_words)
        self.why.setPlainText(g.why_it_matters)
        self.agreed.set_value(g.agreed_on or dt.date.today())
        self.target.set_value(g.target_on)
        (self.gas_radio if g.scheme is RatingScheme.GAS else self.scale_radio).setChecked(True)
        for edit, text in zip(self.level_edits, g.gas_levels, strict=False):
            edit.setText(text)
            edit.setCursorPosition(0)

    def scheme(self) -> RatingScheme:
        return RatingScheme.GAS if self.gas_radio.isChecked() else RatingScheme.SCALE_0_10

    def _scheme_changed(self) -> None:
        self.form.set_row_visible("gas_levels", self.scheme() is RatingScheme.GAS)
        self.adjustSize()

    def state(self) -> State:
        return {
            "words": self.words.toPlainText(),
            "why": self.why.toPlainText(),
            "agreed": self.agreed.state(),
            "target": target.isoformat() if (target := self.target.value()) else "",
            "scheme": self.scheme().value,
            "levels": [e.text() for e in self.level_edits],
        }

    def apply_state(self, state: State) -> None:
        self.words.setPlainText(str(state["words"]))
        self.why.setPlainText(str(state["why"]))
        self.agreed.set_state(str(state["agreed"]))
        target = str(state["target"])
        self.target.set_value(dt.date.fromisoformat(target) if target else None)
        if self.scale_radio.isEnabled():
            gas = RatingScheme(str(state["scheme"])) is RatingScheme.GAS
            (self.gas_radio if gas else self.scale_radio).setChecked(True)
        for edit, text in zip(self.level_edits, list(state["levels"]), strict=False):
            edit.setText(str(text))
            edit.setCursorPosition(0)

    def goal(self) -> Goal:
        agreed = self.agreed.value()
        not_future(agreed, self.tr("The date agreed"), "agreed_on")
        scheme = self.scheme()
        levels = tuple(e.text().strip() for e in self.level_edits)
        base = self.original or Goal(client_id=self.client_id, client_words="")
        return replace(
            base,
            client_words=self.words.toPlainText().strip(),
            why_it_matters=self.why.toPlainText().strip(),
            agreed_on=agreed,
            target_on=self.target.value(),
            scheme=scheme,
            gas_levels=levels if scheme is RatingScheme.GAS else (),
        )

    def save(self) -> None:
        self.form.clear()
        try:
            g = self.goal()
            saved = (self.practice.update_goal(g) if g.id is not None
                     else self.practice.add_goal(g))
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)


# ==================================================================== status
class StatusDialog(RecordDialog):
    """Change a goal's status with the date and a reason; kept as history."""

    def __init__(self, practice: Practice, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(practice, self.tr("Change goal status"), f"goal-status:{goal.id}", parent)
        self.goal = goal
        self.last_change = max((c.changed_on for c in practice.goals.history(goal.id or 0)),
                               default=goal.agreed_on)
        self.status = combo(self.tr("New status"), [(s.label, s.value) for s in GoalStatus
                                            if s is not goal.status])
        self.date = DateField(dt.date.today(), self.tr("Date of the change"))
        self.reason = text_box(self.tr("Reason"), self.tr("Why the status changes, as agreed"), 70)
        self.revise = QCheckBox(self.tr("Then write the goal as it is now agreed"))
        self.revise.setChecked(True)
        current = QLabel(self.tr("Now: {label}").format(label=goal.status.label))
        current.setObjectName("current-status")
        f = self.form
        f.add("", current)
        f.add(self.tr("New s&tatus:"), self.status, "status")
        f.add(self.tr("&Date:"), self.date, "changed_on")
        f.add(self.tr("&Reason:"), self.reason, "reason")
        f.add("", self.revise, "revise")
        f.clear_on(self.status.currentIndexChanged, "status")
        f.clear_on(self.date.dateChanged, "changed_on")
        f.clear_on(self.reason.textChanged, "reason")
        self.finish_layout(goal_heading(goal.client_words))
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.restore_draft()
        self.watch(self.status.currentIndexChanged, self.date.dateChanged,
                   self.reason.textChanged, self.revise.toggled)

    def chosen(self) -> GoalStatus:
        return GoalStatus(str(self.status.currentData()))

    @property
    def write_revision(self) -> bool:
        return self.chosen() is GoalStatus.REVISED and self.revise.isChecked()

    def _status_changed(self) -> None:
        self.form.set_row_visible("revise", self.chosen() is GoalStatus.REVISED)

    def state(self) -> State:
        return {"status": self.chosen().value, "date": self.date.state(),
                "reason": self.reason.toPlainText(), "revise": self.revise.isChecked()}

    def apply_state(self, state: State) -> None:
        select(self.status, str(state["status"]))
        self.date.set_state(str(state["date"]))
        self.reason.setPlainText(str(state["reason"]))
        self.revise.setChecked(bool(state["revise"]))

    def save(self) -> None:
        self.form.clear()
        day = self.date.value()
        try:
            not_future(day, self.tr("The date of the change"), "changed_on")
            if self.last_change and day < self.last_change:
                raise ValidationError(
                    self.tr("The change cannot be dated before the last one ({value})").format(
                        value=day_text(self.last_change)), field="changed_on")
            if not self.reason.toPlainText().strip():
                raise ValidationError(self.tr("Say briefly why the status changes"), field="reason")
            self.practice.set_goal_status(
                self.goal.id or 0, self.chosen(), day, self.reason.toPlainText()
            )
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(self.chosen())
