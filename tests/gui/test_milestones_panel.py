"""The Trust milestones panel, driven through its real widgets on a real vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from practice_notes.domain.models import Client, Milestone, Session
from practice_notes.services import Practice
from practice_notes.ui.client_dialog import qdate
from practice_notes.ui.panels.milestone_dialog import OTHER_KIND_KEY, MilestoneDialog
from practice_notes.ui.panels.milestones import (
    MILESTONE_ID_ROLE,
    SORT_ROLE,
    MilestoneColumn,
    MilestonesPanel,
)
from practice_notes.ui.panels.record_form import day_text
from tests.gui import guikit
from tests.gui._relationship_fixtures import (  # noqa: F401 - fixtures
    TODAY,
    choose,
    click_header,
    client_fixture,
    column_texts,
    combo_texts,
    days_ago,
    practice_fixture,
    retype,
    save,
    sessions_fixture,
    show_active,
)


@pytest.fixture
def panel(qtbot: Any, practice: Practice, client: Client) -> Iterator[MilestonesPanel]:
    p = MilestonesPanel()
    qtbot.addWidget(p)
    p.resize(900, 500)
    show_active(qtbot, p)
    p.show_client(practice, client.id or 0)
    yield p
    p.clear()


def kind_id(practice: Practice, key: str) -> int:
    return practice.milestone_kinds.by_key(key).id or 0


def open_new(qtbot: Any, panel: MilestonesPanel) -> MilestoneDialog:
    guikit.click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert isinstance(dialog, MilestoneDialog) and dialog.isVisible()
    return dialog


def test_add_from_the_catalogue_linked_to_a_session(
    qtbot: Any, panel: MilestonesPanel, practice: Practice, client: Client,
    sessions: list[Session],
) -> None:
    panel.show_client(practice, client.id or 0)  # now with sessions
    assert panel.empty.isVisible()
    dialog = open_new(qtbot, panel)
    # the kinds come from the active catalogue, in its order, then the custom choice
    labels = [k.label for k in practice.milestone_kinds.all(include_inactive=False)]
    assert combo_texts(dialog.kind) == [*labels, "Other (custom)…"]
    assert not dialog.custom.isVisibleTo(dialog)
    choose(dialog.kind, "First disclosure")
    second = sessions[1]
    choose(dialog.session, f"{second.starts_at:%d %b %Y, %H:%M} · Attended")
    assert dialog.date.date() == qdate(second.starts_at.date())  # the date follows the session
    guikit.type_into(qtbot, dialog.note, "Spoke about the accident for the first time.")
    with qtbot.waitSignals([panel.changed, panel.status_message], timeout=5000):
        save(qtbot, dialog)
    assert panel.dialog is None

    [m] = practice.milestones.for_client(client.id or 0)
    assert (m.kind_id, m.occurred_on, m.session_id, m.custom_label) == (
        kind_id(practice, "first_disclosure"), second.starts_at.date(), second.id, "")
    assert m.note == "Spoke about the accident for the first time."
    table = panel.table
    assert column_texts(table, MilestoneColumn.MILESTONE) == ["First disclosure"]
    assert column_texts(table, MilestoneColumn.SESSION) == [
        f"{second.starts_at:%d %b %Y, %H:%M} · Attended"]
    assert panel.current_id() == m.id  # the new milestone is selected
    assert not panel.empty.isVisible()


def test_a_custom_milestone_needs_its_own_name(
    qtbot: Any, panel: MilestonesPanel, practice: Practice, client: Client
) -> None:
    dialog = open_new(qtbot, panel)
    choose(dialog.kind, "Other (custom)…")
    assert dialog.custom.isVisibleTo(dialog)
    save(qtbot, dialog)
    assert "Name the milestone" in dialog.form.message("custom_label")
    assert dialog.form.message("custom_label").startswith("⚠")  # not colour alone
    assert dialog.isVisible() and practice.milestones.for_client(client.id or 0) == []
    guikit.type_into(qtbot, dialog.custom, "Shared a drawing")
    assert dialog.form.message("custom_label") == ""  # editing clears the message
    save(qtbot, dialog)
    assert not dialog.isVisible()

    [m] = practice.milestones.for_client(client.id or 0)
    assert m.custom_label == "Shared a drawing"
    assert practice.milestone_kinds.get(m.kind_id).key == OTHER_KIND_KEY
    assert column_texts(panel.table, MilestoneColumn.MILESTONE) == ["Shared a drawing"]
    # the hidden kind behind custom milestones is never offered as a choice
    again = open_new(qtbot, panel)
    assert not any("custom milestone" in t for t in combo_texts(again.kind)[:-1])
    again.reject()


def test_dates_are_checked(qtbot: Any, panel: MilestonesPanel, practice: Practice,
                           client: Client) -> None:
    dialog = open_new(qtbot, panel)
    dialog.date.setFocus()
    dialog.date.setDate(qdate(TODAY + dt.timedelta(days=1)))
    save(qtbot, dialog)
    assert "cannot be dated in the future" in dialog.form.message("occurred_on")
    assert dialog.focusWidget() is dialog.date.line  # the field at fault gets the focus
    assert practice.milestones.for_client(client.id or 0) == []
    dialog.date.setDate(qdate(days_ago(3)))
    assert dialog.form.message("occurred_on") == ""
    save(qtbot, dialog)
    assert [m.occurred_on for m in practice.milestones.for_client(client.id or 0)] == [
        days_ago(3)]


def test_edit_with_enter_and_unlink_the_session(
    qtbot: Any, panel: MilestonesPanel, practice: Practice, client: Client,
    sessions: list[Session],
) -> None:
    m = practice.add_milestone(Milestone(
        client.id or 0, kind_id(practice, "rupture_repair"), days_ago(7), "Started late.",
        session_id=sessions[2].id))
    panel.refresh()
    panel.table.setFocus()
    panel.select(m.id or 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, MilestoneDialog) and dialog.windowTitle() == "Edit milestone"
    assert dialog.kind.currentText() == "Rupture and repair"
    assert dialog.note.toPlainText() == "Started late."
    choose(dialog.kind, "Disagreement voiced")
    choose(dialog.session, "No session")
    retype(qtbot, dialog.note, "Named her frustration at my late start; we repaired it.")
    with qtbot.waitSignal(panel.changed, timeout=5000):
        save(qtbot, dialog)
    [saved] = practice.milestones.for_client(client.id or 0)
    assert saved.id == m.id
    assert saved.kind_id == kind_id(practice, "disagreement_voiced")
    assert saved.session_id is None and saved.occurred_on == days_ago(7)
    assert column_texts(panel.table, MilestoneColumn.NOTE) == [
        "Named her frustration at my late start; we repaired it."]
    assert column_texts(panel.table, MilestoneColumn.SESSION) == ["—"]


def test_delete_asks_first(qtbot: Any, panel: MilestonesPanel, practice: Practice,
                           client: Client) -> None:
    m = practice.add_milestone(Milestone(client.id or 0, kind_id(practice, "first_homework"),
                                         days_ago(2)))
    panel.refresh()
    assert not panel.delete_button.isEnabled()  # nothing selected yet
    panel.select(m.id or 0)
    guikit.click(qtbot, panel.delete_button)
    box = guikit.wait_box(qtbot)
    assert "First homework completed" in box.text() and day_text(days_ago(2)) in box.text()
    guikit.click_box_button(qtbot, box, "Cancel")
    assert len(practice.milestones.for_client(client.id or 0)) == 1
    # the Delete key asks too
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = guikit.wait_box(qtbot)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        guikit.click_box_button(qtbot, box, "Delete")
    assert practice.milestones.for_client(client.id or 0) == []
    assert panel.model.rowCount() == 0 and not panel.edit_button.isEnabled()


def test_the_timeline_sorts_by_any_column(
    qtbot: Any, panel: MilestonesPanel, practice: Practice, client: Client
) -> None:
    cid = client.id or 0
    # chosen so that the display text sorts the other way round from the dates
    for key, day in (("rupture_repair", dt.date(2024, 2, 1)),
                     ("confidentiality_explained", dt.date(2023, 12, 20)),
                     ("first_disclosure", dt.date(2024, 1, 5))):
        practice.add_milestone(Milestone(cid, kind_id(practice, key), day))
    panel.refresh()
    chronological = ["20 Dec 2023", "05 Jan 2024", "01 Feb 2024"]
    # oldest first by default: it reads as a timeline
    assert column_texts(panel.table, MilestoneColumn.DATE) == chronological
    click_header(qtbot, panel.table, MilestoneColumn.MILESTONE)
    assert column_texts(panel.table, MilestoneColumn.MILESTONE) == [
        "Confidentiality and its limits explained", "First disclosure", "Rupture and repair"]
    click_header(qtbot, panel.table, MilestoneColumn.MILESTONE)
    assert column_texts(panel.table, MilestoneColumn.MILESTONE)[0] == "Rupture and repair"
    click_header(qtbot, panel.table, MilestoneColumn.DATE)
    click_header(qtbot, panel.table, MilestoneColumn.DATE)
    dates = column_texts(panel.table, MilestoneColumn.DATE)
    assert dates in (chronological, chronological[::-1])  # as dates, not as text
    assert panel.proxy.sortRole() == SORT_ROLE


def test_typed_input_survives_a_lock_as_a_draft(
    qtbot: Any, panel: MilestonesPanel, practice: Practice, client: Client
) -> None:
    dialog = open_new(qtbot, panel)
    choose(dialog.kind, "Client feedback on therapy")
    guikit.type_into(qtbot, dialog.note, "Said sessions feel less rushed now.")
    panel.clear()  # what the main window does on lock
    assert not dialog.isVisible() and panel.dialog is None
    assert panel.model.rowCount() == 0 and panel.practice is None
    assert not panel.new_button.isEnabled()

    panel.show_client(practice, client.id or 0)
    again = open_new(qtbot, panel)
    assert again.note.toPlainText() == "Said sessions feel less rushed now."
    assert again.kind.currentText() == "Client feedback on therapy"
    assert again.notice.isVisibleTo(again) and "put back" in again.notice.text()
    again.reject()  # Cancel discards the draft
    assert practice.drafts.get(f"milestone-new:{client.id}") is None
    fresh = open_new(qtbot, panel)
    assert fresh.note.toPlainText() == "" and not fresh.notice.isVisibleTo(fresh)
    fresh.reject()


def test_an_inactive_kind_stays_on_the_milestones_that_use_it(
    qtbot: Any, panel: MilestonesPanel, practice: Practice, client: Client
) -> None:
    kind = practice.milestone_kinds.by_key("goal_set_together")
    m = practice.add_milestone(Milestone(client.id or 0, kind.id or 0, days_ago(4)))
    practice.set_catalogue_entry_active(practice.milestone_kinds, kind.id or 0, False)
    panel.refresh()
    assert column_texts(panel.table, MilestoneColumn.MILESTONE) == ["Goals set together"]
    panel.select(m.id or 0)
    dialog = panel.edit_selected()
    assert dialog is not None
    assert dialog.kind.currentText() == "Goals set together (no longer in the catalogue)"
    save(qtbot, dialog)
    assert practice.milestones.for_client(client.id or 0)[0].kind_id == kind.id
    new = open_new(qtbot, panel)
    assert "Goals set together" not in combo_texts(new.kind)
    new.reject()
    assert int(panel.table.currentIndex().data(MILESTONE_ID_ROLE)) == m.id
