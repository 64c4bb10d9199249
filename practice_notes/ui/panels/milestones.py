"""Trust milestones: a timeline of dated moments in the relationship, each from
the editable catalogue of kinds or named freely, optionally linked to a session."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QPointF,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.models import Milestone, Session
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import Practice
from practice_notes.services.changes import ChangeKind
from practice_notes.ui.change_signals import ChangeSignals, follow
from practice_notes.ui.panels.milestone_dialog import MilestoneDialog, session_text
from practice_notes.ui.panels.record_form import day_text
from practice_notes.ui.panels.record_panel import RecordPanel
from practice_notes.ui.panels.table_model import ID_ROLE, SORT_ROLE, Index, RowTableModel

MILESTONE_ID_ROLE = ID_ROLE


class MilestoneColumn(IntEnum):
    DATE = 0
    MILESTONE = 1
    NOTE = 2
    SESSION = 3


_HEADERS = (QT_TRANSLATE_NOOP("Column", "Date"), QT_TRANSLATE_NOOP("Column", "Milestone"),
            QT_TRANSLATE_NOOP("Column", "Note"), QT_TRANSLATE_NOOP("Column", "Linked session"))


@dataclass(frozen=True)
class MilestoneRow:
    milestone: Milestone
    label: str
    custom: bool
    session: Session | None

    @property
    def id(self) -> int:
        return self.milestone.id or 0


def milestone_rows(practice: Practice, client_id: int) -> list[MilestoneRow]:
    kinds = {k.id: k.label for k in practice.milestone_kinds.all()}
    sessions = {s.id: s for s in practice.sessions.for_client(client_id)}
    return [
        MilestoneRow(m, m.custom_label or kinds.get(m.kind_id, "Milestone"),
                     bool(m.custom_label), sessions.get(m.session_id))
        for m in practice.milestones.for_client(client_id)
    ]


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


class MilestoneTableModel(RowTableModel):
    headers = _HEADERS

    def row_id(self, row: MilestoneRow) -> int:
        return row.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        m = r.milestone
        col = MilestoneColumn(index.column())
        if role == MILESTONE_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col is MilestoneColumn.DATE:
                return day_text(m.occurred_on)
            if col is MilestoneColumn.MILESTONE:
                return r.label
            if col is MilestoneColumn.NOTE:
                return _first_line(m.note)
            return session_text(r.session) if r.session else "—"
        if role == SORT_ROLE:
            if col is MilestoneColumn.DATE:
                return f"{m.occurred_on.isoformat()}#{r.id:09d}"
            if col is MilestoneColumn.MILESTONE:
                return r.label.casefold()
            if col is MilestoneColumn.NOTE:
                return m.note.strip().casefold()
            return r.session.starts_at.isoformat() if r.session else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is MilestoneColumn.NOTE and m.note.strip():
                return m.note.strip()
            if col is MilestoneColumn.MILESTONE and r.custom:
                return translate("Milestones", "A custom milestone (not from the catalogue)")
        if role == Qt.ItemDataRole.AccessibleTextRole and col is MilestoneColumn.MILESTONE:
            if r.custom:
                return translate("Milestones", "{label} (custom)").format(label=r.label)
            return r.label
        return None


class MilestoneProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)


class TimelineDelegate(QStyledItemDelegate):
    """Draws a timeline rail with a dot beside each date: filled for a kind from
    the catalogue, hollow for a custom milestone."""

    RAIL = 22

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = QRect(opt.rect)  # a copy: PySide hands out the option's own rect
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        source_index = (model.mapToSource(index) if isinstance(model, QSortFilterProxyModel)
                        else index)
        custom = isinstance(source, MilestoneTableModel) and source.row(source_index.row()).custom
        text_rect = rect.adjusted(self.RAIL, 0, 0, 0)
        opt.rect = text_rect
        super().paint(painter, opt, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = opt.palette.color(QPalette.ColorRole.Highlight)
        x = rect.left() + self.RAIL / 2
        mid = rect.top() + rect.height() / 2
        top = mid if index.row() == 0 else rect.top()
        bottom = mid if index.row() == model.rowCount() - 1 else rect.bottom() + 1
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setBrush(opt.palette.color(QPalette.ColorRole.Base)
                         if custom else colour)
        painter.drawEllipse(QPointF(x, mid), 5, 5)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.RAIL, size.height())


class MilestonesPanel(RecordPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MilestoneTableModel()
        self.proxy = MilestoneProxy()
        self.proxy.setSourceModel(self.model)
        self.make_table(self.tr("Trust milestones"), MilestoneColumn.DATE)
        self.table.setShowGrid(False)
        self.table.setItemDelegateForColumn(MilestoneColumn.DATE, TimelineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MilestoneColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MilestoneColumn.MILESTONE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MilestoneColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MilestoneColumn.SESSION,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self.edit_selected)

        self.empty = QLabel(self.tr("No milestones yet. Note the moments that mattered — "
                            "confidentiality explained, a first disclosure, a rupture "
                            "repaired — with “New milestone…”."))
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Ne&w milestone…"))
        self.new_button.clicked.connect(self.new_milestone)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen milestone (Delete key)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update()

    # -------------------------------------------------------------- state
    def watch(self, changes: ChangeSignals) -> None:
        """Reload after changes to what this panel shows, whoever made them."""
        follow(self, changes, (ChangeKind.MILESTONE, ChangeKind.CATALOGUE))

    def refresh(self, select: int | None = None) -> None:
        self.reload(select, lambda p: milestone_rows(p, self.client_id))

    def _update(self) -> None:
        has_client = self.practice is not None and bool(self.client_id)
        selected = has_client and self.current_id() != 0
        self.new_button.setEnabled(has_client)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.empty.setVisible(has_client and self.model.rowCount() == 0)

    # -------------------------------------------------------------- actions
    def new_milestone(self) -> MilestoneDialog | None:
        return self._open(None)

    def edit_selected(self) -> MilestoneDialog | None:
        row = self.current_row()
        return self._open(row.milestone) if row is not None else None

    def _open(self, milestone: Milestone | None) -> MilestoneDialog | None:
        practice = self.practice
        if practice is None or not self.client_id:
            return None
        self._close_dialogs()
        dialog = self.make_dialog(
            lambda: MilestoneDialog(practice, self.client_id, milestone, self))
        if dialog is None:
            return None
        done = self.tr("Milestone added.") if milestone is None else self.tr("Milestone saved.")
        return self.open_dialog(dialog, lambda m: self.after_change(done, m.id or 0))

    def delete_selected(self) -> QMessageBox | None:
        row = self.current_row()
        if self.practice is None or row is None:
            return None
        practice = self.practice
        return self.confirm_delete(
            self.tr("Delete milestone"),
            self.tr("Delete the milestone “{label}” of {value}?").format(
                label=row.label, value=day_text(row.milestone.occurred_on)
            ),
            lambda: practice.delete_milestone(row.milestone),
            self.tr("Milestone deleted."),
            informative=self.tr("This cannot be undone."),
        )
