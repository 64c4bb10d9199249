"""The main window: the client list on the left, the client's workspace on the right."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from practice_notes import __version__
from practice_notes.domain.models import SearchHit
from practice_notes.services import Practice
from practice_notes.services.changes import Change, ChangeKind
from practice_notes.ui import msgbox
from practice_notes.ui import record_actions as actions
from practice_notes.ui.change_signals import ChangeSignals
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.client_panel import ClientListPanel
from practice_notes.ui.panels.form_draft import FormDraft
from practice_notes.ui.record_check import RecordCheckBanner
from practice_notes.ui.retention_dialog import open_past_retention
from practice_notes.ui.roles import ActionWindow
from practice_notes.ui.search_dialog import SearchDialog
from practice_notes.ui.settings_dialog import SettingsDialog
from practice_notes.ui.workspace import ClientWorkspace


def _fill(menu: QMenu, *entries: QAction | None) -> None:
    """Add actions in order; None is a separator."""
    for act in entries:
        if act is None:
            menu.addSeparator()
        else:
            menu.addAction(act)


RECORD_CHECK_DELAY_MS = 2000  # after unlock: see MainWindow.attach


class MainWindow(ActionWindow):
    lock_requested = Signal()
    restore_requested = Signal()
    settings_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.practice: Practice | None = None
        self.setWindowTitle(self.tr("Practice Notes"))
        self.resize(1200, 780)
        self.clients = ClientListPanel()
        self.clients.client_selected.connect(self.show_client)
        self.clients.add_requested.connect(self.add_client)
        self.clients.edit_requested.connect(self.edit_client)

        self.changes = ChangeSignals(self)
        self.changes.changed.connect(self._record_changed)
        self.workspace = ClientWorkspace(self.changes)
        self.workspace.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.sessions = self.workspace.sessions
        self.tabs = self.workspace.tabs
        self.header = self.workspace.header
        workspace = self.workspace
        self.empty = QLabel(
            self.tr("Choose a client on the left, or add one with File ▸ New client."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(workspace)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.clients)
        split.addWidget(self.right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 820])
        self.record_check = RecordCheckBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.record_check)
        column.addWidget(split, 1)
        self.setCentralWidget(central)
        self.vault_label = QLabel()
        self.lock_label = QLabel()
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup-status")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.vault_label)
        self.statusBar().addPermanentWidget(self.lock_label)
        self._build_menus()
        self._restore_geometry()
        self.set_unlocked(False)

    # ------------------------------------------------------------ menus
    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                ) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.act_new_client = self._action(self.tr("&New client…"), self.add_client,
                                           QKeySequence.StandardKey.New)
        self.act_new_session = self._action(self.tr("New &session…"), self.sessions.new_session,
                                            "Ctrl+Shift+N")
        self.act_save = self._action(self.tr("&Save note"), self.sessions.commit,
                                     QKeySequence.StandardKey.Save)
        self.act_report = self._action(self.tr("&Progress summary…"), self.open_report, "Ctrl+R")
        self.act_fhir = self._action(self.tr("Export &FHIR…"), self.open_fhir_export)
        self.act_backup = self._action(self.tr("&Back up now…"), self.open_backup, "Ctrl+B")
        self.act_test_restore = self._action(self.tr("&Test-restore a backup…"),
                                             lambda: self._with_practice(
                                                 lambda p: actions.open_check_backup(self, p)))
        self.act_restore = self._action(
            self.tr("&Restore from a backup…"), self.restore_requested.emit)
        self.act_passphrase = self._action(
            self.tr("Change &passphrase…"), lambda: self._with_practice(
            lambda p: actions.open_passphrase(self, p)))
        self.act_lock = self._action(self.tr("&Lock now"), self.lock_requested.emit, "Ctrl+L")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        _fill(file_menu, self.act_new_client, self.act_new_session, self.act_save, None,
              self.act_report, self.act_fhir, None, self.act_backup, self.act_test_restore,
              self.act_restore, self.act_passphrase, None, self.act_lock, self.act_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.act_search = self._action(self.tr("&Search notes…"), self.open_search,
                                       QKeySequence.StandardKey.Find)
        self.act_find_client = self._action(self.tr("Find &client"), self.clients.search.setFocus,
                                            "Ctrl+K")
        self.act_settings = self._action(self.tr("Se&ttings…"), self.open_settings,
                                         QKeySequence.StandardKey.Preferences)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_kinds = self._action(self.tr("&Milestone kinds…"), lambda: self._with_practice(
            lambda p: actions.open_catalogue(self, p, "milestone_kinds")))
        self.act_topics = self._action(self.tr("&Agreement topics…"), lambda: self._with_practice(
            lambda p: actions.open_catalogue(self, p, "agreement_topics")))
        self.act_backup_settings = self._action(
            self.tr("&Backup settings…"), lambda: self._with_practice(
            lambda p: actions.open_backup_settings(self, p)))
        _fill(edit_menu, self.act_search, self.act_find_client, None, self.act_settings,
              self.act_kinds, self.act_topics, self.act_backup_settings)

        client_menu = bar.addMenu(self.tr("C&lient"))
        self.act_edit_client = self._action(self.tr("&Edit client…"), self._edit_current, "Ctrl+E")
        self.act_discharge = self._action(self.tr("&Discharge client…"), self.discharge_client)
        self.act_records = self._action(self.tr("Records &request…"), self.open_records)
        self.act_retention = self._action(self.tr("Past &retention…"), lambda: self._with_practice(
            lambda p: open_past_retention(self, p, self.forget_client, self.refresh_clients)))
        _fill(client_menu, self.act_edit_client, self.act_discharge, None, self.act_report,
              self.act_records, self.act_retention)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Practice Notes"), self.about))
        self.locked_actions = [
            self.act_new_client, self.act_new_session, self.act_save, self.act_lock,
            self.act_search, self.act_find_client, self.act_settings, self.act_edit_client,
            self.act_discharge, self.act_report, self.act_backup, self.act_test_restore,
            self.act_passphrase, self.act_kinds, self.act_topics, self.act_backup_settings,
            self.act_fhir, self.act_retention, self.act_records,
        ]

    def _with_practice(self, fn: Callable[[Practice], object]) -> None:
        if self.practice is not None:
            fn(self.practice)

    def _ready(self) -> Practice | None:
        """The open vault once every open form is saved (None: locked, or refused)."""
        return self.practice if self.practice and self.commit() else None

    def open_report(self) -> object:
        cid = self.clients.current_client_id()
        practice = self._ready() if cid else None
        return actions.open_report(self, practice, cid) if practice and cid else None

    def open_fhir_export(self) -> object:
        if not (practice := self._ready()):
            return None
        from practice_notes.ui.fhir_export import open_fhir_export  # not on the launch path

        return open_fhir_export(self, practice, self.clients.current_client_id())

    def open_records(self) -> object:
        cid = self.clients.current_client_id()
        practice = self._ready() if cid else None
        return actions.open_records(self, practice, cid) if practice and cid else None

    def open_backup(self) -> object:
        practice = self._ready()
        return actions.open_backup(self, practice) if practice else None

    def update_backup_status(self) -> None:
        if not self.practice:
            self.backup_label.clear()
            return
        text, warning = actions.backup_status_text(self.practice)
        self.backup_label.setText(f"⚠ {warning}" if warning else text)
        self.backup_label.setToolTip(warning or text)
        self.backup_label.setAccessibleName(warning or text)

    # ------------------------------------------------------------ state
    def set_unlocked(self, unlocked: bool) -> None:
        for act in self.locked_actions:
            act.setEnabled(unlocked)
        self.lock_label.setText(self.tr("Unlocked") if unlocked else self.tr("Locked"))
        self.lock_label.setAccessibleName(
            self.tr("Vault unlocked") if unlocked else self.tr("Vault locked"))
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(unlocked)

    def attach(self, practice: Practice) -> None:
        self.practice = practice
        self.changes.bind(practice)
        self.vault_label.setText(self.tr("Vault: {name}").format(name=practice.path.name))
        self.set_unlocked(True)
        self.refresh_clients()
        self.update_backup_status()
        # The record check reads every page (seconds for a forty-year vault): it
        # starts once the window is painted and the first click is answered, not
        # during them; a lock before then starts nothing (a lock waits for it).
        # With the window as context: no call once it is gone (tests close it sooner).
        QTimer.singleShot(RECORD_CHECK_DELAY_MS, self, lambda: self._check_record(practice))

    def _check_record(self, practice: Practice) -> None:
        if self.practice is practice and shiboken6.isValid(self.record_check):
            self.record_check.start(practice, lambda: self.practice is practice)

    def detach(self) -> None:
        """Forget every record shown: models, editors, header, search."""
        self.changes.unbind()
        self.workspace.clear()
        self.clients.clear()
        self.right.setCurrentWidget(self.empty)
        self.practice = None
        self.record_check.clear_result()
        self.update_backup_status()
        self.set_unlocked(False)

    def commit(self) -> bool:
        return self.workspace.commit() if self.practice else True

    def flush_drafts(self) -> bool:
        """Write the note editor's and every open form's draft now; False when one
        could not be written (its text is still on screen, nowhere else)."""
        if not self.practice:
            return True
        ok = self.sessions.editor.save_draft()
        for draft in self.findChildren(FormDraft):
            ok = draft.flush() and ok
        return ok

    def refresh_clients(self) -> None:
        if self.practice:
            self.clients.set_clients(self.practice.client_list())

    def _record_changed(self, change: object) -> None:
        # the client list shows names, statuses and the last session of each client
        if not (isinstance(change, Change)
                and change.kind in (ChangeKind.CLIENT, ChangeKind.SESSION)):
            return
        self.clients.blockSignals(True)  # same client, same selection: the workspace stays
        try:
            self.refresh_clients()
        finally:
            self.clients.blockSignals(False)
        if change.kind is ChangeKind.CLIENT and change.client_id == self.workspace.client_id:
            self.workspace.show_header()

    def forget_client(self, client_id: int) -> None:
        """Stop showing a client whose records are about to be destroyed."""
        if self.workspace.client_id == client_id:
            self.workspace.clear()
            self.right.setCurrentWidget(self.empty)

    def current_position(self) -> tuple[int, int | None]:
        return self.clients.current_client_id(), self.sessions.current_session_id()

    def go_to(self, client_id: int, session_id: int | None = None) -> None:
        if not client_id:
            return
        if self.clients.current_client_id() == client_id:
            if session_id is not None:
                self.sessions.select_session(session_id)
            return
        self._pending_session = session_id
        self.clients.select_client(client_id)

    _pending_session: int | None = None

    def show_client(self, client_id: int) -> None:
        if not self.practice:
            return
        if not client_id:
            self.right.setCurrentWidget(self.empty)
            return
        if not self.sessions.commit():
            return
        self.right.setCurrentWidget(self.workspace)
        pending, self._pending_session = self._pending_session, None
        self.workspace.show_client(self.practice, client_id, pending)

    # ------------------------------------------------------------ actions
    def add_client(self) -> None:
        if not self.practice:
            return
        dialog = ClientDialog(self.practice, None, self)
        dialog.accepted.connect(lambda: self._client_saved(dialog))
        dialog.open()

    def edit_client(self, client_id: int) -> None:
        if not (self.practice and client_id):
            return
        dialog = ClientDialog(self.practice, self.practice.clients.get(client_id), self)
        dialog.accepted.connect(lambda: self._client_saved(dialog))
        dialog.open()

    def _edit_current(self) -> None:
        self.edit_client(self.clients.current_client_id())

    def _client_saved(self, dialog: ClientDialog) -> None:
        if dialog.saved is None or dialog.saved.id is None:
            return
        self.refresh_clients()  # now, to select the new client in it
        self.clients.select_client(dialog.saved.id)
        self.show_client(dialog.saved.id)

    def discharge_client(self) -> None:
        cid = self.clients.current_client_id()
        if self.practice and cid:
            actions.discharge_client(self, self.practice, cid)

    def open_search(self) -> SearchDialog | None:
        if not self.practice:
            return None
        dialog = SearchDialog(self.practice, self)
        dialog.open_hit.connect(self.open_hit)
        dialog.open()
        return dialog

    def open_hit(self, hit: SearchHit) -> None:
        self.go_to(hit.client_id, hit.session_id)
        if hit.session_id is not None:
            self.tabs.setCurrentWidget(self.sessions)

    def open_settings(self) -> SettingsDialog | None:
        if not self.practice:
            return None
        dialog = SettingsDialog(self.practice, self)
        dialog.accepted.connect(self.settings_changed.emit)
        dialog.open()
        return dialog

    def about(self) -> None:
        msgbox.message(self, self.tr("About Practice Notes"),
                       self.tr("Practice Notes {version}").format(version=__version__),
                       informative=self.tr("An offline, encrypted notebook for solo therapists. "
                                   "It never connects to the internet."))

    # ------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        value = QSettings().value("window/geometry")
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)

    def save_geometry(self) -> None:
        # Only the window's shape lives in QSettings: nothing about clients or notes.
        QSettings().setValue("window/geometry", self.saveGeometry())

    close_requested = Signal()

    close_guard: Callable[[], bool] | None = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.close_guard is not None and not self.close_guard():
            event.ignore()  # e.g. the backup on close runs first, then closes again
            return
        if not self.commit():
            self.flush_drafts()
        self.save_geometry()
        self.close_requested.emit()
        event.accept()
