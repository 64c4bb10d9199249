"""The Overview: the first thing shown for a client."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import Attendance, RatingScheme
from practice_notes.domain.gas import GAS_LEVEL_NAMES
from practice_notes.domain.models import MeasureResult
from practice_notes.services import Practice
from practice_notes.services.changes import ChangeKind
from practice_notes.services.errors import VaultError
from practice_notes.services.overview import ClientOverview, client_overview
from practice_notes.ui.change_signals import ChangeSignals, follow
from practice_notes.ui.charts import Series, TrendChart
from practice_notes.ui.date_field import DateField, InvalidDate
from practice_notes.ui.panels.measure_dialogs import MeasureDialog
from practice_notes.ui.panels.overview_symptoms import Item9Banner, SymptomsCard


def _d(day: dt.date) -> str:
    return day.strftime("%d %b %Y")


def _rating_text(value: int, scheme: RatingScheme) -> str:
    if scheme is RatingScheme.GAS:
        return f"{value:+d} ({GAS_LEVEL_NAMES[value]})"
    return f"{value} of 10"


def _label(text: str, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class _Card(QGroupBox):
    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.body = QVBoxLayout(self)

    def reset(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            inner = item.layout()
            if widget is not None:
                widget.hide()  # gone now, not at the next turn of the event loop
                widget.deleteLater()
            elif inner is not None:
                while inner.count():
                    taken = inner.takeAt(0)
                    w = taken.widget() if taken is not None else None
                    if w is not None:
                        w.hide()
                        w.deleteLater()


class OverviewPanel(QWidget):
    status_message = Signal(str)
    changed = Signal()
    open_tab = Signal(str)  # "goals", "agreements", "milestones", "checkins", "sessions"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.goals = _Card(self.tr("Goals we are working on"))
        self.agreements = _Card(self.tr("Agreements to review"))
        self.milestones = _Card(self.tr("Recent milestones"))
        self.alliance = _Card(self.tr("Our working relationship"))
        self.attendance = _Card(self.tr("Attendance, last 90 days"))
        self.review = _Card(self.tr("Next review session"))
        self.symptoms = SymptomsCard()
        self.symptoms.open_tab.connect(self.open_tab)
        # an item-9 answer above 0 not yet followed up stands above everything
        self.item9 = Item9Banner()
        self.item9.follow_up.connect(self.follow_up)
        # two columns of cards, each as tall as its content: an empty card is one line
        left = QVBoxLayout()
        for card in (self.goals, self.symptoms, self.milestones):
            left.addWidget(card)
        left.addStretch(1)
        right = QVBoxLayout()
        for card in (self.agreements, self.alliance, self.attendance, self.review):
            right.addWidget(card)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        outer.addWidget(self.item9)
        outer.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.cards = [self.goals, self.agreements, self.milestones, self.alliance,
                      self.attendance, self.review]
        self.follow_up_dialog: MeasureDialog | None = None

    def clear(self) -> None:
        if self.follow_up_dialog is not None:
            # what was typed is kept as a draft, as in the Measures tab
            self.follow_up_dialog.stash()
            self.follow_up_dialog = None
        for card in self.cards:
            card.reset()
        self.symptoms.clear()
        self.item9.clear()
        self.practice = None
        self.client_id = 0


    def watch(self, changes: ChangeSignals) -> None:
        """Reload after changes to what this panel shows, whoever made them."""
        follow(self, changes, tuple(k for k in ChangeKind if k is not ChangeKind.SETTINGS))

    def show_client(self, practice: Practice, client_id: int) -> None:
        self.practice = practice
        self.client_id = client_id
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        if self.practice is None or not self.client_id:
            return
        data = client_overview(self.practice, self.client_id, today)
        for card in self.cards:
            card.reset()
        self._goals(data)
        self._agreements(data)
        self._milestones(data)
        self._alliance(data)
        self._attendance(data)
        self._review(data)
        self.symptoms.show_symptoms(data.symptoms)
        self.item9.show_open(data.symptoms.item9_open)

    def _link_button(self, text: str, tab: str) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setStyleSheet("text-align: left; color: palette(link);")
        button.clicked.connect(lambda: self.open_tab.emit(tab))
        return button

    def _link(self, card: _Card, text: str, tab: str) -> None:
        card.body.addWidget(self._link_button(text, tab))

    def _empty(self, card: _Card, text: str, link: str, tab: str) -> None:
        """An empty card: what to do next, in one line, with the way there."""
        row = QHBoxLayout()
        label = _label(text)
        label.setObjectName("empty-card")
        row.addWidget(label, 1)
        row.addWidget(self._link_button(link, tab))
        card.body.addLayout(row)

    def _goals(self, data: ClientOverview) -> None:
        if not data.goals:
            self._empty(self.goals, self.tr("No active goals yet: add one in the client's own "
                                            "words."), self.tr("Open goals ▸"), "goals")
            return
        for line in data.goals:
            g = line.goal
            row = QHBoxLayout()
            latest = line.latest
            text = f"<b>“{html.escape(g.client_words)}”</b><br>"
            if latest:
                text += html.escape(self.tr("Latest: {rating}, {date}").format(
                    rating=_rating_text(latest.value, g.scheme), date=_d(latest.rated_on)))
            else:
                text += html.escape(self.tr("Not rated yet"))
            row.addWidget(_label(text, rich=True), 1)
            low, high = g.scheme.bounds
            spark = TrendChart(g.client_words, low, high, sparkline=True)
            spark.set_data([Series(self.tr("Rating"), tuple((r.rated_on, float(r.value))
                                                   for r in line.ratings))])
            row.addWidget(spark)
            self.goals.body.addLayout(row)
        self._link(self.goals, self.tr("Open goals ▸"), "goals")

    def _agreements(self, data: ClientOverview) -> None:
        if not data.agreements_due:
            self._empty(self.agreements, self.tr("None due for review in the next two weeks."),
                        self.tr("Open agreements ▸"), "agreements")
            return
        for due in data.agreements_due:
            review = due.agreement.review_on or data.today
            if due.overdue:
                text = (f"<b>{html.escape(due.topic)}</b> — <b>review overdue</b> "
                        f"(was due {_d(review)})")
            else:
                text = f"{html.escape(due.topic)} — review due {_d(review)}"
            label = _label(text, rich=True)
            if due.overdue:
                label.setStyleSheet("color: #a4262c;")
            self.agreements.body.addWidget(label)
        self._link(self.agreements, self.tr("Open agreements ▸"), "agreements")

    def _milestones(self, data: ClientOverview) -> None:
        if not data.recent_milestones:
            self._empty(self.milestones, self.tr("None yet: note the moments that matter."),
                        self.tr("Open milestones ▸"), "milestones")
            return
        for line in data.recent_milestones:
            self.milestones.body.addWidget(
                _label(f"{_d(line.milestone.occurred_on)} — {line.label}"))
        self._link(self.milestones, self.tr("Open milestones ▸"), "milestones")

    def _alliance(self, data: ClientOverview) -> None:
        last = data.last_checkin
        if last is None:
            self._empty(self.alliance, self.tr("No check-ins yet: ask how therapy is going."),
                        self.tr("Open check-ins ▸"), "checkins")
            return
        self.alliance.body.addWidget(
            _label(
                self.tr(
                    "Last check-in {value}: bond {bond}, goals {goals}, "
                    "tasks {tasks}, overall {overall} (each 0–10)."
                ).format(
                    value=_d(last.checked_on),
                    bond=last.bond,
                    goals=last.goals,
                    tasks=last.tasks,
                    overall=last.overall,
                )
            )
        )
        if last.comment.strip():
            self.alliance.body.addWidget(_label(f"“{last.comment.strip()}”"))
        spark = TrendChart(self.tr("Overall check-in"), 0, 10, sparkline=True)
        spark.set_data(
            [
                Series(
                    self.tr("Overall"),
                    tuple((c.checked_on, float(c.overall)) for c in data.checkins),
                )
            ]
        )
        self.alliance.body.addWidget(spark)
        self._link(self.alliance, self.tr("Open check-ins ▸"), "checkins")

    def _attendance(self, data: ClientOverview) -> None:
        if not any(data.attendance.values()):
            self.attendance.body.addWidget(_label(self.tr("No sessions in these 90 days.")))
            return
        parts = [f"{a.label}: {data.attendance[a]}" for a in Attendance]
        self.attendance.body.addWidget(_label("\n".join(parts)))

    def _review(self, data: ClientOverview) -> None:
        when = data.next_review_on
        if when is None:
            text = self.tr("Not set yet.")
        elif when < data.today:
            text = self.tr("Was planned for {date}.").format(date=_d(when))
        else:
            days = (when - data.today).days
            text = self.tr("{date} (in {days} days)").format(date=_d(when), days=days)
        self.review.body.addWidget(_label(text))
        button = QPushButton(self.tr("Set review date…"))
        button.clicked.connect(self.ask_review_date)
        self.review.body.addWidget(button)

    def follow_up(self, result: MeasureResult) -> MeasureDialog | None:
        """Open the result to note what was discussed: the note records the follow-up."""
        if self.practice is None or self.follow_up_dialog is not None:
            return None
        dialog = MeasureDialog(self.practice, self.client_id, result.instrument, self,
                               result=result)
        self.follow_up_dialog = dialog

        def done(_code: int) -> None:
            if self.follow_up_dialog is dialog:
                self.follow_up_dialog = None
            if dialog.saved is not None and self.practice is not None:
                self.status_message.emit(self.tr("Follow-up noted with the PHQ-9 of {date}.")
                                         .format(date=_d(result.taken_on)))
                self.refresh()
                self.changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        dialog.note.setFocus()
        return dialog

    def ask_review_date(self) -> ReviewDateDialog | None:
        if self.practice is None:
            return None
        client = self.practice.clients.get(self.client_id)
        dialog = ReviewDateDialog(client.next_review_on, self)
        practice = self.practice

        def save() -> None:
            try:
                practice.update_client(replace(client, next_review_on=dialog.value()))
            except VaultError as exc:
                self.status_message.emit(str(exc))
                return
            self.refresh()
            self.changed.emit()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog


class ReviewDateDialog(QDialog):
    def __init__(self, current: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Next review session"))
        self.date = DateField(current or dt.date.today() + dt.timedelta(days=28),
                              self.tr("Review date"))
        self.none = QCheckBox(self.tr("No review planned"))
        self.none.toggled.connect(lambda on: self.date.setEnabled(not on))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.date)
        layout.addWidget(self.none)
        layout.addWidget(buttons)

    def value(self) -> dt.date | None:
        return None if self.none.isChecked() else self.date.value()

    def accept(self) -> None:
        """Refused while the date typed is not a date (the field says why)."""
        try:
            self.value()
        except InvalidDate:
            return
        super().accept()
