"""The agreements table (one row per agreement, showing its current version),
its sort/filter proxy and the wording-and-history text of the details area."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from practice_notes.domain.models import AgreementVersion
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import Practice
from practice_notes.ui.panels.record_form import day_text
from practice_notes.ui.panels.table_model import ID_ROLE, SORT_ROLE, Index, RowTableModel

SERIES_ID_ROLE = ID_ROLE
#: The English words that flag a due review (tests look for them).
REVIEW_DUE = "Review due"


class AgreementColumn(IntEnum):
    TOPIC = 0
    VERSION = 1
    AGREED = 2
    REVIEW = 3
    ACKNOWLEDGED = 4
    STATUS = 5


_HEADERS = (QT_TRANSLATE_NOOP("Column", "Topic"), QT_TRANSLATE_NOOP("Column", "Version"),
            QT_TRANSLATE_NOOP("Column", "Agreed"), QT_TRANSLATE_NOOP("Column", "Next review"),
            QT_TRANSLATE_NOOP("Column", "Acknowledged"), QT_TRANSLATE_NOOP("Column", "Status"))


@dataclass(frozen=True)
class AgreementRow:
    """An agreement as of ``today``: its current (latest) version and its history."""

    topic: str
    versions: tuple[AgreementVersion, ...]
    today: dt.date

    @property
    def current(self) -> AgreementVersion:
        return self.versions[-1]

    @property
    def series_id(self) -> int:
        return self.current.series_id or self.current.id or 0

    @property
    def ended(self) -> bool:
        end = self.current.ended_on
        return end is not None and end <= self.today

    @property
    def review_due(self) -> bool:
        review = self.current.review_on
        return not self.ended and review is not None and review <= self.today

    @property
    def deletable(self) -> bool:
        """Only a version nobody acknowledged may go (the latest is never revised)."""
        return self.current.acknowledged_on is None

    @property
    def status(self) -> str:
        c = self.current
        if self.ended:
            return translate("Agreements", "Ended {date}").format(date=day_text(c.ended_on))
        if c.agreed_on > self.today:
            return translate("Agreements", "From {date}").format(date=day_text(c.agreed_on))
        if c.ended_on is not None:
            return translate("Agreements", "In force until {date}").format(
                date=day_text(c.ended_on))
        return translate("Agreements", "In force")


def agreement_rows(practice: Practice, client_id: int,
                   today: dt.date | None = None) -> list[AgreementRow]:
    day = today or dt.date.today()
    topics = {t.id: t.label for t in practice.agreement_topics.all()}
    series: dict[int, list[AgreementVersion]] = {}
    for v in practice.agreements.for_client(client_id):
        series.setdefault(v.series_id or v.id or 0, []).append(v)
    unknown = translate("Agreements", "Agreement")
    return [AgreementRow(topics.get(vs[-1].topic_id, unknown), tuple(vs), day)
            for vs in series.values()]


class AgreementTableModel(RowTableModel):
    headers = _HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._bold = QFont()
        self._bold.setBold(True)

    def row_id(self, row: AgreementRow) -> int:
        return row.series_id

    def _display(self, r: AgreementRow, col: AgreementColumn) -> str:
        c = r.current
        if col is AgreementColumn.TOPIC:
            return r.topic
        if col is AgreementColumn.VERSION:
            return translate("Agreements", "v{version}", "short version number").format(
                version=c.version)
        if col is AgreementColumn.AGREED:
            return day_text(c.agreed_on)
        if col is AgreementColumn.REVIEW:
            if r.ended or c.review_on is None:
                return "—"
            if r.review_due:
                return translate("Agreements", "{date} · Review due").format(
                    date=day_text(c.review_on))
            return day_text(c.review_on)
        if col is AgreementColumn.ACKNOWLEDGED:
            if c.acknowledged_on:
                return translate("Agreements", "Yes, {date}").format(
                    date=day_text(c.acknowledged_on))
            return translate("Agreements", "Not yet")
        return r.status

    def _sort_key(self, r: AgreementRow, col: AgreementColumn) -> object:
        c = r.current
        if col is AgreementColumn.TOPIC:
            return r.topic.casefold()
        if col is AgreementColumn.VERSION:
            return c.version
        if col is AgreementColumn.AGREED:
            return c.agreed_on.isoformat()
        if col is AgreementColumn.REVIEW:
            # Due reviews first, then by date; ended or unset ones last.
            if r.ended or c.review_on is None:
                return "9"
            return c.review_on.isoformat()
        if col is AgreementColumn.ACKNOWLEDGED:
            return c.acknowledged_on.isoformat() if c.acknowledged_on else ""
        return ("1" if r.ended else "0") + c.agreed_on.isoformat()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = AgreementColumn(index.column())
        if role == SERIES_ID_ROLE:
            return r.series_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.FontRole and col is AgreementColumn.REVIEW and r.review_due:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col is AgreementColumn.REVIEW \
                and r.review_due:
            return translate(
                "Agreements", "The review date has come: revisit this agreement with the client.")
        return None


class AgreementProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._show_ended = True

    def set_show_ended(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_ended = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, AgreementTableModel)
        return self._show_ended or not model.row(source_row).ended


def _para(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def details_html(r: AgreementRow) -> str:
    c = r.current
    title = translate("Agreements", "{topic} — version {version} · {status}").format(
        topic=r.topic, version=c.version, status=r.status)
    parts = [f"<h3>{html.escape(title)}</h3>",
             "<p><b>" + html.escape(translate("Agreements", "Agreed wording"))
             + f"</b></p><blockquote>{_para(c.wording)}</blockquote>"]
    facts = [html.escape(translate("Agreements", "Agreed {date}").format(
        date=day_text(c.agreed_on)))]
    if c.review_on and not r.ended:
        if r.review_due:
            due = translate("Agreements", "Review {date} — Review due")
            facts.append(f"<b>{html.escape(due.format(date=day_text(c.review_on)))}</b>")
        else:
            facts.append(html.escape(translate("Agreements", "Review {date}").format(
                date=day_text(c.review_on))))
    if c.acknowledged_on:
        facts.append(html.escape(translate("Agreements", "Acknowledged by the client {date}")
                                 .format(date=day_text(c.acknowledged_on))))
    else:
        facts.append(html.escape(translate("Agreements", "Not yet acknowledged by the client")))
    parts.append("<p>" + " · ".join(facts) + "</p>")
    if c.ended_on:
        end = (translate("Agreements", "Ended {date}:") if r.ended
               else translate("Agreements", "Ends {date}:"))
        parts.append(f"<p><b>{html.escape(end.format(date=day_text(c.ended_on)))}</b> "
                     f"{_para(c.end_reason)}</p>")
    n = len(r.versions)
    history = (translate("Agreements", "History (%n version)", "", n) if n == 1
               else translate("Agreements", "History (%n versions)", "", n))
    parts.append(f"<h4>{html.escape(history)}</h4>")
    for v in reversed(r.versions):
        if v is c:
            head = translate("Agreements", "<b>Version {version}</b> (current) — agreed {date}")
        else:
            head = translate("Agreements",
                             "<b>Version {version}</b> (superseded) — agreed {date}")
        head = head.format(version=v.version, date=day_text(v.agreed_on))
        if v.acknowledged_on:
            head += translate("Agreements", ", acknowledged {date}").format(
                date=day_text(v.acknowledged_on))
        parts.append(f"<p>{head}</p>")
        if v.revision_reason:
            why = translate("Agreements", "<i>Why it was revised:</i> {reason}")
            parts.append(f"<p>{why.format(reason=_para(v.revision_reason))}</p>")
        parts.append(f"<blockquote>{_para(v.wording)}</blockquote>")
    return "".join(parts)
