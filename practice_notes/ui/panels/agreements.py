"""Boundary agreements: one row per agreement (its current version), and for the
selected one its wording and full version history. A revision supersedes, never
overwrites; acknowledged or revised versions are ended, never deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.models import AgreementVersion
from practice_notes.services import Practice
from practice_notes.services.changes import ChangeKind
from practice_notes.ui import msgbox
from practice_notes.ui.change_signals import ChangeSignals, follow
from practice_notes.ui.panels.agreement_dialogs import (
    AcknowledgeDialog,
    EndAgreementDialog,
    NewAgreementDialog,
    ReviewDateDialog,
    ReviseAgreementDialog,
)
from practice_notes.ui.panels.agreement_model import (
    AgreementColumn,
    AgreementProxy,
    AgreementTableModel,
    agreement_rows,
    details_html,
)
from practice_notes.ui.panels.record_form import RecordDialog, day_text
from practice_notes.ui.panels.record_panel import RecordPanel

DialogFactory = Callable[[Practice, AgreementVersion, str, QWidget], RecordDialog]


class AgreementsPanel(RecordPanel):
    select_first_row = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgreementTableModel()
        self.proxy = AgreementProxy()
        self.proxy.setSourceModel(self.model)
        self.show_ended = QCheckBox(self.tr("Show en&ded agreements"))
        self.show_ended.setChecked(True)
        self.show_ended.toggled.connect(self.proxy.set_show_ended)
        self.make_table(self.tr("Boundary agreements"), AgreementColumn.TOPIC)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgreementColumn.TOPIC, QHeaderView.ResizeMode.Stretch)
        for col in list(AgreementColumn)[1:]:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Agreement wording and history"))
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(
            self.tr("Choose an agreement to see its wording and history."))

        self.empty = QLabel(
            self.tr("No agreements yet. Record what you agree about confidentiality, "
                            "contact, cancellations, fees … with “New agreement…”."))
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Ne&w agreement…"))
        self.revise_button = QPushButton(self.tr("&Revise…"))
        self.ack_button = QPushButton(self.tr("Ac&knowledge…"))
        self.review_button = QPushButton(self.tr("Set re&view date…"))
        self.end_button = QPushButton(self.tr("End &agreement…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen agreement (Delete key)"))
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
    def _forget(self) -> None:
        self.details.clear()


    def watch(self, changes: ChangeSignals) -> None:
        """Reload after changes to what this panel shows, whoever made them."""
        follow(self, changes, (ChangeKind.AGREEMENT, ChangeKind.CATALOGUE))

    def refresh(self, select: int | None = None, today: dt.date | None = None) -> None:
        self.reload(select, lambda p: agreement_rows(p, self.client_id, today))

    def _reveal(self) -> None:
        self.show_ended.setChecked(True)

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
    def _open(self, dialog: RecordDialog | None, done: str) -> RecordDialog | None:
        if dialog is None:
            return None
        return self.open_dialog(
            dialog, lambda v: self.after_change(done, v.series_id or v.id or 0))

    def _guarded(self, make: DialogFactory, done: str) -> RecordDialog | None:
        r = self.current_row()
        practice = self.practice
        if practice is None or r is None:
            return None
        return self._open(self.make_dialog(lambda: make(practice, r.current, r.topic, self)),
                          done)

    def new_agreement(self) -> RecordDialog | None:
        practice = self.practice
        if practice is None or not self.client_id:
            return None
        return self._open(
            self.make_dialog(lambda: NewAgreementDialog(practice, self.client_id, self)),
            self.tr("Agreement added."))

    def revise_selected(self) -> RecordDialog | None:
        return self._guarded(ReviseAgreementDialog, self.tr(
            "Agreement revised: a new version is current, the old one is in the history."))

    def acknowledge_selected(self) -> RecordDialog | None:
        return self._guarded(AcknowledgeDialog, self.tr("Acknowledgement recorded."))

    def set_review_selected(self) -> RecordDialog | None:
        return self._guarded(ReviewDateDialog, self.tr("Review date saved."))

    def end_selected(self) -> RecordDialog | None:
        return self._guarded(EndAgreementDialog, self.tr("Agreement ended."))

    def delete_selected(self) -> QMessageBox | None:
        r = self.current_row()
        if self.practice is None or r is None:
            return None
        c = r.current
        if not r.deletable:
            return self.keep_box(
                msgbox.message(
                    self,
                    self.tr("Delete agreement"),
                    self.tr(
                        "Version {version} of “{topic}” was acknowledged by the "
                        "client, so it stays in the record."
                    ).format(version=c.version, topic=r.topic),
                    QMessageBox.Icon.Information,
                    informative=self.tr(
                        "End it instead (End agreement…), or revise it if the wording changes."
                    ),
                )
            )
        practice = self.practice
        if c.version > 1:
            text = self.tr(
                "Delete version {version} of “{topic}”? Version {previous} "
                "becomes the current one again."
            ).format(version=c.version, topic=r.topic, previous=c.version - 1)
        else:
            text = self.tr("Delete the agreement “{topic}” of {date}?").format(
                topic=r.topic, date=day_text(c.agreed_on))
        return self.confirm_delete(
            self.tr("Delete agreement"),
            text,
            lambda: practice.delete_agreement_version(c),
            self.tr("Agreement deleted.")
            if c.version == 1
            else self.tr("Version {version} deleted.").format(version=c.version),
            informative=self.tr("It was never acknowledged. This cannot be undone."),
            refused=self.tr("End it instead."),
        )
