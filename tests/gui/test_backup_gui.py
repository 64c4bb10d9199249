"""The backup dialogs driven through their widgets on a real vault: back up now
(verified file, separate-passphrase checks), verify and test-restore (good and
bad passphrase), backup settings, and changing the passphrase (restore_dialog)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from practice_notes.backup.errors import BackupWrongPassphrase
from practice_notes.backup.verify import verify_backup
from practice_notes.domain.models import Client, PracticeSettings
from practice_notes.services import Practice, backups, create_practice
from practice_notes.services.backups import BackupSettings
from practice_notes.ui.backup_dialogs import (
    BackupDialog,
    BackupSettingsDialog,
    CheckBackupDialog,
)
from practice_notes.ui.restore_dialog import PassphraseDialog
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import WrongPassphrase
from tests.gui import guikit

CUSTODIAN = "custodian passphrase kept with the will"
NEW_PASSPHRASE = "a brand new passphrase for the vault"


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = create_practice(tmp_path / "data" / "practice.vault", guikit.PASSPHRASE,
                        PracticeSettings(therapist_name="Sam Rivers"))
    p.add_client(Client("AB-01", "Alex Brown", considerations="prefers mornings"))
    try:
        yield p
    finally:
        if p.vault.is_open:
            p.vault.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder


@pytest.fixture
def made(practice: Practice, usb: Path) -> Path:
    return backups.backup_now(practice, folder=usb).path


def shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save_button(dialog: QDialog) -> Any:
    return guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Save)


def actions(practice: Practice) -> list[str]:
    return [e.action for e in practice.audit.entries()]


# ----------------------------------------------------------------- back up now
def test_backup_dialog_writes_a_verified_backup(qtbot: Any, practice: Practice,
                                                usb: Path) -> None:
    backups.save_settings(practice, BackupSettings(folder=str(usb)))
    dialog = shown(qtbot, BackupDialog(practice))
    assert isinstance(dialog, BackupDialog)
    assert dialog.folder.text() == str(usb)  # the configured folder is offered
    assert not dialog.pass1.isEnabled()
    with qtbot.waitSignal(dialog.backed_up, timeout=guikit.TIMEOUT) as done, \
            qtbot.waitSignal(dialog.accepted, timeout=guikit.TIMEOUT):
        guikit.click(qtbot, dialog.go)
    [made] = list(usb.iterdir())
    assert done.args == [f"Backup written and verified: {made.name}"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    report, _key = verify_backup(made, guikit.PASSPHRASE)
    assert report.manifest.counts["clients"] == 1
    assert backups.status(practice).last_file == made.name
    assert actions(practice)[-1] == "backup"


def test_backup_dialog_with_a_separate_passphrase(qtbot: Any, practice: Practice,
                                                  usb: Path) -> None:
    dialog = shown(qtbot, BackupDialog(practice))
    assert isinstance(dialog, BackupDialog)
    guikit.type_into(qtbot, dialog.folder, str(usb))
    guikit.click(qtbot, dialog.separate)
    assert dialog.pass1.isEnabled() and dialog.pass2.isEnabled()

    guikit.type_into(qtbot, dialog.pass1, CUSTODIAN)
    guikit.type_into(qtbot, dialog.pass2, CUSTODIAN + "x")
    guikit.click(qtbot, dialog.go)
    assert dialog.message.text() == "The two passphrases are not the same."
    assert dialog.isVisible() and list(usb.iterdir()) == []

    dialog.pass1.clear()
    dialog.pass2.clear()
    guikit.type_into(qtbot, dialog.pass1, "short")
    guikit.type_into(qtbot, dialog.pass2, "short")
    guikit.click(qtbot, dialog.go)
    assert "at least" in dialog.message.text()
    assert list(usb.iterdir()) == []

    dialog.pass1.clear()
    dialog.pass2.clear()
    guikit.type_into(qtbot, dialog.pass1, CUSTODIAN)
    guikit.type_into(qtbot, dialog.pass2, CUSTODIAN)
    with qtbot.waitSignal(dialog.accepted, timeout=guikit.TIMEOUT):
        guikit.click(qtbot, dialog.go)
    [made] = list(usb.iterdir())
    verify_backup(made, CUSTODIAN)


def test_backup_dialog_explains_a_missing_folder(qtbot: Any, practice: Practice,
                                                 tmp_path: Path) -> None:
    dialog = shown(qtbot, BackupDialog(practice))
    assert isinstance(dialog, BackupDialog)
    guikit.click(qtbot, dialog.go)
    assert "Choose a folder" in dialog.message.text()
    guikit.type_into(qtbot, dialog.folder, str(tmp_path / "unplugged"))
    guikit.click(qtbot, dialog.go)
    assert "does not exist" in dialog.message.text()
    assert dialog.isVisible()


# ------------------------------------------------------- verify / test-restore
def check(qtbot: Any, dialog: CheckBackupDialog, path: Path, passphrase: str) -> str:
    dialog.file.setText(str(path))
    dialog.passphrase.clear()
    guikit.type_into(qtbot, dialog.passphrase, passphrase)
    guikit.click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.go.isEnabled(), timeout=guikit.TIMEOUT)
    return dialog.message.text()


@pytest.mark.parametrize("test_restore", [False, True], ids=["verify", "test-restore"])
def test_check_dialog_good_and_bad_passphrase(qtbot: Any, practice: Practice, made: Path,
                                              test_restore: bool) -> None:
    dialog = shown(qtbot, CheckBackupDialog(practice, test_restore=test_restore))
    assert isinstance(dialog, CheckBackupDialog)
    assert dialog.go.text() == ("Test-restore" if test_restore else "Verify")
    before = (made.stat().st_mtime_ns, made.read_bytes())

    text = check(qtbot, dialog, made, guikit.PASSPHRASE)
    prefix = "Test-restore succeeded. Backup made " if test_restore else "Backup made "
    assert text.startswith(prefix) and text.endswith("verified.")
    assert "with 1 client and" in text

    text = check(qtbot, dialog, made, "not the right passphrase")
    assert text == BackupWrongPassphrase.default_message
    assert dialog.isVisible()
    assert (made.stat().st_mtime_ns, made.read_bytes()) == before
    action = "test_restore" if test_restore else "verify_backup"
    log = [(e.action, e.detail) for e in practice.audit.entries()][-2:]
    assert log == [(action, f"{made.name} ok"),
                   (action, f"{made.name} failed: BackupWrongPassphrase")]


def test_check_dialog_without_a_vault_and_a_damaged_file(qtbot: Any, made: Path,
                                                         tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pnbackup"
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    dialog = shown(qtbot, CheckBackupDialog(None, test_restore=False))
    assert isinstance(dialog, CheckBackupDialog)
    guikit.click(qtbot, dialog.go)
    assert dialog.message.text() == "Choose the backup file and type its passphrase."
    text = check(qtbot, dialog, damaged, guikit.PASSPHRASE)
    assert text == "The backup file is damaged; it cannot be restored. Use another backup."


# ------------------------------------------------------------------ settings
def test_backup_settings_round_trip(qtbot: Any, practice: Practice, usb: Path) -> None:
    dialog = shown(qtbot, BackupSettingsDialog(practice))
    assert isinstance(dialog, BackupSettingsDialog)
    assert dialog.keep.value() == 10 and not dialog.daily.isChecked()
    guikit.type_into(qtbot, dialog.folder, "relative/folder")
    guikit.click(qtbot, save_button(dialog))
    assert dialog.message.text() == "Choose a full folder path for backups"
    assert dialog.isVisible()

    dialog.folder.clear()
    guikit.type_into(qtbot, dialog.folder, str(usb))
    for box in (dialog.on_close, dialog.daily):  # ticked with the keyboard
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    dialog.keep.setValue(4)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        guikit.click(qtbot, save_button(dialog))
    assert backups.load_settings(practice) == BackupSettings(
        folder=str(usb), on_close=True, daily=True, keep=4)

    again = shown(qtbot, BackupSettingsDialog(practice))
    assert isinstance(again, BackupSettingsDialog)
    assert (again.folder.text(), again.on_close.isChecked(), again.daily.isChecked(),
            again.keep.value()) == (str(usb), True, True, 4)


# ---------------------------------------------------------------- passphrase
def test_passphrase_dialog_changes_the_passphrase(qtbot: Any, practice: Practice) -> None:
    path = practice.vault.path
    dialog = shown(qtbot, PassphraseDialog(practice, intro="The restored vault opens with "
                                           "the backup's passphrase. Set a new one?"))
    assert isinstance(dialog, PassphraseDialog)
    guikit.type_into(qtbot, dialog.old, guikit.PASSPHRASE)
    guikit.type_into(qtbot, dialog.new1, NEW_PASSPHRASE)
    guikit.type_into(qtbot, dialog.new2, NEW_PASSPHRASE + "?")
    guikit.click(qtbot, save_button(dialog))
    assert dialog.message.text() == "The two new passphrases are not the same."

    dialog.new2.clear()
    guikit.type_into(qtbot, dialog.new2, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=guikit.TIMEOUT):
        guikit.click(qtbot, save_button(dialog))
    assert actions(practice)[-1] == "passphrase_change"
    practice.vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, guikit.PASSPHRASE)
    Vault.open(path, NEW_PASSPHRASE).close()


def test_passphrase_dialog_with_the_wrong_current_passphrase(qtbot: Any,
                                                             practice: Practice) -> None:
    dialog = shown(qtbot, PassphraseDialog(practice))
    assert isinstance(dialog, PassphraseDialog)
    guikit.type_into(qtbot, dialog.old, "this is not it at all")
    guikit.type_into(qtbot, dialog.new1, NEW_PASSPHRASE)
    guikit.type_into(qtbot, dialog.new2, NEW_PASSPHRASE)
    guikit.click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=guikit.TIMEOUT)
    assert "passphrase" in dialog.message.text().lower()
    assert dialog.isVisible()
    path = practice.vault.path
    practice.vault.close()
    Vault.open(path, guikit.PASSPHRASE).close()
