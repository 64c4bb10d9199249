"""Practice settings: therapist and practice details, auto-lock."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import PracticeSettings
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
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.paper_size)))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #a4262c;")
        form = QFormLayout()
        # room to read a name and a contact line whole (it was 240 px wide)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        for edit in (self.therapist, self.credentials, self.practice_name, self.contact):
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        form.addRow(self.tr("&Therapist:"), self.therapist)
        form.addRow(self.tr("&Credentials:"), self.credentials)
        form.addRow(self.tr("&Practice:"), self.practice_name)
        form.addRow(self.tr("C&ontact:"), self.contact)
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock)
        form.addRow(self.tr("Pa&per size:"), self.paper)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
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
        )

    def save(self) -> None:
        try:
            self.practice.save_settings(self.settings())
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
