"""The Measures part of a client's workspace: PHQ-9 and GAD-7 results with
their trends, bands and change label, and other scores by name and value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import Instrument
from practice_notes.domain.measures import (
    ANSWER_LABELS,
    CHANGE_RULE,
    SPECS,
    assess_change,
    item9_flagged,
    item9_open,
    severity,
)
from practice_notes.domain.models import MeasureResult
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.services import Practice
from practice_notes.services.changes import ChangeKind
from practice_notes.ui.change_signals import ChangeSignals, follow
from practice_notes.ui.charts import Band, Series, TrendChart
from practice_notes.ui.panels.custom_scores import CustomScoresBox
from practice_notes.ui.panels.entries import EntryPanel
from practice_notes.ui.panels.measure_dialogs import MeasureDialog
from practice_notes.ui.panels.records import (
    Column,
    RecordModel,
    RecordTable,
    date_key,
    day_text,
)

__all__ = ["MeasureDialog", "MeasuresPanel", "change_text"]


def chart_bands(instrument: Instrument) -> list[Band]:
    """The severity bands with their edges on the cut-off scores (5, 10, …): a
    score on a line belongs to the band above it, as the band labels say."""
    bands = SPECS[instrument].bands
    out = []
    for n, (low, high, label) in enumerate(bands):
        top = bands[n + 1][0] if n + 1 < len(bands) else high
        out.append(Band(low, top, f"{translate('Severity', label)} {low}–{high}"))
    return out


def chart_ticks(instrument: Instrument) -> dict[float, str]:
    """Y axis labels at the cut-offs and the top of the scale."""
    spec = SPECS[instrument]
    values = [low for low, _high, _label in spec.bands] + [spec.max_total]
    return {float(v): str(v) for v in values}


def item9_text(m: MeasureResult) -> str:
    if m.instrument is not Instrument.PHQ9:
        return "—"
    value = m.items[8]
    if item9_open(m.instrument, m.items, m.note):
        return translate("Measures", "{value} — follow up").format(value=value)
    if value > 0:
        return translate("Measures", "{value} — noted").format(value=value)
    return "0"


def item9_accessible(m: MeasureResult) -> str:
    if m.instrument is not Instrument.PHQ9:
        return translate("Measures", "Not asked")
    value = m.items[8]
    answer = ANSWER_LABELS[value]
    if item9_open(m.instrument, m.items, m.note):
        text = translate("Measures", "Item 9: {answer} ({value}), flagged for follow-up")
    elif value > 0:
        text = translate("Measures", "Item 9: {answer} ({value}), follow-up noted")
    else:
        text = translate("Measures", "Item 9: {answer} ({value})")
    return text.format(answer=answer, value=value)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda m: day_text(m.taken_on),
           lambda m: date_key(m.taken_on, m.id)),
    Column(QT_TRANSLATE_NOOP("Column", "Measure"), lambda m: SPECS[m.instrument].title),
    Column(QT_TRANSLATE_NOOP("Column", "Total"), lambda m: str(m.total), lambda m: m.total,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("Column", "Severity"), lambda m: severity(m.instrument, m.total),
           lambda m: m.total / SPECS[m.instrument].max_total),
    Column(QT_TRANSLATE_NOOP("Column", "Item 9"), item9_text,
           lambda m: m.items[8] if m.instrument is Instrument.PHQ9 else -1,
           accessible=item9_accessible),
    Column(QT_TRANSLATE_NOOP("Column", "Note"), lambda m: " ".join(m.note.split())),
)


def change_text(results: list[MeasureResult]) -> str:
    """'From first to latest: …' with the change label(s), or why there are none."""
    pairs: dict[Instrument, tuple[MeasureResult, MeasureResult]] = {}
    totals: dict[Instrument, tuple[int, ...]] = {}
    for instrument in SPECS:
        mine = sorted((m for m in results if m.instrument is instrument),
                      key=lambda m: (m.taken_on, m.id or 0))
        totals[instrument] = tuple(m.total for m in mine)
        if len(mine) >= 2:
            pairs[instrument] = (mine[0], mine[-1])
    # a measure with one score still counts for caseness (it can rule out recovery)
    summary = assess_change(totals) if pairs else None
    if summary is None:
        return translate("Measures",
                         "Change is shown once a measure has been taken at least twice.")
    part = translate("Measures", "{measure} {first} → {latest} ({first_date} to {latest_date})")
    parts = [part.format(measure=SPECS[i].title, first=a.total, latest=b.total,
                         first_date=day_text(a.taken_on), latest_date=day_text(b.taken_on))
             for i, (a, b) in pairs.items()]
    labels = ", ".join(label.label for label in summary.labels)
    return translate("Measures", "From first to latest: {measures}. Change: {labels}.").format(
        measures="; ".join(parts), labels=labels)


class MeasuresPanel(EntryPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_phq = QPushButton(self.tr("Add PHQ-&9…"))
        self.add_gad = QPushButton(self.tr("Add GAD-&7…"))
        self.add_phq.clicked.connect(lambda: self.open_measure(Instrument.PHQ9))
        self.add_gad.clicked.connect(lambda: self.open_measure(Instrument.GAD7))
        about = QLabel(f"{translate('Instrument', SPECS[Instrument.PHQ9].explanation)} "
                       f"{translate('Instrument', SPECS[Instrument.GAD7].explanation)}")
        about.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(about, 1)
        top.addWidget(self.add_phq)
        top.addWidget(self.add_gad)

        self.flag = QLabel()
        self.flag.setObjectName("item9-flag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("QLabel#item9-flag { background: #fff4ce;"
                                " border: 1px solid #c19c00; border-left: 6px solid #c19c00;"
                                " padding: 6px; color: #3b2f00; }")
        self.flag.setVisible(False)

        self.charts = {
            Instrument.PHQ9: TrendChart(self.tr("PHQ-9 (0–27)"), 0, 27,
                                        empty_text=self.tr("No PHQ-9 yet")),
            Instrument.GAD7: TrendChart(self.tr("GAD-7 (0–21)"), 0, 21,
                                        empty_text=self.tr("No GAD-7 yet")),
        }
        charts = QHBoxLayout()
        for instrument, chart in self.charts.items():
            chart.setObjectName(f"chart-{instrument.name.lower()}")
            chart.setMinimumHeight(240)
            charts.addWidget(chart)
        self.change = QLabel()
        self.change.setObjectName("change-label")
        self.change.setWordWrap(True)
        self.change.setAccessibleName(self.tr("Change from first to latest"))
        self.rule = QLabel(translate("Instrument", CHANGE_RULE))
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: palette(placeholder-text);")

        self.model = RecordModel(COLUMNS, highlight=lambda m: item9_flagged(m.instrument,
                                                                              m.items))
        self.table = RecordTable(self.model,
            self.tr("PHQ-9 and GAD-7 results"), stretch=len(COLUMNS) - 1)
        self.table.setMinimumHeight(160)
        buttons = self.record_buttons(self.edit_measure, self.delete_measure)

        self.custom = CustomScoresBox()
        self.custom.setMinimumHeight(300)
        self.custom.status_message.connect(self.status_message)
        self.custom.changed.connect(self.changed)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.flag)
        layout.addLayout(charts, 3)
        layout.addWidget(self.change)
        layout.addWidget(self.rule)
        layout.addWidget(QLabel(self.tr("Results (click a heading to sort):")))
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.custom, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setEnabled(False)
        self._update_buttons()

    # ------------------------------------------------------------ state

    def watch(self, changes: ChangeSignals) -> None:
        """Reload after changes to what this panel shows, whoever made them."""
        follow(self, changes, (ChangeKind.MEASURE, ChangeKind.CUSTOM_SCORE, ChangeKind.SESSION))

    def show_client(self, practice: Practice, client_id: int) -> None:
        self.practice = practice
        self.client_id = client_id
        self.setEnabled(True)
        self.custom.show_client(practice, client_id)
        self.refresh()

    def _forget(self) -> None:
        self.custom.clear()
        self.model.set_records([])
        for chart in self.charts.values():
            chart.clear()
        self.change.clear()
        self.flag.clear()
        self.flag.setVisible(False)

    def refresh(self) -> None:
        if self.practice is None:
            return
        results = self.practice.measures.for_client(self.client_id)
        self.model.set_records(results)
        for instrument, chart in self.charts.items():
            points = tuple((m.taken_on, float(m.total)) for m in results
                           if m.instrument is instrument)
            if points:
                chart.set_data([Series(SPECS[instrument].title, points)],
                               chart_bands(instrument), chart_ticks(instrument))
            else:
                chart.set_data([], chart_bands(instrument), chart_ticks(instrument))
        self.change.setText(change_text(results))
        # only answers whose follow-up is not noted yet: once noted, the banner is gone
        flagged = [m for m in results if item9_open(m.instrument, m.items, m.note)]
        if flagged:
            latest = max(flagged, key=lambda m: m.taken_on)
            more = len(flagged) - 1
            if more:
                text = self.tr("PHQ-9 item 9 was answered above 0 on {value} (and {more} "
                               "earlier time(s)), with no follow-up noted yet. Open each "
                               "result (Edit…) and note what was discussed.")
            else:
                text = self.tr("PHQ-9 item 9 was answered above 0 on {value}, with no "
                               "follow-up noted yet. Open the result (Edit…) and note what "
                               "was discussed.")
            self.flag.setText(text.format(value=day_text(latest.taken_on), more=more))
        self.flag.setVisible(bool(flagged))
        self._update_buttons()

    # ------------------------------------------------------------ actions
    def open_measure(self, instrument: Instrument, result: MeasureResult | None = None,
                     session_id: int | None = None) -> MeasureDialog | None:
        if self.practice is None:
            return None
        dialog = MeasureDialog(self.practice, self.client_id, instrument, self, session_id,
                               result)
        self.track(dialog)
        return dialog

    def saved_message(self, record: MeasureResult) -> str:
        return (f"{SPECS[record.instrument].title} of {day_text(record.taken_on)} saved: "
                f"{record.total}, {severity(record.instrument, record.total)}.")

    def edit_measure(self, result: MeasureResult | None) -> MeasureDialog | None:
        if result is None:
            return None
        return self.open_measure(result.instrument, result)

    def delete_measure(self, result: MeasureResult | None) -> Any:
        if result is None or result.id is None or self.practice is None:
            return None
        practice = self.practice
        what = f"{SPECS[result.instrument].title} of {day_text(result.taken_on)}"
        return self.confirm_delete(
            self.tr("Delete {title}").format(title=SPECS[result.instrument].title),
            self.tr("Delete the {what} (total {total})?").format(what=what, total=result.total),
            lambda: practice.delete_measure(result), self.tr("{what} deleted.").format(what=what))
