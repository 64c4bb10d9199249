"""Client ▸ Past retention: the clients whose records may now be destroyed, and
destroying one, confirmed twice (the second time by typing the client code).

The destruction itself (``services.retention.destroy_client``) runs on a worker
connection: it ends with a VACUUM of the whole vault, which takes seconds on a
large one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.retention import Eligibility
from practice_notes.services import Practice
from practice_notes.services.retention import (
    Destruction,
    destroy_client,
    past_retention,
    rule_in_words,
)
from practice_notes.ui import msgbox
from practice_notes.ui.worker import run_in_background


def _day(value: object) -> str:
    return format(value, "%d %b %Y") if value is not None else "—"


class TypeCodeDialog(QDialog):
    """The second confirmation: Destroy is enabled only once the code is typed."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Destroy records"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QLabel(self.tr("This cannot be undone. To destroy every record and draft of "
                              "{code}, type the client code:").format(code=code))
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Client code to confirm"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.destroy_button = self.buttons.addButton(self.tr("Destroy"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.destroy_button.setEnabled(False)
        self.typed.textChanged.connect(
            lambda t: self.destroy_button.setEnabled(t.strip() == self.code))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)


class PastRetentionDialog(QDialog):
    destroyed = Signal(object)  # Destruction

    COLUMN_COUNT = 6

    def __init__(self, practice: Practice, parent: QWidget | None = None,
                 before_destroy: Callable[[int], None] | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.before_destroy = before_destroy
        self.rows: list[Eligibility] = []
        self.code_dialog: TypeCodeDialog | None = None
        self.setWindowTitle(self.tr("Past retention"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # shows client names
        self.resize(760, 380)
        self.rule = QLabel()
        self.rule.setObjectName("retention-rule")
        self.rule.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Discharged"), self.tr("Born"),
            self.tr("May be destroyed since"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Clients past retention"))
        self.empty = QLabel(self.tr("No client's records are past retention."))
        self.destroy_button = QPushButton(self.tr("&Destroy records…"))
        self.destroy_button.clicked.connect(self.ask_first)
        self.table.itemSelectionChanged.connect(self._update)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.destroy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.rule.setText(rule_in_words(self.practice.settings.load()))
        self.rows = past_retention(self.practice)
        self.table.setRowCount(len(self.rows))
        for n, e in enumerate(self.rows):
            note = (self.tr("Date of birth not recorded: only the discharge rule applied")
                    if e.birth_unknown else "")
            for col, text in enumerate((e.client.code, e.client.display_name,
                                        _day(e.client.discharged_on), _day(e.client.born_on),
                                        _day(e.eligible_on), note)):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.rows)
        self._update()

    def selected(self) -> Eligibility | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.destroy_button.setEnabled(self.selected() is not None)

    def ask_first(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        c = chosen.client
        return msgbox.confirm(
            self, self.tr("Destroy records"),
            self.tr("Destroy every record of {name} ({code})?").format(name=c.display_name,
                                                                       code=c.code),
            lambda: self._ask_code(chosen), yes_text=self.tr("Continue…"),
            informative=self.tr(
                "Every session note (signed or not), addendum, goal, agreement, check-in, "
                "measure, review and draft of this client is removed from the vault for good, "
                "and the space they took is wiped. The audit log keeps one entry with the "
                "client code and the number of records. Backups, exports and safety copies "
                "made before keep their copy: destroy those separately."))

    def _ask_code(self, chosen: Eligibility) -> None:
        self.ask_code(chosen)

    def ask_code(self, chosen: Eligibility) -> TypeCodeDialog:
        dialog = TypeCodeDialog(chosen.client.code, self)
        dialog.accepted.connect(lambda: self.destroy_records(chosen, dialog.typed.text()))
        dialog.open()
        self.code_dialog = dialog
        return dialog

    def destroy_records(self, chosen: Eligibility, typed: str) -> None:
        cid = chosen.client.id or 0
        if self.before_destroy is not None:
            self.before_destroy(cid)
        practice = self.practice

        def work() -> Destruction:
            with practice.worker_connection() as own:
                return destroy_client(own, cid, typed)

        def done(result: object) -> None:
            assert isinstance(result, Destruction)
            self.refresh()
            self.destroyed.emit(result)
            later = "" if result.wipe.wal_emptied else self.tr(
                "The space they took is wiped completely when the vault is locked.")
            msgbox.message(self, self.tr("Records destroyed"),
                           self.tr("The records of {code} were destroyed ({n} records).").format(
                               code=result.code, n=result.counts.total), informative=later)

        def failed(exc: BaseException) -> None:
            msgbox.error(self, str(exc))

        run_in_background(work, done, failed, self, self.tr("Destroying records…"))


def open_past_retention(parent: QWidget, practice: Practice,
                        before_destroy: Callable[[int], None],
                        after_destroy: Callable[[], None]) -> PastRetentionDialog:
    dialog = PastRetentionDialog(practice, parent, before_destroy)
    dialog.destroyed.connect(lambda _result: after_destroy())
    dialog.open()
    return dialog
