"""The unlock gate: each way an unlock can fail says what happened and what to do."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from practice_notes.services.unlock import create_practice
from practice_notes.ui.app import Controller
from practice_notes.vault.errors import VaultInUse, WrongPassphrase
from tests.gui.guikit import (
    PASSPHRASE,
    TIMEOUT,
    click,
    spawn_helper,
    stop_helper,
    type_into,
    unlock,
    wait_line,
)

pytestmark = pytest.mark.gui


def try_unlock(qtbot: object, controller: Controller, passphrase: str) -> str:
    """Type a passphrase, press Enter, wait for the outcome; the message shown."""
    gate = controller.gate
    message = gate.unlock_page.message
    gate.passphrase.clear()
    type_into(qtbot, gate.passphrase, passphrase)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: gate.unlock_button.isEnabled() and message.text() != "Unlocking…",
        timeout=TIMEOUT,
    )
    assert controller.practice is None
    assert gate.isVisible() and not controller.window.isVisible()
    return message.text()


def test_wrong_passphrase_says_so_and_selects_the_field(qtbot: object,
                                                       controller: Controller) -> None:
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.unlock_page
    assert "practice.vault" in gate.unlock_page.intro.text()
    text = try_unlock(qtbot, controller, "not the passphrase")
    assert text == WrongPassphrase.default_message
    assert "Caps Lock" in text
    assert gate.passphrase.selectedText() == "not the passphrase"
    assert gate.focusWidget() is gate.passphrase
    assert not gate.next_step.isVisible()  # retrying is the next step: nothing to open
    # and the right passphrase still works afterwards
    unlock(qtbot, controller)


def test_empty_passphrase_asks_for_one(qtbot: object, controller: Controller) -> None:
    gate = controller.gate
    click(qtbot, gate.unlock_button)
    assert gate.unlock_page.message.text() == "Type your passphrase."
    assert controller.practice is None


def test_plain_sqlite_file_is_not_a_vault(qtbot: object,
                                         make_controller: Callable[[Path], Controller],
                                         tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    controller = make_controller(path)
    text = try_unlock(qtbot, controller, PASSPHRASE)
    assert text == "This is an unencrypted SQLite database, not a Practice Notes vault."
    assert controller.gate.next_step.isVisible()
    assert controller.gate.next_step.text() == "Open another vault…"
    assert path.read_bytes().startswith(b"SQLite format 3\x00")  # left as it was


def test_random_file_is_not_a_vault(qtbot: object,
                                   make_controller: Callable[[Path], Controller],
                                   tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    data = os.urandom(10_000)
    path.write_bytes(data)
    controller = make_controller(path)
    text = try_unlock(qtbot, controller, PASSPHRASE)
    assert text.startswith("This file is not a Practice Notes vault")
    assert controller.gate.next_step.isVisible()
    assert controller.gate.next_step.text() == "Open another vault…"
    assert path.read_bytes() == data


def test_damaged_vault_points_to_a_backup(qtbot: object,
                                         make_controller: Callable[[Path], Controller],
                                         existing_vault: Path) -> None:
    # damage the first page's content (after the 16-byte salt): its HMAC fails,
    # the other pages still verify with the right key
    with existing_vault.open("r+b") as fh:
        fh.seek(200)
        chunk = fh.read(16)
        fh.seek(200)
        fh.write(bytes(b ^ 0xFF for b in chunk))
    controller = make_controller(existing_vault)
    text = try_unlock(qtbot, controller, PASSPHRASE)
    assert text.startswith("The vault file is damaged")
    assert "backup" in text
    assert controller.gate.next_step.isVisible()
    assert "backup" in controller.gate.next_step.text().lower()


def test_missing_vault_shows_the_welcome_page(qtbot: object,
                                             make_controller: Callable[[Path], Controller],
                                             vault_path: Path) -> None:
    controller = make_controller(vault_path)
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.welcome_page
    assert not vault_path.exists()


def test_second_instance_is_refused(qtbot: object,
                                   make_controller: Callable[[Path], Controller],
                                   existing_vault: Path) -> None:
    other = spawn_helper("hold", str(existing_vault), PASSPHRASE)
    try:
        wait_line(other, "READY")
        controller = make_controller(existing_vault)
        text = try_unlock(qtbot, controller, PASSPHRASE)
        assert text == VaultInUse.default_message
        assert "already open" in text
        assert controller.gate.next_step.isVisible()
        assert controller.gate.next_step.text() == "Open another vault…"
    finally:
        stop_helper(other)
    # once the other process is gone (killed, even) the vault opens here
    unlock(qtbot, controller)


def test_second_window_in_the_same_process_is_refused_too(
        qtbot: object, make_controller: Callable[[Path], Controller],
        vault_path: Path) -> None:
    first = create_practice(vault_path, PASSPHRASE)
    try:
        controller = make_controller(vault_path)
        assert try_unlock(qtbot, controller, PASSPHRASE) == VaultInUse.default_message
    finally:
        first.vault.close()
