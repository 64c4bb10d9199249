"""Dates as people type them: ISO (2026-11-15), numeric in the locale's order
(15/11/2026, 11/15/26), day and month name (15 Nov 2026, 15 November 2026,
Nov 15 2026, Sunday 15 November 2026, 15th Nov. 2026).

A text is either exactly one date or refused with a one-line reason: nothing
is guessed, clamped or rolled over (31 Feb is refused, not 28 Feb or 3 Mar).
Standard library only; the window passes its locale's month names and order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import translate

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday")
#: English month and weekday names, always understood (lower case, no dots);
#: written out, not from ``calendar``, whose names follow the process locale.
MONTHS: dict[str, int] = {}
for _n, _name in enumerate(_MONTH_NAMES, start=1):
    MONTHS[_name] = MONTHS[_name[:3]] = _n
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {}
for _n, _name in enumerate(_WEEKDAY_NAMES):
    WEEKDAYS[_name] = WEEKDAYS[_name[:3]] = _n

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_SEPARATORS = re.compile(r"[\s,./\-]*")
_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)\b")


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, field="date")


def _whole_date_hint() -> str:
    return translate("Dates", "Type a whole date, such as 15 Nov 2026 or 2026-11-15.")


def _year(text: str, today: dt.date) -> int:
    """A four-digit year as typed; a two-digit one (the locale's short date)
    is the year ending so that is nearest, not more than 20 years ahead."""
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        year = today.year - today.year % 100 + int(text)
        return year - 100 if year > today.year + 20 else year
    raise _refuse(translate("Dates", "“{text}” is not a year: type it in full, such as 2026.")
                  .format(text=text))


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    if not 1 <= month <= 12:
        raise _refuse(translate("Dates", "“{text}” has no month {month}.").format(
            text=text, month=month))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _refuse(translate("Dates", "“{text}” is not a date on the calendar.").format(
            text=text)) from None


def parse_day(text: str, order: str = "dmy", months: Mapping[str, int] | None = None,
              weekdays: Mapping[str, int] | None = None,
              today: dt.date | None = None) -> dt.date:
    """The one date ``text`` means, or ValidationError (one line, field ``date``).

    ``order`` is the locale's order of numeric dates ("dmy", "mdy" or "ymd");
    ``months`` / ``weekdays`` add the locale's names (lower case) to English."""
    today = today or dt.date.today()
    shown = " ".join(text.split())
    raw = shown.lower()
    if not raw:
        raise _refuse(_whole_date_hint())
    iso = _ISO.fullmatch(raw)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), shown)
    cleaned = _ORDINAL.sub(r"\1", raw)
    tokens = _TOKEN.findall(cleaned)
    if _SEPARATORS.fullmatch(_TOKEN.sub("", cleaned)) is None:
        raise _refuse(translate("Dates", "“{text}” is not a date. {hint}").format(
            text=shown, hint=_whole_date_hint()))
    month_names = {**MONTHS, **(months or {})}
    weekday_names = {**WEEKDAYS, **(weekdays or {})}
    numbers: list[str] = []
    month: int | None = None
    weekday: int | None = None
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
        elif token in month_names and month is None:
            month = month_names[token]
        elif token in weekday_names and weekday is None and not numbers and month is None:
            weekday = weekday_names[token]
        else:
            raise _refuse(translate("Dates", "“{text}” is not a date. {hint}").format(
                text=shown, hint=_whole_date_hint()))
    if month is not None and len(numbers) == 2:
        years = [n for n in numbers if len(n) == 4]
        if len(years) != 1:
            raise _refuse(translate("Dates", "Type the year in full, such as 15 Nov 2026."))
        day = next(n for n in numbers if n is not years[0])
        if len(day) > 2:
            raise _refuse(translate("Dates", "“{text}” is not a date. {hint}").format(
                text=shown, hint=_whole_date_hint()))
        result = _make(int(years[0]), month, int(day), shown)
    elif month is None and len(numbers) == 3:
        if len(numbers[0]) == 4:
            order = "ymd"
        parts = dict(zip(order, numbers, strict=True))
        if len(parts["d"]) > 2 or len(parts["m"]) > 2:
            raise _refuse(translate("Dates", "“{text}” is not a date. {hint}").format(
                text=shown, hint=_whole_date_hint()))
        result = _make(_year(parts["y"], today), int(parts["m"]), int(parts["d"]), shown)
    else:
        raise _refuse(translate("Dates", "“{text}” is not a whole date. {hint}").format(
            text=shown, hint=_whole_date_hint()))
    if weekday is not None and result.weekday() != weekday:
        raise _refuse(translate("Dates", "{date} is a {weekday}; check the date.").format(
            date=result.isoformat(), weekday=_WEEKDAY_NAMES[result.weekday()].capitalize()))
    return result


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day when it is shorter
    (31 Jan + 1 month = 28 or 29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))
