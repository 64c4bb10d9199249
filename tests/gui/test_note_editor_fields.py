"""Opening a note of the format already shown reuses the editor's field widgets
(opening a client stays quick): the text is replaced, no earlier note can come
back through undo, and a lock still leaves no note text in any widget."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from practice_notes.domain.enums import NoteFormat
from practice_notes.domain.models import Client, Session
from practice_notes.services import create_practice
from practice_notes.ui.note_editor import NoteEditor
from tests.gui.guikit import PASSPHRASE

pytestmark = pytest.mark.gui


def test_same_format_reuses_the_fields_and_keeps_no_undo(qtbot: Any, tmp_path: Path) -> None:
    practice = create_practice(tmp_path / "e.vault", PASSPHRASE)
    try:
        cid = practice.add_client(Client("AB-01", "Alex Brown")).id or 0
        notes = [practice.save_session(Session(
            cid, dt.datetime(2024, 1, 1 + n, 9), note_format=NoteFormat.SOAP,
            note_fields={"subjective": f"Firstmark{n} said", "plan": f"Planmark{n}"}))
            for n in range(2)]
        dap = practice.save_session(Session(cid, dt.datetime(2024, 1, 5, 9),
                                            note_format=NoteFormat.DAP,
                                            note_fields={"data": "Datamark"}))
        editor = NoteEditor()
        qtbot.addWidget(editor)
        editor.load(practice, notes[0], [])
        fields = dict(editor._fields)
        editor.load(practice, notes[1], [])
        assert editor._fields == fields  # the same widgets
        assert editor.field("subjective").toPlainText() == "Firstmark1 said"
        assert editor.field("plan").toPlainText() == "Planmark1"
        for edit in fields.values():
            assert not edit.document().isUndoAvailable()  # the first note is gone
        editor.load(practice, dap, [])
        assert set(editor._fields) == {"data", "assessment", "plan"}
        assert editor.field("data").toPlainText() == "Datamark"
        editor.clear()
        for edit in editor._fields.values():
            assert edit.toPlainText() == "" and not edit.document().isUndoAvailable()
        assert not editor.isEnabled()
    finally:
        practice.vault.close()
