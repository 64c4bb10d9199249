"""Boundary agreements: one row per agreement (its current version), and for the
selected one its wording and full version history. A revision supersedes, never
overwrites; acknowledged or revised versions are ended, never deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.models import AgreementVersion
from practice_notes.services import Practice
from practice_notes.ui import msgbox
from practice_notes.ui.panels.agreement_dialogs import (
    AcknowledgeDialog,
    EndAgreementDialog,
    NewAgreementDialog,
    ReviewDateDialog,
    ReviseAgreementDialog,
)
from practice_notes.ui.panels.agreement_model import (
    SERIES_ID_ROLE,
    AgreementColumn,
    AgreementProxy,
    AgreementRow,
    AgreementTableModel,
    agreement_rows,
    details_html,
)
from practice_notes.ui.panels.record_form import RecordDialog, day_text
from practice_notes.vault.errors import VaultError

DialogFactory = Callable[[Practice, AgreementVersion, str, QWidget], RecordDialog]


class AgreementsPanel(QWidget):
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.dialog: RecordDialog | None = None
        self.box: QMessageBox | None = None

        self.model = AgreementTableModel()
        self.proxy = AgreementProxy()
        self.proxy.setSourceModel(self.model)
        self.show_ended = QCheckBox("Show ended agree&ments")
        self.show_ended.setChecked(True)
        self.show_ended.toggled.connect(self.proxy.set_show_ended)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Boundary agreements")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AgreementColumn.TOPIC, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgreementColumn.TOPIC, QHeaderView.ResizeMode.Stretch)
        for col in list(AgreementColumn)[1:]:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        self.details = QTextBrowser()
        self.details.setAccessibleName("Agreement wording and history")
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText("Choose an agreement to see its wording and history.")

        self.empty = QLabel("No agreements yet. Record what you agree about confidentiality, "
                            "contact, cancellations, fees … with New agreement….")
        self.empty.setWordWrap(True)
        self.new_button = QPushButton("&New agreement…")
        self.revise_button = QPushButton("&Revise…")
        self.ack_button = QPushButton("Ac&knowledge…")
        self.review_button = QPushButton("Set re&view date…")
        self.end_button = QPushButton("End a&greement…")
        self.delete_button = QPushButton("&Delete")
        self.new_button.clicked.connect(self.new_agreement)
        self.revise_button.clicked.connect(self.revise_selected)
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.review_button.clicked.connect(self.set_review_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.revise_button, self.ack_button, self.review_button,
                  self.end_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.show_ended)
        tv.addWidget(self.empty)
        tv.addWidget(self.table, 1)
        tv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update()

    # -------------------------------------------------------------- state
    def show_client(self, practice: Practice, client_id: int) -> None:
        self._close_dialogs()
        self.practice = practice
        self.client_id = client_id
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock); typed input is kept as a draft first."""
        self._close_dialogs()
        self.model.set_rows([])
        self.details.clear()
        self.practice = None
        self.client_id = 0
        self._update()

    def _close_dialogs(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close_for_lock()
            dialog.deleteLater()
        box, self.box = self.box, None
        if box is not None:
            box.done(QMessageBox.StandardButton.Cancel)
            box.deleteLater()

    def refresh(self, select: int | None = None, today: dt.date | None = None) -> None:
        if self.practice is None:
            return
        keep = select if select is not None else self.current_series_id()
        try:
            rows = agreement_rows(self.practice, self.client_id, today)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return
        self.model.set_rows(rows)
        if not (keep and self.select(keep)) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update()

    def current_series_id(self) -> int:
        index = self.table.currentIndex()
        return int(index.data(SERIES_ID_ROLE)) if index.isValid() else 0

    def current_row(self) -> AgreementRow | None:
        row = self.model.row_of(self.current_series_id())
        return self.model.row(row) if row >= 0 else None

    def select(self, series_id: int) -> bool:
        row = self.model.row_of(series_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.show_ended.setChecked(True)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(self) -> None:
        self._update()

    def _update(self) -> None:
        has_client = self.practice is not None and bool(self.client_id)
        r = self.current_row() if has_client else None
        live = r is not None and not r.ended and r.current.ended_on is None
        self.new_button.setEnabled(has_client)
        self.revise_button.setEnabled(live)
        self.ack_button.setEnabled(live and r is not None and r.current.acknowledged_on is None)
        self.review_button.setEnabled(live)
        self.end_button.setEnabled(live)
        self.delete_button.setEnabled(r is not None)
        self.empty.setVisible(has_client and self.model.rowCount() == 0)
        if r is None:
            self.details.clear()
        else:
            self.details.setHtml(details_html(r))

    # -------------------------------------------------------------- dialogs
    def _open(self, dialog: RecordDialog, done: str) -> RecordDialog:
        self._close_dialogs()
        dialog.saved.connect(lambda v: self._saved(v, done))
        dialog.finished.connect(lambda _code: self._dialog_finished(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()
            self.table.setFocus()

    def _saved(self, version: AgreementVersion, done: str) -> None:
        self.refresh(select=version.series_id or version.id or 0)
        self.status_message.emit(done)
        self.changed.emit()

    def _guarded(self, make: DialogFactory, done: str) -> RecordDialog | None:
        r = self.current_row()
        if self.practice is None or r is None:
            return None
        try:
            dialog = make(self.practice, r.current, r.topic, self)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return None
        return self._open(dialog, done)

    def new_agreement(self) -> RecordDialog | None:
        if self.practice is None or not self.client_id:
            return None
        try:
            dialog = NewAgreementDialog(self.practice, self.client_id, self)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return None
        return self._open(dialog, "Agreement added.")

    def revise_selected(self) -> RecordDialog | None:
        return self._guarded(ReviseAgreementDialog, "Agreement revised: a new version is "
                                                     "current, the old one is in the history.")

    def acknowledge_selected(self) -> RecordDialog | None:
        return self._guarded(AcknowledgeDialog, "Acknowledgement recorded.")

    def set_review_selected(self) -> RecordDialog | None:
        return self._guarded(ReviewDateDialog, "Review date saved.")

    def end_selected(self) -> RecordDialog | None:
        return self._guarded(EndAgreementDialog, "Agreement ended.")

    def delete_selected(self) -> QMessageBox | None:
        r = self.current_row()
        if self.practice is None or r is None:
            return None
        c = r.current
        if not r.deletable:
            self.box = msgbox.message(
                self, "Delete agreement",
                f"Version {c.version} of “{r.topic}” was acknowledged by the client, "
                "so it stays in the record.",
                QMessageBox.Icon.Information,
                informative="End it instead (End agreement…), or revise it if the wording "
                            "changes.",
            )
            self.box.finished.connect(lambda _code: setattr(self, "box", None))
            return self.box
        practice = self.practice
        if c.version > 1:
            text = (f"Delete version {c.version} of “{r.topic}”? Version {c.version - 1} "
                    "becomes the current one again.")
        else:
            text = f"Delete the agreement “{r.topic}” of {day_text(c.agreed_on)}?"

        def do() -> None:
            try:
                practice.agreements.delete(c.id or 0)
            except VaultError as exc:
                msgbox.error(self, str(exc), informative="End it instead.")
                return
            self.refresh()
            self.status_message.emit("Agreement deleted." if c.version == 1
                                     else f"Version {c.version} deleted.")
            self.changed.emit()

        self.box = msgbox.confirm(self, "Delete agreement", text, do, yes_text="Delete",
                                  informative="It was never acknowledged. This cannot be "
                                              "undone.")
        self.box.finished.connect(lambda _code: setattr(self, "box", None))
        return self.box
