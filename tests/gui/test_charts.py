"""TrendChart: painted with QPainter on real widgets (offscreen), plus its value
texts. The Qt-free geometry it draws from (ticks, month ticks, label spreading)
is tested in tests/unit/test_chart_geometry.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from practice_notes.ui.charts import (
    GAS_Y_LABELS,
    Band,
    Series,
    TrendChart,
    format_date,
    format_value,
    value_text,
)
from practice_notes.ui.panels.goal_models import SCALE_Y_LABELS

pytestmark = pytest.mark.gui

D0 = dt.date(2025, 1, 6)


def points(*values: float, every: int = 14, start: dt.date = D0) -> tuple[
        tuple[dt.date, float], ...]:
    return tuple((start + dt.timedelta(days=every * i), float(v)) for i, v in enumerate(values))


def chart(qtbot: Any, *args: Any, **kw: Any) -> TrendChart:
    widget = TrendChart(*args, **kw)
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    return widget


def image(widget: TrendChart) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def colours(img: QImage) -> set[int]:
    return {img.pixel(x, y) for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)}


def has_colour(img: QImage, colour: QColor, tolerance: int = 8) -> bool:
    target = (colour.red(), colour.green(), colour.blue())
    for x in range(img.width()):
        for y in range(img.height()):
            c = QColor(img.pixel(x, y))
            if all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()),
                                                            target, strict=True)):
                return True
    return False


# =================================================================== painting
def test_empty_chart_paints_axes_and_the_empty_text(qtbot: Any) -> None:
    w = chart(qtbot, "Ratings", 0, 10, empty_text="Nothing rated yet")
    assert w.sizeHint().width() == 480 and w.sizeHint().height() == 220
    assert w.minimumSizeHint().width() <= 240 and w.minimumSizeHint().height() <= 120
    img = image(w)
    assert len(colours(img)) > 5  # background, gridlines, text: not blank
    assert w.accessibleName() == "Ratings"
    assert w.accessibleDescription() == "Nothing rated yet"
    assert not w.has_points()


def test_data_changes_the_picture_and_uses_the_series_colour(qtbot: Any) -> None:
    w = chart(qtbot, "Ratings", 0, 10)
    empty = image(w)
    w.set_data([Series("Sleep", points(2, 4, 5, 7))])
    full = image(w)
    assert full != empty
    assert has_colour(full, w.series_colour(0))
    assert not has_colour(empty, w.series_colour(0))
    w.clear()
    assert image(w) == empty
    assert w.accessibleDescription() == "No data yet"


def test_every_point_is_dated_in_its_tooltip(qtbot: Any) -> None:
    w = chart(qtbot, "Ratings", -2, 2)
    w.set_data([Series("Together", points(-2, -1, 0, 1))], y_labels=GAS_Y_LABELS)
    image(w)
    tips = w.point_tooltips()
    assert len(tips) == 4
    assert tips[0] == "Together: −2 much less on 6 Jan 2025"
    assert tips[-1] == "Together: +1 more on 17 Feb 2025"


def test_each_series_has_its_own_marker_and_dash(qtbot: Any) -> None:
    one = chart(qtbot, "A", 0, 10)
    two = chart(qtbot, "B", 0, 10)
    one.set_data([Series("Client", points(3, 5, 6), style=0)])
    two.set_data([Series("Client", points(3, 5, 6), style=1)])
    assert image(one) != image(two)  # same data, other marker shape / dash / colour
    both = chart(qtbot, "C", 0, 10)
    both.set_data([Series("Client", points(3, 5, 6), style=0),
                   Series("Therapist", points(4, 4, 7, start=D0 + dt.timedelta(days=3)),
                          style=1)])
    img = image(both)
    assert has_colour(img, both.series_colour(0)) and has_colour(img, both.series_colour(1))
    assert both.accessibleDescription() == (
        "Client: latest 6 on 3 Feb 2025 (3 points); "
        "Therapist: latest 7 on 6 Feb 2025 (3 points)")


def test_bands_are_shaded(qtbot: Any) -> None:
    plain = chart(qtbot, "PHQ-9", 0, 27)
    banded = chart(qtbot, "PHQ-9", 0, 27)
    data = [Series("PHQ-9", points(18, 14, 9, 6))]
    plain.set_data(data)
    banded.set_data(data, bands=[Band(0, 4.5, "minimal"), Band(4.5, 9.5, "mild"),
                                 Band(9.5, 14.5, "moderate"), Band(14.5, 19.5, "mod. severe"),
                                 Band(19.5, 27, "severe")])
    assert image(banded) != image(plain)


def test_values_outside_the_range_and_single_points_do_not_break_it(qtbot: Any) -> None:
    w = chart(qtbot, "Ratings", 0, 10)
    w.set_data([Series("Odd", ((D0, 14.0),)), Series("Low", ((D0, -3.0),), style=3)])
    img = image(w)
    assert len(colours(img)) > 5
    assert "latest 14" in w.accessibleDescription()


def test_sparkline_is_small_and_axis_less(qtbot: Any) -> None:
    w = chart(qtbot, "PHQ-9 trend", 0, 27, sparkline=True)
    assert (w.sizeHint().width(), w.sizeHint().height()) == (120, 32)
    empty = image(w)
    w.set_data([Series("PHQ-9", points(20, 15, 12, 8))])
    full = image(w)
    assert full != empty and has_colour(full, w.series_colour(0))
    assert "latest 8" in w.accessibleDescription()


def test_dark_palette_gets_lighter_series_colours(qtbot: Any) -> None:
    w = chart(qtbot, "Ratings", 0, 10)
    light = w.series_colour(0)
    pal = w.palette()
    pal.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    w.setPalette(pal)
    dark = w.series_colour(0)
    assert dark.lightnessF() > light.lightnessF()
    w.set_data([Series("Sleep", points(2, 4))])
    img = image(w)
    assert QColor(img.pixel(2, 2)).lightnessF() < 0.2  # the dark background
    assert has_colour(img, dark)


def test_set_range_and_bad_ranges(qtbot: Any) -> None:
    w = chart(qtbot, "Ratings", 0, 10)
    w.set_range(-2, 2)
    assert (w.y_min, w.y_max) == (-2.0, 2.0)
    with pytest.raises(ValueError):
        w.set_range(3, 3)
    with pytest.raises(ValueError):
        TrendChart("Bad", 5, 1)


# ========================================== texts (geometry: tests/unit/test_chart_geometry.py)
def test_value_texts() -> None:
    assert format_value(-2) == "−2" and format_value(6.5) == "6.5" and format_value(7.0) == "7"
    assert value_text(1, GAS_Y_LABELS) == "+1 more"
    assert value_text(0, GAS_Y_LABELS) == "0 expected"
    assert value_text(4, SCALE_Y_LABELS) == "4"
    assert value_text(10, SCALE_Y_LABELS) == "10 fully reached"
    assert value_text(3, {3: "mild"}) == "3 (mild)"
    assert format_date(dt.date(2025, 3, 3)) == "3 Mar 2025"
