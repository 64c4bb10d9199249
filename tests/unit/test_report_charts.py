"""The printed charts read on paper: labels at least 9 pt, severity bands
apart in grey-scale with visible edges and labels, markers of series that
share a point set side by side, and date labels that never run together."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from practice_notes.domain.chart_geometry import Band, Series
from practice_notes.reports.charts import trend_chart
from practice_notes.reports.fonts import REGULAR, register

D0 = dt.date(2025, 1, 6)


def _walk(d: Drawing) -> list[object]:
    return list(d.getContents())


def _grey(c: colors.Color) -> float:
    """Relative luminance (WCAG) of a colour as printed in grey-scale."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.red) + 0.7152 * lin(c.green) + 0.0722 * lin(c.blue)


def _phq_chart() -> Drawing:
    register()
    bands = [Band(0, 4.5, "minimal"), Band(4.5, 9.5, "mild"), Band(9.5, 14.5, "moderate"),
             Band(14.5, 19.5, "moderately severe"), Band(19.5, 27, "severe")]
    points = tuple((D0 + dt.timedelta(days=7 * n), float(v)) for n, v in enumerate((18, 10, 4)))
    return trend_chart(480, 190, 0, 27, [Series("PHQ-9", points)], bands=bands,
                       y_labels={0.0: "0", 10.0: "10", 27.0: "27"}, y_title="PHQ-9 total")


def test_every_chart_label_is_at_least_9_points() -> None:
    strings = [s for s in _walk(_phq_chart()) if isinstance(s, String)]
    assert strings and min(s.fontSize for s in strings) >= 9
    assert {s.fontName for s in strings} <= {REGULAR, "DejaVuSans-Bold"}


def test_bands_differ_in_grey_scale_with_edges_and_labels() -> None:
    shapes = _walk(_phq_chart())
    fills = [r.fillColor for r in shapes if isinstance(r, Rect) and r.fillColor is not None
             and r.strokeColor is None]
    assert len(fills) == 5
    for a, b in zip(fills, fills[1:], strict=False):
        light, dark = sorted((_grey(a), _grey(b)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 1.5
    edges = [ln for ln in shapes if isinstance(ln, Line) and ln.strokeDashArray == (3, 2)]
    assert len(edges) == 4  # between five bands
    texts = {s.text for s in shapes if isinstance(s, String)}
    assert {"minimal", "mild", "moderate", "moderately severe", "severe"} <= texts


def _marker_x(shape: object) -> float:
    if isinstance(shape, Circle):
        return float(shape.cx)
    if isinstance(shape, Rect):
        return float(shape.x + shape.width / 2)
    assert isinstance(shape, Polygon)
    return float(shape.points[0])


def test_series_sharing_a_point_are_set_side_by_side() -> None:
    register()
    same = tuple((D0 + dt.timedelta(days=14 * n), 6.0) for n in range(3))
    series = [Series(name, same, style=n) for n, name in enumerate(("Bond", "Goals", "Tasks"))]
    d = trend_chart(480, 170, 0, 10, series)
    markers = [s for s in _walk(d) if isinstance(s, Circle | Rect | Polygon)
               and not (isinstance(s, Rect) and s.width > 20)]
    xs = sorted({round(_marker_x(m), 1) for m in markers})
    # three days, three series each: nine distinct positions among the plotted markers
    assert len(xs) >= 9


def test_date_labels_never_overlap() -> None:
    register()
    days = tuple((D0 + dt.timedelta(days=n), float(n % 5)) for n in range(0, 8))
    d = trend_chart(300, 150, 0, 10, [Series("Rating", days)])
    labels = sorted((s for s in _walk(d) if isinstance(s, String) and s.textAnchor == "middle"
                     and s.y < 30), key=lambda s: s.x)
    for a, b in zip(labels, labels[1:], strict=False):
        half = (stringWidth(a.text, a.fontName, a.fontSize)
                + stringWidth(b.text, b.fontName, b.fontSize)) / 2
        assert b.x - a.x >= half, (a.text, b.text)
    assert labels and labels[0].text == "6 Jan"
