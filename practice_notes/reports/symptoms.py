"""The "Symptom change" section: PHQ-9 / GAD-7 trends, each measure's first
and latest score with the change in points, then the combined label and the
rule it follows (REPORT-GUIDE.md)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from practice_notes.domain.chart_geometry import Band, Series
from practice_notes.domain.measures import (
    CHANGE_RULE,
    SPECS,
    assess_change,
    item9_flagged,
    severity,
)
from practice_notes.i18n import translate
from practice_notes.reports import wording
from practice_notes.reports.charts import trend_chart
from practice_notes.reports.context import Ctx
from practice_notes.reports.parts import day, table
from practice_notes.reports.text import esc


def symptoms(c: Ctx) -> list[Flowable]:
    d = c.data
    used = {inst: ms for inst, ms in d.measures.items() if ms}
    if not used and not d.custom_scores:
        return []
    lead: list[Flowable] = [
        c.p(translate("Report", "Symptom change"), "h1"),
        c.p(wording.tr(wording.SYMPTOMS_INTRO), "small"),
    ]
    out: list[Flowable] = []
    for inst, results in used.items():
        spec = SPECS[inst]
        bands_text = ", ".join(f"{lo}–{hi} {translate('Severity', label)}"
                               for lo, hi, label in spec.bands)
        head = [*lead, c.p(spec.title, "h2"), c.p(translate("Instrument", spec.explanation)),
                c.p(
                    translate("Report", "Ranges: {bands_text}.").format(
                        bands_text=bands_text), "small")]
        lead = []
        # band edges fall half-way between whole scores: a score is never on an edge
        bands = [Band(lo - 0.5 if lo else lo, hi + 0.5 if hi < spec.max_total else hi, label)
                 for lo, hi, label in spec.bands]
        ticks = {float(lo): str(lo) for lo, _hi, _label in spec.bands}
        ticks[float(spec.max_total)] = str(spec.max_total)
        chart = trend_chart(c.width, 190, 0, spec.max_total,
                            [Series(spec.title, tuple((m.taken_on, float(m.total))
                                                      for m in results))],
                            bands=bands, y_labels=ticks,
                            y_title=f"{spec.title} total (0–{spec.max_total}); lower is better")
        out.append(KeepTogether([*head, chart]))
        rows = [["Date", "Score", "Range"]] + [
            [day(m.taken_on), str(m.total), severity(inst, m.total)] for m in results
        ]
        out += table(rows, c.styles, [c.width * 0.3, c.width * 0.2, c.width * 0.5], c.clean,
                     plain=True)
        flagged = [m for m in results if item9_flagged(inst, m.items)]
        if flagged:
            lines = [Spacer(1, 6), c.p(esc(wording.tr(wording.ITEM9_INTRO)))]
            lines += [p for m in flagged
                      for p in c.user(wording.item9_line(day(m.taken_on), m.note))]
            out.append(KeepTogether(lines))
    change = assess_change({inst: tuple(m.total for m in ms) for inst, ms in used.items()})
    if change is not None and any(m.has_change for m in change.measures):
        lines = [c.p(f"<b>{esc(wording.tr(wording.CHANGE_HEADING))}</b>")]
        lines += [c.p(esc(wording.measure_line(m))) for m in change.measures]
        lines.append(c.p(f"<b>{esc(wording.overall_line(change))}</b>"))
        lines.append(c.p(translate("Instrument", CHANGE_RULE), "small"))
        out.append(KeepTogether(lines))
    if d.custom_scores:
        rows = [["Measure", "Date", "Score"]] + [
            [s.name, day(s.taken_on), f"{s.value:g}"] for s in d.custom_scores
        ]
        other = [c.p(translate("Report", "Other measures"), "h2"),
                 *table(rows, c.styles, [c.width * 0.45, c.width * 0.3, c.width * 0.25],
                       c.clean)]
        out += [KeepTogether([*lead, *other])] if lead else other
    return out


__all__ = ["symptoms"]
