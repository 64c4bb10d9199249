"""The search window's data path: a page of hits at a time (more as the list
scrolls), each with its client's name and date, and one-line messages for
searches that cannot run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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


def test_each_hit_names_its_field_and_date_and_private_is_marked(
        qtbot: QtBot, practice: Practice) -> None:
    client = practice.clients.by_code("AB-01")
    practice.save_session(Session(
        client.id or 0, dt.datetime(2025, 3, 7, 9),
        note_fields={"subjective": "Spoke about the garden."},
        process_notes="Gardenia image again: grief for the father?"))
    dialog = SearchDialog(practice)
    qtbot.addWidget(dialog)
    dialog.query.setText("garden")
    dialog.run_search()
    model = dialog.model
    assert model.rowCount() == 1  # one session: the best window, labelled by its field
    hit = model.index(0, 0).data(HIT_ROLE)
    assert hit.field == "note_fields" and not hit.private
    text = str(model.index(0, 0).data())
    assert "Ada · Session note · 7 Mar 2025" in text and "Gardenia" not in text
    dialog.query.setText("gardenia")
    dialog.run_search()
    text = str(model.index(0, 0).data())
    spoken = str(model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    # private process notes: named, marked private (and styled apart), dated
    assert "Private process notes (private)</span> · 7 Mar 2025" in text
    assert 'style="color: #6b4f1d' in text and "Spoke about" not in text
    assert spoken.startswith("Ada, Private process notes (private), 7 Mar 2025: ")
