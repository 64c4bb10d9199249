"""The one date field: typed dates mean exactly what was typed, or the field is
marked invalid (visible, one line) and the form refuses to save — never another
date. Real widgets, real keys, real vaults."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from practice_notes.domain.models import Client
from practice_notes.services.practice import Practice
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.date_field import DateField, InvalidDate, parse_typed
from practice_notes.ui.panels.agreement_dialogs import NewAgreementDialog
from practice_notes.ui.panels.milestone_dialog import MilestoneDialog
from practice_notes.ui.settings_dialog import SettingsDialog
from tests.gui import guikit
from tests.gui._relationship_fixtures import (  # noqa: F401 - fixtures
    client_fixture,
    practice_fixture,
    show_active,
)

pytestmark = pytest.mark.gui

START = dt.date(2026, 3, 3)


@pytest.fixture
def field(qtbot: Any) -> Iterator[DateField]:
    """A date field and a second field after it (Tab leaves the date), active."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    f = DateField(START, "Test date")
    after = QLineEdit()
    after.setAccessibleName("Next field")
    layout.addWidget(f)
    layout.addWidget(after)
    show_active(qtbot, box)
    yield f  # the box (and so the field) lives until the test ends
    box.close()


def retype(qtbot: Any, f: DateField, text: str) -> None:
    f.line.selectAll()
    qtbot.keyClick(f.line, Qt.Key.Key_Delete)
    guikit.type_into(qtbot, f.line, text)
    qtbot.keyClick(f.line, Qt.Key.Key_Tab)  # leave the field: editing finished


@pytest.mark.parametrize(("typed", "meant"), [
    ("2026-11-15", dt.date(2026, 11, 15)),
    ("15 Nov 2026", dt.date(2026, 11, 15)),
    ("15 November 2026", dt.date(2026, 11, 15)),
    ("Nov 15 2026", dt.date(2026, 11, 15)),
    ("November 15, 2026", dt.date(2026, 11, 15)),
    ("01 Oct 2026", dt.date(2026, 10, 1)),
    ("1st Oct. 2026", dt.date(2026, 10, 1)),
    ("Sun 15 Nov 2026", dt.date(2026, 11, 15)),
    ("29 Feb 2028", dt.date(2028, 2, 29)),
])
def test_typed_dates_mean_what_was_typed(qtbot: Any, field: DateField, typed: str,
                                         meant: dt.date) -> None:
    with qtbot.waitSignal(field.dateChanged, timeout=2000):
        retype(qtbot, field, typed)
    assert field.is_valid() and field.value() == meant
    assert field.message.isHidden()
    assert field.date() == QDate(meant.year, meant.month, meant.day)


def test_the_locale_short_date_is_understood(qtbot: Any, field: DateField) -> None:
    day = dt.date(2026, 11, 15)
    short = QLocale().toString(QDate(2026, 11, 15), QLocale.FormatType.ShortFormat)
    retype(qtbot, field, short)
    assert field.value() == day
    for locale, text in ((QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
                          "11/15/2026"),
                         (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
                          "15/11/2026"),
                         (QLocale(QLocale.Language.German, QLocale.Country.Germany),
                          "15.11.2026"),
                         (QLocale(QLocale.Language.German, QLocale.Country.Germany),
                          "15. November 2026")):
        assert parse_typed(text, locale) == day, (locale.name(), text)


@pytest.mark.parametrize("typed", [
    "31 Feb 2026", "31 Feb 20x6 banana", "15", "15 Nov", "banana", "2026-13-01",
    "Mon 15 Nov 2026", "15 Nov 26", "",
])
def test_what_is_not_a_date_is_marked_and_kept_as_typed(qtbot: Any, field: DateField,
                                                       typed: str) -> None:
    changed: list[object] = []
    field.dateChanged.connect(changed.append)
    retype(qtbot, field, typed)
    assert not field.is_valid()
    assert changed == []  # no other date was taken
    assert field.line.text() == typed  # nothing rewritten behind the person's back
    assert field.message.isVisible() and "\n" not in field.message.text()
    assert field.message.text().startswith("⚠ ")
    assert "a4262c" in field.line.styleSheet()
    assert field.line.accessibleDescription() == field.error()
    assert not field.date().isValid()
    with pytest.raises(InvalidDate):
        field.value()
    # typing a real date clears the mark
    retype(qtbot, field, "2 Mar 2026")
    assert field.value() == dt.date(2026, 3, 2) and field.message.isHidden()
    assert field.line.styleSheet() == ""


def test_a_valid_date_is_shown_the_app_way_after_editing(qtbot: Any, field: DateField) -> None:
    retype(qtbot, field, "2026-10-01")
    assert field.line.text() == QLocale().toString(QDate(2026, 10, 1), "d MMM yyyy")


def test_dates_outside_the_range_are_refused(qtbot: Any, field: DateField) -> None:
    retype(qtbot, field, "1 Jan 1899")
    assert not field.is_valid() and "1900" in field.error()


@pytest.mark.qt_log_ignore(r"^This plugin does not support grabbing the keyboard$",
                           r"^This plugin does not support propagateSizeHints\(\)$",
                           r"^This plugin does not support raise\(\)$")
def test_the_calendar_picks_a_date(qtbot: Any, field: DateField) -> None:
    menu = field.show_calendar()
    from PySide6.QtWidgets import QCalendarWidget

    calendar = menu.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate() == QDate(2026, 3, 3)
    calendar.clicked.emit(QDate(2026, 3, 17))
    assert field.value() == dt.date(2026, 3, 17)
    menu.close()


def test_a_dialog_refuses_to_save_an_invalid_date(qtbot: Any, practice: Practice,
                                                  client: Client) -> None:
    dialog = ClientDialog(practice, practice.clients.get(client.id or 0))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    retype(qtbot, dialog.start, "31 Feb 2026")
    guikit.click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert practice.clients.get(client.id or 0).start_date != dt.date(2026, 2, 28)
    assert dialog.start.message.isVisible()
    assert dialog.message.text() == ""  # said once, on the field
    retype(qtbot, dialog.start, "01 Oct 2025")
    guikit.click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    assert practice.clients.get(client.id or 0).start_date == dt.date(2025, 10, 1)


def test_a_record_form_refuses_and_focuses_the_date(qtbot: Any, practice: Practice,
                                                    client: Client) -> None:
    dialog = MilestoneDialog(practice, client.id or 0, None)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    retype(qtbot, dialog.date, "31 Feb 20x6 banana")
    dialog.save()
    assert dialog.isVisible() and practice.milestones.for_client(client.id or 0) == []
    assert dialog.form.message() == ""  # no second copy of the date's message
    assert dialog.date.message.isVisible()


def test_a_new_agreement_is_reviewed_after_the_set_interval(
        qtbot: Any, practice: Practice, client: Client) -> None:
    practice.save_settings(replace(practice.settings.load(), review_interval_months=6))
    dialog = NewAgreementDialog(practice, client.id or 0)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    today = dt.date.today()
    assert dialog.review.check.isChecked()
    assert dialog.review.value() == _months_later(today, 6)
    retype(qtbot, dialog.agreed, "15 Jan 2026")
    assert dialog.review.value() == dt.date(2026, 7, 15)  # it follows the agreed date
    retype(qtbot, dialog.review.edit, "1 Mar 2026")
    retype(qtbot, dialog.agreed, "20 Jan 2026")
    assert dialog.review.value() == dt.date(2026, 3, 1)  # until the person sets it
    dialog.reject()


def _months_later(day: dt.date, months: int) -> dt.date:
    from practice_notes.domain.dates import add_months

    return add_months(day, months)


def test_the_interval_is_set_in_settings(qtbot: Any, practice: Practice) -> None:
    dialog = SettingsDialog(practice)
    qtbot.addWidget(dialog)
    # where a refused signature sends the therapist: Settings → Practice → Therapist
    assert dialog.practice_box.title() == "Practice"
    assert dialog.practice_box.isAncestorOf(dialog.therapist)
    assert dialog.review_interval.value() == 3
    dialog.review_interval.setValue(4)
    dialog.save()
    assert practice.settings.load().review_interval_months == 4
