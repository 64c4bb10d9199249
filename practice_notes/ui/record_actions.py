"""Menu actions that open the report, backup and catalogue dialogs for the main
window (kept apart so the window itself stays small).

Each dialog's module is imported when it is first opened: the PDF preview alone
brings QtPdf, QtPrintSupport and the report services, and none of them is needed
to unlock and show a client (launch time and the window's memory)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from practice_notes.domain.enums import ClientStatus
from practice_notes.services import Practice, backups
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox
from practice_notes.ui.fit import elide_title
from practice_notes.ui.roles import ActionWindow

if TYPE_CHECKING:
    from practice_notes.services.report_options import ReportOptions
    from practice_notes.ui.backup_dialogs import (
        BackupDialog,
        BackupSettingsDialog,
        CheckBackupDialog,
    )
    from practice_notes.ui.catalogue_dialog import CatalogueDialog
    from practice_notes.ui.records_dialog import RecordsDialog
    from practice_notes.ui.report_dialog import ReportDialog
    from practice_notes.ui.restore_dialog import PassphraseDialog


def open_report(window: ActionWindow, practice: Practice, client_id: int) -> ReportDialog:
    from practice_notes.services import reporting
    from practice_notes.ui.pdf_preview import PdfPreview
    from practice_notes.ui.report_dialog import ReportDialog

    client = practice.clients.get(client_id)
    dialog = ReportDialog(practice, client_id, window)

    def built(pdf: bytes, options: ReportOptions) -> None:
        name = f"progress-summary-{client.code}-{dt.date.today():%Y-%m-%d}.pdf"
        preview = PdfPreview(pdf, name, window, on_output=lambda how: reporting.record_output(
            practice, options, how))
        preview.open()
        window.report_preview = preview
        window.statusBar().showMessage(
            QCoreApplication.translate("record_actions", "Progress summary ready."), 8000)

    dialog.built.connect(built)
    dialog.open()
    return dialog


def open_records(window: ActionWindow, practice: Practice, client_id: int) -> RecordsDialog:
    from practice_notes.services.records_request import RecordsBuilt, audit_records
    from practice_notes.ui.pdf_preview import PdfPreview
    from practice_notes.ui.records_dialog import RecordsDialog

    dialog = RecordsDialog(practice, client_id, window)

    def built(result: object) -> None:
        assert isinstance(result, RecordsBuilt)
        name = f"records-{result.client_code}-{dt.date.today():%Y-%m-%d}.pdf"
        preview = PdfPreview(result.pdf, name, window, QCoreApplication.translate(
            "record_actions", "Records request — preview"), on_output=lambda how: audit_records(
                practice, result, result.pseudonymised, how))
        preview.open()
        window.report_preview = preview
        window.statusBar().showMessage(
            QCoreApplication.translate("record_actions", "Records request ready."), 8000)

    dialog.built.connect(built)
    dialog.open()
    return dialog


def open_backup(window: ActionWindow, practice: Practice) -> BackupDialog:
    from practice_notes.ui.backup_dialogs import BackupDialog

    dialog = BackupDialog(practice, window)
    def done(text: str) -> None:
        window.statusBar().showMessage(text, 10000)
        window.update_backup_status()

    dialog.backed_up.connect(done)
    dialog.open()
    return dialog


def open_check_backup(parent: QWidget, practice: Practice | None,
                      test_restore: bool = True) -> CheckBackupDialog:
    from practice_notes.ui.backup_dialogs import CheckBackupDialog

    dialog = CheckBackupDialog(practice, parent, test_restore=test_restore)
    dialog.open()
    return dialog


def open_backup_settings(window: ActionWindow, practice: Practice) -> BackupSettingsDialog:
    from practice_notes.ui.backup_dialogs import BackupSettingsDialog

    dialog = BackupSettingsDialog(practice, window)
    dialog.accepted.connect(window.update_backup_status)
    dialog.open()
    return dialog


def open_catalogue(window: ActionWindow, practice: Practice, which: str) -> CatalogueDialog:
    from practice_notes.ui.catalogue_dialog import CatalogueDialog

    dialog = CatalogueDialog(practice, which, window)  # type: ignore[arg-type]
    dialog.open()
    return dialog


def open_passphrase(window: ActionWindow, practice: Practice, intro: str = "") -> PassphraseDialog:
    from practice_notes.ui.restore_dialog import PassphraseDialog

    dialog = PassphraseDialog(practice, window, intro)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("record_actions",
                                   "Passphrase changed. Use the new one from now on."), 10000))
    dialog.open()
    return dialog


def backup_status_text(practice: Practice) -> tuple[str, str | None]:
    state = backups.status(practice)
    return state.text, state.warning


def discharge_client(parent: QWidget, practice: Practice, cid: int) -> None:
    """Ask, then discharge: the records are kept (retention runs from today)."""
    client = practice.clients.get(cid)
    def do() -> None:
        try:
            practice.set_client_status(cid, ClientStatus.DISCHARGED)
        except VaultError as exc:
            msgbox.error(parent, str(exc))

    msgbox.confirm(
        parent, QCoreApplication.translate("MainWindow", "Discharge client"),
        QCoreApplication.translate("MainWindow", "Discharge {name}?").format(
            name=elide_title(client.name, 80)),
        do, yes_text=QCoreApplication.translate("MainWindow", "Discharge"),
        informative=QCoreApplication.translate(
            "MainWindow", "Their records are kept. You can show discharged clients with the "
                          "filter above the list."))
