"""The part every read-only table model of ours shares: a list of row objects
shown under fixed column headings. Subclasses say what a row's id is and what
each cell shows (``data``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's record id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a column sorts by


class RowTableModel(QAbstractTableModel):
    """Rows (any objects) under ``headers``; ``row_of`` finds a row by ``row_id``."""

    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> Any:
        return self._rows[n]

    def row_id(self, row: Any) -> object:
        """What ``row_of`` looks rows up by (their record id)."""
        raise NotImplementedError

    def row_of(self, row_id: object) -> int:
        return next((n for n, r in enumerate(self._rows) if self.row_id(r) == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # headers are marked QT_TRANSLATE_NOOP("Column", …) where they are defined
            return QCoreApplication.translate("Column", self.headers[section])
        return None
