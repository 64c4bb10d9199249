"""The client list as a table model with a search/status filter proxy
(after Vorta's archive table model). Tested without widgets."""

from __future__ import annotations

import functools
import unicodedata
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from practice_notes.domain.enums import ClientStatus
from practice_notes.i18n import QT_TRANSLATE_NOOP
from practice_notes.services.reads import ClientSummary

Index = QModelIndex | QPersistentModelIndex
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    CODE = 1
    STATUS = 2
    LAST_SESSION = 3


HEADERS = {Column.NAME: QT_TRANSLATE_NOOP("Column", "Name"),
           Column.CODE: QT_TRANSLATE_NOOP("Column", "Code"),
           Column.STATUS: QT_TRANSLATE_NOOP("Column", "Status"),
           Column.LAST_SESSION: QT_TRANSLATE_NOOP("Column", "Last session")}


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search-as-you-type (Zoë ~ zoe)."""
    if text.isascii():  # most names: no accents to take off
        return text.lower()
    return _fold_unicode(text)


@functools.lru_cache(maxsize=16384)  # the list is refreshed after every change
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_N_COLUMNS = len(Column)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(CLIENT_ID_ROLE)
_SORT = int(SORT_ROLE)


# strftime("%d %b %Y") in the C locale, without strftime's cost per row
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _shown(s: ClientSummary, labels: dict[ClientStatus, str]) -> tuple[str, ...]:
    """What each column shows. ``labels``: each status's label, translated once
    per refresh."""
    c = s.client
    name = c.display_name
    if c.preferred_name and c.preferred_name != c.display_name:
        name = f"{c.display_name} ({c.preferred_name})"
    last = s.last_session_on
    return (name, c.code, labels[c.status],
            f"{last.day:02d} {_MONTHS[last.month - 1]} {last.year}" if last else "—")


def _sort_key(s: ClientSummary, column: int, labels: dict[ClientStatus, str]) -> str:
    """What a column sorts by (names folded, so "Émile" sorts among the Es)."""
    c = s.client
    if column == Column.NAME:
        return fold(c.display_name)
    if column == Column.CODE:
        return c.code
    if column == Column.STATUS:
        return labels[c.status]
    last = s.last_session_on
    return last.isoformat() if last else ""


class ClientTableModel(QAbstractTableModel):
    """Texts are worked out once per refresh, and only when asked for: views call
    data() thousands of times (sizing columns, sorting), and each call crosses from
    C++ into Python; but a view shows a screenful of rows, and sorting needs one
    column's keys. (2,000 clients: 3.3 ms for every text of every row.)"""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ClientSummary] = []
        self._folded: list[str] = []
        self._shown: list[tuple[str, ...] | None] = []  # None: not asked for yet
        self._keys: dict[int, list[str]] = {}  # column -> sort keys, once sorted by it
        self._labels: dict[ClientStatus, str] = {}
        self._order: tuple[int, bool] | None = None  # (column, descending)

    def set_clients(self, rows: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = [
            fold(f"{r.client.display_name} {r.client.preferred_name} {r.client.code}")
            for r in self._rows
        ]
        self._labels = {status: status.label for status in ClientStatus}
        self._shown = [None] * len(self._rows)
        self._keys = {}
        if self._order is not None:
            self._reorder(self._permutation(*self._order))
        self.endResetModel()

    def _texts(self, row: int) -> tuple[str, ...]:
        shown = self._shown[row]
        if shown is None:
            shown = self._shown[row] = _shown(self._rows[row], self._labels)
        return shown

    def _sort_keys(self, column: int) -> list[str]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [_sort_key(r, column, self._labels) for r in self._rows]
        return keys

    # The rows are kept in the order shown: sorting in Python on the sort keys worked
    # out once costs a millisecond for 2,000 clients, where the proxy's own sort asks
    # data() twice per comparison (43,000 calls, hundreds of ms).
    def _permutation(self, column: int, descending: bool) -> list[int]:
        keys = self._sort_keys(column)
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def _reorder(self, order: list[int]) -> None:
        self._rows = [self._rows[n] for n in order]
        self._folded = [self._folded[n] for n in order]
        self._shown = [self._shown[n] for n in order]
        self._keys = {column: [keys[n] for n in order] for column, keys in self._keys.items()}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self._order = (column, descending)
        if not 0 <= column < _N_COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        permutation = self._permutation(column, descending)
        new_row = {old: new for new, old in enumerate(permutation)}
        before = self.persistentIndexList()
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self._reorder(permutation)
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

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
        return 0 if parent.isValid() else _N_COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Column", HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == _DISPLAY:
            return self._texts(index.row())[index.column()] if index.isValid() else None
        if role == _SORT:
            return self._sort_keys(index.column())[index.row()] if index.isValid() else None
        if role == _ID:
            return self._rows[index.row()].client.id if index.isValid() else None
        if role == _TOOLTIP and index.isValid() and index.column() == Column.NAME:
            # the full name, as the column may be too narrow for it
            name = self._texts(index.row())[Column.NAME]
            pronouns = self._rows[index.row()].client.pronouns
            return f"{name}\nPronouns: {pronouns}" if pronouns else name
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
        self.beginFilterChange()  # invalidateFilter() is deprecated from Qt 6.9
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_statuses(self, statuses: set[ClientStatus]) -> None:
        self.beginFilterChange()
        self._statuses = set(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def statuses(self) -> set[ClientStatus]:
        return set(self._statuses)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the client model itself (see ``ClientTableModel.sort``); the
        proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, ClientTableModel):
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ClientTableModel)
        if model.summary(source_row).client.status not in self._statuses:
            return False
        folded = model.folded(source_row)
        return all(w in folded for w in self._words)
