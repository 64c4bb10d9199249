"""Application start-up and the lock/unlock cycle."""

from __future__ import annotations

import gc
import linecache
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from practice_notes.ui import msgbox
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
        self.idle.idle.connect(self.lock_idle)
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
        self.gate.show()  # Qt centres it on the screen; install_keeper fits it
        self.gate.raise_()
        # Build the rest while the passphrase is typed.
        QTimer.singleShot(150, self._prebuild)

    def _prebuild(self) -> None:
        self.window  # noqa: B018 - built on first use
        self.backups  # noqa: B018
        forget_module_sources()
        # The modules and the widgets' Python faces live as long as the app: out of
        # the cyclic collector's sight, a full collection during an unlock costs
        # ~3 ms instead of ~18 (measured at 2,000 clients). Only here, before
        # anything is unlocked: no record read from the vault is ever frozen, so
        # everything a lock lets go of is still collected. (Garbage first: what is
        # frozen is never collected.) A vault unlocked sooner (a fast KDF and a
        # passphrase typed by a password manager) means no freeze at all.
        if self.practice is None:
            gc.collect()
            gc.freeze()

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
        forget_module_sources()
        if self.gate.created_new:
            self.gate.created_new = False
            self.ask_signer(practice)

    def ask_signer(self, practice: Practice) -> QDialog:
        """After creating a vault: name, credentials and practice (skippable)."""
        from PySide6.QtCore import Qt

        from practice_notes.ui.signer_dialog import SignerDialog

        dialog = SignerDialog(practice, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _apply_settings(self) -> None:
        if self.practice:
            self.idle.start(self.practice.settings.load().auto_lock_minutes)

    def lock_idle(self) -> None:
        """Auto-lock: as ``lock``, and the unlock window says why it locked."""
        minutes = self.idle.minutes
        self.lock(self.tr("Locked after {minutes} minutes without use. What you were "
                          "writing was kept.").format(minutes=f"{minutes:g}"))

    def lock(self, notice: str = "") -> None:
        """Save drafts, close the vault, clear every view, show the unlock dialog
        (with ``notice`` saying why it locked, if it was not asked for)."""
        if self.practice is None:
            return
        self.idle.stop()
        self.window.commit()
        if not self.window.flush_drafts():
            # Locking now would take from the screen text that is nowhere else.
            self.idle.start(self.practice.settings.load().auto_lock_minutes)
            msgbox.error(self.window, self.tr(
                "Practice Notes did not lock: what you are writing could not be saved."),
                self.tr("The vault stays open so nothing is lost. Free some space on the "
                        "vault's disk (the status bar says what went wrong), then lock again."))
            return
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
        self.gate.show_for(path, notice)
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
        if self._backups is not None:  # never built: nothing to stop (and no imports)
            self._backups.stopped()
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
        from practice_notes.demo.build import open_or_build_demo
        from practice_notes.services.unlock import default_vault_path
        from practice_notes.ui.worker import run_in_background

        path = default_vault_path().with_name("demo.vault")

        def work() -> Practice:
            return open_or_build_demo(path, "demo")[0]

        def failed(exc: BaseException) -> None:
            self.gate.show_for(path)
            self.gate.show()
            self.gate.unlock_page.message.setText(str(exc))

        run_in_background(work, self.unlocked, failed, None,
            self.tr("Preparing the demo practice…"))


def forget_module_sources() -> None:
    """Drop the source text of every module imported so far (~5 MB).

    PySide6 reads the source of each module imported after it (``inspect.getsource``
    in shibokensupport's ``feature_imported``, to see whether the module uses
    PySide6), and ``linecache`` keeps it for the life of the process. Nothing else
    needs it: a traceback reads the lines again.
    """
    linecache.clearcache()


def _set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    try:
        from practice_notes.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "practice-notes.svg"))))
    except (FileNotFoundError, RuntimeError, ImportError):
        pass


# The desktop file's id (packaging/<id>.desktop): Wayland docks and the task
# bar match the window to the menu entry, and so to its icon, by this name.
DESKTOP_FILE_ID = "io.github.practicenotes.PracticeNotes"
# Set to 1: show the unlock window, build the main window, print one line and
# quit (the packaging smoke test opens the window of the bundle this way).
CHECK_ENV = "PRACTICE_NOTES_CHECK_WINDOW"
# After this long the unlock window has been painted: work that can wait runs then.
SHOWN_MS = 100


def no_session_bus_autolaunch(env: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """Keep libdbus from starting a session bus of its own.

    With no session bus address, Qt's D-Bus users (the platform theme's portal
    listener, the accessibility bridge) make libdbus "autolaunch" one through
    ``dbus-launch`` when an X display is set; that ``dbus-daemon`` outlives the
    app. A desktop session has a bus (the variable, or the systemd user bus at
    ``$XDG_RUNTIME_DIR/bus``, which libdbus finds itself) and is left alone.
    """
    if os.name != "posix" or sys.platform == "darwin" or env.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def make_app(argv: list[str] | None = None, keeper: bool = True) -> QApplication:
    """The application, named and translated. ``keeper``: install the screen-fit
    and focus-return filter now (``run_gui`` installs it once the unlock window is
    painted: see ``install_keeper``)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        no_session_bus_autolaunch()
        app = QApplication(argv or sys.argv[:1])
    install_translations(app)
    app.setDesktopFileName(DESKTOP_FILE_ID)
    app.setApplicationName("Practice Notes")
    app.setOrganizationName("practice-notes")
    app.setApplicationVersion(__import__("practice_notes").__version__)
    QTimer.singleShot(0, lambda: _set_icon(app))  # after the first paint: QtGui/QtSvg load
    if keeper:
        install_keeper(app)
    return app


def install_keeper(app: QApplication) -> None:
    """Every window fits the screen; focus returns after a dialog. An event filter
    on the whole application makes PySide6 give a Python face to every object that
    gets an event, and the first time it does so it builds the enums of some
    hundred and eighty classes (~70 ms here): so the app starts it after the
    unlock window's first paint; what is on screen by then is fitted and named
    here (the module loads here too: ~8 ms less before the first paint)."""
    from practice_notes.ui.fit import ScreenKeeper

    ScreenKeeper.install(app)


def install_translations(app: QApplication, locale: QLocale | None = None,
                         folder: Path | None = None) -> list[str]:
    """Load ``practice_notes_<locale>.qm`` (and Qt's own qtbase strings) for the
    system locale when present, before any window is built; route the Qt-free
    ``practice_notes.i18n.translate`` (services, reports) through the same
    translators. Returns the files loaded (none for English)."""
    from practice_notes import i18n
    from practice_notes.resources import resource_dir

    locale = locale or QLocale.system()
    loaded: list[str] = []
    sources = (
        (i18n.CATALOGUE_NAME, str(folder or resource_dir() / "translations")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    i18n.install(_qt_lookup)
    return loaded


def _qt_lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def run_gui(vault_path: Path | None = None, demo_passphrase: str | None = None,
            after_shown: Callable[[], None] | None = None) -> int:
    """The window's event loop. ``after_shown`` runs once the unlock window is on
    screen (the command line's sweep of what an interrupted run left)."""
    app = make_app(keeper=False)
    controller = Controller(vault_path, app)
    controller.start()
    QTimer.singleShot(SHOWN_MS, lambda: install_keeper(app))
    if after_shown is not None:
        QTimer.singleShot(SHOWN_MS, after_shown)
    if demo_passphrase is not None and vault_path is not None:
        controller.gate.passphrase.setText(demo_passphrase)
        QTimer.singleShot(0, controller.gate.unlock)
    if os.environ.get(CHECK_ENV) == "1":
        QTimer.singleShot(500, lambda: _report_and_quit(controller))
    return app.exec()


def _report_and_quit(controller: Controller) -> None:
    """For CHECK_ENV: say what is on screen (the main window is built, not shown)."""
    gate = controller.gate
    window = controller.window
    shown = gate.isVisible() and gate.width() > 0
    print(f"window check: unlock window {'shown' if shown else 'NOT shown'} "
          f"({gate.windowTitle()!r}, {gate.width()}x{gate.height()}); "
          f"main window built ({type(window).__name__}, {len(window.findChildren(QObject))} "
          f"objects); platform {controller.app.platformName()}", flush=True)
    controller.app.exit(0 if shown else 1)
