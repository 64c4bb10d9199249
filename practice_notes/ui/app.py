"""Application start-up and the lock/unlock cycle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from practice_notes.ui.gate import GateDialog
from practice_notes.ui.idle import IdleWatcher
from practice_notes.ui.worker import wait_for_tasks

if TYPE_CHECKING:
    from practice_notes.services import Practice
    from practice_notes.ui.backup_flow import BackupFlow
    from practice_notes.ui.main_window import MainWindow


class Controller(QObject):
    """Owns the unlocked practice; locks and unlocks the window around it."""

    def __init__(self, vault_path: Path | None, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.practice: Practice | None = None
        self._window: MainWindow | None = None
        self._backups: BackupFlow | None = None
        self.gate = GateDialog(vault_path, None)
        self.gate.unlocked.connect(self.unlocked)
        self.gate.rejected.connect(self._gate_closed)
        self.gate.restore_requested.connect(lambda: self.backups.ask_restore())
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._position: tuple[int, int | None] = (0, None)

    @property
    def window(self) -> MainWindow:
        """The main window, built on first use (after the unlock window is on screen,
        so that start-up shows the gate as fast as a bare window)."""
        if self._window is None:
            from practice_notes.ui.main_window import MainWindow

            window = MainWindow()
            window.lock_requested.connect(self.lock)
            window.settings_changed.connect(self._apply_settings)
            window.close_requested.connect(self.shutdown)
            window.close_guard = self._may_close
            window.restore_requested.connect(lambda: self.backups.ask_restore())
            self._window = window
        return self._window

    @property
    def backups(self) -> BackupFlow:
        if self._backups is None:
            from practice_notes.ui.backup_flow import BackupFlow

            self._backups = BackupFlow(self, self)
        return self._backups

    def start(self) -> None:
        self.gate.show()
        self.gate.raise_()
        # Build the rest while the passphrase is typed.
        QTimer.singleShot(150, lambda: (self.window, self.backups))

    def unlocked(self, practice: Practice) -> None:
        from practice_notes.ui.drafts import session_id_of

        self.practice = practice
        self.window.attach(practice)
        self.window.show()
        self._apply_settings()
        client_id, session_id = self._position
        drafts = [d for d in practice.drafts.all() if session_id_of(d.key) is not None]
        if drafts and not client_id:
            sid = session_id_of(drafts[-1].key)
            if sid is not None:
                try:
                    session = practice.sessions.get(sid)
                except Exception:  # noqa: BLE001 - a draft for a removed session
                    practice.discard_draft(drafts[-1].key)
                else:
                    client_id, session_id = session.client_id, sid
        self.window.go_to(client_id, session_id)
        self.backups.started(practice)

    def _apply_settings(self) -> None:
        if self.practice:
            self.idle.start(self.practice.settings.load().auto_lock_minutes)

    def lock(self) -> None:
        """Save drafts, close the vault, clear every view, show the unlock dialog."""
        if self.practice is None:
            return
        self.idle.stop()
        if not self.window.commit():
            self.window.flush_drafts()
        self._position = self.window.current_position()
        self.backups.stopped()
        path = self.practice.path
        # Panels keep the drafts of their open forms, then forget what they showed.
        self.window.detach()
        # Other dialogs show records too (search results, a client): close them.
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        wait_for_tasks(self.window)  # a worker may hold its own connection and the key
        self.practice.close()
        self.practice = None
        self.window.hide()
        self.gate.show_for(path)
        self.gate.show()
        self.gate.raise_()

    _closing_backup_done = False

    def _may_close(self) -> bool:
        """Before the window closes: run the on-close backup first, if set."""
        if self._closing_backup_done:
            return True
        started = self.backups.backup_on_close(self._close_after_backup)
        return not started

    def _close_after_backup(self) -> None:
        self._closing_backup_done = True
        self.window.close()

    def shutdown(self) -> None:
        self.idle.stop()
        self.backups.stopped()
        if self.practice is not None:
            wait_for_tasks(self._window)
            self.practice.close()
            self.practice = None
        self.gate.close()
        self.app.quit()

    def _gate_closed(self) -> None:
        if self.gate.demo_requested:
            self.gate.demo_requested = False
            QTimer.singleShot(0, self._open_demo)
            return
        if self.practice is None:
            self.shutdown()

    def _open_demo(self) -> None:
        from practice_notes.services.demo import open_or_build_demo
        from practice_notes.services.unlock import default_vault_path
        from practice_notes.ui.worker import run_in_background

        path = default_vault_path().with_name("demo.vault")

        def work() -> Practice:
            return open_or_build_demo(path, "demo")[0]

        def failed(exc: BaseException) -> None:
            self.gate.show_for(path)
            self.gate.show()
            self.gate.unlock_page.message.setText(str(exc))

        run_in_background(work, self.unlocked, failed, None, "Preparing the demo practice…")


def _set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    try:
        from practice_notes.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "practice-notes.svg"))))
    except (FileNotFoundError, RuntimeError, ImportError):
        pass


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Practice Notes")
    app.setOrganizationName("practice-notes")
    app.setApplicationVersion(__import__("practice_notes").__version__)
    QTimer.singleShot(0, lambda: _set_icon(app))  # after the first paint: QtGui/QtSvg load
    return app


def run_gui(vault_path: Path | None = None, demo_passphrase: str | None = None) -> int:
    app = make_app()
    controller = Controller(vault_path, app)
    controller.start()
    if demo_passphrase is not None and vault_path is not None:
        controller.gate.passphrase.setText(demo_passphrase)
        QTimer.singleShot(0, controller.gate.unlock)
    return app.exec()
