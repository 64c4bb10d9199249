"""The Measures panel on a real vault: PHQ-9 and GAD-7 entry from the keyboard
with the total and band updating as answers come in, the item 9 flag and its
acknowledgement, edit and delete (asked first), the change line, charts with
and without data, other scores by name, and autosave across a lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from practice_notes.domain.enums import Instrument
from practice_notes.domain.measures import CHANGE_RULE
from practice_notes.domain.models import MeasureResult
from practice_notes.ui.client_dialog import qdate
from practice_notes.ui.panels.measure_dialogs import ITEM9_FLAG_TEXT, MeasureDialog
from practice_notes.ui.panels.measures import MeasuresPanel
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
PHQ, GAD = Instrument.PHQ9, Instrument.GAD7
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path)
    yield workspace
    workspace.practice.vault.close()


@pytest.fixture
def panel(qtbot: Any, ws: Workspace) -> Iterator[MeasuresPanel]:
    widget = MeasuresPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show_client(ws.practice, ws.client_id)
    activate(qtbot, widget)
    yield widget
    widget.clear()


def open_dialog(qtbot: Any, panel: MeasuresPanel, instrument: Instrument) -> MeasureDialog:
    guikit.click(qtbot, panel.add_phq if instrument is PHQ else panel.add_gad)
    [dialog] = panel.dialogs
    activate(qtbot, dialog)
    assert focused() in dialog.rows[0].buttons  # ready for the first answer
    return dialog


def add(ws: Workspace, instrument: Instrument, day: dt.date, items: tuple[int, ...]
        ) -> MeasureResult:
    return ws.practice.add_measure(MeasureResult(client_id=ws.client_id, instrument=instrument,
                                                 taken_on=day, items=items))


def answers_for(total: int, count: int) -> str:
    """Keys 0–3 that add up to ``total`` over ``count`` questions."""
    keys = []
    for _ in range(count):
        keys.append(min(3, total))
        total -= keys[-1]
    assert total == 0
    return "".join(str(k) for k in keys)


def test_phq9_by_keyboard_total_and_band_update_live(qtbot: Any, panel: MeasuresPanel,
                                                     ws: Workspace) -> None:
    dialog = open_dialog(qtbot, panel, PHQ)
    assert "no answers yet" in dialog.total.text()
    press(qtbot, "2")
    assert dialog.total.text() == "Total so far: 2 of 27 (8 questions to go)"
    assert focused() is dialog.rows[1].buttons[0]  # moved on to question 2
    press(qtbot, "3")
    assert dialog.total.text() == "Total so far: 5 of 27 — at least mild (7 questions to go)"
    press(qtbot, "1111100")
    assert dialog.total.text() == "Total: 10 of 27 — moderate (10–14)"
    assert not dialog.flag.isVisible()

    # back up with the arrow keys and change answers: the band follows at each step
    assert focused() is dialog.note  # past the last question: on to the note
    dialog.rows[8].focus_answer()
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Up)
    assert focused() is dialog.rows[0].buttons[2]
    press(qtbot, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert dialog.total.text() == "Total: 8 of 27 — mild (5–9)"
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right)  # question 2: 3, capped
    assert dialog.rows[1].value() == 3
    assert dialog.total.text() == "Total: 8 of 27 — mild (5–9)"

    for total, band in [(4, "minimal (0–4)"), (14, "moderate (10–14)"),
                        (15, "moderately severe (15–19)"), (20, "severe (20–27)"),
                        (24, "severe (20–27)")]:
        dialog.rows[0].focus_answer()
        press(qtbot, answers_for(total, 8), "0")
        assert dialog.total.text() == f"Total: {total} of 27 — {band}"

    dialog.rows[0].focus_answer()
    press(qtbot, "21111100", "0")
    press(qtbot, "After a hard week")
    with qtbot.waitSignal(panel.changed):
        guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.items == (2, 1, 1, 1, 1, 1, 0, 0, 0) and saved.total == 7
    assert saved.note == "After a hard week"
    row = [panel.table.model().index(0, c).data() for c in range(5)]
    assert row[1:] == ["PHQ-9", "7", "mild", "0"]


@pytest.mark.parametrize("answer", [0, 1, 2, 3])
def test_item9_flag_and_acknowledgement(qtbot: Any, panel: MeasuresPanel, ws: Workspace,
                                        answer: int) -> None:
    dialog = open_dialog(qtbot, panel, PHQ)
    assert "A 0 does not mean there is no risk" in dialog.rows[8].hint.text()
    press(qtbot, "00000000", str(answer))
    assert dialog.flag.isVisible() is (answer > 0)
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    if answer > 0:
        assert dialog.flag_label.text() == ITEM9_FLAG_TEXT
        # blocked until acknowledged: an inline message, the focus on the checkbox
        assert dialog.isVisible()
        assert "Item 9" in dialog.message.text()
        assert focused() is dialog.acknowledge
        assert ws.practice.measures.for_client(ws.client_id) == []
        press(qtbot, Qt.Key.Key_Space)
        assert dialog.acknowledge.isChecked()
        guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.items[8] == answer
    # the panel keeps it visible for the therapist: banner and highlighted row
    assert panel.flag.isVisible() is (answer > 0)
    item9 = panel.table.model().index(0, 4).data()
    assert item9 == (f"{answer} — follow up" if answer else "0")
    background = panel.table.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert (background is not None) is (answer > 0)


def test_flag_follows_item9_as_it_changes(qtbot: Any, panel: MeasuresPanel) -> None:
    dialog = open_dialog(qtbot, panel, PHQ)
    press(qtbot, "000000001")
    assert dialog.flag.isVisible()
    assert focused() is dialog.acknowledge  # past the last question: to the flag
    dialog.rows[8].focus_answer()
    press(qtbot, Qt.Key.Key_Left)
    assert dialog.rows[8].value() == 0
    assert not dialog.flag.isVisible()
    press(qtbot, "3")
    assert dialog.flag.isVisible()


def test_gad7_by_keyboard(qtbot: Any, panel: MeasuresPanel, ws: Workspace) -> None:
    dialog = open_dialog(qtbot, panel, GAD)
    assert len(dialog.rows) == 7
    press(qtbot, "111")
    assert dialog.total.text() == "Total so far: 3 of 21 (4 questions to go)"
    press(qtbot, "1")
    assert dialog.total.text() == "Total so far: 4 of 21 (3 questions to go)"
    press(qtbot, "120")
    assert dialog.total.text() == "Total: 7 of 21 — mild (5–9)"
    for total, band in [(0, "minimal (0–4)"), (9, "mild (5–9)"), (10, "moderate (10–14)"),
                        (15, "severe (15–21)"), (21, "severe (15–21)")]:
        dialog.rows[0].focus_answer()
        press(qtbot, answers_for(total, 7))
        assert dialog.total.text() == f"Total: {total} of 21 — {band}"
        assert not dialog.flag.isVisible()  # GAD-7 has no item 9
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.instrument is GAD and saved.total == 21
    assert panel.table.model().index(0, 4).data() == "—"


def test_unanswered_questions_and_future_dates_block_saving(
        qtbot: Any, panel: MeasuresPanel, ws: Workspace) -> None:
    dialog = open_dialog(qtbot, panel, GAD)
    press(qtbot, "1", "2")
    dialog.rows[4].focus_answer()
    press(qtbot, "11")
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    assert "question 3" in dialog.message.text()
    assert focused() in dialog.rows[2].buttons
    press(qtbot, "3", "3")
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    assert "question 7" in dialog.message.text()
    press(qtbot, "0")
    dialog.date.setDate(qdate(dt.date.today() + dt.timedelta(days=3)))
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    assert "future" in dialog.message.text()
    assert ws.practice.measures.for_client(ws.client_id) == []
    dialog.date.setDate(qdate(dt.date(2025, 2, 5)))
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.items == (1, 2, 3, 3, 1, 1, 0) and saved.taken_on == dt.date(2025, 2, 5)


def test_edit_replaces_the_result(qtbot: Any, panel: MeasuresPanel, ws: Workspace) -> None:
    add(ws, GAD, dt.date(2025, 2, 5), (1, 1, 1, 1, 1, 1, 1))
    panel.refresh()
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    [dialog] = panel.dialogs
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "Correct GAD-7 result"
    assert dialog.total.text() == "Total: 7 of 21 — mild (5–9)"
    assert dialog.date.date().toPython() == dt.date(2025, 2, 5)
    dialog.rows[0].focus_answer()
    press(qtbot, "3")
    assert dialog.total.text() == "Total: 9 of 21 — mild (5–9)"
    with qtbot.waitSignal(panel.changed):
        guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.items == (3, 1, 1, 1, 1, 1, 1) and saved.taken_on == dt.date(2025, 2, 5)
    assert panel.table.model().rowCount() == 1


def test_delete_asks_first(qtbot: Any, panel: MeasuresPanel, ws: Workspace) -> None:
    add(ws, PHQ, dt.date(2025, 2, 5), (1,) * 9)
    panel.refresh()
    panel.table.selectRow(0)
    guikit.click(qtbot, panel.delete_button)
    confirm(qtbot, "Cancel")
    assert len(ws.practice.measures.for_client(ws.client_id)) == 1
    panel.table.setFocus()
    panel.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    with qtbot.waitSignal(panel.changed):
        confirm(qtbot, "Delete")
    assert ws.practice.measures.for_client(ws.client_id) == []
    assert not panel.flag.isVisible()


def test_results_sort_by_total_as_numbers(panel: MeasuresPanel, ws: Workspace) -> None:
    add(ws, PHQ, dt.date(2025, 2, 5), (1,) * 9)           # 9
    add(ws, PHQ, dt.date(2025, 3, 5), (2,) * 9)           # 18
    add(ws, GAD, dt.date(2025, 1, 5), (0, 0, 0, 0, 0, 0, 2))  # 2
    panel.refresh()
    view = panel.table.model()
    assert [view.index(r, 0).data() for r in range(3)] == ["5 Mar 2025", "5 Feb 2025",
                                                           "5 Jan 2025"]
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [view.index(r, 2).data() for r in range(3)] == ["2", "9", "18"]


def test_charts_and_change_line(qtbot: Any, panel: MeasuresPanel, ws: Workspace) -> None:
    phq_chart, gad_chart = panel.charts[PHQ], panel.charts[GAD]
    empty_phq, empty_gad = image(phq_chart), image(gad_chart)
    assert not phq_chart.has_points() and len(phq_chart.bands) == 5
    assert len(gad_chart.bands) == 4
    assert "at least twice" in panel.change.text()
    assert panel.rule.text() == CHANGE_RULE

    add(ws, PHQ, dt.date(2025, 1, 8), (2, 2, 2, 2, 1, 1, 1, 1, 0))   # 12: caseness
    panel.refresh()
    assert phq_chart.has_points() and image(phq_chart) != empty_phq
    assert image(gad_chart) == empty_gad
    assert "at least twice" in panel.change.text()

    add(ws, PHQ, dt.date(2025, 4, 2), (1, 1, 1, 1, 0, 0, 0, 0, 0))   # 4
    add(ws, GAD, dt.date(2025, 4, 2), (1, 1, 0, 0, 0, 0, 0))
    panel.refresh()
    assert gad_chart.has_points() and image(gad_chart) != empty_gad
    assert "PHQ-9 12 → 4" in panel.change.text()
    assert "reliable recovery" in panel.change.text()

    for record in panel.model.records():
        ws.practice.delete_measure(record)
    panel.refresh()
    assert image(phq_chart) == empty_phq and image(gad_chart) == empty_gad


# The name's completion list is a popup; offscreen, popups cannot grab the keyboard.
# (Only the closest qt_log_ignore marker counts, so the usual offscreen limits are
# repeated here.)
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)
def test_custom_scores(qtbot: Any, panel: MeasuresPanel, ws: Workspace) -> None:
    box = panel.custom
    empty = image(box.chart)
    box.name.setFocus()
    press(qtbot, "ORS", Qt.Key.Key_Tab)
    assert focused() is box.date.line  # the date field types into its line
    box.date.setDate(qdate(dt.date(2025, 2, 5)))
    box.value.setFocus()
    press(qtbot, "abc", Qt.Key.Key_Return)
    assert "number" in box.message.text() and box.message.isVisible()
    assert focused() is box.value
    assert ws.practice.measures.custom_for_client(ws.client_id) == []
    box.value.selectAll()
    with qtbot.waitSignal(box.changed):
        press(qtbot, "31,5", Qt.Key.Key_Return)
    [saved] = ws.practice.measures.custom_for_client(ws.client_id)
    assert (saved.name, saved.value, saved.taken_on) == ("ORS", 31.5, dt.date(2025, 2, 5))
    assert focused() is box.name and box.value.text() == ""

    # a second entry with different capitals keeps the spelling in use; the name completes
    press(qtbot, "ors")
    completer = box.name.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "ORS"
    box.value.setFocus()
    press(qtbot, "36", Qt.Key.Key_Return)
    assert [s.name for s in ws.practice.measures.custom_for_client(ws.client_id)] == ["ORS"] * 2
    assert box.pick.currentText() == "ORS"
    assert box.chart.has_points() and image(box.chart) != empty

    box.name.setText("WSAS")
    box.value.setText("12")
    assert box.add_score()
    assert box.pick.currentText() == "WSAS"
    assert [s.label for s in box.chart.series] == ["WSAS"]
    box.pick.setCurrentIndex(box.pick.findText("ORS"))
    assert [v for _d, v in box.chart.series[0].points] == [31.5, 36.0]

    # delete asks first
    box.table.selectRow(0)
    guikit.click(qtbot, box.delete_button)
    confirm(qtbot, "Cancel")
    assert len(ws.practice.measures.custom_for_client(ws.client_id)) == 3
    guikit.click(qtbot, box.delete_button)
    confirm(qtbot, "Delete")
    assert len(ws.practice.measures.custom_for_client(ws.client_id)) == 2


def test_custom_score_date_and_name_are_checked(panel: MeasuresPanel, ws: Workspace) -> None:
    box = panel.custom
    box.value.setText("3")
    assert not box.add_score()
    assert "name" in box.message.text()
    box.name.setText("ORS")
    box.date.setDate(qdate(dt.date.today() + dt.timedelta(days=1)))
    assert not box.add_score()
    assert "future" in box.message.text()
    assert ws.practice.measures.custom_for_client(ws.client_id) == []


def test_lock_keeps_a_half_entered_measure(qtbot: Any, panel: MeasuresPanel,
                                           ws: Workspace) -> None:
    dialog = open_dialog(qtbot, panel, PHQ)
    press(qtbot, "2103")
    panel.custom.name.setText("ORS")
    panel.custom.draft.touch()
    panel.clear()  # lock
    assert not dialog.isVisible()
    assert panel.custom.name.text() == "" and panel.model.rowCount() == 0
    assert ws.practice.drafts.get(f"measure:{ws.client_id}:PHQ-9:new") is not None

    panel.show_client(ws.practice, ws.client_id)
    assert panel.custom.name.text() == "ORS"
    again = open_dialog(qtbot, panel, PHQ)
    assert again.answers() == [2, 1, 0, 3, None, None, None, None, None]
    assert again.total.text() == "Total so far: 6 of 27 — at least mild (5 questions to go)"
    # cancelling what was entered asks first, then the draft goes
    press(qtbot, Qt.Key.Key_Escape)
    confirm(qtbot, "Discard")
    qtbot.waitUntil(lambda: panel.dialogs == [])
    assert ws.practice.drafts.get(f"measure:{ws.client_id}:PHQ-9:new") is None


def test_dialog_from_a_session(qtbot: Any, ws: Workspace) -> None:
    session = ws.sessions[2]
    dialog = MeasureDialog(ws.practice, ws.client_id, GAD, None, session_id=session.id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.session.currentData() == session.id
    assert dialog.date.date().toPython() == session.starts_at.date()
    press(qtbot, "0000000")
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.session_id == session.id and saved.total == 0


def test_item9_banner_goes_once_the_follow_up_is_noted(qtbot: Any, panel: MeasuresPanel,
                                                       ws: Workspace) -> None:
    result = add(ws, PHQ, dt.date(2025, 2, 5), (1, 1, 1, 1, 1, 1, 1, 1, 2))
    panel.refresh()
    assert panel.flag.isVisible()
    assert "no follow-up noted yet" in panel.flag.text()
    assert panel.table.model().index(0, 4).data() == "2 — follow up"
    # open the ticked result again and note what was discussed: no second tick asked
    panel.table.selectRow(0)
    guikit.click(qtbot, panel.edit_button)
    [dialog] = panel.dialogs
    activate(qtbot, dialog)
    assert dialog.original == result and dialog.acknowledge.isChecked()
    dialog.note.setFocus()
    press(qtbot, "Discussed at the session; safety plan in place")
    with qtbot.waitSignal(panel.changed):
        guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    assert not panel.flag.isVisible()
    assert panel.table.model().index(0, 4).data() == "2 — noted"
    # the row stays highlighted for the therapist: a noted answer is still an answer
    assert panel.table.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
