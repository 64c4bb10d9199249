"""File → Export FHIR…: one client or every client as a FHIR R4 Bundle.

The bundle is built and written off the GUI thread (``worker``) on a connection
of its own, through ``services.fhir.write_fhir`` (complete under its name or not
there; an audit entry with counts only). Private process notes are never in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.services.fhir import FhirExport, write_fhir
from practice_notes.ui import msgbox
from practice_notes.ui.worker import run_in_background


class FhirExportDialog(QDialog):
    """Choose what to export and where; the export runs in the background."""

    exported = Signal(object)  # FhirExport, once the file is written

    def __init__(self, practice: Practice, client_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.code = practice.clients.get(client_id).code if client_id else None
        self.running = False
        self.setWindowTitle(self.tr("Export FHIR"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A FHIR R4 bundle for another clinical system: sessions, goals and ratings, "
            "check-ins, measures, agreements and signed notes with their addenda. Private "
            "process notes are never exported. The file is not encrypted."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.one = QRadioButton(self.tr("This client ({code})").format(code=self.code or "—"))
        self.every = QRadioButton(self.tr("Every client"))
        self.one.setEnabled(self.code is not None)
        (self.one if self.code else self.every).setChecked(True)
        layout.addWidget(self.one)
        layout.addWidget(self.every)
        self.pseudonymise = QCheckBox(self.tr("Pseudonymise (client codes instead of names)"))
        layout.addWidget(self.pseudonymise)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("File to write"))
        self.file.setText(str(Path.home() / self._suggested_name()))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.one.toggled.connect(self._rename)

    def _suggested_name(self) -> str:
        scope = self.code if self.code and self.one.isChecked() else "practice"
        return f"fhir-{scope}-{dt.date.today():%Y-%m-%d}.json"

    def _rename(self) -> None:
        current = Path(self.file.text())
        if current.name.startswith("fhir-"):
            self.file.setText(str(current.with_name(self._suggested_name())))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export FHIR"), self.file.text(),
                                              self.tr("FHIR JSON (*.json)"))
        if name:
            self.file.setText(name)

    def target(self) -> Path:
        path = Path(self.file.text().strip()).expanduser()
        return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")

    def start(self) -> None:
        if self.running or not self.file.text().strip():
            return
        out = self.target()
        if out.exists():
            msgbox.confirm(self, self.tr("Export FHIR"),
                           self.tr("{name} already exists. Replace it?").format(name=out.name),
                           lambda: self._run(out), self.tr("Replace"))
            return
        self._run(out)

    def _run(self, out: Path) -> None:
        self.running = True
        self.export_button.setEnabled(False)
        code = self.code if self.one.isChecked() else None
        pseudonymise = self.pseudonymise.isChecked()
        connection = self.practice.worker_connection()

        def work() -> FhirExport:
            with connection as own:
                return write_fhir(own, out, code, pseudonymise)

        run_in_background(work, lambda done: self._done(done, out), self._failed, self,
                          self.tr("Writing the FHIR export…"))

    def _done(self, done: FhirExport, out: Path) -> None:
        self.running = False
        self.exported.emit(done)
        self.accept()
        note = self.tr("The file is not encrypted: keep it somewhere safe and delete it when "
                       "it is no longer needed.")
        if self.pseudonymise.isChecked():
            note = self.tr("{replaced} name(s) were replaced with client codes, and {left} other "
                           "capitalised word(s) that may be names were left: please read it "
                           "through before sharing.").format(
                replaced=done.names_replaced, left=done.words_left) + " " + note
        # Owned by the window (or by this dialog when alone): never collected while shown.
        self.result_box = msgbox.message(
            self.parentWidget() or self, self.tr("Export FHIR"),
            self.tr("Exported {clients} client(s), {resources} FHIR resources, to "
                    "{path}.").format(clients=done.clients, resources=done.resources, path=out),
            informative=note)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.export_button.setEnabled(True)
        if isinstance(exc, VaultError | OSError):  # disk full, read-only folder…
            msgbox.error(self, self.tr("The FHIR export was not written: {value}").format(
                value=exc))
        else:  # a bug: its text may quote the record, so only its kind is shown
            msgbox.error(self, self.tr("The FHIR export was not written (internal error "
                                       "{kind}).").format(kind=type(exc).__name__))


def open_fhir_export(parent: QWidget, practice: Practice,
                     client_id: int | None) -> FhirExportDialog:
    dialog = FhirExportDialog(practice, client_id, parent)
    dialog.open()
    return dialog
