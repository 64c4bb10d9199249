"""Nothing typed into the app reaches the disk in clear: after a scripted session
with a marker string everywhere, no file under the data folder, the settings or
the temp folder holds the marker (UTF-8 or UTF-16)."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from practice_notes.services.unlock import open_practice
from practice_notes.ui.addendum_dialog import AddendumDialog
from practice_notes.ui.app import Controller
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.new_session import NewSessionDialog
from practice_notes.ui.search_dialog import SearchDialog
from practice_notes.ui.settings_dialog import SettingsDialog
from tests.gui.guikit import (
    PASSPHRASE,
    TIMEOUT,
    choose_attendance,
    click,
    click_box_button,
    dialog_button,
    encodings,
    files_containing,
    now,
    open_tab,
    type_into,
    unlock,
    visible_dialogs,
    wait_box,
    wait_dialog,
)

pytestmark = pytest.mark.gui


def test_the_scan_finds_a_marker_in_every_encoding(tmp_path: Path) -> None:
    """The scan below must be able to fail."""
    marker = f"Żółw-{uuid.uuid4().hex[:8]}"
    start = now()
    for n, data in enumerate(encodings(marker)):
        (tmp_path / f"f{n}.bin").write_bytes(b"\x00junk" + data + b"junk")
    (tmp_path / "clean.bin").write_bytes(b"nothing here")
    hits = files_containing([tmp_path], [marker], modified_since=start)
    assert len(hits) == 3
    assert all("clean.bin" not in h for h in hits)


def save_dialog(qtbot: object, dialog: object) -> None:
    click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Save))  # type: ignore


def test_no_marker_on_disk_after_a_session(
        qtbot: object, make_controller: Callable[[Path], Controller], existing_vault: Path,
        qsettings_dir: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from practice_notes.ui import note_editor

    monkeypatch.setattr(note_editor, "AUTOSAVE_MS", 100)
    token = uuid.uuid4().hex[:10]
    ascii_marker = f"Qmark{token}"
    other_marker = f"Żółć{token}名前"
    both = f"{ascii_marker} {other_marker}"
    start = now()

    controller = make_controller(existing_vault)
    window = controller.window
    unlock(qtbot, controller)

    # settings: therapist and practice names
    window.act_settings.trigger()
    settings = wait_dialog(qtbot, SettingsDialog)
    settings.therapist.clear()
    type_into(qtbot, settings.therapist, f"Dr {both}")
    type_into(qtbot, settings.contact, both)
    save_dialog(qtbot, settings)
    qtbot.waitUntil(lambda: not visible_dialogs(SettingsDialog))  # type: ignore

    # a client named with the marker
    click(qtbot, window.clients.add_button)
    dialog = wait_dialog(qtbot, ClientDialog)
    type_into(qtbot, dialog.name, f"Client {both}")
    type_into(qtbot, dialog.considerations, f"Considerations {both}")
    save_dialog(qtbot, dialog)
    qtbot.waitUntil(lambda: not visible_dialogs(ClientDialog))  # type: ignore
    type_into(qtbot, window.clients.search, ascii_marker)
    assert window.clients.proxy.rowCount() == 1

    # a note: every field, the private process notes, autosave, save, sign, addendum
    open_tab(qtbot, window.tabs, window.sessions)
    click(qtbot, window.sessions.new_button)
    new = wait_dialog(qtbot, NewSessionDialog)
    choose_attendance(qtbot, new, "attended")
    click(qtbot, new.ok_button)
    editor = window.sessions.editor
    for key in ("subjective", "objective", "assessment", "plan"):
        type_into(qtbot, editor.field(key), f"{key} {both}\nsecond line {both}")
    type_into(qtbot, editor.homework, f"homework {both}")
    type_into(qtbot, editor.process, f"private {both}")
    qtbot.waitUntil(lambda: editor.state_label.text().startswith("Draft kept safe"),  # type: ignore
                    timeout=TIMEOUT)
    click(qtbot, editor.sign_button)
    click_box_button(qtbot, wait_box(qtbot), "Sign and lock")
    qtbot.waitUntil(editor.banner.isVisible, timeout=TIMEOUT)  # type: ignore
    assert other_marker in editor.banner.text()  # signed by the therapist
    click(qtbot, editor.addendum_button)
    addendum = wait_dialog(qtbot, AddendumDialog)
    type_into(qtbot, addendum.text, f"addendum {both}")
    save_dialog(qtbot, addendum)
    qtbot.waitUntil(lambda: other_marker in editor.addenda.text())  # type: ignore

    # search for it
    window.act_search.trigger()
    search = wait_dialog(qtbot, SearchDialog)
    type_into(qtbot, search.query, ascii_marker)
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=TIMEOUT)  # type: ignore
    qtbot.keyClick(search.query, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not visible_dialogs(SearchDialog))  # type: ignore

    # lock, unlock, quit the way a person does
    controller.lock()
    unlock(qtbot, controller)
    window.close()
    qtbot.waitUntil(lambda: controller.practice is None, timeout=TIMEOUT)  # type: ignore
    settings_files = [p for p in qsettings_dir.rglob("*") if p.is_file()]
    assert settings_files, "the window geometry should have been saved"
    QSettings().sync()

    # the marker did go in (so the scan below means something) ...
    practice = open_practice(existing_vault, PASSPHRASE)
    try:
        assert practice.settings.load().therapist_name == f"Dr {both}"
        assert [s.client.name for s in practice.client_list()] == [f"Client {both}"]
        assert len(practice.search(ascii_marker)) >= 3
    finally:
        practice.vault.close()

    # ... and is in no file: data folder, home (XDG folders), settings, temp files
    markers = [ascii_marker, other_marker, token]
    folders = [existing_vault.parent, qsettings_dir, isolated_home]
    assert files_containing(folders, markers) == []
    assert files_containing([Path(tempfile.gettempdir())], markers, modified_since=start) == []
