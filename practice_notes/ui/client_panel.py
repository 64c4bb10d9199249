"""Left side of the main window: search, status filter and the client table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import ClientStatus
from practice_notes.services.reads import ClientSummary
from practice_notes.ui.client_model import (
    CLIENT_ID_ROLE,
    HEADERS,
    ClientFilterProxy,
    ClientTableModel,
    Column,
)


class ClientListPanel(QWidget):
    client_selected = Signal(int)  # client id, or 0 for none
    add_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientTableModel()
        self.proxy = ClientFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a client…"))
        self.search.setAccessibleName(self.tr("Find a client"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)

        self.status_boxes: dict[ClientStatus, QCheckBox] = {}
        filters = QHBoxLayout()
        for status in ClientStatus:
            box = QCheckBox(status.label)
            box.setChecked(status is not ClientStatus.DISCHARGED)
            box.setAccessibleName(
                self.tr("Show {value} clients").format(value=status.label.lower()))
            box.toggled.connect(self._statuses_changed)
            self.status_boxes[status] = box
            filters.addWidget(box)
        filters.addStretch()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Fixed widths for the short columns, from the widest text they can hold:
        # sizing to contents makes Qt ask the model for every cell of every client.
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        widest = {Column.CODE: "WWWW-0000", Column.STATUS: "Discharged",
                  Column.LAST_SESSION: "30 Sep 2099"}
        for col, sample in widest.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 24 + max(metrics.horizontalAdvance(sample),
                                               metrics.horizontalAdvance(HEADERS[col])))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        add = QPushButton(self.tr("&New client…"))
        add.clicked.connect(self.add_requested)
        self.add_button = add

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(add)
        self.search.returnPressed.connect(self._select_first)

    def set_clients(self, rows: list[ClientSummary], keep: int | None = None) -> None:
        current = keep if keep is not None else self.current_client_id()
        self.model.set_clients(rows)
        if current:
            self.select_client(current)

    def clear(self) -> None:
        self.search.clear()
        self.model.clear()

    def current_client_id(self) -> int:
        index = self.table.currentIndex()
        return int(index.data(CLIENT_ID_ROLE)) if index.isValid() else 0

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        status = self.model.summary(row).client.status
        if status not in self.proxy.statuses:
            self.status_boxes[status].setChecked(True)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.setFocus()

    def _statuses_changed(self) -> None:
        self.proxy.set_statuses({s for s, b in self.status_boxes.items() if b.isChecked()})

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.client_selected.emit(int(current.data(CLIENT_ID_ROLE)) if current.isValid() else 0)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(int(index.data(CLIENT_ID_ROLE)))
