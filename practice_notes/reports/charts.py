"""Vector trend charts with reportlab.graphics, readable in grey-scale print:
distinct marker shapes and dash styles, direct labels, lightly shaded bands,
the full axis range, and every point dated. Ticks and label placement come from
:mod:`practice_notes.domain.chart_geometry`, shared with the window's charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from practice_notes.domain.chart_geometry import Band, Series, dated_ticks, spread, thin
from practice_notes.i18n import translate
from practice_notes.reports.fonts import BOLD, REGULAR, printable, register

_INKS = (colors.HexColor("#1f2933"), colors.HexColor("#3e6b89"), colors.HexColor("#7b4b2a"),
         colors.HexColor("#4f6d3a"))
_DASHES: tuple[tuple[float, ...] | None, ...] = (None, (5, 3), (1.5, 2.5), (6, 2, 1.5, 2))
#: Alternate bands white and mid grey (about 1.7:1 in grey-scale), each edged by
#: a dark dashed line: they stay apart on a black-and-white print or copy.
_BAND_FILLS = (colors.white, colors.HexColor("#c2c9d0"))
_BAND_EDGE = colors.HexColor("#52606d")
#: Chart text sizes (points): never below 9 on paper.
LABEL = 9.0
#: Horizontal nudge (points) between markers of series that share a point.
NUDGE = 4.0


def _marker(
    shape: int, x: float, y: float, ink: colors.Color, r: float = 3.4
) -> Circle | Rect | Polygon:
    white = colors.white
    if shape == 0:
        return Circle(x, y, r, fillColor=ink, strokeColor=ink)
    if shape == 1:
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=white, strokeColor=ink,
                    strokeWidth=1.2)
    if shape == 2:
        return Polygon([x, y + r + 0.8, x - r - 0.6, y - r + 0.4, x + r + 0.6, y - r + 0.4],
                       fillColor=ink, strokeColor=ink)
    return Polygon([x, y + r + 1, x - r - 1, y, x, y - r - 1, x + r + 1, y],
                   fillColor=white, strokeColor=ink, strokeWidth=1.2)


def _nudges(series: Sequence[Series]) -> dict[tuple[int, dt.date, float], float]:
    """Where several series share a point (same day, same value), their markers
    are set side by side, centred on the day, so none hides another."""
    at: dict[tuple[dt.date, float], list[int]] = {}
    for s in series:
        for day, value in s.points:
            at.setdefault((day, value), []).append(s.style)
    out: dict[tuple[int, dt.date, float], float] = {}
    for (day, value), styles in at.items():
        if len(styles) > 1:
            for k, style in enumerate(styles):
                out[(style, day, value)] = (k - (len(styles) - 1) / 2) * NUDGE * 2
    return out


def _default_format(value: float) -> str:
    return f"{value:g}"


def trend_chart(
    width: float,
    height: float,
    y_min: float,
    y_max: float,
    series: Sequence[Series],
    bands: Sequence[Band] = (),
    y_labels: Mapping[float, str] | None = None,
    x_range: tuple[dt.date, dt.date] | None = None,
    y_title: str = "",
    value_format: Callable[[float], str] = _default_format,
) -> Drawing:
    """A dated line chart. Band names sit in the left margin beside the axis
    values (never under the line); each series is labelled at its last point."""
    register()  # the chart measures text in our fonts, whoever calls it first
    # the initial font is ours too, or the PDF would name a non-embedded Helvetica
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL)
    label_w = max((stringWidth(v, REGULAR, LABEL) for v in (y_labels or {}).values()),
                  default=3 * LABEL) + 10
    band_w = max((stringWidth(b.label, REGULAR, LABEL) for b in bands), default=0)
    left = max(30.0, label_w) + (band_w + 8 if bands else 0)
    right = 16.0 + max((stringWidth(f"{s.label} 00", BOLD, LABEL) for s in series),
                       default=60.0) + (12 if len(series) > 1 else 0)
    bottom, top = 36.0, 16.0
    pw, ph = width - left - right, height - bottom - top
    dates = [p[0] for s in series for p in s.points]
    if x_range is not None:
        x0, x1 = x_range
    elif dates:
        x0, x1 = min(dates), max(dates)
    else:
        x0 = x1 = dt.date.today()
    if x1 <= x0:
        x0, x1 = x0 - dt.timedelta(days=7), x1 + dt.timedelta(days=7)
    # a little room at both ends, so no point sits on the axis
    pad = dt.timedelta(days=max(2, round((x1 - x0).days * 0.04)))
    lo_day, days = x0 - pad, (x1 - x0 + 2 * pad).days

    def px(day: dt.date) -> float:
        return left + pw * (day - lo_day).days / days

    def py(v: float) -> float:
        return bottom + ph * (v - y_min) / (y_max - y_min)

    for n, band in enumerate(bands):
        lo, hi = max(band.low, y_min), min(band.high, y_max)
        d.add(Rect(left, py(lo), pw, py(hi) - py(lo), fillColor=_BAND_FILLS[n % 2],
                   strokeColor=None))
        if band.low > y_min:  # the edge between two bands
            d.add(Line(left, py(lo), left + pw, py(lo), strokeColor=_BAND_EDGE,
                       strokeWidth=0.7, strokeDashArray=(3, 2)))
        if py(hi) - py(lo) >= LABEL:
            d.add(String(left - label_w + 2, (py(lo) + py(hi)) / 2 - LABEL / 3,
                         printable(band.label), fontName=REGULAR, fontSize=LABEL,
                         textAnchor="end", fillColor=colors.HexColor("#1f2933")))
    labels = dict(y_labels) if y_labels else {}
    if not labels:
        step = (y_max - y_min) / 5 if (y_max - y_min) > 10 else (2 if y_max - y_min > 5 else 1)
        v = y_min
        while v <= y_max + 1e-9:
            labels[v] = f"{v:g}"
            v += step
        labels[y_max] = f"{y_max:g}"
    for value, text in sorted(labels.items()):
        y = py(value)
        d.add(Line(left, y, left + pw, y, strokeColor=colors.HexColor("#c5ccd3"),
                   strokeWidth=0.4))
        d.add(String(left - 4, y - LABEL / 3, printable(text), fontName=REGULAR,
                     fontSize=LABEL, textAnchor="end", fillColor=colors.HexColor("#1f2933")))
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=colors.black, strokeWidth=0.8))
    d.add(Line(left, bottom, left, bottom + ph, strokeColor=colors.black, strokeWidth=0.8))
    ticks = dated_ticks(x0, x1, dates)
    texts = [f"{t.day} {t:%b}" if len(set(dates)) <= 8 else f"{t:%b %y}" for t in ticks]
    widest = max((stringWidth(t, REGULAR, LABEL) for t in texts), default=0.0)
    for tick, text, keep in zip(ticks, texts, thin([px(t) for t in ticks], widest + 6),
                                strict=True):
        x = px(tick)
        d.add(Line(x, bottom, x, bottom - 3, strokeColor=colors.black, strokeWidth=0.6))
        if keep:  # a date label never runs into the one before it
            d.add(String(x, bottom - 14, text, fontName=REGULAR, fontSize=LABEL,
                         textAnchor="middle"))
    if y_title:
        d.add(String(left, height - 10, printable(y_title), fontName=REGULAR, fontSize=LABEL,
                     fillColor=colors.HexColor("#1f2933")))
    if not dates:
        empty = translate("Report", "No ratings in this period yet")
        d.add(String(left + pw / 2, bottom + ph / 2, empty,
                     fontName=REGULAR, fontSize=10, textAnchor="middle"))
        return d
    ends: list[tuple[float, float, str, int]] = []
    nudge = _nudges(series)
    for s in series:
        if not s.points:
            continue
        ink = _INKS[s.style % len(_INKS)]
        pts = sorted(s.points)
        coords: list[float] = []
        for day, value in pts:
            coords += [px(day) + nudge.get((s.style, day, value), 0.0), py(value)]
        if len(pts) > 1:
            d.add(PolyLine(coords, strokeColor=ink, strokeWidth=1.4,
                           strokeDashArray=_DASHES[s.style % len(_DASHES)]))
        for day, value in pts:
            d.add(_marker(s.style % 4, px(day) + nudge.get((s.style, day, value), 0.0),
                          py(value), ink))
        last_day, last_value = pts[-1]
        text = f"{s.label} {value_format(last_value)}"
        ends.append((py(last_value), px(last_day), text, s.style))
    ends.sort(key=lambda e: e[0])
    placed = spread([e[0] for e in ends], LABEL + 2, 6.0, height - 6.0)
    x_label = left + pw + 8
    for (_y, _x, text, style), y in zip(ends, placed, strict=True):
        # the label repeats the series' marker, so it still reads in grey-scale print
        ink = _INKS[style % len(_INKS)]
        if len(series) > 1:
            d.add(_marker(style % 4, x_label + 3, y, ink, 2.8))
        d.add(String(x_label + (10 if len(series) > 1 else 0), y - LABEL / 3, printable(text),
                     fontName=BOLD, fontSize=LABEL, fillColor=ink))
    return d
