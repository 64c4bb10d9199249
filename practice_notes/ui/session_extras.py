"""Quick records from the session editor: rate a goal, an alliance check-in, a
PHQ-9 or GAD-7, each linked to the open session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from practice_notes.domain.enums import GoalStatus, Instrument
from practice_notes.services import Practice
from practice_notes.ui.panels.checkin_form import CheckInDialog
from practice_notes.ui.panels.goal_entries import RatingDialog
from practice_notes.ui.panels.measure_dialogs import MeasureDialog


class QuickRecordBar(QWidget):
    recorded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.session_id: int | None = None
        self.dialog: QDialog | None = None
        self.rate = QPushButton(self.tr("&Rate a goal"))
        self.rate.setAccessibleName(self.tr("Rate a goal for this session"))
        self.rate_menu = QMenu(self)
        self.rate.setMenu(self.rate_menu)
        self.rate_menu.aboutToShow.connect(self._fill_goals)
        self.checkin = QPushButton(self.tr("&Check-in…"))
        self.checkin.setAccessibleName(self.tr("Alliance check-in for this session"))
        self.phq = QPushButton(self.tr("PHQ-&9…"))
        self.gad = QPushButton(self.tr("GAD-&7…"))
        self.checkin.clicked.connect(self.open_checkin)
        self.phq.clicked.connect(lambda: self.open_measure(Instrument.PHQ9))
        self.gad.clicked.connect(lambda: self.open_measure(Instrument.GAD7))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Record with this session:")))
        for b in (self.rate, self.checkin, self.phq, self.gad):
            layout.addWidget(b)
        layout.addStretch()
        self.setEnabled(False)

    def set_session(self, practice: Practice | None, client_id: int,
                    session_id: int | None) -> None:
        self.practice, self.client_id, self.session_id = practice, client_id, session_id
        self.setEnabled(practice is not None and session_id is not None)

    def _fill_goals(self) -> None:
        self.rate_menu.clear()
        if self.practice is None:
            return
        goals = [g for g in self.practice.goals.for_client(self.client_id)
                 if g.status is GoalStatus.ACTIVE]
        if not goals:
            self.rate_menu.addAction(self.tr("No active goals yet")).setEnabled(False)
        for goal in goals:
            words = goal.client_words if len(goal.client_words) <= 60 \
                else goal.client_words[:57] + "…"
            action = self.rate_menu.addAction(words)
            action.triggered.connect(lambda _c=False, g=goal: self._show(
                RatingDialog(self.practice, g, self, session_id=self.session_id)))

    def open_checkin(self) -> None:
        if self.practice is not None:
            self._show(CheckInDialog(self.practice, self.client_id, self,
                                     session_id=self.session_id))

    def open_measure(self, instrument: Instrument) -> None:
        if self.practice is not None:
            self._show(MeasureDialog(self.practice, self.client_id, instrument, self,
                                     session_id=self.session_id))

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        done: Callable[[], None] = self.recorded.emit
        dialog.accepted.connect(done)
        dialog.open()

    def clear(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            # Keep half-entered input as an encrypted draft, then close.
            keep = getattr(dialog, "stash", None) or getattr(dialog, "close_for_lock", None)
            if keep is not None:
                keep()
            if dialog.isVisible():
                dialog.reject()
        self.dialog = None
        self.set_session(None, 0, None)
