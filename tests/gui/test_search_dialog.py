"""The search window's data path: a page of hits at a time (more as the list
scrolls), each with its client's name and date, and one-line messages for
searches that cannot run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from practice_notes.domain.models import Client, Session
from practice_notes.services import Practice
from practice_notes.services.unlock import open_practice
from practice_notes.ui.search_dialog import HIT_ROLE, PAGE, SearchDialog
from tests.gui import guikit

pytestmark = pytest.mark.gui


@pytest.fixture
def practice(existing_vault: Path) -> Iterator[Practice]:
    p = open_practice(existing_vault, guikit.PASSPHRASE)
    client = p.add_client(Client("AB-01", "Ada Byron", preferred_name="Ada"))
    for n in range(PAGE + 12):
        p.save_session(Session(client.id or 0, dt.datetime(2024, 1, 1, 9) + dt.timedelta(days=n),
                               note_fields={"subjective": f"pagedword number {n}"}))
    try:
        yield p
    finally:
        p.vault.close()


def test_pages_of_hits_newest_first(qtbot: QtBot, practice: Practice) -> None:
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    dialog.query.setText("pagedword")
    dialog.run_search()
    model = dialog.model
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert dialog.count.text() == "Newest first; scroll for more"
    first = model.index(0, 0).data(HIT_ROLE)
    assert first.date == dt.date(2024, 1, 1) + dt.timedelta(days=PAGE + 11)
    text = str(model.index(0, 0).data())
    assert "Ada · Session note · " in text and "<b>pagedword</b>" in text
    model.fetchMore()
    assert model.rowCount() == PAGE + 12 and not model.canFetchMore()
    dates = [model.index(r, 0).data(HIT_ROLE).date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) == PAGE + 12


@pytest.mark.parametrize(("typed", "message"), [
    ("p", "Type at least 2 letters to search."),
    ('"pagedword num', "A quote is not closed: close it to search for the phrase."),
])
def test_searches_that_cannot_run_say_why(qtbot: QtBot, practice: Practice, typed: str,
                                          message: str) -> None:
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    dialog.query.setText("pagedword")
    dialog.run_search()
    dialog.query.setText(typed)
    dialog.run_search()
    assert dialog.model.rowCount() == 0 and dialog.count.text() == message


def test_a_phrase_and_a_short_result(qtbot: QtBot, practice: Practice) -> None:
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    dialog.query.setText('"pagedword number 7"')
    dialog.run_search()
    assert dialog.model.rowCount() == 1 and dialog.count.text() == "1 result"
    assert not dialog.model.canFetchMore()
