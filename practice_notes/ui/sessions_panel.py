"""The Sessions part of a client's workspace: the session list and the note editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Session
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui import fit, msgbox
from practice_notes.ui.new_session import NewSessionDialog
from practice_notes.ui.note_editor import NoteEditor
from practice_notes.ui.session_extras import QuickRecordBar
from practice_notes.ui.session_model import SESSION_ID_ROLE, SessionColumn, SessionTableModel


class SessionsPanel(QWidget):
    status_message = Signal(str)
    sessions_changed = Signal()
    #: a new session was opened in the editor (the workspace shows this tab)
    session_opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.model = SessionTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # The date is never cut short; a long attendance label may be elided.
        self.table.horizontalHeader().setSectionResizeMode(
            SessionColumn.ATTENDANCE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the widest text (sizing to contents reads every row).
        metrics = self.table.fontMetrics()
        for col, sample in ((SessionColumn.DATE, "30 Sep 2099  23:59"),
                            (SessionColumn.STATE, "Signed")):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.Interactive)
            self.table.horizontalHeader().resizeSection(
                col, metrics.horizontalAdvance(sample) + 24)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # No Alt key: every letter of it is taken on this tab; Ctrl+Shift+N works anywhere.
        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setToolTip(self.tr("A new session for this client (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_session)
        self.delete_button = QPushButton(self.tr("&Delete session…"))
        self.delete_button.setToolTip(self.tr("Delete an unsigned session (Delete key)"))
        self.delete_button.clicked.connect(self.delete_session)
        self.delete_button.setEnabled(False)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_session)
        self.new_dialog: NewSessionDialog | None = None

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        lv.addLayout(buttons)

        self.editor = NoteEditor()
        self.editor.saved.connect(self._saved)
        self.editor.status_message.connect(self.status_message)
        self.quick = QuickRecordBar()
        self.quick.recorded.connect(self.sessions_changed)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        rv.addWidget(self.quick)
        rv.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([370, 590])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._switching = False

    # -------------------------------------------------------------- state
    def clear(self) -> None:
        self.quick.clear()
        self.editor.clear()
        self.model.set_sessions([])
        self.practice = None
        self.client_id = 0

    def show_client(self, practice: Practice, client_id: int, session_id: int | None = None
                    ) -> None:
        self.practice = practice
        self.client_id = client_id
        sessions = practice.sessions.for_client(client_id)
        self._switching = True
        self.model.set_sessions(sessions)
        self._switching = False
        self.editor.clear()
        self.quick.set_session(None, 0, None)
        self.delete_button.setEnabled(False)
        target = session_id if session_id is not None else self._default_session(sessions)
        if target is not None:
            self.select_session(target)

    @staticmethod
    def _default_session(sessions: list[Session]) -> int | None:
        unsigned = [s for s in sessions if not s.is_signed]
        pick = max(unsigned or sessions, key=lambda s: s.starts_at, default=None)
        return pick.id if pick else None

    def current_session_id(self) -> int | None:
        return self.editor.session.id if self.editor.session else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def commit(self) -> bool:
        """Save the open note before leaving it (switching, locking, closing)."""
        return self.editor.save()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching or not current.isValid() or self.practice is None:
            return
        sid = int(current.data(SESSION_ID_ROLE))
        if self.editor.session is not None and self.editor.session.id == sid:
            return
        if not self.commit():
            # Keep the person on the note that could not be saved; its draft is safe.
            self._switching = True
            self.table.setCurrentIndex(previous)
            self._switching = False
            return
        self._open(sid)

    def _open(self, session_id: int) -> None:
        assert self.practice is not None
        session = self.practice.sessions.get(session_id)
        goals = self.practice.goals.for_client(self.client_id)
        self.editor.load(self.practice, session, goals)
        self.quick.set_session(self.practice, self.client_id, session.id)
        self.delete_button.setEnabled(not session.is_signed)

    def new_session(self) -> NewSessionDialog | None:
        """Ask when the session was and whether the client came; then open its note."""
        if self.practice is None or not self.client_id or not self.commit():
            return None
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            return self.new_dialog
        dialog = NewSessionDialog(self.client_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(dialog.session()))
        dialog.finished.connect(lambda _code: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, session: Session) -> None:
        if self.practice is None or session.client_id != self.client_id:
            return  # locked or another client chosen meanwhile
        try:
            saved = self.practice.save_session(session)
        except (ValidationError, VaultError) as exc:
            msgbox.error(self, str(exc))
            return
        self._reload(saved.id)
        self.session_opened.emit()
        first = self.editor.field(next(iter(self.editor._fields)))
        fit.focus_when_back(first)  # once the dialog has gone
        self.sessions_changed.emit()

    def _reload(self, session_id: int | None) -> None:
        assert self.practice is not None
        sessions = self.practice.sessions.for_client(self.client_id)
        self._switching = True
        self.model.set_sessions(sessions)
        self._switching = False
        self.editor.clear()
        self.delete_button.setEnabled(False)
        target = session_id if session_id is not None else self._default_session(sessions)
        if target is not None:
            self.select_session(target)

    def delete_session(self) -> QMessageBox | None:
        """Delete the open session if it is unsigned, after a confirmation (Cancel first)."""
        session, practice = self.editor.session, self.practice
        if session is None or practice is None or session.id is None:
            return None
        if session.is_signed:
            return msgbox.message(
                self, self.tr("Delete session"),
                self.tr("This note is signed, so it stays in the record."),
                informative=self.tr("Add an addendum to correct it."))
        sid = session.id
        when = session.starts_at

        def delete() -> None:
            self.editor.clear()  # no autosave may bring its draft back
            try:
                practice.delete_session(sid)
            except (ValidationError, VaultError) as exc:
                msgbox.error(self, str(exc))
                self._reload(sid)
                return
            self._reload(None)
            self.status_message.emit(self.tr("Session deleted."))
            self.sessions_changed.emit()

        return msgbox.confirm(
            self, self.tr("Delete session"),
            self.tr("Delete the unsigned session of {when:%d %b %Y, %H:%M}?").format(when=when),
            delete, yes_text=self.tr("Delete session"),
            informative=self.tr("Its note, private process notes and unsaved draft are deleted "
                                "for good. Records linked to it stay, unlinked."))

    def _saved(self, session: Session) -> None:
        self.delete_button.setEnabled(not session.is_signed)
        self.model.replace_session(session)
        self.sessions_changed.emit()
