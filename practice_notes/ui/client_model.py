"""The client list as a table model with a search/status filter proxy
(after Vorta's archive table model). Tested without widgets."""

from __future__ import annotations

import unicodedata
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from practice_notes.domain.enums import ClientStatus
from practice_notes.vault.repos.clients import ClientSummary

Index = QModelIndex | QPersistentModelIndex
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    CODE = 1
    STATUS = 2
    LAST_SESSION = 3


HEADERS = {Column.NAME: "Name", Column.CODE: "Code", Column.STATUS: "Status",
           Column.LAST_SESSION: "Last session"}


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search-as-you-type (Zoë ~ zoe)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class ClientTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ClientSummary] = []
        self._folded: list[str] = []

    def set_clients(self, rows: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = [
            fold(f"{r.client.display_name} {r.client.preferred_name} {r.client.code}")
            for r in self._rows
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_clients([])

    def summary(self, row: int) -> ClientSummary:
        return self._rows[row]

    def row_of(self, client_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.client.id == client_id:
                return n
        return -1

    def folded(self, row: int) -> str:
        return self._folded[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = Column(index.column())
        if role == CLIENT_ID_ROLE:
            return s.client.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col is Column.NAME:
                c = s.client
                if c.preferred_name and c.preferred_name != c.display_name:
                    return f"{c.display_name} ({c.preferred_name})"
                return c.display_name if role == Qt.ItemDataRole.DisplayRole else fold(c.name)
            if col is Column.CODE:
                return s.client.code
            if col is Column.STATUS:
                return s.client.status.label
            if col is Column.LAST_SESSION:
                if s.last_session_on is None:
                    return "—" if role == Qt.ItemDataRole.DisplayRole else ""
                if role == SORT_ROLE:
                    return s.last_session_on.isoformat()
                return s.last_session_on.strftime("%d %b %Y")
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.NAME and s.client.pronouns:
            return f"Pronouns: {s.client.pronouns}"
        return None


class ClientFilterProxy(QSortFilterProxyModel):
    """Filters by folded text (every word must match) and by a set of statuses."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._statuses: set[ClientStatus] = {ClientStatus.ACTIVE, ClientStatus.PAUSED}
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self._words = fold(text).split()
        self.invalidateFilter()

    def set_statuses(self, statuses: set[ClientStatus]) -> None:
        self._statuses = set(statuses)
        self.invalidateFilter()

    @property
    def statuses(self) -> set[ClientStatus]:
        return set(self._statuses)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ClientTableModel)
        if model.summary(source_row).client.status not in self._statuses:
            return False
        folded = model.folded(source_row)
        return all(w in folded for w in self._words)
