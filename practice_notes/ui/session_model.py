"""The list of a client's sessions (newest first)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from practice_notes.domain.models import Session
from practice_notes.i18n import QT_TRANSLATE_NOOP
from practice_notes.ui.panels.table_model import Index, RowTableModel

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionColumn(IntEnum):
    DATE = 0
    ATTENDANCE = 1
    STATE = 2


_HEADERS = (QT_TRANSLATE_NOOP("Column", "Date"), QT_TRANSLATE_NOOP("Column", "Attendance"),
            QT_TRANSLATE_NOOP("Column", "Note"))


class SessionTableModel(RowTableModel):
    headers = _HEADERS

    def set_sessions(self, sessions: list[Session]) -> None:
        self.set_rows(sorted(sessions, key=lambda s: s.starts_at, reverse=True))

    def replace_session(self, session: Session) -> None:
        for n, s in enumerate(self._rows):
            if s.id == session.id:
                self._rows[n] = session
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(_HEADERS) - 1))
                return

    def session(self, row: int) -> Session:
        session: Session = self._rows[row]
        return session

    def row_id(self, row: Session) -> int | None:
        return row.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role == SESSION_ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = SessionColumn(index.column())
            if col is SessionColumn.DATE:
                return s.starts_at.strftime("%d %b %Y  %H:%M")
            if col is SessionColumn.ATTENDANCE:
                return s.attendance.label
            return self.tr("Signed") if s.is_signed else self.tr("Draft")
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == SessionColumn.STATE:
            return self.tr("Signed, locked") if s.is_signed else self.tr("Draft, not signed")
        return None
