"""Panels learn about changes from the service: the Qt adapter re-emits the
service's hooks, and a loaded panel reloads itself; nobody asks it to."""

from __future__ import annotations

from typing import Any

from practice_notes.domain.models import CheckIn, Client, Milestone
from practice_notes.services import Practice
from practice_notes.services.changes import Change, ChangeKind
from practice_notes.ui.change_signals import ChangeSignals
from practice_notes.ui.panels.milestones import MilestoneColumn
from practice_notes.ui.workspace import ClientWorkspace
from tests.gui._relationship_fixtures import (  # noqa: F401 - fixtures
    client_fixture,
    column_texts,
    days_ago,
    practice_fixture,
    show_active,
)


def test_the_adapter_re_emits_hooks_until_unbound(
    qtbot: Any, practice: Practice, client: Client
) -> None:
    signals = ChangeSignals()
    signals.bind(practice)
    got: list[object] = []
    signals.changed.connect(got.append)
    checkin = practice.add_checkin(CheckIn(client.id or 0, days_ago(1), 5, 5, 5, 5))
    assert got == []  # not inside the call that made the change
    qtbot.waitUntil(lambda: got == [Change(ChangeKind.CHECKIN, client.id or 0, checkin.id)])
    practice.add_checkin(CheckIn(client.id or 0, days_ago(2), 5, 5, 5, 5))
    signals.unbind()  # a lock between the change and its delivery: dropped
    practice.add_checkin(CheckIn(client.id or 0, days_ago(3), 5, 5, 5, 5))
    qtbot.wait(50)
    assert len(got) == 1


def test_a_loaded_panel_follows_changes_made_elsewhere(
    qtbot: Any, practice: Practice, client: Client
) -> None:
    ws = ClientWorkspace()
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    show_active(qtbot, ws)
    ws.show_client(practice, client.id or 0)
    ws.tabs.setCurrentWidget(ws.milestones)
    panel = ws.milestones

    def shown() -> list[str]:
        return column_texts(panel.table, MilestoneColumn.MILESTONE)

    assert shown() == []
    kind = practice.milestone_kinds.by_key("goal_set_together")
    # a change made through the service, not through this panel (as the CLI would)
    m = practice.add_milestone(Milestone(client.id or 0, kind.id or 0, days_ago(3)))
    assert shown() == []  # queued: never inside the call that made the change
    qtbot.waitUntil(lambda: shown() == [kind.label])
    # a catalogue rename reaches the panel too
    practice.rename_catalogue_entry(practice.milestone_kinds, kind.id or 0, "Goals agreed")
    qtbot.waitUntil(lambda: shown() == ["Goals agreed"])
    # another client's change leaves this panel alone; a deletion reaches it
    other = practice.add_client(Client("ZZ-01", "Zed Zero"))
    practice.add_milestone(Milestone(other.id or 0, kind.id or 0, days_ago(2)))
    qtbot.wait(50)
    assert shown() == ["Goals agreed"]
    practice.delete_milestone(m)
    qtbot.waitUntil(lambda: shown() == [])
    ws.clear()
    practice.add_milestone(Milestone(client.id or 0, kind.id or 0, days_ago(1)))
    qtbot.wait(50)
    assert shown() == []  # cleared, not reloaded
