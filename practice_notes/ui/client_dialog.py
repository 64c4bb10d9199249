"""Add or edit a client."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.date_field import DateField, InvalidDate


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class BirthDate(QWidget):
    """An optional date of birth: a check box switches the date field on (the
    pattern of the record forms' optional dates, from 1900 to today)."""

    def __init__(self, value: dt.date | None) -> None:
        super().__init__()
        self.check = QCheckBox(self.tr("Known"))
        self.check.setAccessibleName(self.tr("Date of birth: known"))
        self.edit = DateField(value or dt.date(1990, 1, 1), self.tr("Date of birth"),
                              field="born_on", minimum=dt.date(1900, 1, 1),
                              maximum=dt.date.today())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        """The date of birth, None when unknown; InvalidDate if what was typed is
        not a date."""
        return self.edit.value() if self.check.isChecked() else None

    def set_date(self, value: dt.date) -> None:
        self.edit.set_value(value)
        self.check.setChecked(True)


class ClientDialog(QDialog):
    def __init__(self, practice: Practice, client: Client | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice = practice
        self.original = client
        self.saved: Client | None = None
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # holds client details
        self.name = QLineEdit(client.display_name if client else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.preferred = QLineEdit(client.preferred_name if client else "")
        self.preferred.setAccessibleName(self.tr("Preferred name"))
        self.pronouns = QLineEdit(client.pronouns if client else "")
        self.pronouns.setAccessibleName(self.tr("Pronouns"))
        self.code = QLineEdit(client.code if client else "")
        self.code.setAccessibleName(self.tr("Client code"))
        self.code.setToolTip(
            self.tr("A short code used instead of the name in pseudonymised reports."))
        self.start = DateField(client.start_date if client and client.start_date
                               else dt.date.today(), self.tr("Start date"))
        self.status = QComboBox()
        for s in ClientStatus:
            self.status.addItem(s.label, s)
        if client:
            self.status.setCurrentIndex(list(ClientStatus).index(client.status))
        self.status.setAccessibleName(self.tr("Status"))
        self.considerations = QPlainTextEdit(client.considerations if client else "")
        self.considerations.setAccessibleName(self.tr("Considerations"))
        self.considerations.setPlaceholderText(
            self.tr("Cultural, accessibility or other considerations"))
        self.considerations.setTabChangesFocus(True)
        self.considerations.setFixedHeight(80)
        self.other_names = QPlainTextEdit("\n".join(client.other_names) if client else "")
        self.other_names.setAccessibleName(self.tr("Other names to hide"))
        self.other_names.setPlaceholderText(
            self.tr("One per line: nicknames, earlier names, family "
                                            "names. Pseudonymised summaries never print these, "
                                            "nor the name and preferred name."))
        self.other_names.setTabChangesFocus(True)
        self.other_names.setFixedHeight(70)
        self.born = BirthDate(client.born_on if client else None)
        self.born.setToolTip(self.tr("Optional. With the retention rule for minors on (Settings), "
                                     "records are kept until some years after the 18th birthday."))
        self.discharged = QLabel(
            self.tr("Discharged on {day:%d %b %Y}").format(day=client.discharged_on)
            if client and client.discharged_on else "")
        self.message = QLabel()
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Preferred name:"), self.preferred)
        form.addRow(self.tr("P&ronouns:"), self.pronouns)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.tr("Date of &birth:"), self.born)
        form.addRow(self.tr("S&tatus:"), self.status)
        if self.discharged.text():
            form.addRow("", self.discharged)
        form.addRow(self.tr("C&onsiderations:"), self.considerations)
        form.addRow(self.tr("Other names to &hide:"), self.other_names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if client is None:
            self.name.textEdited.connect(self._suggest_code)

    def _suggest_code(self, text: str) -> None:
        if not self.code.isModified():
            self.code.setText(self.practice.suggest_code(text) if text.strip() else "")

    def client(self) -> Client:
        base = self.original or Client(code="", display_name="")
        return replace(
            base,
            display_name=self.name.text().strip(),
            preferred_name=self.preferred.text().strip(),
            pronouns=self.pronouns.text().strip(),
            code=self.code.text().strip().upper(),
            start_date=self.start.value(),
            status=ClientStatus(self.status.currentData()),
            born_on=self.born.value(),
            considerations=self.considerations.toPlainText(),
            other_names=tuple(dict.fromkeys(
                n.strip() for n in self.other_names.toPlainText().splitlines() if n.strip())),
        )

    def save(self) -> None:
        try:
            c = self.client()
            self.saved = (self.practice.update_client(c) if c.id is not None
                          else self.practice.add_client(c))
        except (ValidationError, VaultError) as exc:
            # an invalid date says so on its own field
            self.message.setText("" if isinstance(exc, InvalidDate) else str(exc))
            return
        self.accept()
