"""The Goals panel on real widgets and a real temporary vault: add, edit, rate,
change status (and revise), strategies, deletes that ask first or are refused,
inline validation, drafts, and forgetting everything on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from practice_notes.domain.enums import GoalStatus, OutcomeRating, Rater, RatingScheme
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Goal, GoalRating, Strategy
from practice_notes.services import Practice
from practice_notes.ui.panels.goal_dialogs import GoalDialog, StatusDialog
from practice_notes.ui.panels.goal_entries import RatingDialog, StrategyDialog
from practice_notes.ui.panels.goal_models import (
    GasSummary,
    GoalRow,
    RatingRow,
    chart_series,
    first_line,
    gas_summary,
    gas_summary_text,
    level_text,
    rating_text,
    signed_value,
)
from practice_notes.ui.panels.goals import GoalsPanel
from practice_notes.ui.panels.records import RECORD_ROLE, RecordTable
from tests.gui import guikit
from tests.gui._goal_fixtures import (
    LEVELS,
    START,
    TODAY,
    gas_goal,
    make_practice,
    rate,
    scale_goal,
    session,
)

pytestmark = pytest.mark.gui

SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[Practice, int]]:
    practice, client_id = make_practice(tmp_path)
    yield practice, client_id
    practice.vault.close()


@pytest.fixture
def panel(qtbot: Any, setup: tuple[Practice, int]) -> Iterator[GoalsPanel]:
    widget = GoalsPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    yield widget
    widget.clear()


def show(panel: GoalsPanel, setup: tuple[Practice, int]) -> Practice:
    practice, client_id = setup
    panel.show_client(practice, client_id)
    return practice


def rows(table: RecordTable) -> list[Any]:
    """The records in the order the table shows them."""
    return [table.proxy.index(r, 0).data(RECORD_ROLE) for r in range(table.proxy.rowCount())]


def cell(table: RecordTable, row: int, column: int) -> str:
    return str(table.proxy.index(row, column).data())


def save(qtbot: Any, dialog: Any) -> None:
    guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))


# ====================================================================== goals
def test_empty_client_shows_the_way_to_start(panel: GoalsPanel,
                                             setup: tuple[Practice, int]) -> None:
    show(panel, setup)
    assert panel.goal_model.rowCount() == 0
    assert panel.detail.currentWidget() is panel.placeholder
    assert "New goal" in panel.placeholder.text()
    assert panel.new_button.isEnabled()
    assert not panel.rate_button.isEnabled() and not panel.delete_button.isEnabled()


def test_add_a_0_to_10_goal_with_the_keyboard(qtbot: Any, panel: GoalsPanel,
                                              setup: tuple[Practice, int]) -> None:
    practice = show(panel, setup)
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.status_message) as msg:
        guikit.click(qtbot, panel.new_button)
        dialog = guikit.wait_dialog(qtbot, GoalDialog)
        assert not dialog.form.rows["gas_levels"].isVisibleTo(dialog)
        guikit.type_into(qtbot, dialog.words, "I want to sleep through the night")
        guikit.type_into(qtbot, dialog.why, "So I can enjoy my mornings")
        dialog.target.check.setChecked(True)
        save(qtbot, dialog)
    assert msg.args == ["Goal added."]
    (goal,) = practice.goals.for_client(setup[1])
    assert goal.client_words == "I want to sleep through the night"
    assert goal.why_it_matters == "So I can enjoy my mornings"
    assert goal.scheme is RatingScheme.SCALE_0_10 and goal.gas_levels == ()
    assert goal.agreed_on == TODAY and goal.target_on == TODAY + dt.timedelta(days=90)
    assert [r.goal.id for r in rows(panel.goal_table)] == [goal.id]
    assert panel.goal is not None and panel.goal.id == goal.id
    assert panel.view.title.text() == "“I want to sleep through the night”"
    assert "So I can enjoy my mornings" in panel.view.why.text()
    assert practice.drafts.get(f"goal-new:{setup[1]}") is None
    history = practice.goals.history(goal.id or 0)
    assert [(h.status, h.changed_on) for h in history] == [(GoalStatus.ACTIVE, TODAY)]


def test_add_a_gas_goal_with_its_five_levels(qtbot: Any, panel: GoalsPanel,
                                             setup: tuple[Practice, int]) -> None:
    practice = show(panel, setup)
    dialog = panel.new_goal()
    assert dialog is not None
    guikit.type_into(qtbot, dialog.words, "Walk to the corner shop on my own")
    guikit.click(qtbot, dialog.gas_radio)
    assert dialog.form.rows["gas_levels"].isVisibleTo(dialog)
    guide = dialog.findChild(type(dialog.scheme_note), "gas-guide")
    assert guide is not None and "0 is the expected level" in guide.text()
    for edit, text in zip(dialog.level_edits, LEVELS, strict=True):
        guikit.type_into(qtbot, edit, text)
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    (goal,) = practice.goals.for_client(setup[1])
    assert goal.scheme is RatingScheme.GAS
    assert goal.gas_levels == LEVELS
    assert cell(panel.goal_table, 0, 1) == "GAS"
    levels = panel.view.levels.text().splitlines()
    assert levels[0] == f"+2: {LEVELS[4]}" and levels[-1] == f"−2: {LEVELS[0]}"


def test_goal_form_shows_inline_messages_and_saves_nothing(
        qtbot: Any, panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    practice = show(panel, setup)
    dialog = panel.new_goal()
    assert dialog is not None
    save(qtbot, dialog)  # nothing typed
    assert dialog.isVisible()
    assert "cannot be empty" in dialog.form.message("client_words")
    assert dialog.words.hasFocus() or dialog.focusWidget() is dialog.words
    # typing clears the message
    guikit.type_into(qtbot, dialog.words, "Feel calmer at work")
    assert dialog.form.message("client_words") == ""

    guikit.click(qtbot, dialog.gas_radio)
    for edit, text in zip(dialog.level_edits[:4], LEVELS, strict=False):
        guikit.type_into(qtbot, edit, text)
    save(qtbot, dialog)
    assert "each level" in dialog.form.message("gas_levels")
    guikit.type_into(qtbot, dialog.level_edits[4], LEVELS[4])
    assert dialog.form.message("gas_levels") == ""

    dialog.agreed.setDate(QDate(2025, 3, 10))
    dialog.target.set_value(dt.date(2025, 3, 1))
    save(qtbot, dialog)
    assert "before the date agreed" in dialog.form.message("target_on")

    dialog.target.set_value(None)
    dialog.agreed.setDate(QDate.currentDate().addDays(3))
    save(qtbot, dialog)
    assert "future" in dialog.form.message("agreed_on")
    assert practice.goals.for_client(setup[1]) == []

    dialog.agreed.setDate(QDate(2025, 3, 10))
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    (goal,) = practice.goals.for_client(setup[1])
    assert goal.agreed_on == dt.date(2025, 3, 10) and goal.target_on is None


def test_edit_goal_keeps_the_scale_once_rated(qtbot: Any, panel: GoalsPanel,
                                              setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    rate(practice, goal, 3)
    show(panel, setup)
    qtbot.keyClick(panel.goal_table, Qt.Key.Key_Return)  # Enter edits
    dialog = guikit.wait_dialog(qtbot, GoalDialog)
    assert dialog.original is not None and dialog.original.id == goal.id
    assert not dialog.gas_radio.isEnabled() and dialog.scheme_note.isVisible()
    dialog.words.selectAll()
    guikit.type_into(qtbot, dialog.words, "Sleep six hours most nights")
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    assert practice.goals.get(goal.id or 0).client_words == "Sleep six hours most nights"
    assert cell(panel.goal_table, 0, 0) == "Sleep six hours most nights"


def test_goals_table_sorts_by_every_column(panel: GoalsPanel,
                                           setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    a = scale_goal(practice, client_id, "Bravo", target_on=TODAY + dt.timedelta(days=5))
    b = scale_goal(practice, client_id, "Alpha", target_on=TODAY + dt.timedelta(days=50))
    c = gas_goal(practice, client_id, "Charlie")
    rate(practice, a, 2)
    rate(practice, b, 9)
    rate(practice, c, 0)  # the middle of its scale
    practice.set_goal_status(a.id or 0, GoalStatus.PAUSED, TODAY, "Holiday")
    show(panel, setup)
    table = panel.goal_table

    def order(column: int, desc: bool = False) -> list[str]:
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder if desc
                           else Qt.SortOrder.AscendingOrder)
        return [r.goal.client_words for r in rows(table)]

    assert order(0) == ["Alpha", "Bravo", "Charlie"]
    assert order(2) == ["Alpha", "Charlie", "Bravo"]  # active first, then paused
    assert order(3) == ["Bravo", "Charlie", "Alpha"]  # 2/10 < 0 on −2…+2 < 9/10
    assert order(5, desc=True) == ["Alpha", "Bravo", "Charlie"]  # no target last
    assert panel.summary.text().startswith("GAS summary T-score: 50.0")


# ==================================================================== ratings
def test_rate_a_0_to_10_goal(qtbot: Any, panel: GoalsPanel,
                             setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    show(panel, setup)
    assert "No ratings yet" in panel.chart.accessibleDescription()
    guikit.click(qtbot, panel.rate_button)
    dialog = guikit.wait_dialog(qtbot, RatingDialog)
    assert (dialog.value.minimum(), dialog.value.maximum()) == (0, 10)
    dialog.value.setValue(12)  # the spin box will not go past the scale
    assert dialog.value.value() == 10
    assert "fully reached" in dialog.meaning.text()
    dialog.value.setValue(7)
    assert dialog.meaning.text().startswith("7 of 10")
    dialog.rated_by.setCurrentIndex(dialog.rated_by.findData(Rater.CLIENT.value))
    guikit.type_into(qtbot, dialog.note, "Slept well four nights")
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    (r,) = practice.goals.ratings(goal.id or 0)
    assert (r.value, r.rated_by, r.rated_on, r.note, r.session_id) == (
        7, Rater.CLIENT, TODAY, "Slept well four nights", None)
    assert cell(panel.rating_table, 0, 1) == "7 of 10"
    assert cell(panel.goal_table, 0, 3) == "7"
    assert "latest 7 on" in panel.chart.accessibleDescription()


def test_rate_a_gas_goal_shows_the_level_live(qtbot: Any, panel: GoalsPanel,
                                              setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = gas_goal(practice, client_id)
    show(panel, setup)
    dialog = panel.rate_goal()
    assert dialog is not None
    assert (dialog.value.minimum(), dialog.value.maximum()) == (-2, 2)
    dialog.value.setValue(1)
    assert dialog.value.text() == "+1"
    assert LEVELS[3] in dialog.meaning.text()
    dialog.value.setValue(-2)
    assert LEVELS[0] in dialog.meaning.text() and "much less" in dialog.meaning.text()
    dialog.value.setValue(1)
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    assert [r.value for r in practice.goals.ratings(goal.id or 0)] == [1]
    assert cell(panel.rating_table, 0, 1) == "+1 more"
    assert "latest +1 more" in panel.chart.accessibleDescription()
    assert panel.summary.text().startswith("GAS summary T-score: 60.0")


def test_rating_dates_are_checked_inline(qtbot: Any, panel: GoalsPanel,
                                         setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    show(panel, setup)
    dialog = panel.rate_goal()
    assert dialog is not None
    dialog.date.setDate(QDate.currentDate().addDays(1))
    save(qtbot, dialog)
    assert "future" in dialog.form.message("rated_on")
    dialog.date.setDate(QDate(START.year, START.month, START.day).addDays(-1))
    save(qtbot, dialog)
    assert "before the goal was agreed" in dialog.form.message("rated_on")
    assert dialog.isVisible() and practice.goals.ratings(goal.id or 0) == []


def test_the_service_enforces_the_range_too(setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    scale = scale_goal(practice, client_id)
    gas = gas_goal(practice, client_id)
    for goal, bad in ((scale, 11), (scale, -1), (gas, 3), (gas, -3)):
        with pytest.raises(ValidationError) as err:
            practice.rate_goal(GoalRating(goal.id or 0, TODAY, bad))
        assert err.value.field == "value"
    assert practice.rate_goal(GoalRating(gas.id or 0, TODAY, -2)).id is not None


def test_rating_from_the_session_editor_links_the_session(
        qtbot: Any, setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    s = session(practice, client_id, days_after_start=10)
    dialog = RatingDialog(practice, goal, None, session_id=s.id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.session.currentData() == s.id
    assert dialog.date.date() == QDate(s.starts_at.year, s.starts_at.month, s.starts_at.day)
    dialog.value.setValue(4)
    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)
    rating = saved.args[0]
    assert (rating.session_id, rating.rated_on) == (s.id, s.starts_at.date())
    assert practice.goals.ratings(goal.id or 0) == [rating]


def test_delete_rating_asks_first(qtbot: Any, panel: GoalsPanel,
                                  setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    rate(practice, goal, 2, 5)
    show(panel, setup)
    panel.rating_table.selectRow(0)  # newest first
    qtbot.keyClick(panel.rating_table, Qt.Key.Key_Delete)
    box = guikit.wait_box(qtbot)
    guikit.click_box_button(qtbot, box, "Cancel")
    assert len(practice.goals.ratings(goal.id or 0)) == 2
    panel.rating_table.selectRow(0)
    panel.delete_rating()
    box = guikit.wait_box(qtbot)
    with qtbot.waitSignal(panel.changed):
        guikit.click_box_button(qtbot, box, "Delete rating")
    assert [r.value for r in practice.goals.ratings(goal.id or 0)] == [2]
    assert [r.rating.value for r in rows(panel.rating_table)] == [2]


def test_rating_in_a_signed_session_cannot_be_deleted(
        qtbot: Any, panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    s = session(practice, client_id, signed=True)
    rate(practice, goal, 6, session_id=s.id)
    show(panel, setup)
    panel.rating_table.selectRow(0)
    assert isinstance(rows(panel.rating_table)[0], RatingRow)
    assert cell(panel.rating_table, 0, 4) != ""  # the session's date
    box = panel.delete_rating()
    assert box is not None and box.objectName() == "practice-notes-message"
    assert "signed session" in box.text()
    box.done(QMessageBox.StandardButton.Ok)
    assert len(practice.goals.ratings(goal.id or 0)) == 1


def test_ratings_table_sorts(panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    rate(practice, goal, 5, 2, 8)
    show(panel, setup)
    table = panel.rating_table
    assert [r.rating.value for r in rows(table)] == [8, 2, 5]  # newest first
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.rating.value for r in rows(table)] == [2, 5, 8]


# ===================================================================== status
def test_status_change_needs_a_reason_and_is_kept_as_history(
        qtbot: Any, panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    show(panel, setup)
    guikit.click(qtbot, panel.status_button)
    dialog = guikit.wait_dialog(qtbot, StatusDialog)
    assert dialog.status.findData(GoalStatus.ACTIVE.value) == -1  # it is active already
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.ACHIEVED.value))
    assert not dialog.form.rows["revise"].isVisibleTo(dialog)
    save(qtbot, dialog)
    assert "why" in dialog.form.message("reason")
    dialog.date.setDate(QDate(START.year, START.month, START.day).addDays(-5))
    guikit.type_into(qtbot, dialog.reason, "Slept well for a month")
    save(qtbot, dialog)
    assert "before the last one" in dialog.form.message("changed_on")
    assert practice.goals.get(goal.id or 0).status is GoalStatus.ACTIVE
    dialog.date.setDate(QDate.currentDate())
    with qtbot.waitSignal(panel.changed), qtbot.waitSignal(panel.status_message) as msg:
        save(qtbot, dialog)
    assert msg.args == ["Goal marked achieved."]
    assert practice.goals.get(goal.id or 0).status is GoalStatus.ACHIEVED
    assert cell(panel.goal_table, 0, 2) == "Achieved"
    history = rows(panel.history_table)
    assert [(h.status, h.reason) for h in history] == [
        (GoalStatus.ACHIEVED, "Slept well for a month"), (GoalStatus.ACTIVE, "Agreed")]
    assert "Achieved" in panel.view.why.text()


def test_revise_a_goal_writes_the_new_wording_as_a_new_goal(
        qtbot: Any, panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    old = gas_goal(practice, client_id)
    rate(practice, old, -1)
    show(panel, setup)
    dialog = panel.change_status()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.REVISED.value))
    assert dialog.form.rows["revise"].isVisibleTo(dialog) and dialog.revise.isChecked()
    guikit.type_into(qtbot, dialog.reason, "The shop closed; the bakery instead")
    save(qtbot, dialog)
    revision = guikit.wait_dialog(qtbot, GoalDialog)
    assert revision.original is None
    assert revision.words.toPlainText() == old.client_words
    assert revision.gas_radio.isChecked() and revision.gas_radio.isEnabled()
    assert [e.text() for e in revision.level_edits] == list(LEVELS)
    assert revision.notice.isVisible()
    revision.words.selectAll()
    guikit.type_into(qtbot, revision.words, "Walk to the bakery on my own")
    with qtbot.waitSignal(panel.status_message) as msg:
        save(qtbot, revision)
    assert msg.args == ["Revised goal added."]
    goals = {g.client_words: g for g in practice.goals.for_client(client_id)}
    assert goals[old.client_words].status is GoalStatus.REVISED
    new = goals["Walk to the bakery on my own"]
    assert new.status is GoalStatus.ACTIVE and new.agreed_on == TODAY
    assert practice.goals.ratings(new.id or 0) == []
    assert panel.goal is not None and panel.goal.id == new.id
    # the revised goal stays in the record with its ratings and reason
    panel.select_goal(old.id)
    assert [h.reason for h in rows(panel.history_table)][0] == (
        "The shop closed; the bakery instead")
    assert len(rows(panel.rating_table)) == 1


# ================================================================= strategies
def test_strategy_add_edit_delete(qtbot: Any, panel: GoalsPanel,
                                  setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    show(panel, setup)
    panel.view.tabs.setCurrentIndex(1)
    guikit.click(qtbot, panel.view.add_strategy_button)
    dialog = guikit.wait_dialog(qtbot, StrategyDialog)
    save(qtbot, dialog)
    assert "cannot be empty" in dialog.form.message("description")
    guikit.type_into(qtbot, dialog.description, "No screens after 10 pm")
    dialog.kind.setCurrentIndex(dialog.kind.findData("homework"))
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    (s,) = practice.goals.strategies(goal.id or 0)
    assert (s.description, s.kind.value, s.started_on, s.outcome) == (
        "No screens after 10 pm", "homework", TODAY, OutcomeRating.NOT_YET)
    assert cell(panel.strategy_table, 0, 3) == "Not tried yet"

    panel.strategy_table.selectRow(0)
    qtbot.keyClick(panel.strategy_table, Qt.Key.Key_Return)
    edit = guikit.wait_dialog(qtbot, StrategyDialog)
    assert edit.description.toPlainText() == "No screens after 10 pm"
    edit.outcome.setCurrentIndex(edit.outcome.findData(OutcomeRating.HELPED.value))
    guikit.type_into(qtbot, edit.outcome_note, "Fell asleep sooner")
    with qtbot.waitSignal(panel.changed):
        save(qtbot, edit)
    (s2,) = practice.goals.strategies(goal.id or 0)
    assert s2.id == s.id and s2.outcome is OutcomeRating.HELPED
    assert s2.outcome_note == "Fell asleep sooner"
    assert cell(panel.strategy_table, 0, 3) == "Helped"

    panel.strategy_table.selectRow(0)
    guikit.click(qtbot, panel.view.delete_strategy_button)
    box = guikit.wait_box(qtbot)
    guikit.click_box_button(qtbot, box, "Cancel")
    assert len(practice.goals.strategies(goal.id or 0)) == 1
    panel.strategy_table.selectRow(0)
    qtbot.keyClick(panel.strategy_table, Qt.Key.Key_Delete)
    box = guikit.wait_box(qtbot)
    with qtbot.waitSignal(panel.changed):
        guikit.click_box_button(qtbot, box, "Delete")
    assert practice.goals.strategies(goal.id or 0) == []
    assert panel.view.strategy_model.rowCount() == 0


# ===================================================================== delete
def test_delete_goal_with_ratings_is_refused(qtbot: Any, panel: GoalsPanel,
                                             setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    rate(practice, goal, 4)
    show(panel, setup)
    guikit.click(qtbot, panel.delete_button)
    box = guikit.wait_box(qtbot, "practice-notes-message")
    assert "has ratings" in box.text() and "status instead" in box.informativeText()
    box.done(QMessageBox.StandardButton.Ok)
    assert practice.goals.get(goal.id or 0).id == goal.id


def test_delete_goal_in_a_signed_note_is_refused(panel: GoalsPanel,
                                                 setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    session(practice, client_id, goal_ids=(goal.id or 0,), signed=True)
    show(panel, setup)
    box = panel.delete_goal()
    assert box is not None and box.objectName() == "practice-notes-message"
    assert "signed session" in box.text()
    box.done(QMessageBox.StandardButton.Ok)
    assert practice.goals.for_client(client_id) == [goal]


def test_delete_unrated_goal_asks_first(qtbot: Any, panel: GoalsPanel,
                                        setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    keep = scale_goal(practice, client_id, "Keep me")
    gone = scale_goal(practice, client_id, "Typo goal")
    practice.add_strategy(Strategy(gone.id or 0, "Something"))
    practice.put_draft(f"goal-rating:{gone.id}", "{}")
    show(panel, setup)
    assert panel.select_goal(gone.id)
    qtbot.keyClick(panel.goal_table, Qt.Key.Key_Delete)
    box = guikit.wait_box(qtbot)
    guikit.click_box_button(qtbot, box, "Cancel")
    assert len(practice.goals.for_client(client_id)) == 2
    panel.select_goal(gone.id)
    panel.delete_goal()
    box = guikit.wait_box(qtbot)
    with qtbot.waitSignal(panel.changed):
        guikit.click_box_button(qtbot, box, "Delete goal")
    assert practice.goals.for_client(client_id) == [keep]
    assert practice.drafts.get(f"goal-rating:{gone.id}") is None
    assert [r.goal.id for r in rows(panel.goal_table)] == [keep.id]
    assert isinstance(rows(panel.goal_table)[0], GoalRow)


def test_every_action_is_keyboard_reachable(panel: GoalsPanel,
                                            setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    scale_goal(practice, client_id)
    show(panel, setup)
    buttons = [panel.new_button, panel.edit_button, panel.rate_button, panel.status_button,
               panel.delete_button, *panel.view.buttons]
    for b in buttons:
        assert b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus, b.text()
    keys = [b.text().split("&")[1][0].lower() for b in buttons if "&" in b.text()]
    assert len(keys) >= 6 and len(keys) == len(set(keys))  # no clashing mnemonics
    for table in (panel.goal_table, panel.rating_table, panel.strategy_table,
                  panel.history_table):
        assert table.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert table.isSortingEnabled()


# ============================================================ drafts and lock
def test_unsaved_goal_survives_a_lock_as_a_draft(qtbot: Any, panel: GoalsPanel,
                                                 setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    show(panel, setup)
    dialog = panel.new_goal()
    assert dialog is not None
    guikit.type_into(qtbot, dialog.words, "Speak up in team meetings")
    panel.clear()  # what a lock does
    qtbot.waitUntil(lambda: not guikit.visible_dialogs(GoalDialog))
    assert panel.goal_model.rowCount() == 0 and panel.practice is None
    assert practice.drafts.get(f"goal-new:{client_id}") is not None
    show(panel, setup)
    again = panel.new_goal()
    assert again is not None
    assert again.words.toPlainText() == "Speak up in team meetings"
    assert again.notice.isVisible()
    guikit.click(qtbot, guikit.dialog_button(again, CANCEL))
    assert practice.drafts.get(f"goal-new:{client_id}") is None


def test_clear_forgets_everything_shown(panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    practice, client_id = setup
    goal = gas_goal(practice, client_id)
    rate(practice, goal, -1, 0)
    practice.add_strategy(Strategy(goal.id or 0, "Walk to the gate daily"))
    show(panel, setup)
    assert panel.view.rating_model.rowCount() == 2
    panel.clear()
    assert panel.goal_model.rowCount() == 0
    assert panel.view.rating_model.rowCount() == 0
    assert panel.view.strategy_model.rowCount() == 0
    assert panel.view.history_model.rowCount() == 0
    assert panel.view.title.text() == "" and panel.view.levels.text() == ""
    assert panel.summary.text() == ""
    assert not panel.chart.has_points()
    assert panel.chart.accessibleDescription() == panel.chart.empty_text
    assert not panel.new_button.isEnabled()
    texts = " ".join(guikit.widget_texts(panel))
    assert goal.client_words not in texts and LEVELS[0] not in texts


# =============================================================== pure helpers
def _goal(gid: int, scheme: RatingScheme = RatingScheme.GAS,
          status: GoalStatus = GoalStatus.ACTIVE, weight: float = 1.0) -> Goal:
    return Goal(1, f"goal {gid}", scheme=scheme, status=status, weight=weight, id=gid,
                gas_levels=LEVELS if scheme is RatingScheme.GAS else ())


def _ratings(**latest_by_goal: int) -> dict[int, list[GoalRating]]:
    out: dict[int, list[GoalRating]] = {}
    for key, value in latest_by_goal.items():
        gid = int(key[1:])
        out[gid] = [GoalRating(gid, dt.date(2025, 1, 1), -2, id=1),
                    GoalRating(gid, dt.date(2025, 2, 1), value, id=2)]
    return out


def test_gas_summary_matches_the_guide_check_values() -> None:
    three = [_goal(1), _goal(2), _goal(3)]
    assert gas_summary(three, _ratings(g1=0, g2=0, g3=0)) == GasSummary(50.0, 3)
    one = gas_summary([_goal(1)], _ratings(g1=1))
    assert one is not None and round(one.score, 1) == 60.0
    up = gas_summary(three, _ratings(g1=1, g2=1, g3=1))
    assert up is not None and round(up.score, 1) == 63.7
    down = gas_summary(three, _ratings(g1=-1, g2=-1, g3=-1))
    assert down is not None and round(down.score, 1) == 36.3


def test_gas_summary_counts_only_rated_gas_goals_still_in_play() -> None:
    goals = [_goal(1), _goal(2, RatingScheme.SCALE_0_10), _goal(3, status=GoalStatus.REVISED),
             _goal(4, status=GoalStatus.DISCONTINUED), _goal(5, status=GoalStatus.ACHIEVED),
             _goal(6)]
    summary = gas_summary(goals, _ratings(g1=1, g2=9, g3=-2, g4=-2, g5=1))
    assert summary is not None and summary.goals == 2  # goals 1 and 5; 6 is unrated
    assert round(summary.score, 1) == round(50 + 10 * 2 / (0.7 * 2 + 0.3 * 4) ** 0.5, 1)
    assert gas_summary([_goal(6)], {}) is None
    assert gas_summary_text(None) == ""
    assert gas_summary_text(summary).startswith("GAS summary T-score: 62.4 (latest ratings of 2")
    weighted = gas_summary([_goal(1, weight=3.0), _goal(2)], _ratings(g1=1, g2=-1))
    assert weighted is not None and weighted.score > 50


def test_chart_series_keep_each_raters_view_apart() -> None:
    rs = [GoalRating(1, dt.date(2025, 1, 3), 2, Rater.CLIENT),
          GoalRating(1, dt.date(2025, 1, 1), 1, Rater.CLIENT),
          GoalRating(1, dt.date(2025, 1, 2), 4, Rater.THERAPIST),
          GoalRating(1, dt.date(2025, 1, 2), 3, Rater.TOGETHER)]
    series = chart_series(rs)
    assert [(s.label, s.style) for s in series] == [("Together", 0), ("Client", 1),
                                                    ("Therapist", 2)]
    assert series[1].points == ((dt.date(2025, 1, 1), 1.0), (dt.date(2025, 1, 3), 2.0))
    assert chart_series([]) == []


def test_rating_and_level_texts() -> None:
    gas, scale = _goal(1), _goal(2, RatingScheme.SCALE_0_10)
    assert rating_text(gas, -1) == "−1 less" and rating_text(gas, 2) == "+2 much more"
    assert rating_text(scale, 7) == "7 of 10"
    assert level_text(gas, 1) == f"somewhat more than expected: {LEVELS[3]}"
    assert level_text(scale, 0) == "not yet" and level_text(scale, 10) == "fully reached"
    assert signed_value(0, RatingScheme.GAS) == "0" and signed_value(-2, RatingScheme.GAS) == "−2"
    assert first_line("  one\ntwo") == "one" and first_line("") == ""
    assert first_line("x" * 200, 10) == "x" * 9 + "…"


def test_ratings_table_stays_in_date_order_as_ratings_are_added(
        qtbot: Any, panel: GoalsPanel, setup: tuple[Practice, int]) -> None:
    """The Date heading carries the sort arrow: the rows follow it, also for a
    rating entered later with an earlier date, and after the order is flipped."""
    practice, client_id = setup
    goal = scale_goal(practice, client_id)
    rate(practice, goal, 5, 2, 8)  # START+1, START+15, START+29
    show(panel, setup)
    table = panel.rating_table
    header = table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.DescendingOrder)
    guikit.click(qtbot, panel.rate_button)
    dialog = guikit.wait_dialog(qtbot, RatingDialog)
    dialog.date.setDate(QDate(START.year, START.month, START.day).addDays(8))
    dialog.value.setValue(3)
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    days = [r.rating.rated_on for r in rows(table)]
    assert days == sorted(days, reverse=True) and len(days) == 4
    assert [r.rating.value for r in rows(table)] == [8, 2, 3, 5]
    # flipped by the heading: oldest first, kept when the goal is shown again
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    panel.refresh()
    days = [r.rating.rated_on for r in rows(table)]
    assert days == sorted(days)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
