"""Client ▸ Discharge asks first (Cancel changes nothing), then discharges with
today's date, from which retention runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from practice_notes.domain.enums import ClientStatus
from practice_notes.ui.app import Controller
from tests.gui.guikit import click_box_button, unlock, wait_box
from tests.gui.test_gui_idle import open_seeded_session

pytestmark = pytest.mark.gui


def test_discharge_asks_then_records_the_day(
        qtbot: object, controller: Controller, seeded_vault: tuple[Path, int, int]) -> None:
    _path, client_id, session_id = seeded_vault
    unlock(qtbot, controller)
    open_seeded_session(qtbot, controller, client_id, session_id)
    practice = controller.practice
    assert practice is not None
    controller.window.act_discharge.trigger()
    box = wait_box(qtbot)
    assert "Discharge" in box.text() and "records are kept" in box.informativeText()
    click_box_button(qtbot, box, "Cancel")
    assert practice.clients.get(client_id).status is ClientStatus.ACTIVE
    controller.window.act_discharge.trigger()
    click_box_button(qtbot, wait_box(qtbot), "Discharge")
    client = practice.clients.get(client_id)
    assert client.status is ClientStatus.DISCHARGED
    assert client.discharged_on == dt.date.today()
