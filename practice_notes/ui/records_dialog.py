"""A records request for one client: choose the period (or the whole record)
and whether to pseudonymise; the package is built off the GUI thread, then
shown in the PDF preview to print or save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.services import Practice
from practice_notes.services.records_request import RecordsBuilt, RecordsRequest, build_records
from practice_notes.services.reporting import PseudonymReview
from practice_notes.ui.build_dialog import BuildDialog
from practice_notes.ui.client_dialog import pydate, qdate


class RecordsDialog(BuildDialog):
    """``built`` carries the package (:class:`RecordsBuilt`) once it is made."""

    built = Signal(object)

    def __init__(self, practice: Practice, client_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.client_id = client_id
        self.today = today
        client = practice.clients.get(client_id)
        self.setWindowTitle(self.tr("Records request — {name}").format(name=client.name))
        end = today or dt.date.today()
        self.whole = QCheckBox(self.tr("The whole record"))
        self.whole.setChecked(True)
        self.start = self._date(client.start_date or end - dt.timedelta(days=365),
                                self.tr("Period from"))
        self.end = self._date(end, self.tr("Period to"))
        self.whole.toggled.connect(self._whole_toggled)
        self._whole_toggled(True)
        self.pseudonymise = QCheckBox(
            self.tr("Pseudonymise: show {code} instead of the names").format(code=client.code))
        self.pseudonymise.setAccessibleName(self.tr("Pseudonymise"))
        explain = QLabel(self.tr(
            "Every signed progress note with its addenda, goals and ratings, agreements with "
            "every version, check-ins and measures. Private process notes are never included; "
            "notes not signed are listed by date as drafts, without their text."))
        explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch()
        form = QFormLayout()
        form.addRow(self.whole)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.pseudonymise)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.build_button = self.buttons.addButton(self.tr("Build records"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 260)

    def _date(self, value: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def _whole_toggled(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)

    def request(self) -> RecordsRequest:
        whole = self.whole.isChecked()
        return RecordsRequest(
            client_id=self.client_id,
            period_from=None if whole else pydate(self.start.date()),
            period_to=None if whole else pydate(self.end.date()),
            pseudonymise=self.pseudonymise.isChecked(),
            paper=self.practice.settings.load().paper_size,
            generated_on=self.today,
        )

    def build(self) -> None:
        try:
            request = self.request()
            request.check()
        except ValidationError as exc:
            self.message.setText(str(exc))
            return

        def failure(exc: BaseException) -> str:
            return str(exc) if isinstance(exc, ValidationError) else self.tr(
                "The records could not be built: {reason}").format(reason=exc)

        def review(built: RecordsBuilt) -> tuple[PseudonymReview, str]:
            return built.review, built.client_code

        self.build_in_background(
            lambda practice: build_records(practice, request, audit=False),
            busy=self.tr("Building the records…"), status=self.tr("Building the records…"),
            failure=failure, finish=self._finish,
            review=review if request.pseudonymise else None)

    def declined_review(self) -> str:
        return self.tr("Not shown: add names to hide in the client's details, or build it "
                       "without pseudonymising.")

    def _finish(self, built: RecordsBuilt) -> None:
        self.built.emit(built)
        self.accept()
