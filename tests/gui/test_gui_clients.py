"""The client list: the table model and filter proxy on their own (no widgets),
then the panel driven by typing and clicking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.models import Client, Session
from practice_notes.services.unlock import open_practice
from practice_notes.ui.app import Controller
from practice_notes.ui.client_model import (
    CLIENT_ID_ROLE,
    ClientFilterProxy,
    ClientTableModel,
    Column,
    fold,
)
from practice_notes.vault.repos.clients import ClientSummary
from tests.gui.guikit import PASSPHRASE, click, type_into, unlock

pytestmark = pytest.mark.gui

ZOE, BOB, DANA, EMILE, SAM = 1, 2, 3, 4, 5


def summaries() -> list[ClientSummary]:
    def row(cid: int, code: str, name: str, status: ClientStatus, last: dt.date | None,
            preferred: str = "", pronouns: str = "") -> ClientSummary:
        client = Client(code, name, preferred_name=preferred, pronouns=pronouns, status=status,
                        id=cid)
        return ClientSummary(client, last, 0 if last is None else 3)

    return [
        row(ZOE, "ZA-01", "Zoë Ångström", ClientStatus.ACTIVE, dt.date(2024, 5, 2),
            pronouns="she/her"),
        row(BOB, "BC-01", "Bob Carter", ClientStatus.PAUSED, dt.date(2023, 11, 20)),
        row(DANA, "DE-01", "Dana Evans", ClientStatus.DISCHARGED, dt.date(2022, 1, 5)),
        row(EMILE, "EM-01", "Émile Moreau", ClientStatus.ACTIVE, dt.date(2024, 6, 1),
            preferred="Em"),
        row(SAM, "SO-01", "Sam Okafor", ClientStatus.ACTIVE, None),
    ]


@pytest.fixture
def models(qapp: QApplication) -> tuple[ClientTableModel, ClientFilterProxy]:
    model = ClientTableModel()
    model.set_clients(summaries())
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def ids(proxy: ClientFilterProxy) -> list[int]:
    return [int(proxy.index(r, 0).data(CLIENT_ID_ROLE)) for r in range(proxy.rowCount())]


# ----------------------------------------------------------- without widgets
def test_fold_ignores_case_and_accents() -> None:
    assert fold("Zoë Ångström") == "zoe angstrom"
    assert fold("ÉMILE") == "emile"
    assert fold("Straße") == "strasse"


def test_models_pass_the_qt_model_tester(qtmodeltester: object,
                                         models: tuple[ClientTableModel, ClientFilterProxy]
                                         ) -> None:
    model, proxy = models
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy.set_statuses(set(ClientStatus))
    proxy.sort(Column.LAST_SESSION, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_model_shows_each_column(models: tuple[ClientTableModel, ClientFilterProxy]) -> None:
    model, _proxy = models
    assert model.rowCount() == 5 and model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Name", "Code", "Status", "Last session"]
    zoe, emile, sam = model.row_of(ZOE), model.row_of(EMILE), model.row_of(SAM)
    assert model.index(zoe, Column.NAME).data() == "Zoë Ångström"
    assert model.index(emile, Column.NAME).data() == "Émile Moreau (Em)"
    assert model.index(zoe, Column.CODE).data() == "ZA-01"
    assert model.index(zoe, Column.STATUS).data() == "Active"
    assert model.index(zoe, Column.LAST_SESSION).data() == "02 May 2024"
    assert model.index(sam, Column.LAST_SESSION).data() == "—"
    assert model.index(zoe, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        "Zoë Ångström\nPronouns: she/her")
    assert model.index(emile, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == "Émile Moreau (Em)"
    assert model.index(zoe, Column.CODE).data(CLIENT_ID_ROLE) == ZOE
    assert model.row_of(999) == -1
    assert model.data(QModelIndex()) is None
    model.clear()
    assert model.rowCount() == 0


def test_proxy_filters_by_folded_words(models: tuple[ClientTableModel, ClientFilterProxy]
                                       ) -> None:
    _model, proxy = models
    assert sorted(ids(proxy)) == [ZOE, BOB, EMILE, SAM]  # discharged hidden by default
    proxy.set_text("zoe")
    assert ids(proxy) == [ZOE]
    proxy.set_text("ANGSTROM z")  # every word must match, in any order
    assert ids(proxy) == [ZOE]
    proxy.set_text("emile em")
    assert ids(proxy) == [EMILE]
    proxy.set_text("bc-01")  # codes too
    assert ids(proxy) == [BOB]
    proxy.set_text("dana")
    assert ids(proxy) == []  # discharged
    proxy.set_statuses({ClientStatus.DISCHARGED})
    assert ids(proxy) == [DANA]
    proxy.set_text("")
    assert ids(proxy) == [DANA]
    proxy.set_statuses(set())
    assert ids(proxy) == []


def test_proxy_sorts_by_last_session_and_by_name(
        models: tuple[ClientTableModel, ClientFilterProxy]) -> None:
    _model, proxy = models
    proxy.set_statuses(set(ClientStatus))
    proxy.sort(Column.LAST_SESSION, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == [EMILE, ZOE, BOB, DANA, SAM]  # never seen: last
    proxy.sort(Column.LAST_SESSION, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [SAM, DANA, BOB, ZOE, EMILE]
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    # accents and preferred names do not push a client to the end of the list
    assert ids(proxy) == [BOB, DANA, EMILE, SAM, ZOE]


# --------------------------------------------------------------- the panel
@pytest.fixture
def clients_vault(existing_vault: Path) -> dict[str, int]:
    practice = open_practice(existing_vault, PASSPHRASE)
    made: dict[str, int] = {}
    try:
        for s in summaries():
            c = s.client
            saved = practice.add_client(Client(c.code, c.display_name, c.preferred_name,
                                               c.pronouns, status=c.status))
            assert saved.id is not None
            made[c.code] = saved.id
            if s.last_session_on is not None:
                practice.save_session(Session(saved.id, dt.datetime.combine(
                    s.last_session_on, dt.time(9, 0)),  # with text: a session that counts
                    note_fields={"subjective": "came"}))
    finally:
        practice.vault.close()
    return made


def visible_names(controller: Controller) -> list[str]:
    proxy = controller.window.clients.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def test_search_as_you_type_and_enter_opens(qtbot: object, controller: Controller,
                                            clients_vault: dict[str, int]) -> None:
    unlock(qtbot, controller)
    panel = controller.window.clients
    assert len(visible_names(controller)) == 4
    type_into(qtbot, panel.search, "zoe")
    assert visible_names(controller) == ["Zoë Ångström"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert panel.current_client_id() == clients_vault["ZA-01"]
    assert "Zoë Ångström" in controller.window.header.text()
    panel.search.clear()
    type_into(qtbot, panel.search, "nobody like this")
    assert visible_names(controller) == []


def test_status_filter_checkboxes(qtbot: object, controller: Controller,
                                  clients_vault: dict[str, int]) -> None:
    unlock(qtbot, controller)
    boxes = controller.window.clients.status_boxes
    assert "Dana Evans" not in visible_names(controller)
    click(qtbot, boxes[ClientStatus.DISCHARGED])
    assert "Dana Evans" in visible_names(controller)
    click(qtbot, boxes[ClientStatus.ACTIVE])
    assert sorted(visible_names(controller)) == ["Bob Carter", "Dana Evans"]
    click(qtbot, boxes[ClientStatus.PAUSED])
    assert visible_names(controller) == ["Dana Evans"]


def test_going_to_a_hidden_client_shows_it(qtbot: object, controller: Controller,
                                           clients_vault: dict[str, int]) -> None:
    unlock(qtbot, controller)
    panel = controller.window.clients
    type_into(qtbot, panel.search, "bob")
    controller.window.go_to(clients_vault["DE-01"])
    assert panel.current_client_id() == clients_vault["DE-01"]
    assert panel.status_boxes[ClientStatus.DISCHARGED].isChecked()
    assert panel.search.text() == ""


def test_sorting_by_last_session_header(qtbot: object, controller: Controller,
                                        clients_vault: dict[str, int]) -> None:
    unlock(qtbot, controller)
    table = controller.window.clients.table
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(Column.LAST_SESSION) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=QPoint(x, 5))
    first = header.sortIndicatorOrder()
    names = visible_names(controller)
    expected = ["Sam Okafor", "Bob Carter", "Zoë Ångström", "Émile Moreau (Em)"]
    assert names == (expected if first == Qt.SortOrder.AscendingOrder else expected[::-1])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() != first
    assert visible_names(controller) == names[::-1]
