"""Restore a backup into a new vault, or over the open vault (after a safety copy),
and change the passphrase afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.i18n import translate
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.services.unlock import change_passphrase, passphrase_problem
from practice_notes.ui import fit
from practice_notes.ui.backup_dialogs import BACKUP_FILTER, _message, _password
from practice_notes.ui.gate import strength
from practice_notes.ui.worker import run_in_background


class RestoreDialog(QDialog):
    """Collects what to restore and where; the controller does the work.

    ``requested`` carries (backup path, passphrase, target path, replace).
    """

    requested = Signal(object, str, object, bool)

    def __init__(self, current_vault: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.current = current_vault
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(browse)
        self.passphrase = _password(self.tr("Backup passphrase"))
        self.as_new = QRadioButton(self.tr("Restore as a new vault:"))
        self.as_new.setChecked(True)
        default = (current_vault.with_name("restored.vault") if current_vault
                   else Path.home() / "restored.vault")
        self.target = QLineEdit(str(default))
        self.target.setAccessibleName(self.tr("New vault location"))
        self.replace = QRadioButton(self.tr("Replace the open vault (a safety copy of it is kept)"))
        self.replace.setEnabled(current_vault is not None)
        self.replace.toggled.connect(lambda on: self.target.setEnabled(not on))
        self.message = _message()
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.as_new, self.target)
        form.addRow(self.replace)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(
            self.tr("Verify and restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("The backup is verified first; your open vault is not touched "
                                "until the restored copy has been checked.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"),
                                              fit.last_folder(),
                                              translate("Backup", BACKUP_FILTER))
        if name:
            fit.remember_folder(name)
            self.file.setText(name)

    def run(self) -> None:
        if not self.file.text().strip() or not self.passphrase.text():
            self.message.setText(self.tr("Choose the backup file and type its passphrase."))
            return
        backup = Path(self.file.text().strip()).expanduser()
        if self.replace.isChecked() and self.current is not None:
            target, replace = self.current, True
        else:
            target, replace = Path(self.target.text().strip()).expanduser(), False
            if target.exists():
                self.message.setText(self.tr("A file already exists there; choose a new name."))
                return
        self.requested.emit(backup, self.passphrase.text(), target, replace)
        self.accept()


class PassphraseDialog(QDialog):
    """Change the vault's passphrase (PRAGMA rekey)."""

    def __init__(self, practice: Practice, parent: QWidget | None = None,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = _password(self.tr("Current passphrase"))
        self.new1 = _password(self.tr("New passphrase"))
        self.new2 = _password(self.tr("Repeat new passphrase"))
        self.message = _message()
        # how hard the new one is to guess, as it is typed (zxcvbn's estimate)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.new1.textChanged.connect(lambda t: self.strength.setText(strength(t)))
        form = QFormLayout()
        form.addRow(self.tr("Current:"), self.old)
        form.addRow(self.tr("New:"), self.new1)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat:"), self.new2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        problem = passphrase_problem(self.new1.text())
        if problem:
            self.message.setText(problem)
            return
        if self.new1.text() != self.new2.text():
            self.message.setText(self.tr("The two new passphrases are not the same."))
            return
        old, new = self.old.text(), self.new1.text()
        self.message.setText(self.tr("Re-encrypting the vault…"))
        self.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            self.message.setText(str(exc) if isinstance(exc, VaultError)
                                 else self.tr("The passphrase was not changed: {exc}").format(
                                     exc=exc))

        # The modal progress dialog keeps the GUI from using the connection meanwhile.
        run_in_background(
            lambda: change_passphrase(self.practice, old, new),
            lambda _r: self.accept(),
            failed,
            self,
            "Re-encrypting the vault…",
        )
