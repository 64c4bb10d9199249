"""Right after a vault is created: who signs the notes. The name is printed with
every signed note and on summaries; all three can be skipped now and changed
later in Settings → Practice (a note cannot be signed without the name)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError


class SignerDialog(QDialog):
    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(self.tr("Who signs the notes?"))
        settings = practice.settings.load()
        intro = QLabel(self.tr("Your name is printed with every note you sign and on progress "
                               "summaries. You can skip this now and set it later in "
                               "Settings → Practice; notes cannot be signed without it."))
        intro.setWordWrap(True)
        self.name = QLineEdit(settings.therapist_name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Dr Sam Rivers"))
        self.credentials = QLineEdit(settings.credentials)
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.credentials.setPlaceholderText(self.tr("e.g. MSc, registered counsellor"))
        self.practice_name = QLineEdit(settings.practice_name)
        self.practice_name.setAccessibleName(self.tr("Practice name"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Credentials:"), self.credentials)
        form.addRow(self.tr("&Practice:"), self.practice_name)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.skip_button = self.buttons.addButton(self.tr("S&kip for now"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def save(self) -> None:
        settings = replace(self.practice.settings.load(),
                           therapist_name=self.name.text().strip(),
                           credentials=self.credentials.text().strip(),
                           practice_name=self.practice_name.text().strip())
        try:
            self.practice.save_settings(settings)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
