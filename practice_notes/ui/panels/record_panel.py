"""What the Milestones and Agreements panels share: a client's rows in a sortable
table, the selected row kept across reloads, one dialog or message box open at a
time (closed, its typed input kept as a draft, when the vault locks), and
confirmed deletes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView, QWidget

from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox
from practice_notes.ui.panels.record_form import RecordDialog
from practice_notes.ui.panels.table_model import ID_ROLE, RowTableModel

_D = TypeVar("_D", bound=RecordDialog)


class RecordPanel(QWidget):
    """Subclasses set ``model``/``proxy``, build ``table`` with ``make_table``,
    and write ``refresh`` (with ``reload``), ``_update`` and ``delete_selected``."""

    status_message = Signal(str)
    changed = Signal()
    select_first_row = False  # when the selected row is gone, select the first one
    model: RowTableModel
    proxy: QSortFilterProxyModel
    table: QTableView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.dialog: RecordDialog | None = None
        self.box: QMessageBox | None = None

    def make_table(self, name: str, sort_column: int) -> QTableView:
        """The read-only, single-row-selection table of ``proxy``; Delete deletes."""
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        return self.table

    # -------------------------------------------------------------- state
    def show_client(self, practice: Practice, client_id: int) -> None:
        self._close_dialogs()
        self.practice = practice
        self.client_id = client_id
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock); input typed in an open dialog is
        kept as an encrypted draft first."""
        self._close_dialogs()
        self.model.set_rows([])
        self._forget()
        self.practice = None
        self.client_id = 0
        self._update()

    def _forget(self) -> None:
        """Empty what the subclass shows beside the table (on lock)."""

    def _close_dialogs(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close_for_lock()
            dialog.deleteLater()
        box, self.box = self.box, None
        if box is not None:
            box.done(QMessageBox.StandardButton.Cancel)
            box.deleteLater()

    def refresh(self, select: int | None = None) -> None:
        raise NotImplementedError

    def reload(self, select: int | None, rows: Callable[[Practice], Sequence[Any]]) -> None:
        """Show ``rows(practice)``; keep (or move to) the selected row."""
        if self.practice is None:
            return
        keep = select if select is not None else self.current_id()
        try:
            found = rows(self.practice)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return
        self.model.set_rows(found)
        kept = bool(keep) and self.select(keep)
        if not kept and self.select_first_row and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update()

    def current_id(self) -> int:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else 0

    def current_row(self) -> Any:
        row = self.model.row_of(self.current_id())
        return self.model.row(row) if row >= 0 else None

    def select(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show it
            self._reveal()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _reveal(self) -> None:
        """Make the proxy show every row (when the one to select is filtered out)."""

    def _update(self) -> None:
        """Enable the buttons (and show the details) that fit the selected row."""
        raise NotImplementedError

    def delete_selected(self) -> QMessageBox | None:
        raise NotImplementedError

    # ------------------------------------------------------------ dialogs
    def make_dialog(self, make: Callable[[], _D]) -> _D | None:
        """``make()``, or None with the reason shown when the vault refuses."""
        try:
            return make()
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return None

    def open_dialog(self, dialog: _D, saved: Callable[[Any], None]) -> _D:
        """Show ``dialog`` (closing the one open before); ``saved`` gets what it saves."""
        self._close_dialogs()
        dialog.saved.connect(saved)
        dialog.finished.connect(lambda _code: self._dialog_finished(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: RecordDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()
            self.table.setFocus()

    def after_change(self, message: str, select: int | None = None) -> None:
        """After a change: reload (selecting ``select``), say so, tell the window."""
        self.refresh(select=select)
        self.status_message.emit(message)
        self.changed.emit()

    def keep_box(self, box: QMessageBox) -> QMessageBox:
        """Remember the open message box, so that a lock can close it."""
        self.box = box
        box.finished.connect(lambda _code: setattr(self, "box", None))
        return box

    def confirm_delete(self, title: str, text: str, delete: Callable[[], object], done: str,
                       informative: str, refused: str = "") -> QMessageBox:
        """Ask first; then ``delete()`` and say ``done`` (or why the vault refused,
        with the hint ``refused``)."""

        def do() -> None:
            try:
                delete()
            except VaultError as exc:
                msgbox.error(self, str(exc), informative=refused)
                return
            self.after_change(done)

        return self.keep_box(msgbox.confirm(self, title, text, do, yes_text=self.tr("Delete"),
                                            informative=informative))
