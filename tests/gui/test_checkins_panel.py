"""The Check-ins panel on a real vault: quick entry from the keyboard, ranges and
dates enforced with inline messages, edit, delete (asked first), sorting, the
trend chart with and without data, the session's dialog, and autosave."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from practice_notes.domain.models import CheckIn
from practice_notes.ui.client_dialog import qdate
from practice_notes.ui.panels.checkin_form import NOT_RATED
from practice_notes.ui.panels.checkins import CheckInDialog, CheckInsPanel
from tests.gui import guikit
from tests.gui._measure_fixtures import (
    Workspace,
    activate,
    confirm,
    focused,
    image,
    make_workspace,
    press,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path)
    yield workspace
    workspace.practice.vault.close()


@pytest.fixture
def panel(qtbot: Any, ws: Workspace) -> Iterator[CheckInsPanel]:
    widget = CheckInsPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show_client(ws.practice, ws.client_id)
    activate(qtbot, widget)
    yield widget
    widget.clear()


def add(ws: Workspace, day: dt.date, bond: int, goals: int = 5, tasks: int = 5,
        overall: int = 5, comment: str = "") -> CheckIn:
    return ws.practice.add_checkin(CheckIn(client_id=ws.client_id, checked_on=day, bond=bond,
                                           goals=goals, tasks=tasks, overall=overall,
                                           comment=comment))


def start_typing(panel: CheckInsPanel) -> None:
    panel.form.scores["bond"].setFocus(Qt.FocusReason.TabFocusReason)


def test_quick_entry_by_keyboard(qtbot: Any, panel: CheckInsPanel, ws: Workspace) -> None:
    start_typing(panel)
    press(qtbot, "7", Qt.Key.Key_Tab, "8", Qt.Key.Key_Tab, "6", Qt.Key.Key_Tab, "9",
          Qt.Key.Key_Tab)
    assert focused() is panel.form.comment
    press(qtbot, "It helps when we slow down")
    with qtbot.waitSignals([panel.changed, panel.status_message]):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = ws.practice.checkins.for_client(ws.client_id)
    assert (saved.bond, saved.goals, saved.tasks, saved.overall) == (7, 8, 6, 9)
    assert saved.comment == "It helps when we slow down"
    assert saved.checked_on == dt.date.today()
    assert panel.table.model().rowCount() == 1
    # the form is ready for the next one: blank, not pre-filled with old ratings
    assert all(s.value() == NOT_RATED for s in panel.form.scores.values())
    assert panel.form.comment.toPlainText() == ""
    assert focused() is panel.form.scores["bond"]


def test_ranges_and_dates_are_enforced(qtbot: Any, panel: CheckInsPanel,
                                       ws: Workspace) -> None:
    bond = panel.form.scores["bond"]
    start_typing(panel)
    press(qtbot, "11")
    assert bond.value() == 1  # the second "1" is refused: 11 is out of range
    for _ in range(15):
        press(qtbot, Qt.Key.Key_Up)
    assert bond.value() == 10
    bond.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, "-5")
    assert NOT_RATED <= bond.value() <= 10

    # a rating left blank: an inline message, the focus goes to it, nothing saved
    bond.setValue(6)
    panel.form.scores["tasks"].setValue(6)
    panel.form.scores["overall"].setValue(6)
    guikit.click(qtbot, panel.save_button)
    assert panel.form.message.isVisible()
    assert "Goals" in panel.form.message.text() and "0 to 10" in panel.form.message.text()
    assert focused() is panel.form.scores["goals"]
    assert ws.practice.checkins.for_client(ws.client_id) == []

    # typing clears the message; a future date is refused with its own message
    press(qtbot, "5")
    assert not panel.form.message.isVisible()
    panel.form.date.setDate(qdate(dt.date.today() + dt.timedelta(days=1)))
    guikit.click(qtbot, panel.save_button)
    assert "future" in panel.form.message.text()
    assert focused() is panel.form.date.line  # the date field types into its line
    assert ws.practice.checkins.for_client(ws.client_id) == []

    panel.form.date.setDate(qdate(dt.date(2025, 3, 1)))
    guikit.click(qtbot, panel.save_button)
    assert [c.checked_on for c in ws.practice.checkins.for_client(ws.client_id)] == [
        dt.date(2025, 3, 1)]


def test_edit_in_dialog(qtbot: Any, panel: CheckInsPanel, ws: Workspace) -> None:
    add(ws, dt.date(2025, 2, 5), bond=4, overall=3, comment="Unsure yet")
    panel.refresh()
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    [dialog] = panel.dialogs
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "Edit check-in"
    assert dialog.form.scores["overall"].value() == 3
    assert dialog.form.comment.toPlainText() == "Unsure yet"
    dialog.form.scores["overall"].setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, "8")
    with qtbot.waitSignal(panel.changed):
        guikit.click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Save))

    [saved] = ws.practice.checkins.for_client(ws.client_id)
    assert (saved.bond, saved.overall, saved.comment) == (4, 8, "Unsure yet")
    overall_col = 4
    assert panel.table.model().index(0, overall_col).data() == "8"
    assert panel.dialogs == []


def test_delete_asks_first(qtbot: Any, panel: CheckInsPanel, ws: Workspace) -> None:
    add(ws, dt.date(2025, 2, 5), bond=4)
    panel.refresh()
    panel.table.selectRow(0)
    guikit.click(qtbot, panel.delete_button)
    confirm(qtbot, "Cancel")
    assert len(ws.practice.checkins.for_client(ws.client_id)) == 1

    panel.table.setFocus()
    panel.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    with qtbot.waitSignal(panel.changed):
        confirm(qtbot, "Delete")
    assert ws.practice.checkins.for_client(ws.client_id) == []
    assert panel.table.model().rowCount() == 0
    assert not panel.chart.has_points()


def test_columns_sort_as_numbers_and_dates(panel: CheckInsPanel, ws: Workspace) -> None:
    add(ws, dt.date(2025, 1, 20), bond=9)
    add(ws, dt.date(2025, 3, 2), bond=10)
    add(ws, dt.date(2024, 12, 30), bond=2)
    panel.refresh()
    view = panel.table.model()

    def column(col: int) -> list[str]:
        return [view.index(r, col).data() for r in range(view.rowCount())]

    assert column(0) == ["2 Mar 2025", "20 Jan 2025", "30 Dec 2024"]  # newest first
    panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(1) == ["2", "9", "10"]
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["30 Dec 2024", "20 Jan 2025", "2 Mar 2025"]


def test_chart_with_and_without_data(qtbot: Any, panel: CheckInsPanel, ws: Workspace) -> None:
    assert not panel.chart.has_points()
    empty = image(panel.chart)
    add(ws, dt.date(2025, 2, 5), bond=4, goals=5, tasks=6, overall=7)
    add(ws, dt.date(2025, 3, 5), bond=6, goals=7, tasks=5, overall=8)
    panel.refresh()
    assert panel.chart.has_points()
    assert [s.label for s in panel.chart.series] == ["Bond", "Goals", "Tasks", "Overall"]
    assert len({s.style for s in panel.chart.series}) == 4
    assert image(panel.chart) != empty
    assert "What could we change?" in panel.prompt.text()

    panel.table.selectRow(0)
    panel.delete_checkin(panel.table.current_record())
    confirm(qtbot, "Delete")
    panel.table.selectRow(0)
    panel.delete_checkin(panel.table.current_record())
    confirm(qtbot, "Delete")
    assert not panel.chart.has_points()
    assert image(panel.chart) == empty


def test_dialog_from_a_session(qtbot: Any, ws: Workspace) -> None:
    session = ws.sessions[1]
    dialog = CheckInDialog(ws.practice, ws.client_id, None, session_id=session.id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.form.session.currentData() == session.id
    assert dialog.form.date.date().toPython() == session.starts_at.date()
    assert focused() is dialog.form.scores["bond"]
    press(qtbot, "6", Qt.Key.Key_Tab, "7", Qt.Key.Key_Tab, "7", Qt.Key.Key_Tab, "7")
    guikit.click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    [saved] = ws.practice.checkins.for_client(ws.client_id)
    assert saved.session_id == session.id and saved.checked_on == session.starts_at.date()
    assert dialog.saved == saved


def test_cancelling_a_filled_dialog_asks_first(qtbot: Any, panel: CheckInsPanel) -> None:
    dialog = panel.open_dialog()
    assert dialog is not None
    activate(qtbot, dialog)
    press(qtbot, "5")
    press(qtbot, Qt.Key.Key_Escape)
    confirm(qtbot, "Cancel")
    assert dialog.isVisible()
    guikit.click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Cancel))
    confirm(qtbot, "Discard")
    qtbot.waitUntil(lambda: panel.dialogs == [])


def test_unsaved_entry_is_autosaved_and_survives_a_lock(
        qtbot: Any, panel: CheckInsPanel, ws: Workspace) -> None:
    key = f"checkin:{ws.client_id}:quick"
    start_typing(panel)
    press(qtbot, "3", Qt.Key.Key_Tab, "4", Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab,
          "Half a thought")
    qtbot.waitUntil(lambda: ws.practice.drafts.get(key) is not None, timeout=5000)

    press(qtbot, " more")
    panel.clear()  # lock: the widgets forget, the vault keeps the draft
    assert panel.form.comment.toPlainText() == ""
    assert panel.form.session.count() == 0
    assert all(s.value() == NOT_RATED for s in panel.form.scores.values())
    draft = ws.practice.drafts.get(key)
    assert draft is not None and "Half a thought more" in draft.body

    panel.show_client(ws.practice, ws.client_id)
    assert panel.form.scores["bond"].value() == 3
    assert panel.form.scores["goals"].value() == 4
    assert panel.form.comment.toPlainText() == "Half a thought more"
    assert "Restored" in panel.form.message.text()
    panel.form.scores["tasks"].setValue(5)
    panel.form.scores["overall"].setValue(5)
    assert panel.save_quick()
    assert ws.practice.drafts.get(key) is None


def test_lock_closes_open_dialogs_and_keeps_their_input(
        qtbot: Any, panel: CheckInsPanel, ws: Workspace) -> None:
    dialog = panel.open_dialog()
    assert dialog is not None
    activate(qtbot, dialog)
    press(qtbot, "9")
    panel.clear()
    assert not dialog.isVisible()
    assert ws.practice.drafts.get(f"checkin:{ws.client_id}:new") is not None
    panel.show_client(ws.practice, ws.client_id)
    again = panel.open_dialog()
    assert again is not None
    assert again.form.scores["bond"].value() == 9
    assert "Restored" in again.form.message.text()
