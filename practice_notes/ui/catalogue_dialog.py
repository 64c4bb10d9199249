"""Edit a catalogue (milestone kinds or agreement topics): add, rename, reorder,
deactivate and reactivate. Entries are never deleted: records may use them.
Every change is stored at once; ``changed`` tells the panels to refresh."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import CatalogueEntry
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.services.reads import CatalogueReads
from practice_notes.ui.panels.milestone_dialog import OTHER_KIND_KEY
from practice_notes.ui.panels.record_form import ERROR_COLOUR

CatalogueName = Literal["milestone_kinds", "agreement_topics"]
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LABEL = 200

#: Each catalogue's own whole sentences (no noun spliced into a sentence).
_TEXT: dict[str, dict[str, str]] = {
    "milestone_kinds": {
        "title": QT_TRANSLATE_NOOP("CatalogueDialog", "Milestone kinds"),
        "blurb": QT_TRANSLATE_NOOP(
            "CatalogueDialog",
            "The kinds of trust milestone offered when you add one."),
        "new": QT_TRANSLATE_NOOP("CatalogueDialog", "New milestone kind"),
        "placeholder": QT_TRANSLATE_NOOP("CatalogueDialog", "A new milestone kind"),
        "exists": QT_TRANSLATE_NOOP(
            "CatalogueDialog",
            "There is already a milestone kind called “{label}”"),
        "exists_inactive": QT_TRANSLATE_NOOP(
            "CatalogueDialog",
            "There is already a milestone kind called “{label}” (inactive: select it and choose "
            "Reactivate)"),
    },
    "agreement_topics": {
        "title": QT_TRANSLATE_NOOP("CatalogueDialog", "Agreement topics"),
        "blurb": QT_TRANSLATE_NOOP(
            "CatalogueDialog",
            "The topics offered when you add a boundary agreement."),
        "new": QT_TRANSLATE_NOOP("CatalogueDialog", "New topic"),
        "placeholder": QT_TRANSLATE_NOOP("CatalogueDialog", "A new topic"),
        "exists": QT_TRANSLATE_NOOP("CatalogueDialog", "There is already a topic called “{label}”"),
        "exists_inactive": QT_TRANSLATE_NOOP(
            "CatalogueDialog",
            "There is already a topic called “{label}” (inactive: select it and choose "
            "Reactivate)"),
    },
}


class CatalogueDialog(QDialog):
    changed = Signal()

    def __init__(self, practice: Practice, which: CatalogueName,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if which not in _TEXT:
            raise ValueError(f"unknown catalogue {which!r}")
        self.practice = practice
        self.which = which
        self.repo: CatalogueReads = getattr(practice, which)
        self._text = {key: translate("CatalogueDialog", text)
                      for key, text in _TEXT[which].items()}
        blurb = self._text["blurb"]
        self.setWindowTitle(self._text["title"])
        self._filling = False
        self._italic = QFont()
        self._italic.setItalic(True)

        intro = QLabel(
            self.tr(
                "{blurb} Inactive entries are hidden from new records; "
                "records that already use them keep them. Rename with F2"
                " or a double click."
            ).format(blurb=blurb)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Offered")])
        self.table.setAccessibleName(self._text["title"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update())

        self.rename_button = QPushButton(self.tr("&Rename"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.rename_button.clicked.connect(self.rename_current)
        self.toggle_button.clicked.connect(self.toggle_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for seq, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            sc = QShortcut(QKeySequence(seq), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(lambda step=step: self.move_current(step))
        side = QVBoxLayout()
        for b in (self.rename_button, self.toggle_button, self.up_button, self.down_button):
            side.addWidget(b)
        side.addStretch()

        self.new_label = QLineEdit()
        self.new_label.setAccessibleName(self._text["new"])
        self.new_label.setPlaceholderText(self._text["placeholder"])
        self.new_label.setMaxLength(MAX_LABEL)
        self.new_label.returnPressed.connect(self.add_entry)
        self.new_label.textEdited.connect(lambda _t: self._clear_message())
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_entry)
        new_label_caption = QLabel(self.tr("&New:"))
        new_label_caption.setBuddy(self.new_label)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label_caption)
        add_row.addWidget(self.new_label, 1)
        add_row.addWidget(self.add_button)

        self.message = QLabel()
        self.message.setObjectName("catalogue-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setVisible(False)
        self.info = QLabel()
        self.info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0)
        grid.addLayout(side, 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        # Return belongs to the field that has focus (add, or finish a rename),
        # never to a default button that would close the dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(520, 460)
        self.reload()

    # ------------------------------------------------------------ data
    def entries(self) -> list[CatalogueEntry]:
        """Entries in order, without the hidden one behind custom milestones."""
        return [
            e
            for e in self.repo.all()
            if not (self.which == "milestone_kinds" and e.key == OTHER_KIND_KEY)
        ]

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        self._filling = True
        self.table.setRowCount(0)
        for n, e in enumerate(self.entries()):
            self.table.insertRow(n)
            name = QTableWidgetItem(e.label)
            name.setData(ENTRY_ID_ROLE, e.id)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsEditable)
            state = QTableWidgetItem(self.tr("Yes") if e.active else self.tr("No — inactive"))
            state.setFlags(state.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if not e.active:
                name.setFont(self._italic)
                state.setFont(self._italic)
                name.setToolTip(self.tr("Inactive: hidden from new records"))
            self.table.setItem(n, 0, name)
            self.table.setItem(n, 1, state)
        self._filling = False
        if keep:
            self.select(keep)
        self._update()

    def current_id(self) -> int:
        item = self.table.item(self.table.currentRow(), 0)
        return int(item.data(ENTRY_ID_ROLE)) if item is not None else 0

    def current_entry(self) -> CatalogueEntry | None:
        cid = self.current_id()
        return next((e for e in self.entries() if e.id == cid), None) if cid else None

    def select(self, entry_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ENTRY_ID_ROLE) == entry_id:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def _update(self) -> None:
        e = self.current_entry()
        row = self.table.currentRow()
        for b in (self.rename_button, self.toggle_button):
            b.setEnabled(e is not None)
        self.toggle_button.setText(
            self.tr("Re&activate") if e is not None and not e.active else self.tr("&Deactivate")
        )
        self.up_button.setEnabled(e is not None and row > 0)
        self.down_button.setEnabled(e is not None and row < self.table.rowCount() - 1)

    # ------------------------------------------------------------ messages
    def _show_message(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.message.setVisible(True)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)

    def _done(self, text: str) -> None:
        self._clear_message()
        self.info.setText(text)
        self.changed.emit()

    def _check_label(self, label: str, own_id: int | None = None) -> str:
        label = " ".join(label.split())
        if not label:
            raise ValidationError(self.tr("The name cannot be empty"))
        if len(label) > MAX_LABEL:
            raise ValidationError(
                self.tr("The name is too long (at most {MAX_LABEL} characters)").format(
                    MAX_LABEL=MAX_LABEL
                )
            )
        for e in self.entries():
            if e.id != own_id and e.label.casefold() == label.casefold():
                which = "exists" if e.active else "exists_inactive"
                raise ValidationError(self._text[which].format(label=e.label))
        return label

    # ------------------------------------------------------------ actions
    def add_entry(self) -> CatalogueEntry | None:
        try:
            label = self._check_label(self.new_label.text())
            entry = self.practice.add_catalogue_entry(self.repo, label)
        except (ValidationError, VaultError) as exc:
            self._show_message(str(exc))
            self.new_label.setFocus()
            return None
        self.new_label.clear()
        self.reload(select=entry.id)
        self._done(self.tr("Added “{label}”.").format(label=entry.label))
        return entry

    def rename_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.table.setFocus()
            self.table.editItem(item)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        # The in-place editor is still committing: rebuild the table after it closes.
        entry_id, text = int(item.data(ENTRY_ID_ROLE)), item.text()
        QTimer.singleShot(0, self, lambda: self.rename(entry_id, text))

    def rename(self, entry_id: int, text: str) -> None:
        entry = next((e for e in self.entries() if e.id == entry_id), None)
        if entry is None:
            return
        try:
            label = self._check_label(text, entry_id)
            if label != entry.label:
                self.practice.rename_catalogue_entry(self.repo, entry_id, label)
        except (ValidationError, VaultError) as exc:
            self.reload(select=entry_id)
            self._show_message(str(exc))
            return
        self.reload(select=entry_id)
        if label != entry.label:
            self._done(
                self.tr(
                    "Renamed “{label}” to “{label2}”. Records using it show the new name."
                ).format(label=entry.label, label2=label)
            )

    def toggle_current(self) -> None:
        e = self.current_entry()
        if e is None:
            return
        try:
            self.practice.set_catalogue_entry_active(self.repo, e.id or 0, not e.active)
        except VaultError as exc:
            self._show_message(str(exc))
            return
        self.reload(select=e.id)
        self._done(
            self.tr("“{label}” is offered again.").format(label=e.label)
            if not e.active
            else self.tr("“{label}” is no longer offered; records that use it keep it.").format(
                label=e.label
            )
        )

    def move_current(self, step: int) -> None:
        entries = self.entries()
        row = self.table.currentRow()
        target = row + step
        if not (0 <= row < len(entries) and 0 <= target < len(entries)):
            return
        moved = entries[row]
        entries[row], entries[target] = entries[target], entries[row]
        # The hidden entry keeps its place at the end; all positions change in one go.
        try:
            self.practice.reorder_catalogue(self.repo, [e.id or 0 for e in entries])
        except VaultError as exc:
            self._show_message(str(exc))
            return
        self.reload(select=moved.id)
        self._done(
            (self.tr("Moved “{label}” up.") if step < 0
             else self.tr("Moved “{label}” down.")).format(label=moved.label)
        )
