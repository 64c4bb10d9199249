"""The geometry behind every trend chart, free of painting: the data types
(:class:`Series`, :class:`Band`), value ticks, month ticks, label placement and
the texts a reader (or screen reader) gets. Standard library only.

Both charts draw from here: the window's ``ui.charts`` (QPainter) and the PDF's
``reports.charts`` (reportlab), so the two pick ticks and keep labels apart the
same way.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[tuple[dt.date, float], ...]
    style: int = 0


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    label: str


# Short GAS level words for a y axis (−2 … +2); 0 is the expected level.
GAS_Y_LABELS: Mapping[float, str] = {
    -2: "−2 much less", -1: "−1 less", 0: "0 expected", 1: "+1 more", 2: "+2 much more",
}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: dt.date) -> str:
    """``3 Mar 2025`` whatever the locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_value(value: float) -> str:
    if float(value).is_integer():
        text = str(int(value))
    else:
        text = f"{value:.1f}"
    return text.replace("-", "−")


def value_text(value: float, y_labels: Mapping[float, str] | None) -> str:
    """The value, with its axis word when the axis has one that says more."""
    text = format_value(value)
    label = (y_labels or {}).get(value, "").strip()
    if not label or label.replace("+", "") == text:
        return text
    if label.split()[0].replace("+", "") == text:
        return label
    return f"{text} ({label})"


def nice_ticks(low: float, high: float, target: int = 5) -> list[float]:
    """Round tick values from ``low`` to ``high`` at a 1-2-5 step."""
    if high <= low:
        return [low]
    raw = (high - low) / max(1, target)
    power = 10 ** math.floor(math.log10(raw))
    span = high - low
    step = min((m * power for m in (1, 2, 5, 10)),
               key=lambda st: (abs(span / st - target), -st))
    first = math.ceil(low / step - 1e-9) * step
    ticks = []
    value = first
    while value <= high + 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first days of the months inside [start, end]."""
    months: list[dt.date] = []
    year, month = start.year, start.month
    if start.day != 1:
        month += 1
        if month > 12:
            year, month = year + 1, 1
    while dt.date(year, month, 1) <= end:
        months.append(dt.date(year, month, 1))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def every(months: Sequence[dt.date], step: int) -> list[dt.date]:
    """Every ``step``-th month, aligned to January (step 3: Jan, Apr, Jul, Oct)."""
    return [d for d in months if (d.year * 12 + d.month - 1) % step == 0]


def month_ticks(start: dt.date, end: dt.date, max_ticks: int) -> list[dt.date]:
    """First days of months inside [start, end], thinned to at most ``max_ticks``
    with a step of 1, 2, 3, 6 or 12 months aligned to January (the window's axis,
    which knows how many labels fit)."""
    if end < start or max_ticks < 1:
        return []
    months = month_starts(start, end)
    for step in (1, 2, 3, 6, 12, 24, 60):
        chosen = every(months, step)
        if len(chosen) <= max_ticks:
            return chosen
    return months[:1]


def span_step(days: int) -> int:
    """Months between ticks for a period of ``days`` on a printed chart."""
    return 1 if days <= 200 else 2 if days <= 400 else 3 if days <= 800 else 6


def dated_ticks(start: dt.date, end: dt.date, dates: Sequence[dt.date]) -> list[dt.date]:
    """The printed chart's x ticks: each point's date when there are at most 8,
    else month starts every :func:`span_step` months (at least the two ends)."""
    unique = sorted(set(dates))
    if 0 < len(unique) <= 8:
        return unique
    if end < start:
        return [start, end]
    return every(month_starts(start, end), span_step((end - start).days)) or [start, end]


def spread(positions: Sequence[float], gap: float, low: float, high: float) -> list[float]:
    """Move label centres apart by at least ``gap``, keeping them in [low, high]
    and in their original order. Returns new positions in the input order."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = [min(max(positions[i], low), high) for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    overflow = placed[-1] - high if placed else 0.0
    if overflow > 0:
        placed[-1] -= overflow
        for k in range(len(placed) - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
    out = [0.0] * len(positions)
    for k, i in enumerate(order):
        out[i] = placed[k]
    return out


def thin(positions: Sequence[float], gap: float) -> list[bool]:
    """Which labels to draw so that none is closer than ``gap`` to the one drawn
    before it (in the given order; the first is always drawn)."""
    keep: list[bool] = []
    last: float | None = None
    for pos in positions:
        ok = last is None or abs(pos - last) >= gap
        keep.append(ok)
        if ok:
            last = pos
    return keep


def describe(series: Sequence[Series], y_labels: Mapping[float, str] | None,
             empty_text: str) -> str:
    parts = []
    for s in series:
        if not s.points:
            continue
        day, value = max(s.points, key=lambda p: p[0])
        count = len(s.points)
        parts.append(f"{s.label}: latest {value_text(value, y_labels)} on {format_date(day)}"
                     f" ({count} point{'s' if count != 1 else ''})")
    return "; ".join(parts) if parts else empty_text
