"""Editing the catalogues (milestone kinds, agreement topics) and seeing the
changes in the panels' choices."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from practice_notes.domain.models import Client, Milestone
from practice_notes.services import Practice
from practice_notes.ui.catalogue_dialog import CatalogueDialog
from practice_notes.ui.panels.agreement_dialogs import NewAgreementDialog
from practice_notes.ui.panels.milestone_dialog import MilestoneDialog, other_kind_id
from practice_notes.ui.panels.milestones import MilestoneColumn, MilestonesPanel
from tests.gui import guikit
from tests.gui._relationship_fixtures import (  # noqa: F401 - fixtures
    client_fixture,
    column_texts,
    combo_texts,
    days_ago,
    practice_fixture,
    show_active,
)


def open_dialog(qtbot: Any, practice: Practice, which: str) -> CatalogueDialog:
    dialog = CatalogueDialog(practice, which)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def editor(qtbot: Any, dialog: CatalogueDialog) -> QLineEdit:
    """The in-place editor the table opened (F2, double click or Rename)."""

    def showing() -> list[QLineEdit]:
        return [e for e in dialog.table.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: len(showing()) == 1, timeout=5000)
    return showing()[0]


def names(dialog: CatalogueDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def offered(dialog: CatalogueDialog) -> list[str]:
    return [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]


def kinds_offered(practice: Practice, client: Client) -> list[str]:
    dialog = MilestoneDialog(practice, client.id or 0)
    try:
        return combo_texts(dialog.kind)
    finally:
        dialog.deleteLater()


def test_add_shows_up_in_the_milestone_choices(
    qtbot: Any, practice: Practice, client: Client
) -> None:
    dialog = open_dialog(qtbot, practice, "milestone_kinds")
    before = names(dialog)
    guikit.type_into(qtbot, dialog.new_label, "  Brought   a dream  ")
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.keyClick(dialog.new_label, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Return adds; it does not close the dialog
    assert names(dialog) == [*before, "Brought a dream"]
    assert dialog.current_entry() is not None
    assert dialog.current_entry().label == "Brought a dream"  # type: ignore[union-attr]
    assert dialog.new_label.text() == ""
    assert kinds_offered(practice, client)[-2:] == ["Brought a dream", "Other (custom)…"]


def test_add_explains_empty_and_duplicate_names(qtbot: Any, practice: Practice) -> None:
    dialog = open_dialog(qtbot, practice, "agreement_topics")
    count = len(names(dialog))
    guikit.click(qtbot, dialog.add_button)
    assert dialog.message.text() == "⚠ The name cannot be empty"
    guikit.type_into(qtbot, dialog.new_label, "FEES")
    assert not dialog.message.isVisibleTo(dialog)  # typing clears it
    guikit.click(qtbot, dialog.add_button)
    assert "already a topic called “Fees”" in dialog.message.text()
    assert len(names(dialog)) == count == len(practice.agreement_topics.all())


def test_rename_in_place_and_records_follow(
    qtbot: Any, practice: Practice, client: Client
) -> None:
    kind = practice.milestone_kinds.by_key("asked_for_help")
    practice.add_milestone(Milestone(client.id or 0, kind.id or 0, days_ago(3)))
    dialog = open_dialog(qtbot, practice, "milestone_kinds")
    assert dialog.select(kind.id or 0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    edit = editor(qtbot, dialog)
    assert edit.text() == "Asked for what they need"
    edit.selectAll()
    qtbot.keyClicks(edit, "Asked for help")
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert practice.milestone_kinds.get(kind.id or 0).label == "Asked for help"
    assert "Asked for help" in names(dialog) and "First disclosure" in names(dialog)
    assert "Asked for help" in names(dialog)
    panel = MilestonesPanel()
    qtbot.addWidget(panel)
    panel.show_client(practice, client.id or 0)
    assert column_texts(panel.table, MilestoneColumn.MILESTONE) == ["Asked for help"]
    panel.clear()
    # the old name can be used again for a new entry (the renamed one keeps its key)
    guikit.type_into(qtbot, dialog.new_label, "Asked for what they need")
    guikit.click(qtbot, dialog.add_button)
    assert names(dialog).count("Asked for what they need") == 1
    # an empty or duplicate new name is refused, and the old one stays
    dialog.select(kind.id or 0)
    dialog.rename_current()
    edit = editor(qtbot, dialog)
    edit.selectAll()
    qtbot.keyClicks(edit, "First disclosure")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=5000)
    assert "already a milestone kind called “First disclosure”" in dialog.message.text()
    assert practice.milestone_kinds.get(kind.id or 0).label == "Asked for help"
    assert "Asked for help" in names(dialog) and "First disclosure" in names(dialog)


def test_deactivate_hides_from_choices_and_reactivate_brings_back(
    qtbot: Any, practice: Practice, client: Client
) -> None:
    dialog = open_dialog(qtbot, practice, "agreement_topics")
    gifts = practice.agreement_topics.by_key("gifts")
    dialog.select(gifts.id or 0)
    assert dialog.toggle_button.text().replace("&", "") == "Deactivate"
    guikit.click(qtbot, dialog.toggle_button)
    assert practice.agreement_topics.get(gifts.id or 0).active is False
    row = names(dialog).index("Gifts")
    assert offered(dialog)[row] == "No — inactive"  # said in words, not by styling alone
    assert dialog.table.item(row, 0).font().italic()
    new = NewAgreementDialog(practice, client.id or 0)
    assert "Gifts" not in combo_texts(new.topic)
    new.deleteLater()
    assert dialog.toggle_button.text().replace("&", "") == "Reactivate"
    guikit.click(qtbot, dialog.toggle_button)
    assert practice.agreement_topics.get(gifts.id or 0).active is True
    new = NewAgreementDialog(practice, client.id or 0)
    assert "Gifts" in combo_texts(new.topic)
    new.deleteLater()
    # there is no way to delete an entry
    assert not [b for b in dialog.findChildren(type(dialog.add_button))
                if "delete" in b.text().lower()]


def test_move_up_and_down_sets_the_order_of_choices(
    qtbot: Any, practice: Practice, client: Client
) -> None:
    dialog = open_dialog(qtbot, practice, "milestone_kinds")
    first, second = names(dialog)[:2]
    dialog.table.setCurrentCell(1, 0)
    assert not dialog.down_button.isEnabled() or dialog.table.rowCount() > 2
    guikit.click(qtbot, dialog.up_button)
    assert names(dialog)[:2] == [second, first]
    assert not dialog.up_button.isEnabled()  # now at the top
    assert kinds_offered(practice, client)[:2] == [second, first]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(dialog)[:2] == [first, second]
    positions = [e.position for e in practice.milestone_kinds.all()]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    last = dialog.table.rowCount() - 1
    dialog.table.setCurrentCell(last, 0)
    assert not dialog.down_button.isEnabled()


def test_the_entry_behind_custom_milestones_is_not_listed(
    qtbot: Any, practice: Practice
) -> None:
    hidden = practice.milestone_kinds.get(other_kind_id(practice))
    dialog = open_dialog(qtbot, practice, "milestone_kinds")
    assert hidden.label not in names(dialog)
    assert len(names(dialog)) == len(practice.milestone_kinds.all()) - 1
    # moving entries keeps it last and every position distinct
    dialog.table.setCurrentCell(0, 0)
    guikit.click(qtbot, dialog.down_button)
    assert practice.milestone_kinds.all()[-1].id == hidden.id


def test_unknown_catalogue_is_a_programming_error(practice: Practice) -> None:
    with pytest.raises(ValueError, match="unknown catalogue"):
        CatalogueDialog(practice, "goals")  # type: ignore[arg-type]
