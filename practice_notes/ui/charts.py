"""A small trend chart painted with QPainter (no chart library).

Readable in black and white, as on paper: each series has its own marker shape
and dash style, a direct label at its last point, the full y range is always
shown, light bands are shaded alternately and labelled, and every point's date
and value are in its tooltip. ``sparkline=True`` draws a tiny axis-less line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from practice_notes.domain.chart_geometry import (
    GAS_Y_LABELS,
    MONTHS,
    Band,
    Series,
    describe,
    format_date,
    format_value,
    month_ticks,
    nice_ticks,
    spread,
    thin,
    value_text,
)
from practice_notes.i18n import translate

__all__ = [
    "GAS_Y_LABELS", "Band", "Series", "TrendChart", "describe", "format_date", "format_value",
    "month_ticks", "nice_ticks", "spread", "thin", "value_text",
]


MARKERS = ("circle", "square", "triangle", "diamond")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine)
# Muted colours with good contrast on a light (first) or a dark (second) background.
_LIGHT = ("#1f4e79", "#8a3b12", "#2e6b3a", "#6b3d7a", "#5c5c14", "#7a2e4d")
_DARK = ("#8cb4e0", "#e3a47c", "#8fcf9c", "#c9a6db", "#d6d67a", "#e39ab8")


def _marker_path(kind: str, centre: QPointF, r: float) -> QPainterPath:
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if kind == "circle":
        path.addEllipse(centre, r, r)
    elif kind == "square":
        s = r * 0.9
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
    elif kind == "triangle":
        path.addPolygon(QPolygonF([QPointF(x, y - r * 1.15), QPointF(x + r * 1.1, y + r * 0.8),
                                   QPointF(x - r * 1.1, y + r * 0.8), QPointF(x, y - r * 1.15)]))
    else:
        path.addPolygon(QPolygonF([QPointF(x, y - r * 1.25), QPointF(x + r * 1.1, y),
                                   QPointF(x, y + r * 1.25), QPointF(x - r * 1.1, y),
                                   QPointF(x, y - r * 1.25)]))
    return path


# ------------------------------------------------------------------ the widget
class TrendChart(QWidget):
    def __init__(self, title: str, y_min: float, y_max: float, parent: QWidget | None = None,
                 empty_text: str | None = None, sparkline: bool = False) -> None:
        super().__init__(parent)
        if y_max <= y_min:
            raise ValueError("y_max must be above y_min")
        self.title = title
        self.y_min = float(y_min)
        self.y_max = float(y_max)
        if empty_text is None:
            empty_text = translate("TrendChart", "No data yet")
        self.empty_text = empty_text
        self.sparkline = sparkline
        self.series: tuple[Series, ...] = ()
        self.bands: tuple[Band, ...] = ()
        self.y_labels: dict[float, str] = {}
        self._hits: list[tuple[QPointF, str]] = []
        self.setAccessibleName(title)
        self.setAccessibleDescription(empty_text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
                           if not sparkline else QSizePolicy.Policy.Fixed)
        self.setMinimumSize(QSize(60, 20) if sparkline else QSize(240, 120))
        self.setMouseTracking(False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, 32) if self.sparkline else QSize(480, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    # --------------------------------------------------------------- data
    def set_data(self, series: Sequence[Series], bands: Sequence[Band] = (),
                 y_labels: Mapping[float, str] | None = None) -> None:
        self.series = tuple(
            Series(s.label, tuple(sorted(s.points, key=lambda p: p[0])), s.style) for s in series
        )
        self.bands = tuple(bands)
        self.y_labels = {float(k): v for k, v in (y_labels or {}).items()}
        self.setAccessibleDescription(describe(self.series, self.y_labels, self.empty_text))
        self.update()

    def set_range(self, y_min: float, y_max: float) -> None:
        """Change the y range (e.g. one chart showing 0–10 goals, then GAS ones)."""
        if y_max <= y_min:
            raise ValueError("y_max must be above y_min")
        self.y_min, self.y_max = float(y_min), float(y_max)
        self.update()

    def clear(self) -> None:
        self.series = ()
        self.bands = ()
        self.y_labels = {}
        self._hits = []
        self.setAccessibleDescription(self.empty_text)
        self.update()

    def has_points(self) -> bool:
        return any(s.points for s in self.series)

    # ------------------------------------------------------------- colours
    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5

    def series_colour(self, style: int) -> QColor:
        colours = _DARK if self._is_dark() else _LIGHT
        return QColor(colours[style % len(colours)])

    def _ink(self, alpha: int = 255) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlpha(alpha)
        return colour

    # ------------------------------------------------------------ geometry
    def _date_range(self) -> tuple[dt.date, dt.date]:
        days = [d for s in self.series for d, _ in s.points]
        first, last = min(days), max(days)
        span = (last - first).days
        pad = dt.timedelta(days=14) if span == 0 else dt.timedelta(days=max(1, round(span * 0.03)))
        return first - pad, last + pad

    def _y(self, value: float, plot: QRectF) -> float:
        value = min(max(value, self.y_min), self.y_max)
        frac = (value - self.y_min) / (self.y_max - self.y_min)
        return plot.bottom() - frac * plot.height()

    @staticmethod
    def _x(day: dt.date, start: dt.date, end: dt.date, plot: QRectF) -> float:
        total = max(1, (end - start).days)
        return plot.left() + (day - start).days / total * plot.width()

    def _y_ticks(self, target: int = 5) -> list[tuple[float, str]]:
        if self.y_labels:
            return [(v, t) for v, t in sorted(self.y_labels.items())
                    if self.y_min <= v <= self.y_max]
        return [(v, format_value(v)) for v in nice_ticks(self.y_min, self.y_max, target)]

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            if self.sparkline:
                self._paint_sparkline(painter)
            else:
                self._paint_chart(painter)
        finally:
            painter.end()

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(7.0, size * 0.85))
        return font

    def _paint_sparkline(self, p: QPainter) -> None:
        self._hits = []
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        if not self.has_points():
            p.setPen(QPen(self._ink(90), 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(rect.left(), rect.center().y()),
                       QPointF(rect.right(), rect.center().y()))
            return
        start, end = self._date_range()
        for s in self.series:
            if not s.points:
                continue
            colour = self.series_colour(s.style)
            pts = [QPointF(self._x(d, start, end, rect), self._y(v, rect)) for d, v in s.points]
            p.setPen(QPen(colour, 1.5, DASHES[s.style % len(DASHES)]))
            p.drawPolyline(QPolygonF(pts))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawPath(_marker_path(MARKERS[s.style % len(MARKERS)], pts[-1], 2.5))
            for pt, (d, v) in zip(pts, s.points, strict=True):
                self._hits.append((pt, f"{s.label}: {value_text(v, self.y_labels)}"
                                       f" on {format_date(d)}"))

    def _paint_chart(self, p: QPainter) -> None:
        self._hits = []
        small = self._small_font()
        fm = QFontMetricsF(small)
        bold = QFont(self.font())
        bold.setBold(True)
        full = QRectF(self.rect())
        p.fillRect(full, self.palette().color(QPalette.ColorRole.Base))
        top = 6.0
        if self.title:
            p.setFont(bold)
            p.setPen(self._ink())
            title_h = QFontMetricsF(bold).height()
            p.drawText(QRectF(8, top, full.width() - 16, title_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                      full.width() - 16))
            top += title_h + 4
        top += fm.height() / 2
        bottom = fm.height() + 10
        rough_height = full.height() - top - bottom - 10
        ticks = self._y_ticks(max(3, min(5, int(rough_height / (fm.height() * 1.8)))))
        max_left = full.width() * 0.35
        left = 8 + min(max_left, max((fm.horizontalAdvance(t) for _, t in ticks), default=0)) + 6
        right_labels = [s.label for s in self.series if s.points]
        right = 12.0
        if right_labels:
            right = min(full.width() * 0.3,
                        max(fm.horizontalAdvance(t) for t in right_labels) + 16)
        frame = QRectF(left, top, max(10.0, full.width() - left - right),
                       max(10.0, full.height() - top - bottom))
        # markers at the ends of the range stay whole inside the frame
        plot = frame.adjusted(0, 5, 0, -5)
        if not self.y_labels and ticks and ticks[-1][0] < self.y_max and (
                self._y(ticks[-1][0], plot) - self._y(self.y_max, plot) >= fm.height()):
            ticks.append((self.y_max, format_value(self.y_max)))

        self._paint_bands(p, plot, small, fm)
        # gridlines and y labels
        p.setFont(small)
        shown = thin([self._y(v, plot) for v, _ in ticks], fm.height())
        for (value, text), labelled in zip(ticks, shown, strict=True):
            y = self._y(value, plot)
            p.setPen(QPen(self._ink(45), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if not labelled:
                continue
            p.setPen(self._ink(200))
            p.drawText(QRectF(4, y - fm.height() / 2, left - 10, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, left - 10))
        p.setPen(QPen(self._ink(140), 1))
        p.drawLine(frame.bottomLeft(), frame.bottomRight())
        p.drawLine(frame.bottomLeft(), frame.topLeft())

        if not self.has_points():
            p.setFont(self.font())
            p.setPen(self._ink(170))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
            return
        start, end = self._date_range()
        self._paint_x_axis(p, plot, frame.bottom(), start, end, small, fm)
        self._paint_series(p, plot, start, end, small, fm, right)

    def _paint_bands(self, p: QPainter, plot: QRectF, small: QFont, fm: QFontMetricsF) -> None:
        p.setFont(small)
        for i, band in enumerate(sorted(self.bands, key=lambda b: b.low)):
            y_top = self._y(band.high, plot)
            y_bottom = self._y(band.low, plot)
            rect = QRectF(plot.left(), y_top, plot.width(), y_bottom - y_top)
            p.fillRect(rect, self._ink(16 if i % 2 == 0 else 34))
            if band.label and rect.height() >= fm.height() * 1.1:
                p.setPen(self._ink(150))
                p.drawText(rect.adjusted(4, 0, -4, 0),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(band.label, Qt.TextElideMode.ElideRight,
                                         rect.width() - 8))

    def _paint_x_axis(self, p: QPainter, plot: QRectF, axis_y: float, start: dt.date,
                      end: dt.date, small: QFont, fm: QFontMetricsF) -> None:
        p.setFont(small)
        label_w = fm.horizontalAdvance("Mmm 0000") + 10
        ticks = month_ticks(start, end, max(1, int(plot.width() // label_w)))
        labelled: list[tuple[dt.date, str]]
        if len(ticks) >= 2:
            labelled = []
            for k, day in enumerate(ticks):
                text = MONTHS[day.month - 1]
                if k == 0 or day.month == 1:
                    text += f" {day.year}"
                labelled.append((day, text))
        else:
            days = sorted({d for s in self.series for d, _ in s.points})
            chosen = [days[0]] if len(days) == 1 else [days[0], days[-1]]
            labelled = [(d, format_date(d)) for d in chosen]
        last_right = -1e9
        for day, text in labelled:
            x = self._x(day, start, end, plot)
            p.setPen(QPen(self._ink(140), 1))
            p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            width = fm.horizontalAdvance(text)
            left = min(max(x - width / 2, plot.left() - 4), self.width() - width - 2)
            if left < last_right + 6:
                continue
            last_right = left + width
            p.setPen(self._ink(200))
            p.drawText(QPointF(left, axis_y + 5 + fm.ascent()), text)

    def _paint_series(self, p: QPainter, plot: QRectF, start: dt.date, end: dt.date,
                      small: QFont, fm: QFontMetricsF, right: float) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        ends: list[tuple[float, QPointF, Series]] = []
        for s in self.series:
            if not s.points:
                continue
            colour = self.series_colour(s.style)
            pts = [QPointF(self._x(d, start, end, plot), self._y(v, plot)) for d, v in s.points]
            pen = QPen(colour, 2, DASHES[s.style % len(DASHES)])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if len(pts) > 1:
                p.drawPolyline(QPolygonF(pts))
            p.setPen(QPen(base, 1))
            p.setBrush(colour)
            kind = MARKERS[s.style % len(MARKERS)]
            for pt, (d, v) in zip(pts, s.points, strict=True):
                p.drawPath(_marker_path(kind, pt, 4.0))
                self._hits.append((pt, f"{s.label}: {value_text(v, self.y_labels)}"
                                       f" on {format_date(d)}"))
            ends.append((pts[-1].y(), pts[-1], s))
        # direct labels at the last points, pushed apart so they do not overlap
        p.setFont(small)
        ys = spread([y for y, _, _ in ends], fm.height(), plot.top(), plot.bottom())
        for (_, pt, s), y in zip(ends, ys, strict=True):
            x = plot.right() + 8
            p.setPen(self.series_colour(s.style))
            text = fm.elidedText(s.label, Qt.TextElideMode.ElideRight, right - 10)
            p.drawText(QPointF(x, y - fm.height() / 2 + fm.ascent()), text)
            if abs(pt.x() - plot.right()) > 2 or abs(pt.y() - y) > 2:
                p.setPen(QPen(self._ink(90), 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(pt.x() + 5, pt.y()), QPointF(x - 2, y))

    # ------------------------------------------------------------- tooltip
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            best = min(self._hits, default=None,
                       key=lambda h: (h[0].x() - pos.x()) ** 2 + (h[0].y() - pos.y()) ** 2)
            if best is not None and (best[0].x() - pos.x()) ** 2 + (
                    best[0].y() - pos.y()) ** 2 <= 100:
                QToolTip.showText(event.globalPos(), best[1], self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def point_tooltips(self) -> list[str]:
        """The tooltip text of every point drawn last time (date and value)."""
        return [text for _, text in self._hits]
