"""The Overview's symptoms card (latest PHQ-9 / GAD-7 with band, change since the
first score, a small trend) and the banner that keeps an item-9 answer above 0
at the top until its follow-up is noted. The data comes from services.overview."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.measures import CHANGE_RULE
from practice_notes.domain.models import MeasureResult
from practice_notes.i18n import translate
from practice_notes.services.overview import SymptomLine, Symptoms
from practice_notes.ui.charts import Series, TrendChart

BANNER_STYLE = ("QFrame#item9-open { background: #fff4ce; border: 1px solid #c19c00;"
                " border-left: 6px solid #c19c00; }"
                " QFrame#item9-open QLabel { color: #3b2f00; }")


def _d(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _label(text: str, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def change_words(line: SymptomLine) -> str:
    """The change since the first score, in points, with both scores and dates."""
    first = line.first
    if line.change is None:
        return translate("Overview", "First score; the change shows after the next one.")
    values = {"first": first.total, "date": _d(first.taken_on), "points": abs(line.change)}
    if line.change < 0:
        return translate("Overview", "Down {points} points since the first ({first} on "
                                     "{date}).").format(**values)
    if line.change > 0:
        return translate("Overview", "Up {points} points since the first ({first} on "
                                     "{date}).").format(**values)
    return translate("Overview", "The same as the first ({first} on {date}).").format(**values)


class SymptomsCard(QGroupBox):
    """Latest PHQ-9 and GAD-7 with their bands, the change since each first score
    and a small trend; one line saying what to do when there is none yet."""

    open_tab = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Symptoms (PHQ-9, GAD-7)"), parent)
        self.setObjectName("symptoms-card")
        self.body = QVBoxLayout(self)
        self.content: QWidget | None = None
        self.lines: list[QLabel] = []
        self.trends: list[TrendChart] = []
        self.summary: QLabel | None = None
        self.empty: QLabel | None = None

    def clear(self) -> None:
        if self.content is not None:
            self.body.removeWidget(self.content)
            self.content.hide()  # gone now, not at the next turn of the event loop
            self.content.deleteLater()
            self.content = None
        self.lines, self.trends = [], []
        self.summary = self.empty = None

    def _link(self) -> QPushButton:
        button = QPushButton(self.tr("Open measures ▸"))
        button.setFlat(True)
        button.setStyleSheet("text-align: left; color: palette(link);")
        button.clicked.connect(lambda: self.open_tab.emit("measures"))
        return button

    def show_symptoms(self, symptoms: Symptoms) -> None:
        self.clear()
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.content)
        if not symptoms.lines:
            # the line, then its link: side by side they outgrow a narrow card
            self.empty = _label(self.tr("No PHQ-9 or GAD-7 yet: add one under Measures."))
            self.empty.setObjectName("empty-card")
            layout.addWidget(self.empty)
            layout.addWidget(self._link())
            return
        for line in symptoms.lines:
            row = QHBoxLayout()
            latest = line.latest
            text = self.tr("<b>{title}</b> {total} — {band}, {date}").format(
                title=html.escape(line.title), total=latest.total,
                band=html.escape(line.band), date=_d(latest.taken_on))
            label = _label(f"{text}<br>{html.escape(change_words(line))}", rich=True)
            label.setObjectName(f"symptoms-{line.instrument.name.lower()}")
            self.lines.append(label)
            row.addWidget(label, 1)
            trend = TrendChart(self.tr("{title} (0–{top})").format(
                title=line.title, top=line.max_total), 0, line.max_total, sparkline=True)
            trend.set_data([Series(line.title, tuple((m.taken_on, float(m.total))
                                                     for m in line.scores))])
            self.trends.append(trend)
            row.addWidget(trend)
            layout.addLayout(row)
        summary = symptoms.summary
        if summary is not None and any(m.has_change for m in summary.measures):
            self.summary = _label(self.tr("Change: {labels}.").format(
                labels=", ".join(label.label for label in summary.labels)))
            self.summary.setToolTip(translate("Instrument", CHANGE_RULE))
            layout.addWidget(self.summary)
        layout.addWidget(self._link())


class Item9Banner(QFrame):
    """Above every card while a PHQ-9 item-9 answer above 0 has no follow-up
    noted; gone once it has."""

    follow_up = Signal(object)  # the MeasureResult to note the follow-up with

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item9-open")
        self.setStyleSheet(BANNER_STYLE)
        self.text = _label("")
        self.text.setObjectName("item9-open-text")
        self.button = QPushButton(self.tr("Note the &follow-up…"))
        self.button.setAccessibleName(self.tr("Note the follow-up of the item 9 answer"))
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.waiting: tuple[MeasureResult, ...] = ()
        self.setVisible(False)

    def clear(self) -> None:
        self.waiting = ()
        self.text.clear()
        self.setVisible(False)

    def show_open(self, waiting: tuple[MeasureResult, ...]) -> None:
        self.waiting = waiting
        if not waiting:
            self.clear()
            return
        dates = ", ".join(_d(m.taken_on) for m in waiting[-3:])
        if len(waiting) > 3:
            dates = self.tr("{dates} and {count} earlier").format(
                dates=dates, count=len(waiting) - 3)
        self.text.setText(self.tr(
            "PHQ-9 question 9 was answered above 0 on {dates}, and no follow-up is noted yet. "
            "Note what was discussed with the result.").format(dates=dates))
        self.setVisible(True)

    def _clicked(self) -> None:
        if self.waiting:
            self.follow_up.emit(self.waiting[0])
