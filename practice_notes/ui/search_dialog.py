"""Global full-text search with highlighted snippets; Enter opens the record."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import SearchQueryError
from practice_notes.domain.models import SearchHit
from practice_notes.services import Practice
from practice_notes.services.reads import MARK_END, MARK_START

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Hits fetched at a time: snippets are made only for rows about to be shown.
PAGE = 50

#: How a match in private process notes is marked (they are never printed).
PRIVATE_STYLE = "color: #6b4f1d; font-style: italic;"


def snippet_html(snippet: str) -> str:
    """Escape first, then turn the FTS markers into bold: user text never becomes markup."""
    text = " ".join(snippet.split())
    escaped = html.escape(text)
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class SearchModel(QAbstractListModel):
    """Hits newest first, a page at a time: the view asks for more as it scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self._more: Callable[[SearchHit], list[SearchHit]] | None = None

    def set_hits(self, hits: list[SearchHit],
                 more: Callable[[SearchHit], list[SearchHit]] | None = None) -> None:
        """Show ``hits``; ``more(last_hit)`` gives the next page (when this one was full)."""
        self.beginResetModel()
        self.hits = hits
        self._more = more if len(hits) >= PAGE else None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more is not None and bool(self.hits)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._more is None:
            return
        page = self._more(self.hits[-1])
        if len(page) < PAGE:
            self._more = None
        if page:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.hits = self.hits + page
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        # where the match came from (a session's note, its private process notes,
        # a goal's words …) and the record's date
        field = hit.label
        if hit.private:
            field = QCoreApplication.translate("SearchDialog", "{field} (private)").format(
                field=field)
        when = f"{hit.date.day} {hit.date:%b %Y}" if hit.date else ""
        parts = [p for p in (hit.client_name, field, when) if p]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = [html.escape(p) for p in parts]
            if hit.private:
                n = parts.index(field)
                shown[n] = f'<span style="{PRIVATE_STYLE}">{shown[n]}</span>'
            return f"<small>{' · '.join(shown)}</small><br>{snippet_html(hit.snippet)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            plain = " ".join(hit.snippet.replace(MARK_START, "").replace(MARK_END, "").split())
            return f"{', '.join(parts)}: {plain}"
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws a hit's HTML. Sizes are kept per text and width: the list asks for the
    size of every row more than once, and laying out rich text is the slow part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _doc(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole)))
        doc.setTextWidth(max(100, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(ctx.palette.ColorRole.Text,
                                 opt.palette.color(opt.palette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        key = (str(index.data(Qt.ItemDataRole.DisplayRole)), max(100, option.rect.width()),
               option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 2000:
                self._sizes.clear()
            doc = self._doc(option, index)
            size = self._sizes[key] = QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)
        return size


class SearchDialog(QDialog):
    """Search as you type; Enter or double-click opens the hit."""

    open_hit = Signal(object)  # SearchHit

    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(self.tr("Search notes"))
        # Results hold record text: gone with the dialog, not kept hidden in memory.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 480)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search every note, goal, agreement…"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.model = SearchModel()
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        # A scroll bar that comes and goes changes the width, and every row would be
        # laid out again for it.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._enter)
        self.results.activated.connect(self._activated)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.query.text()
        try:
            hits = self.practice.search(text, PAGE) if text.strip() else []
        except SearchQueryError as exc:
            self.model.set_hits([])
            self.count.setText(str(exc))
            return
        # Each hit carries its client's name and date: no need to load every client.
        self.model.set_hits(hits, lambda last: self.practice.search(text, PAGE, after=last))
        if text.strip():
            if len(hits) >= PAGE:
                self.count.setText(self.tr("Newest first; scroll for more"))
            elif len(hits) == 1:
                self.count.setText(self.tr("1 result"))
            else:
                self.count.setText(self.tr("{count} results").format(count=len(hits)))
        else:
            self.count.clear()
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _enter(self) -> None:
        if self.timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        if index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        self.open_hit.emit(index.data(HIT_ROLE))
        self.accept()
