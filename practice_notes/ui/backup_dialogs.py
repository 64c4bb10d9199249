"""Backup now, verify / test-restore, restore, and backup settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import Practice, backups
from practice_notes.services.custodian import write_custodian_letter
from practice_notes.services.errors import VaultError
from practice_notes.services.unlock import passphrase_problem
from practice_notes.ui.worker import run_in_background

BACKUP_FILTER = QT_TRANSLATE_NOOP("Backup", "Practice Notes backups (*.pnbackup);;All files (*)")


def _password(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _message() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("dialog-message")
    return label


def _folder_row(edit: QLineEdit, parent: QWidget, title: str) -> QHBoxLayout:
    browse = QPushButton(QCoreApplication.translate("backup_dialogs", "Browse…"))

    def pick() -> None:
        name = QFileDialog.getExistingDirectory(parent, title, edit.text())
        if name:
            edit.setText(name)

    browse.clicked.connect(pick)
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(browse)
    return row


class BackupDialog(QDialog):
    """Back up now: to a folder, with the vault's passphrase or a separate one."""

    #: The status-bar line after a backup was written (not ``done``: that is
    #: QDialog's own slot).
    backed_up = Signal(str)


    def _separate_toggled(self, on: bool) -> None:
        for w in (self.pass1, self.pass2):
            w.setEnabled(on)
    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(self.tr("Back up now"))
        settings = backups.load_settings(practice)
        self.folder = QLineEdit(settings.folder)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.same = QRadioButton(self.tr("Protect with the vault's passphrase"))
        self.same.setChecked(True)
        self.separate = QRadioButton(
            self.tr("Use a separate passphrase (e.g. a custodian passphrase "
                                     "kept with your professional will)"))
        self.pass1 = _password(self.tr("Backup passphrase"))
        self.pass2 = _password(self.tr("Repeat backup passphrase"))
        for w in (self.pass1, self.pass2):
            w.setEnabled(False)
        self.separate.toggled.connect(self._separate_toggled)
        self.message = _message()
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), _folder_row(self.folder, self, self.tr("Backup folder")))
        form.addRow(self.same)
        form.addRow(self.separate)
        form.addRow(self.tr("Passphrase:"), self.pass1)
        form.addRow(self.tr("Repeat:"), self.pass2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(self.tr("Back up and verify"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("The backup is encrypted, checked after writing, and only then "
                                "given its final name.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def run(self) -> None:
        folder_text = self.folder.text().strip()
        if not folder_text:
            self.message.setText(
                self.tr("Choose a folder for the backup (ideally on another drive)."))
            return
        passphrase: str | None = None
        if self.separate.isChecked():
            passphrase = self.pass1.text()
            problem = passphrase_problem(passphrase)
            if problem:
                self.message.setText(problem)
                return
            if passphrase != self.pass2.text():
                self.message.setText(self.tr("The two passphrases are not the same."))
                return
        folder = Path(folder_text).expanduser()
        if not folder.is_dir():
            self.message.setText(self.tr("That folder does not exist. Is the drive connected?"))
            return
        self.go.setEnabled(False)
        self.message.setText(self.tr("Backing up…"))
        connection = self.practice.worker_connection()

        done = self.tr("Backup written and verified: {name}")

        def work() -> str:
            with connection as practice:
                result = backups.backup_now(practice, folder=folder, passphrase=passphrase)
            return done.format(name=result.path.name)

        def ok(text: object) -> None:
            self.backed_up.emit(str(text))
            self.accept()

        def bad(exc: BaseException) -> None:
            self.go.setEnabled(True)
            self.message.setText(str(exc) if isinstance(exc, VaultError | ValidationError)
                                 else self.tr("The backup failed: {exc}").format(exc=exc))

        run_in_background(work, ok, bad, self, self.tr("Writing and verifying the backup…"))


class CheckBackupDialog(QDialog):
    """Verify a backup, or test-restore it (restore to a temporary place and compare)."""

    def __init__(self, practice: Practice | None, parent: QWidget | None = None,
                 test_restore: bool = True) -> None:
        super().__init__(parent)
        self.practice = practice
        self.test_restore = test_restore
        self.setWindowTitle("Test-restore a backup" if test_restore else self.tr("Verify a backup"))
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(browse)
        self.passphrase = _password(self.tr("Backup passphrase"))
        self.message = _message()
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go = self.buttons.addButton("Test-restore" if test_restore else self.tr("Verify"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.go.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 180)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), self.file.text(),
                                              translate("Backup", BACKUP_FILTER))
        if name:
            self.file.setText(name)

    def run(self) -> None:
        path = Path(self.file.text().strip()).expanduser()
        passphrase = self.passphrase.text()
        if not self.file.text().strip() or not passphrase:
            self.message.setText(self.tr("Choose the backup file and type its passphrase."))
            return
        self.go.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        connection = self.practice.worker_connection() if self.practice else None

        succeeded = self.tr("Test-restore succeeded. {summary}")

        def check(practice: Practice | None) -> str:
            if self.test_restore:
                report = backups.run_test_restore(practice, path, passphrase)
                return succeeded.format(summary=report.summary)
            return backups.verify(practice, path, passphrase).summary

        def work() -> str:
            if connection is None:
                return check(None)
            with connection as practice:
                return check(practice)

        def ok(text: object) -> None:
            self.go.setEnabled(True)
            self.message.setText(str(text))

        def bad(exc: BaseException) -> None:
            self.go.setEnabled(True)
            self.message.setText(str(exc) if isinstance(exc, VaultError)
                                 else self.tr("The check failed: {exc}").format(exc=exc))

        run_in_background(work, ok, bad, self, self.tr("Checking the backup…"))


class BackupSettingsDialog(QDialog):
    #: The path of a custodian letter just written.
    letter_saved = Signal(str)

    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(self.tr("Backup settings"))
        s = backups.load_settings(practice)
        self.folder = QLineEdit(s.folder)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.on_close = QCheckBox(self.tr("Back up when I close Practice Notes"))
        self.on_close.setChecked(s.on_close)
        self.daily = QCheckBox(self.tr("Back up once a day"))
        self.daily.setChecked(s.daily)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(s.keep)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        self.message = _message()
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), _folder_row(self.folder, self, self.tr("Backup folder")))
        form.addRow(self.on_close)
        form.addRow(self.daily)
        form.addRow(self.tr("Keep the last:"), self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.letter = buttons.addButton(self.tr("Custodian letter…"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.letter.setToolTip(self.tr(
            "A printable letter for the person who would take care of your records: where "
            "the backups are, which passphrase opens them (never the passphrase itself), "
            "how to open them and what to do."))
        self.letter.clicked.connect(self.ask_letter)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Older automatic backups are removed only after a new one "
                                "has been verified.")))
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _store(self) -> bool:
        try:
            backups.save_settings(self.practice, backups.BackupSettings(
                folder=self.folder.text().strip(), on_close=self.on_close.isChecked(),
                daily=self.daily.isChecked(), keep=self.keep.value()))
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return False
        return True

    def save(self) -> None:
        if self._store():
            self.accept()

    def ask_letter(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the custodian letter"), "custodian-letter.pdf",
            self.tr("PDF files (*.pdf)"))
        if name:
            self.save_letter(Path(name))

    def save_letter(self, path: Path) -> None:
        """Write the letter (off the GUI thread). It describes these settings, so
        they are saved first."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        if not self._store():
            return
        self.letter.setEnabled(False)
        connection = self.practice.worker_connection()
        saved = self.tr("Custodian letter saved as {name}. Print it, sign it, and write by "
                        "hand where the passphrase is kept.")

        def work() -> str:
            with connection as practice:
                write_custodian_letter(practice, path)
            return str(path)

        def ok(written: object) -> None:
            self.letter.setEnabled(True)
            self.message.setText(saved.format(name=path.name))
            self.letter_saved.emit(str(written))

        def bad(exc: BaseException) -> None:
            self.letter.setEnabled(True)
            self.message.setText(str(exc) if isinstance(exc, VaultError) else self.tr(
                "The letter could not be written: {exc}").format(exc=exc))

        run_in_background(work, ok, bad, self, self.tr("Writing the custodian letter…"))
