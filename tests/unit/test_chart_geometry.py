"""The chart geometry both trend charts draw from (the window's QPainter chart and
the PDF's reportlab chart): value ticks, month ticks, label spreading and thinning,
descriptions. No Qt, no reportlab."""

from __future__ import annotations

import datetime as dt
import random

from practice_notes.domain.chart_geometry import (
    Series,
    dated_ticks,
    describe,
    every,
    month_starts,
    month_ticks,
    nice_ticks,
    span_step,
    spread,
    thin,
)


def test_nice_ticks_cover_the_full_scales() -> None:
    assert nice_ticks(0, 10) == [0, 2, 4, 6, 8, 10]
    assert nice_ticks(0, 27) == [0, 5, 10, 15, 20, 25]
    assert nice_ticks(0, 21) == [0, 5, 10, 15, 20]
    assert nice_ticks(-2, 2) == [-2, -1, 0, 1, 2]
    assert nice_ticks(3, 3) == [3]


def test_month_ticks_thin_out_and_align_to_january() -> None:
    assert month_ticks(dt.date(2025, 1, 15), dt.date(2025, 4, 2), 10) == [
        dt.date(2025, 2, 1), dt.date(2025, 3, 1), dt.date(2025, 4, 1)]
    assert month_ticks(dt.date(2025, 1, 1), dt.date(2025, 1, 31), 5) == [dt.date(2025, 1, 1)]
    two_years = month_ticks(dt.date(2024, 1, 1), dt.date(2025, 12, 31), 5)
    assert two_years == [dt.date(2024, 1, 1), dt.date(2024, 7, 1), dt.date(2025, 1, 1),
                         dt.date(2025, 7, 1)]
    assert month_ticks(dt.date(2025, 5, 1), dt.date(2025, 4, 1), 5) == []


def test_spread_keeps_labels_apart_in_order_and_in_bounds() -> None:
    assert spread([10, 12, 50], 10, 0, 100) == [10, 20, 50]
    assert spread([98, 99], 10, 0, 100) == [90, 100]
    out = spread([50, 20, 21], 10, 0, 100)
    assert out[1] < out[2] and out[2] - out[1] >= 10 and out[0] == 50
    assert spread([], 10, 0, 100) == []


def test_thin_drops_labels_that_would_touch() -> None:
    assert thin([100, 90, 80, 70, 60], 15) == [True, False, True, False, True]
    assert thin([100, 80, 60], 15) == [True, True, True]
    assert thin([], 15) == []


def test_describe_uses_the_latest_point_by_date() -> None:
    s = Series("Goal", ((dt.date(2025, 3, 1), 4.0), (dt.date(2025, 1, 1), 9.0)))
    assert describe([s], None, "none") == "Goal: latest 4 on 1 Mar 2025 (2 points)"
    assert describe([Series("Empty", ())], None, "none") == "none"


def test_month_starts_and_every_align_to_january() -> None:
    assert month_starts(dt.date(2024, 11, 2), dt.date(2025, 2, 1)) == [
        dt.date(2024, 12, 1), dt.date(2025, 1, 1), dt.date(2025, 2, 1)]
    assert month_starts(dt.date(2025, 3, 1), dt.date(2025, 3, 1)) == [dt.date(2025, 3, 1)]
    assert month_starts(dt.date(2025, 3, 2), dt.date(2025, 3, 30)) == []
    year = month_starts(dt.date(2024, 2, 1), dt.date(2025, 1, 31))
    assert [d.month for d in every(year, 3)] == [4, 7, 10, 1]
    assert [d.month for d in every(year, 6)] == [7, 1]


def test_printed_ticks_date_few_points_else_step_by_span() -> None:
    start, end = dt.date(2025, 1, 10), dt.date(2025, 3, 20)
    few = [dt.date(2025, 2, 3), dt.date(2025, 1, 20), dt.date(2025, 2, 3)]
    assert dated_ticks(start, end, few) == [dt.date(2025, 1, 20), dt.date(2025, 2, 3)]
    many = [start + dt.timedelta(days=7 * i) for i in range(10)]
    assert dated_ticks(start, end, many) == [dt.date(2025, 2, 1), dt.date(2025, 3, 1)]
    assert [span_step(d) for d in (30, 200, 201, 400, 401, 800, 801)] == [1, 1, 2, 2, 3, 3, 6]
    long = dated_ticks(dt.date(2023, 1, 1), dt.date(2025, 12, 31), many)
    assert long == [dt.date(y, m, 1) for y in (2023, 2024, 2025) for m in (1, 7)]
    # no month start inside: the two ends
    assert dated_ticks(dt.date(2025, 1, 2), dt.date(2025, 1, 30), many) == [
        dt.date(2025, 1, 2), dt.date(2025, 1, 30)]


def test_month_ticks_never_exceed_what_fits() -> None:
    rng = random.Random(5)
    for _ in range(500):
        start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        end = start + dt.timedelta(days=rng.randint(0, 4000))
        fit = rng.randint(1, 15)
        ticks = month_ticks(start, end, fit)
        assert len(ticks) <= fit
        assert all(start <= t <= end and t.day == 1 for t in ticks)
        assert ticks == sorted(ticks)


def test_spread_labels_never_overlap_and_stay_in_bounds() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        gap = rng.uniform(4, 20)
        count = rng.randint(0, 8)
        low, high = 0.0, rng.uniform(gap * max(count - 1, 0), 400)
        wanted = [rng.uniform(-50, high + 50) for _ in range(count)]
        placed = spread(wanted, gap, low, high)
        assert len(placed) == count
        ordered = sorted(range(count), key=lambda i: wanted[i])
        ys = [placed[i] for i in ordered]
        # in the wanted order, at least one label height apart, inside the plot
        assert all(b - a >= gap - 1e-9 for a, b in zip(ys, ys[1:], strict=False))
        assert all(low - 1e-9 <= y <= high + 1e-9 for y in ys)


def test_spread_leaves_labels_that_fit_where_they_are() -> None:
    assert spread([5, 40, 80], 10, 0, 100) == [5, 40, 80]


def test_thinned_labels_never_touch() -> None:
    rng = random.Random(3)
    for _ in range(500):
        positions = sorted((rng.uniform(0, 300) for _ in range(rng.randint(0, 20))),
                           reverse=True)
        gap = rng.uniform(5, 30)
        kept = [p for p, keep in zip(positions, thin(positions, gap), strict=True) if keep]
        assert all(a - b >= gap for a, b in zip(kept, kept[1:], strict=False))
        assert not positions or kept[0] == positions[0]


def test_the_pdf_and_the_window_share_the_chart_types() -> None:
    from practice_notes.reports import charts as pdf_charts

    s = Series("Goal", ((dt.date(2025, 1, 1), 3.0),))
    drawing = pdf_charts.trend_chart(300, 120, 0, 10, [s])
    assert drawing.width == 300
    assert pdf_charts.Series is Series
