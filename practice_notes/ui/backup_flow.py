"""Automatic backups (daily, on close) and the restore flow, for the Controller."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from practice_notes.i18n import translate
from practice_notes.services import Practice, backups
from practice_notes.ui import record_actions as actions
from practice_notes.ui.restore_dialog import RestoreDialog
from practice_notes.ui.roles import BackupHost
from practice_notes.ui.worker import run_in_background

CHECK_MS = 30 * 60 * 1000


class BackupFlow(QObject):
    def __init__(self, controller: BackupHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.running = False
        self.offer_new_passphrase: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.daily_if_due)

    # ------------------------------------------------------------ automatic
    def started(self, practice: Practice) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.daily_if_due)
        if self.offer_new_passphrase == practice.path:
            self.offer_new_passphrase = None
            actions.open_passphrase(
                self.c.window, practice,
                self.tr("This vault was restored from a backup, so it opens with the backup's "
                "passphrase. You can set a new passphrase now."))

    def stopped(self) -> None:
        self.timer.stop()

    def daily_if_due(self) -> None:
        practice = self.c.practice
        if practice is None or self.running or not backups.daily_due(practice):
            return
        self._run(practice, lambda ok: None, quiet=True)

    def backup_on_close(self, then: Callable[[], None]) -> bool:
        """Start the on-close backup; returns False when there is none to do."""
        practice = self.c.practice
        if practice is None or self.running:
            return False
        settings = backups.load_settings(practice)
        if not (settings.on_close and settings.folder and Path(settings.folder).is_dir()):
            return False
        self._run(practice, lambda ok: then(), quiet=False)
        return True

    def _run(self, practice: Practice, after: Callable[[bool], None], quiet: bool) -> None:
        self.running = True
        connection = practice.worker_connection()

        def work() -> str:
            with connection as own:
                return backups.backup_now(own).path.name

        def ok(name: object) -> None:
            self.running = False
            self.c.window.statusBar().showMessage(
                self.tr("Backup written and verified: {name}").format(name=name), 10000)
            self.c.window.update_backup_status()
            after(True)

        def bad(exc: BaseException) -> None:
            self.running = False
            self.c.window.statusBar().showMessage(
                self.tr("The automatic backup failed: {exc}").format(exc=exc), 15000)
            self.c.window.update_backup_status()
            after(False)

        run_in_background(work, ok, bad, None if quiet else self.c.window,
                          None if quiet else self.tr("Backing up before closing…"))

    # ------------------------------------------------------------- restore
    def ask_restore(self) -> RestoreDialog:
        practice = self.c.practice
        parent = self.c.window if practice else self.c.gate
        dialog = RestoreDialog(practice.path if practice else None, parent)
        dialog.requested.connect(self.restore)
        dialog.open()
        return dialog

    def restore(self, backup: object, passphrase: str, target: object, replace: bool) -> None:
        assert isinstance(backup, Path) and isinstance(target, Path)
        if replace and self.c.practice is not None:
            self.c.lock()  # saves drafts and closes the vault; the gate is shown
        gate = self.c.gate
        gate.unlock_page.message.setText(self.tr("Verifying and restoring the backup…"))

        def ok(result: object) -> None:
            self.offer_new_passphrase = target
            gate.show_for(target)
            gate.unlock_page.message.setText(
                self.tr("Restored and checked. Unlock it with the backup's passphrase."))
            gate.show()
            gate.raise_()

        def bad(exc: BaseException) -> None:
            message = translate("Backup", "Nothing was restored: {reason}").format(reason=exc)
            if self.c.practice is not None:
                self.c.window.statusBar().showMessage(message, 15000)
            else:
                gate.unlock_page.message.setText(message)

        run_in_background(lambda: backups.restore(backup, passphrase, target, replace),
                          ok, bad, gate if self.c.practice is None else self.c.window,
                          self.tr("Verifying and restoring the backup…"))
