"""The one date field of the app: the person types a date as they write it (or
picks it from a calendar) and it either means exactly that date or is marked
invalid, with a one-line message, and the form refuses to save. Never another
date: no clamping, no rolling over, no silent return to the old value."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from practice_notes.domain.dates import parse_day
from practice_notes.domain.errors import ValidationError

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
DISPLAY_FORMAT = "d MMM yyyy"
INVALID_STYLE = "QLineEdit { border: 2px solid #a4262c; }"
ERROR_COLOUR = "#a4262c"


class InvalidDate(ValidationError):
    """What a date field says when its text is not a date; the field shows it itself."""

    def __init__(self, message: str, widget: DateField) -> None:
        super().__init__(message, field=widget.field)
        self.widget = widget


def _locale_names(locale: QLocale) -> tuple[str, dict[str, int], dict[str, int]]:
    """The locale's numeric date order and its month and weekday names."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = sorted((short.find(c), c) for c in "dMy" if short.find(c) >= 0)
    order = "".join(c for _, c in positions).replace("M", "m")
    months: dict[str, int] = {}
    for n in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (locale.monthName(n, kind), locale.standaloneMonthName(n, kind)):
                months[name.lower().rstrip(".")] = n
    weekdays: dict[str, int] = {}
    for n in range(1, 8):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            weekdays[locale.dayName(n, kind).lower().rstrip(".")] = n - 1
    return (order if sorted(order) == ["d", "m", "y"] else "dmy"), months, weekdays


def parse_typed(text: str, locale: QLocale | None = None,
                today: dt.date | None = None) -> dt.date:
    """``domain.dates.parse_day`` with the locale's order and names."""
    order, months, weekdays = _locale_names(locale or QLocale())
    return parse_day(text, order, months, weekdays, today)


class DateField(QWidget):
    """A typed date with a calendar button. ``value()`` is the date or raises
    :class:`InvalidDate`; ``dateChanged`` fires when a new valid date is typed
    or set (QDateEdit's names, so forms read alike)."""

    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name)
    validity_changed = Signal(bool)

    def __init__(self, value: dt.date | None, name: str, *, field: str | None = None,
                 minimum: dt.date = MIN_DATE, maximum: dt.date = MAX_DATE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.minimum, self.maximum = minimum, maximum
        self.line = QLineEdit()
        self.line.setAccessibleName(name)
        self.line.setPlaceholderText(self.tr("e.g. 15 Nov 2026"))
        self.line.setToolTip(self.tr("Type a date (15 Nov 2026, 2026-11-15 or your usual "
                                     "short date) or pick one from the calendar."))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("{name}: choose from a calendar").format(
            name=name))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.message = QLabel()
        self.message.setObjectName("date-message")
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setAccessibleName(self.tr("{name}: problem").format(name=name))
        self.message.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.line)
        self._day: dt.date | None = None
        self._error = ""
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.set_value(value or dt.date.today())

    # ------------------------------------------------------------ reading
    def is_valid(self) -> bool:
        return not self._error

    def error(self) -> str:
        return self._error

    def value(self) -> dt.date:
        """The date typed; InvalidDate (shown on the field, focused) if it is not one."""
        if self._error or self._day is None:
            self._show_error()
            self.line.setFocus(Qt.FocusReason.OtherFocusReason)
            raise InvalidDate(self._error, self)
        return self._day

    def date(self) -> QDate:
        """QDateEdit's reader: the date, or an invalid QDate while the text is not one."""
        return QDate(self._day.year, self._day.month, self._day.day) if (
            self._day and not self._error) else QDate()

    def text(self) -> str:
        return self.line.text()

    def state(self) -> str:
        """For a form's draft: the ISO date, or the text as typed when it is not one."""
        return self._day.isoformat() if self._day and not self._error else self.line.text()

    # ------------------------------------------------------------ writing
    def set_value(self, value: dt.date) -> None:
        self.line.setText(QLocale().toString(QDate(value.year, value.month, value.day),
                                             DISPLAY_FORMAT))
        self._accept(value)

    def setDate(self, value: QDate) -> None:  # noqa: N802 (QDateEdit's name)
        self.set_value(dt.date(value.year(), value.month(), value.day()))

    def set_state(self, state: str) -> None:
        """Put back what ``state()`` returned (a date or the text as typed)."""
        self.set_text(state)
        if self.is_valid():
            self._finished()

    def set_text(self, text: str) -> None:
        """As if typed (tests, drafts)."""
        self.line.setText(text)
        self._typed(text)

    # ------------------------------------------------------------ the work
    def _parse(self, text: str) -> dt.date:
        day = parse_typed(text)
        if not self.minimum <= day <= self.maximum:
            raise ValidationError(self.tr("Dates from {low} to {high} only.").format(
                low=self.minimum.year, high=self.maximum.year), field="date")
        return day

    def _typed(self, text: str) -> None:
        try:
            day = self._parse(text)
        except ValidationError as exc:
            was_valid = not self._error
            self._error = str(exc)
            if was_valid:
                self.validity_changed.emit(False)
            if self.message.isVisible():  # already told: keep the message current
                self._show_error()
            return
        self._accept(day)

    def _accept(self, day: dt.date) -> None:
        was_valid, before = not self._error, self._day
        self._day, self._error = day, ""
        self.message.setVisible(False)
        self.message.clear()
        self.line.setStyleSheet("")
        self.line.setAccessibleDescription("")
        if not was_valid:
            self.validity_changed.emit(True)
        if day != before:
            self.dateChanged.emit(QDate(day.year, day.month, day.day))

    def _finished(self) -> None:
        if self._error:
            self._show_error()
        elif self._day is not None:  # the same date, written the app's way
            self.line.setText(QLocale().toString(
                QDate(self._day.year, self._day.month, self._day.day), DISPLAY_FORMAT))

    def _show_error(self) -> None:
        self.line.setStyleSheet(INVALID_STYLE)
        self.line.setAccessibleDescription(self._error)
        self.message.setText("⚠ " + self._error)
        self.message.setVisible(True)

    def show_calendar(self) -> QMenu:
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setMinimumDate(QDate(self.minimum.year, self.minimum.month, self.minimum.day))
        calendar.setMaximumDate(QDate(self.maximum.year, self.maximum.month, self.maximum.day))
        if self._day and not self._error:
            calendar.setSelectedDate(QDate(self._day.year, self._day.month, self._day.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(day: QDate) -> None:
            self.setDate(day)
            menu.close()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        calendar.setFocus()
        return menu
