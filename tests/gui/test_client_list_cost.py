"""Unlocking with thousands of clients: the client list is sorted by the model
in Python, on keys worked out once, so filling and sorting it asks data() of
nothing (the proxy's own sort asked it twice per comparison: 43,000 calls for
2,000 clients), and the selection follows a client when the order changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.models import Client
from practice_notes.ui.client_model import (
    CLIENT_ID_ROLE,
    ClientFilterProxy,
    ClientTableModel,
    Column,
)
from practice_notes.vault.repos.clients import ClientSummary

pytestmark = pytest.mark.gui


class Counting(ClientTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def data(self, *args: object) -> object:  # type: ignore[override]
        self.calls += 1
        return super().data(*args)  # type: ignore[arg-type]


def summaries(n: int) -> list[ClientSummary]:
    return [ClientSummary(Client(f"C-{k:04d}", f"Name {(k * 7919) % n:04d}", id=k + 1,
                                 status=ClientStatus.ACTIVE),
                          dt.date(2020, 1, 1) + dt.timedelta(days=k), k) for k in range(n)]


def test_filling_and_sorting_ask_no_cell(qapp: object) -> None:
    model, proxy = Counting(), ClientFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.set_clients(summaries(2000))
    assert model.calls == 0
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names) and len(names) == 2000
    model.calls = 0
    proxy.sort(Column.LAST_SESSION, Qt.SortOrder.DescendingOrder)
    assert model.calls == 0
    assert proxy.index(0, Column.CODE).data() == "C-1999"


def test_the_selection_follows_its_client_when_sorted(qapp: object) -> None:
    model, proxy = ClientTableModel(), ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_clients(summaries(50))
    selection = QItemSelectionModel(proxy)
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(CLIENT_ID_ROLE) == 10)
    selection.setCurrentIndex(proxy.index(row, 0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert selection.currentIndex().data(CLIENT_ID_ROLE) == 10
    assert selection.currentIndex().row() != row


def test_texts_are_worked_out_for_the_rows_shown_and_the_column_sorted(
        qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window shows a screenful of 2,000 rows; sorting needs one column's keys."""
    from practice_notes.ui import client_model

    shown: list[str] = []
    keyed: list[int] = []
    real_shown, real_key = client_model._shown, client_model._sort_key

    def count_shown(s: ClientSummary, labels: dict[ClientStatus, str]) -> tuple[str, ...]:
        shown.append(s.client.code)
        return real_shown(s, labels)

    def count_key(s: ClientSummary, column: int, labels: dict[ClientStatus, str]) -> str:
        keyed.append(column)
        return real_key(s, column, labels)

    monkeypatch.setattr(client_model, "_shown", count_shown)
    monkeypatch.setattr(client_model, "_sort_key", count_key)
    model, proxy = ClientTableModel(), ClientFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.set_clients(summaries(2000))
    assert shown == [] and keyed == [Column.NAME] * 2000
    first = [proxy.index(r, Column.NAME).data() for r in range(5)]
    assert first == [f"Name {k:04d}" for k in range(5)]
    assert len(shown) == 5
    [proxy.index(r, c).data() for r in range(5) for c in Column]  # cached: no more work
    assert len(shown) == 5
    keyed.clear()
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)  # its keys are kept
    assert keyed == [Column.STATUS] * 2000
    assert proxy.index(0, Column.NAME).data() == "Name 1999"
