"""Practice settings: therapist and practice details, auto-lock, the retention rule."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import PracticeSettings
from practice_notes.domain.retention import rule_in_words
from practice_notes.domain.rules import MAX_RETENTION_YEARS
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError


class SettingsDialog(QDialog):
    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(self.tr("Settings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        s = practice.settings.load()
        self.original = s
        self.therapist = QLineEdit(s.therapist_name)
        self.therapist.setAccessibleName(self.tr("Therapist name"))
        self.therapist.setToolTip(self.tr("Printed with every note you sign; notes cannot be "
                                          "signed without it."))
        self.credentials = QLineEdit(s.credentials)
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.practice_name = QLineEdit(s.practice_name)
        self.practice_name.setAccessibleName(self.tr("Practice name"))
        self.contact = QLineEdit(s.contact)
        self.contact.setAccessibleName(self.tr("Practice contact"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(s.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Auto-lock after idle minutes"))
        self.review_interval = QSpinBox()
        self.review_interval.setRange(1, 60)
        self.review_interval.setSuffix(self.tr(" months"))
        self.review_interval.setValue(s.review_interval_months)
        self.review_interval.setAccessibleName(self.tr("Review agreements after months"))
        self.review_interval.setToolTip(
            self.tr("A new agreement's \"Review on\" date starts this long after it was agreed."))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.paper_size)))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.keep_after_discharge = QSpinBox()
        self.keep_after_discharge.setRange(1, MAX_RETENTION_YEARS)
        self.keep_after_discharge.setSuffix(self.tr(" years after discharge"))
        self.keep_after_discharge.setValue(s.retention_years_after_discharge)
        self.keep_after_discharge.setAccessibleName(self.tr("Keep records after discharge, years"))
        self.keep_after_majority = QSpinBox()
        self.keep_after_majority.setRange(0, MAX_RETENTION_YEARS)
        self.keep_after_majority.setSpecialValueText(self.tr("off"))
        self.keep_after_majority.setSuffix(self.tr(" years after the client turns 18"))
        self.keep_after_majority.setValue(s.retention_years_after_majority)
        self.keep_after_majority.setAccessibleName(
            self.tr("Keep records after the client turns 18, years (0: off)"))
        self.rule = QLabel()
        self.rule.setObjectName("retention-rule")
        self.rule.setWordWrap(True)
        for spin in (self.keep_after_discharge, self.keep_after_majority):
            spin.valueChanged.connect(self._show_rule)
        self._show_rule()
        self.message = QLabel()
        self.message.setStyleSheet("color: #a4262c;")
        # "Practice": where a message about signing tells the therapist to look
        self.practice_box = QGroupBox(self.tr("Practice"))
        details = QFormLayout(self.practice_box)
        details.addRow(self.tr("&Therapist:"), self.therapist)
        details.addRow(self.tr("&Credentials:"), self.credentials)
        details.addRow(self.tr("&Practice:"), self.practice_name)
        details.addRow(self.tr("C&ontact:"), self.contact)
        form = QFormLayout()
        # room to read a name and a contact line whole (it was 240 px wide)
        for rows in (form, details):
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            rows.setVerticalSpacing(10)
        for edit in (self.therapist, self.credentials, self.practice_name, self.contact):
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock)
        form.addRow(self.tr("Re&view agreements after:"), self.review_interval)
        form.addRow(self.tr("Pa&per size:"), self.paper)
        form.addRow(self.tr("&Keep records:"), self.keep_after_discharge)
        form.addRow(self.tr("&For minors, also:"), self.keep_after_majority)
        form.addRow("", self.rule)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.practice_box)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def settings(self) -> PracticeSettings:
        return replace(
            self.original,
            therapist_name=self.therapist.text().strip(),
            credentials=self.credentials.text().strip(),
            practice_name=self.practice_name.text().strip(),
            contact=self.contact.text().strip(),
            auto_lock_minutes=self.auto_lock.value(),
            paper_size=str(self.paper.currentData()),
            retention_years_after_discharge=self.keep_after_discharge.value(),
            retention_years_after_majority=self.keep_after_majority.value(),
            review_interval_months=self.review_interval.value(),
        )

    def _show_rule(self) -> None:
        self.rule.setText(rule_in_words(replace(
            self.original, retention_years_after_discharge=self.keep_after_discharge.value(),
            retention_years_after_majority=self.keep_after_majority.value())))

    def save(self) -> None:
        try:
            self.practice.save_settings(self.settings())
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
