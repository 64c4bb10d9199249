"""The Goals part of a client's workspace: the client's goals in their own words,
ratings over time (chart and table), status history, strategies and homework."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import GoalStatus, StrategyKind
from practice_notes.domain.models import Goal, GoalRating, Strategy
from practice_notes.services import Practice
from practice_notes.services.changes import ChangeKind
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox
from practice_notes.ui.change_signals import ChangeSignals, follow
from practice_notes.ui.panels import goal_deletes as deletes
from practice_notes.ui.panels.goal_detail import GoalDetail, button_row, text_label
from practice_notes.ui.panels.goal_dialogs import (
    GoalDialog,
    RatingDialog,
    StatusDialog,
    StrategyDialog,
)
from practice_notes.ui.panels.goal_models import (
    GAS_GUIDE,
    GOAL_COLUMNS,
    GoalRow,
    RatingRow,
    gas_summary,
    gas_summary_text,
    latest,
)
from practice_notes.ui.panels.record_form import RecordDialog
from practice_notes.ui.panels.records import RECORD_ROLE, RecordModel, RecordTable

__all__ = ["GoalsPanel", "RatingDialog"]

_D = TypeVar("_D", bound=QDialog)


class GoalsPanel(QWidget):
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.goal: Goal | None = None
        self.ratings: list[GoalRating] = []
        self.session_days: dict[int, dt.date] = {}
        self._loading = False
        self.signed_sessions: set[int] = set()
        self.signed_goals: set[int] = set()

        # ---- the goals table
        self.summary = text_label("gas-summary")
        self.summary.setToolTip(GAS_GUIDE)
        self.goal_model = RecordModel(GOAL_COLUMNS)
        self.goal_table = RecordTable(self.goal_model, self.tr("Goals"), stretch=0)
        self.goal_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.goal_table.edit_requested.connect(lambda _r: self.edit_goal())
        self.goal_table.delete_requested.connect(lambda _r: self.delete_goal())
        self.goal_table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("Ne&w goal…"))
        self.edit_button = QPushButton(self.tr("Edit go&al…"))
        self.rate_button = QPushButton(self.tr("&Rate…"))
        self.status_button = QPushButton(self.tr("&Change status…"))
        self.delete_button = QPushButton(self.tr("&Delete goal"))
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.rate_button.clicked.connect(self.rate_goal)
        self.status_button.clicked.connect(self.change_status)
        self.delete_button.clicked.connect(self.delete_goal)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.summary)
        tl.addWidget(self.goal_table)
        tl.addLayout(button_row(self.new_button, self.edit_button, self.rate_button,
                                self.status_button, self.delete_button))

        # ---- the selected goal
        self.view = GoalDetail()
        self.chart = self.view.chart
        self.rating_table = self.view.rating_table
        self.strategy_table = self.view.strategy_table
        self.history_table = self.view.history_table
        self.rating_table.delete_requested.connect(lambda _r: self.delete_rating())
        self.view.add_rating_button.clicked.connect(self.rate_goal)
        self.view.delete_rating_button.clicked.connect(self.delete_rating)
        self.strategy_table.edit_requested.connect(lambda _r: self.edit_strategy())
        self.strategy_table.delete_requested.connect(lambda _r: self.delete_strategy())
        self.view.add_strategy_button.clicked.connect(self.add_strategy)
        self.view.edit_strategy_button.clicked.connect(self.edit_strategy)
        self.view.delete_strategy_button.clicked.connect(self.delete_strategy)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.placeholder)
        self.detail.addWidget(self.view)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._enable()

    # ================================================================== state

    def watch(self, changes: ChangeSignals) -> None:
        """Reload after changes to what this panel shows, whoever made them."""
        follow(self, changes, (ChangeKind.GOAL, ChangeKind.SESSION))

    def show_client(self, practice: Practice, client_id: int) -> None:
        self.practice = practice
        self.client_id = client_id
        self.goal = None
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock): close dialogs, empty every table."""
        for dialog in self.findChildren(RecordDialog):
            if dialog.isVisible():
                dialog.close_for_lock()
        for box in self.findChildren(QMessageBox):
            box.done(QMessageBox.StandardButton.Cancel)
        self.practice = None
        self.client_id = 0
        self.goal = None
        self.ratings = []
        self.session_days = {}
        self.signed_sessions = set()
        self.signed_goals = set()
        self.goal_model.set_records([])
        self._show_goal(None)
        self.summary.clear()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the client's goals; keep (or move to) the selected one."""
        if self.practice is None or not self.client_id:
            return
        keep = select_id if select_id is not None else (self.goal.id if self.goal else None)
        try:
            goals = self.practice.goals.for_client(self.client_id)
            ratings = self.practice.goals.ratings_for_client(self.client_id)
            sessions = self.practice.sessions.for_client(self.client_id)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return
        self.session_days = {s.id or 0: s.starts_at.date() for s in sessions}
        self.signed_sessions = {s.id or 0 for s in sessions if s.is_signed}
        self.signed_goals = {g for s in sessions if s.is_signed for g in s.goal_ids}
        self._loading = True
        try:
            self.goal_model.set_records(
                [GoalRow(g, latest(ratings.get(g.id or 0, ()))) for g in goals])
            if not self.select_goal(keep):
                self.goal_table.select_first()
        finally:
            self._loading = False
        self.summary.setText(gas_summary_text(gas_summary(goals, ratings)))
        self.summary.setVisible(bool(self.summary.text()))
        self._show_goal(self._current_row_goal())

    def select_goal(self, goal_id: int | None) -> bool:
        if goal_id is None:
            return False
        proxy = self.goal_table.proxy
        for row in range(proxy.rowCount()):
            record = proxy.index(row, 0).data(RECORD_ROLE)
            if isinstance(record, GoalRow) and record.goal.id == goal_id:
                self.goal_table.selectRow(row)
                return True
        return False

    def _current_row_goal(self) -> Goal | None:
        record = self.goal_table.current_record()
        return record.goal if isinstance(record, GoalRow) else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        record = current.data(RECORD_ROLE) if current.isValid() else None
        self._show_goal(record.goal if isinstance(record, GoalRow) else None)

    def _show_goal(self, goal: Goal | None) -> None:
        self.goal = goal
        self.ratings = []
        if goal is None or self.practice is None:
            self.placeholder.setText(
                self.tr("Choose a goal above.") if self.goal_model.rowCount() else
                self.tr("No goals yet. Add one with “New goal…”, in the client's own words."))
            self.detail.setCurrentWidget(self.placeholder)
            self.view.clear()
            self._enable()
            return
        try:
            self.ratings = self.practice.goals.ratings(goal.id or 0)
            history = self.practice.goals.history(goal.id or 0)
            strategies = self.practice.goals.strategies(goal.id or 0)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return
        self.detail.setCurrentWidget(self.view)
        self.view.show_goal(goal, self.ratings, history, strategies, self.session_days)
        self._enable()

    def _enable(self) -> None:
        has_client = self.practice is not None and bool(self.client_id)
        has_goal = has_client and self.goal is not None
        self.new_button.setEnabled(has_client)
        for b in (self.edit_button, self.rate_button, self.status_button, self.delete_button,
                  *self.view.buttons):
            b.setEnabled(has_goal)

    def _changed(self, goal_id: int | None, message: str) -> None:
        self.refresh(goal_id)
        self.status_message.emit(message)
        self.changed.emit()

    # ================================================================ goals
    def new_goal(self) -> GoalDialog | None:
        if self.practice is None or not self.client_id:
            return None
        dialog = GoalDialog(self.practice, self.client_id, None, self)
        dialog.saved.connect(lambda g: self._changed(g.id, self.tr("Goal added.")))
        return self._open(dialog)

    def edit_goal(self) -> GoalDialog | None:
        if self.practice is None or self.goal is None:
            return None
        dialog = GoalDialog(self.practice, self.client_id, self.goal, self)
        dialog.saved.connect(lambda g: self._changed(g.id, self.tr("Goal saved.")))
        return self._open(dialog)

    def rate_goal(self) -> RatingDialog | None:
        if self.practice is None or self.goal is None:
            return None
        goal_id = self.goal.id
        dialog = RatingDialog(self.practice, self.goal, self)
        dialog.saved.connect(lambda _r: self._changed(goal_id, self.tr("Rating saved.")))
        return self._open(dialog)

    def change_status(self) -> StatusDialog | None:
        if self.practice is None or self.goal is None:
            return None
        goal = self.goal
        dialog = StatusDialog(self.practice, goal, self)

        def saved(status: GoalStatus) -> None:
            self._changed(goal.id, {
                GoalStatus.ACTIVE: self.tr("Goal marked active."),
                GoalStatus.ACHIEVED: self.tr("Goal marked achieved."),
                GoalStatus.REVISED: self.tr("Goal marked revised."),
                GoalStatus.PAUSED: self.tr("Goal marked paused."),
                GoalStatus.DISCONTINUED: self.tr("Goal marked discontinued."),
            }[status])
            if dialog.write_revision and self.practice is not None:
                self.revise_goal(goal)

        dialog.saved.connect(saved)
        return self._open(dialog)

    def revise_goal(self, old: Goal) -> GoalDialog | None:
        """Write the new wording of a revised goal as a new goal (the old one stays)."""
        if self.practice is None:
            return None
        dialog = GoalDialog(self.practice, self.client_id, None, self, revising=old)
        dialog.saved.connect(lambda g: self._changed(g.id, self.tr("Revised goal added.")))
        return self._open(dialog)

    def delete_goal(self) -> QMessageBox | None:
        if self.practice is None or self.goal is None:
            return None
        goal = self.goal

        def deleted() -> None:
            self.goal = None
            self._changed(None, self.tr("Goal deleted."))

        return deletes.delete_goal(self, self.practice, goal, bool(self.ratings),
                                   goal.id in self.signed_goals, deleted)

    # ============================================================== ratings
    def delete_rating(self) -> QMessageBox | None:
        record = self.rating_table.current_record()
        if self.practice is None or not isinstance(record, RatingRow):
            return None
        rating = record.rating
        return deletes.delete_rating(
            self, self.practice, rating, rating.session_id in self.signed_sessions,
            lambda: self._changed(rating.goal_id, self.tr("Rating deleted.")))

    # =========================================================== strategies
    def add_strategy(self) -> StrategyDialog | None:
        if self.practice is None or self.goal is None:
            return None
        goal_id = self.goal.id
        dialog = StrategyDialog(self.practice, self.goal, None, self)
        dialog.saved.connect(lambda _s: self._changed(goal_id, self.tr("Strategy added.")))
        return self._open(dialog)

    def edit_strategy(self) -> StrategyDialog | None:
        record = self.strategy_table.current_record()
        if self.practice is None or self.goal is None or not isinstance(record, Strategy):
            return None
        goal_id = self.goal.id
        dialog = StrategyDialog(self.practice, self.goal, record, self)
        dialog.saved.connect(lambda _s: self._changed(goal_id, self.tr("Strategy saved.")))
        return self._open(dialog)

    def delete_strategy(self) -> QMessageBox | None:
        record = self.strategy_table.current_record()
        if self.practice is None or not isinstance(record, Strategy):
            return None
        message = (self.tr("Strategy deleted.") if record.kind is StrategyKind.STRATEGY
                   else self.tr("Homework deleted."))
        return deletes.delete_strategy(self, self.practice, record,
                                       lambda: self._changed(record.goal_id, message))

    @staticmethod
    def _open(dialog: _D) -> _D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
