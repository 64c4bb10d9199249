"""Write a dated addendum to a signed note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError


class AddendumDialog(QDialog):
    def __init__(self, practice: Practice, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.practice = practice
        self.session_id = session_id
        self.setWindowTitle(self.tr("Add addendum"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # holds note text
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Addendum"))
        self.text.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a4262c;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The addendum is dated now and kept under the signed note. "
                                "It cannot be changed later.")))
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def save(self) -> None:
        try:
            self.practice.add_addendum(self.session_id, self.text.toPlainText())
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
