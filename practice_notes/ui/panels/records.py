"""Pieces the Check-ins, Measures and Goals panels share: a sortable record table
and small form helpers (autosaved drafts are in form_draft)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.services import Practice
from practice_notes.ui.panels.table_model import SORT_ROLE, Index, RowTableModel

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record itself
SESSION_DAY_ROLE = Qt.ItemDataRole.UserRole + 3
ERROR_STYLE = "color: #a4262c;"
EARLIEST = dt.date(1950, 1, 1)


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def date_key(day: dt.date, record_id: int | None) -> str:
    """A sort key Qt can compare: the ISO date, then the record's id."""
    return f"{day.isoformat()} {record_id or 0:012d}"


def check_day(day: dt.date, field: str = "date", what: str | None = None) -> None:
    """Dates of things that have happened: not in the future, not absurdly old."""
    if what is None:
        what = QCoreApplication.translate("records", "The date")
    if day > dt.date.today():
        raise ValidationError(QCoreApplication.translate(
            "records", "{what} cannot be in the future").format(what=what), field=field)
    if day < EARLIEST:
        raise ValidationError(QCoreApplication.translate(
            "records", "{what} is before {year}; please check it").format(
                what=what, year=EARLIEST.year), field=field)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("records", "Problem"))
    return label


def fill_sessions(box: QComboBox, practice: Practice, client_id: int,
                  selected: int | None = None) -> None:
    """'No session' and the client's sessions, newest first."""
    box.blockSignals(True)
    box.clear()
    box.addItem(QCoreApplication.translate("records", "No session"), None)
    sessions = sorted(practice.sessions.for_client(client_id), key=lambda s: s.starts_at,
                      reverse=True)
    for s in sessions:
        box.addItem(f"{day_text(s.starts_at.date())}, {s.starts_at:%H:%M}", s.id)
        box.setItemData(box.count() - 1, s.starts_at.date(), SESSION_DAY_ROLE)
    box.setCurrentIndex(max(0, box.findData(selected)) if selected is not None else 0)
    box.blockSignals(False)


def select_session(box: QComboBox, session_id: int | None) -> None:
    box.setCurrentIndex(max(0, box.findData(session_id)) if session_id is not None else 0)


def session_day(box: QComboBox) -> dt.date | None:
    value = box.itemData(box.currentIndex(), SESSION_DAY_ROLE)
    return value if isinstance(value, dt.date) else None


# --------------------------------------------------------------------- table
@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], str | int | float] | None = None  # values Qt can compare
    numeric: bool = False
    accessible: Callable[[Any], str] | None = None


class RecordModel(RowTableModel):
    """Frozen dataclass records, one per row, shown through named columns."""

    def __init__(self, columns: Sequence[Column],
                 highlight: Callable[[Any], bool] | None = None) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.headers = tuple(c.header for c in self.columns)
        self.highlight = highlight

    def set_records(self, records: Sequence[Any]) -> None:
        self.set_rows(records)

    def records(self) -> list[Any]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(record)
        if role == SORT_ROLE:
            return col.sort(record) if col.sort else col.text(record).casefold()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col.accessible:
            return col.accessible(record)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and self.highlight(record):
            return QColor("#fff4ce")
        if role == Qt.ItemDataRole.ForegroundRole and self.highlight and self.highlight(record):
            return QColor("#3b2f00")
        return None


class RecordTable(QTableView):
    """A sortable, read-only table of records: Enter edits, Delete deletes."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, model: RecordModel, name: str, stretch: int | None = None,
                 sort_column: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self.doubleClicked.connect(self._activated)

    def current_record(self) -> Any:
        index = self.currentIndex()
        if not index.isValid():
            rows = self.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return index.data(RECORD_ROLE)

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.edit_requested.emit(record)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        record = self.current_record()
        if record is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(record)
            return
        if record is not None and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(record)
            return
        super().keyPressEvent(event)
