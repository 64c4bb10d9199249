"""The Overview on a real vault: the symptoms card (latest PHQ-9 / GAD-7 with band,
change since the first score, a small trend), the item-9 banner that stands at the
top until the follow-up is noted, and empty cards that take one line each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from practice_notes.domain.enums import Instrument
from practice_notes.domain.models import MeasureResult
from practice_notes.ui.panels.measure_dialogs import MeasureDialog
from practice_notes.ui.panels.overview import OverviewPanel
from tests.gui import guikit
from tests.gui._measure_fixtures import Workspace, activate, focused, make_workspace, press

pytestmark = pytest.mark.gui
PHQ, GAD = Instrument.PHQ9, Instrument.GAD7
SAVE = QDialogButtonBox.StandardButton.Save
# PHQ-9 of 11 with item 9 answered "several days" (the client)
PHQ_11_ITEM9 = (2, 2, 1, 1, 1, 1, 1, 1, 1)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path)
    yield workspace
    workspace.practice.vault.close()


@pytest.fixture
def panel(qtbot: Any, ws: Workspace) -> Iterator[OverviewPanel]:
    widget = OverviewPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    activate(qtbot, widget)
    yield widget
    widget.clear()


def add(ws: Workspace, instrument: Instrument, day: dt.date, items: tuple[int, ...],
        note: str = "") -> MeasureResult:
    return ws.practice.add_measure(MeasureResult(client_id=ws.client_id, instrument=instrument,
                                                 taken_on=day, items=items, note=note))


def texts(widget: Any) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisibleTo(widget))


def test_new_client_cards_say_what_to_do_in_one_line(qtbot: Any, panel: OverviewPanel,
                                                     ws: Workspace) -> None:
    panel.show_client(ws.practice, ws.client_id)
    assert not panel.item9.isVisibleTo(panel)
    empties = {card.title(): [label.text() for label in card.findChildren(QLabel)
                              if label.objectName() == "empty-card"]
               for card in (panel.goals, panel.symptoms, panel.milestones,
                            panel.agreements, panel.alliance)}
    assert empties == {
        "Goals we are working on": ["No active goals yet: add one in the client's own words."],
        "Symptoms (PHQ-9, GAD-7)": ["No PHQ-9 or GAD-7 yet: add one under Measures."],
        "Recent milestones": ["None yet: note the moments that matter."],
        "Agreements to review": ["None due for review in the next two weeks."],
        "Our working relationship": ["No check-ins yet: ask how therapy is going."],
    }
    # each empty card is one line of text and a link: little room, no stretched boxes
    line = panel.fontMetrics().height()
    for card in (panel.goals, panel.symptoms, panel.milestones, panel.agreements,
                 panel.alliance):
        qtbot.waitUntil(lambda c=card: c.height() > 0)
        assert card.height() < 5 * line, (card.title(), card.height(), line)
    # and the sessions there were (three, weeks ago) are not counted as recent
    qtbot.waitUntil(lambda: "No sessions in these 90 days." in texts(panel.attendance))


def test_symptoms_card_latest_band_change_and_trend(panel: OverviewPanel,
                                                    ws: Workspace) -> None:
    today = dt.date.today()
    add(ws, PHQ, today - dt.timedelta(days=70), (2, 2, 2, 2, 2, 2, 2, 2, 0))  # 16
    add(ws, PHQ, today - dt.timedelta(days=14), (1, 1, 1, 1, 1, 1, 1, 1, 0))  # 8
    add(ws, GAD, today - dt.timedelta(days=14), (2, 2, 2, 2, 1, 1, 1))  # 11
    panel.show_client(ws.practice, ws.client_id)
    card = panel.symptoms
    assert card.empty is None
    phq, gad = (label.text() for label in card.lines)
    assert "<b>PHQ-9</b> 8 — mild" in phq
    assert "Down 8 points since the first (16 on" in phq
    assert "<b>GAD-7</b> 11 — moderate" in gad
    assert "First score; the change shows after the next one." in gad
    assert [t.has_points() for t in card.trends] == [True, True]
    assert [len(t.series[0].points) for t in card.trends] == [2, 1]
    assert card.summary is not None
    # PHQ-9 down 8 (reliable: 6 or more); the lone GAD-7 of 11 is still at caseness
    assert card.summary.text() == "Change: reliable improvement."
    assert "NHS Talking Therapies" in card.summary.toolTip()


def test_item9_stands_at_the_top_until_the_follow_up_is_noted(
        qtbot: Any, panel: OverviewPanel, ws: Workspace) -> None:
    result = add(ws, PHQ, dt.date.today() - dt.timedelta(days=3), PHQ_11_ITEM9)
    panel.show_client(ws.practice, ws.client_id)
    # the measure shows on the Overview, with its band ...
    assert "<b>PHQ-9</b> 11 — moderate" in panel.symptoms.lines[0].text()
    # ... and the item-9 answer stands above every card
    assert panel.item9.isVisibleTo(panel)
    assert "no follow-up is noted yet" in panel.item9.text.text()
    top = panel.item9.mapTo(panel, panel.item9.rect().topLeft()).y()
    for card in panel.cards + [panel.symptoms]:
        assert card.mapTo(panel, card.rect().topLeft()).y() > top

    guikit.click(qtbot, panel.item9.button)
    dialog = panel.follow_up_dialog
    assert isinstance(dialog, MeasureDialog)
    activate(qtbot, dialog)
    assert dialog.original == result
    # it was acknowledged when saved: noting the follow-up does not ask again
    assert dialog.acknowledge.isChecked()
    dialog.note.setFocus()
    assert focused() is dialog.note
    press(qtbot, "Discussed; no plan or intent; safety plan reviewed")
    with qtbot.waitSignal(panel.status_message) as said:
        guikit.click(qtbot, guikit.dialog_button(dialog, SAVE))
    assert "Follow-up noted" in said.args[0]
    [saved] = ws.practice.measures.for_client(ws.client_id)
    assert saved.note == "Discussed; no plan or intent; safety plan reviewed"
    assert saved.items == PHQ_11_ITEM9
    # once noted, the banner is gone; the symptoms card stays
    assert not panel.item9.isVisibleTo(panel)
    assert "<b>PHQ-9</b> 11 — moderate" in panel.symptoms.lines[0].text()


def test_item9_banner_lists_only_answers_not_followed_up(panel: OverviewPanel,
                                                         ws: Workspace) -> None:
    today = dt.date.today()
    add(ws, PHQ, today - dt.timedelta(days=60), PHQ_11_ITEM9, note="Talked it through")
    panel.show_client(ws.practice, ws.client_id)
    assert not panel.item9.isVisibleTo(panel)  # noted with the result: followed up
    waiting = add(ws, PHQ, today - dt.timedelta(days=5), PHQ_11_ITEM9)
    panel.refresh()
    assert panel.item9.isVisibleTo(panel)
    assert panel.item9.waiting == (waiting,)
    day = f"{waiting.taken_on.day} {waiting.taken_on:%b %Y}"
    assert day in panel.item9.text.text()
