"""The selected goal: its words, why it matters, the GAS levels, the chart of its
ratings, and tabs with the ratings, strategies/homework and status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import RatingScheme
from practice_notes.domain.models import Goal, GoalRating, GoalStatusChange, Strategy
from practice_notes.ui.charts import TrendChart
from practice_notes.ui.panels.goal_models import (
    RATING_COLUMNS,
    STATUS_COLUMNS,
    STRATEGY_COLUMNS,
    RatingRow,
    chart_labels,
    chart_series,
    day_text,
    signed_value,
)
from practice_notes.ui.panels.records import RecordModel, RecordTable


def text_label(name: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName(name)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class GoalDetail(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.title = text_label("goal-words", bold=True)
        self.why = text_label("goal-why")
        self.levels = text_label("goal-levels")
        self.chart = TrendChart(self.tr("Ratings over time"), 0, 10,
                                empty_text=self.tr(
                                    "No ratings yet. Rate the goal to start its chart."))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.title)
        ll.addWidget(self.why)
        ll.addWidget(self.levels)
        ll.addWidget(self.chart, 1)

        self.rating_model = RecordModel(RATING_COLUMNS)
        self.rating_table = RecordTable(self.rating_model, self.tr("Ratings"), stretch=3)
        self.add_rating_button = QPushButton(self.tr("Add rating…"))
        self.delete_rating_button = QPushButton(self.tr("Delete rating"))
        ratings = QWidget()
        rl = QVBoxLayout(ratings)
        rl.addWidget(self.rating_table)
        rl.addLayout(button_row(self.add_rating_button, self.delete_rating_button))

        self.strategy_model = RecordModel(STRATEGY_COLUMNS)
        self.strategy_table = RecordTable(self.strategy_model, self.tr("Strategies and homework"),
                                          stretch=0)
        self.strategy_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.add_strategy_button = QPushButton(self.tr("Add strategy or homewor&k…"))
        self.edit_strategy_button = QPushButton(self.tr("Edit strateg&y…"))
        self.delete_strategy_button = QPushButton(self.tr("Delete strategy"))
        strategies = QWidget()
        sl = QVBoxLayout(strategies)
        sl.addWidget(self.strategy_table)
        sl.addLayout(button_row(self.add_strategy_button, self.edit_strategy_button,
                                self.delete_strategy_button))

        self.history_model = RecordModel(STATUS_COLUMNS)
        self.history_table = RecordTable(self.history_model, self.tr("Status history"), stretch=2)

        self.tabs = QTabWidget()
        self.tabs.addTab(ratings, self.tr("Ratings"))
        self.tabs.addTab(strategies, self.tr("Strategies and homework"))
        self.tabs.addTab(self.history_table, self.tr("Status history"))
        self.addWidget(left)
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.buttons = (self.add_rating_button, self.delete_rating_button,
                        self.add_strategy_button, self.edit_strategy_button,
                        self.delete_strategy_button)

    def show_goal(self, goal: Goal, ratings: Sequence[GoalRating],
                  history: Sequence[GoalStatusChange], strategies: Sequence[Strategy],
                  session_days: Mapping[int, dt.date]) -> None:
        self.title.setText(f"“{goal.client_words}”")
        if goal.target_on:
            facts = self.tr("Agreed {agreed} · target {target} · {status} · {scheme}")
        else:
            facts = self.tr("Agreed {agreed} · {status} · {scheme}")
        facts = facts.format(
            agreed=day_text(goal.agreed_on),
            target=day_text(goal.target_on) if goal.target_on else "",
            status=goal.status.label,
            scheme=goal.scheme.label,
        )
        if goal.why_it_matters:
            facts = self.tr("Why it matters: {why}").format(why=goal.why_it_matters) + "\n" + facts
        self.why.setText(facts)
        if goal.scheme is RatingScheme.GAS and len(goal.gas_levels) == 5:
            self.levels.setText(
                "\n".join(
                    f"{signed_value(v, goal.scheme)}: {goal.gas_levels[v + 2]}"
                    for v in (2, 1, 0, -1, -2)
                )
            )
            self.levels.setVisible(True)
        else:
            self.levels.clear()
            self.levels.setVisible(False)
        low, high = goal.scheme.bounds
        self.chart.set_range(low, high)
        self.chart.set_data(chart_series(ratings), y_labels=chart_labels(goal.scheme))
        self.rating_model.set_records(
            [RatingRow(goal, r, session_days.get(r.session_id or 0)) for r in ratings]
        )
        self.history_model.set_records(list(history))
        self.strategy_model.set_records(list(strategies))

    def clear(self) -> None:
        for model in (self.rating_model, self.strategy_model, self.history_model):
            model.set_records([])
        self.title.clear()
        self.why.clear()
        self.levels.clear()
        self.chart.clear()
