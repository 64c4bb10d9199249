"""The backup use cases: settings, backup now with rotation (oldest removed only
after a new backup verified), status and staleness warnings, daily backups, and
an audit entry for every operation. Real vaults and backups in tmp_path."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from practice_notes.backup import create as backup_create
from practice_notes.backup.errors import BackupError, BackupMismatch, BackupWrongPassphrase
from practice_notes.domain.errors import ValidationError
from practice_notes.services import backups
from practice_notes.services.backups import BackupSettings
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import open_practice
from tests.unit import backup_kit as kit
from tests.unit.backup_kit import CUSTODIAN, OTHER_PASSPHRASE, PASSPHRASE

NOW = dt.datetime(2025, 3, 14, 12, 0, 0)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder


def configure(practice: Practice, folder: Path, keep: int = 10, daily: bool = False) -> None:
    backups.save_settings(practice, BackupSettings(folder=str(folder), on_close=True,
                                                   daily=daily, keep=keep))


def dated(folder: Path, n: int) -> Path:
    """The n-th automatic backup name (dated, so name order is age order)."""
    return folder / f"practice-notes-202401{n:02d}-120000.pnbackup"


def actions(practice: Practice) -> list[tuple[str, str]]:
    return [(e.action, e.detail) for e in practice.audit.entries()]


# ----------------------------------------------------------------- settings
def test_settings_round_trip_and_defaults(practice: Practice, usb: Path) -> None:
    assert backups.load_settings(practice) == BackupSettings()
    wanted = BackupSettings(folder=str(usb), on_close=True, daily=True, keep=3)
    backups.save_settings(practice, wanted)
    assert backups.load_settings(practice) == wanted
    backups.save_settings(practice, BackupSettings(folder="", keep=365))
    assert backups.load_settings(practice) == BackupSettings(folder="", keep=365)


@pytest.mark.parametrize(("settings", "field"), [
    (BackupSettings(keep=0), "keep"),
    (BackupSettings(keep=366), "keep"),
    (BackupSettings(folder="relative/folder"), "folder"),
])
def test_settings_refused(practice: Practice, settings: BackupSettings, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        backups.save_settings(practice, settings)
    assert caught.value.field == field
    assert backups.load_settings(practice) == BackupSettings()


# --------------------------------------------------------------- backup now
def test_backup_now_writes_a_verified_dated_backup_and_records_it(
    practice: Practice, client: object, usb: Path
) -> None:
    configure(practice, usb)
    result = backups.backup_now(practice)
    assert result.path.parent == usb
    assert re.fullmatch(r"practice-notes-\d{8}-\d{6}\.pnbackup", result.path.name)
    backups.verify(None, result.path, PASSPHRASE)
    st = backups.status(practice)
    assert st.last_file == result.path.name and st.folder_ok and st.warning is None
    assert st.last_at is not None
    assert abs((dt.datetime.now() - st.last_at).total_seconds()) < 60
    assert st.text.startswith("Last backup ")
    action, detail = actions(practice)[-1]
    assert action == "backup" and detail.startswith(result.path.name)
    assert "separate_passphrase=False" in detail


def test_two_backups_in_the_same_second_get_different_names(practice: Practice,
                                                            usb: Path) -> None:
    configure(practice, usb)
    first = backups.backup_now(practice)
    second = backups.backup_now(practice)
    assert first.path != second.path
    assert sorted(p.name for p in usb.iterdir()) == sorted([first.path.name,
                                                            second.path.name])


def test_backup_now_needs_a_folder(practice: Practice) -> None:
    with pytest.raises(ValidationError) as caught:
        backups.backup_now(practice)
    assert caught.value.field == "folder"


def test_backup_now_with_a_separate_passphrase(practice: Practice, usb: Path) -> None:
    result = backups.backup_now(practice, folder=usb, passphrase=CUSTODIAN)
    assert result.separate_passphrase
    backups.verify(None, result.path, CUSTODIAN)
    with pytest.raises(BackupWrongPassphrase):
        backups.verify(None, result.path, PASSPHRASE)
    assert "separate_passphrase=True" in actions(practice)[-1][1]


# ----------------------------------------------------------------- rotation
def test_rotation_keeps_the_newest_n(practice: Practice, usb: Path) -> None:
    configure(practice, usb, keep=3)
    others = [usb / "my own copy.pnbackup", usb / "notes.txt",
              usb / ".practice-notes-20240101-000000.pnbackup.abc.part"]
    for p in others:
        p.write_bytes(b"not ours to remove")
    made = []
    for n in range(1, 7):
        made.append(backups.backup_now(practice, out=dated(usb, n)).path)
        ours = sorted(p for p in usb.iterdir() if p.name.startswith("practice-notes-"))
        assert ours == made[-3:]
    assert all(p.exists() for p in others)
    # a manual backup into the backup folder counts too, and is the newest
    latest = backups.backup_now(practice, folder=usb)
    assert sorted(p for p in usb.iterdir() if p.name.startswith("practice-notes-")) == \
        [*made[-2:], latest.path]


def test_rotation_leaves_other_folders_alone(practice: Practice, usb: Path,
                                             tmp_path: Path) -> None:
    configure(practice, usb, keep=1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for n in range(1, 4):
        backups.backup_now(practice, out=dated(elsewhere, n))
    assert len(list(elsewhere.iterdir())) == 3


def test_a_failed_backup_removes_no_old_one(practice: Practice, usb: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    configure(practice, usb, keep=2)
    for n in (1, 2):
        backups.backup_now(practice, out=dated(usb, n))
    before = kit.folder_state(usb)

    # A separate passphrase that is empty: refused before anything is written.
    with pytest.raises(BackupError, match="cannot be empty"):
        backups.backup_now(practice, out=dated(usb, 3), passphrase="")
    assert kit.folder_state(usb) == before

    # Verification fails after the copy was written (a drive returning other bytes):
    # fault injected into the check that create_backup runs on the written file.
    def bad_verify(*args: object, **kwargs: object) -> object:
        raise BackupMismatch()

    monkeypatch.setattr(backup_create, "verify_with_key", bad_verify)
    with pytest.raises(BackupMismatch):
        backups.backup_now(practice, out=dated(usb, 4))
    assert kit.folder_state(usb) == before  # no new file, no .part, both old ones kept
    assert actions(practice)[-1] == ("backup", f"{dated(usb, 4).name} failed: BackupMismatch")
    st = backups.status(practice)
    assert st.last_file == dated(usb, 2).name


# ------------------------------------------------------------------- status
def test_status_warns_when_there_was_never_a_backup(practice: Practice, usb: Path) -> None:
    st = backups.status(practice, NOW)
    assert st.last_at is None and st.text == "No backup yet"
    assert st.warning is not None and "No backup yet" in st.warning
    configure(practice, usb)
    assert "No backup yet" in (backups.status(practice, NOW).warning or "")


def test_status_warns_after_seven_days(practice: Practice, usb: Path) -> None:
    configure(practice, usb)
    backups.backup_now(practice)
    last = backups.status(practice).last_at
    assert last is not None
    assert backups.status(practice, last + dt.timedelta(days=7)).warning is None
    warning = backups.status(practice, last + dt.timedelta(days=8, hours=1)).warning
    assert warning is not None and "8 days old" in warning
    assert "\n" not in warning


def test_status_warns_when_the_folder_is_missing(practice: Practice, usb: Path) -> None:
    configure(practice, usb)
    backups.backup_now(practice)
    usb.rename(usb.with_name("unplugged"))
    st = backups.status(practice)
    assert not st.folder_ok
    assert st.warning is not None and "folder is missing" in st.warning
    with pytest.raises(BackupError, match="does not exist"):
        backups.backup_now(practice)


def test_daily_due(practice: Practice, usb: Path) -> None:
    assert not backups.daily_due(practice, NOW)  # not asked for
    configure(practice, usb, daily=True)
    assert backups.daily_due(practice, NOW)  # never backed up
    backups.backup_now(practice)
    last = backups.status(practice).last_at
    assert last is not None
    assert not backups.daily_due(practice, last + dt.timedelta(hours=23))
    assert backups.daily_due(practice, last + dt.timedelta(days=1))
    backups.save_settings(practice, BackupSettings(folder="", daily=True))
    assert not backups.daily_due(practice, last + dt.timedelta(days=3))  # nowhere to write


# -------------------------------------------------------------------- audit
def test_every_operation_is_audited(practice: Practice, client: object, usb: Path,
                                    tmp_path: Path) -> None:
    result = backups.backup_now(practice, folder=usb)
    name = result.path.name
    backups.verify(practice, result.path, PASSPHRASE)
    backups.run_test_restore(practice, result.path, PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backups.verify(practice, result.path, OTHER_PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backups.run_test_restore(practice, result.path, OTHER_PASSPHRASE)
    log = actions(practice)[-5:]
    assert log[0][0] == "backup" and log[0][1].startswith(name)
    assert log[1:] == [
        ("verify_backup", f"{name} ok"),
        ("test_restore", f"{name} ok"),
        ("verify_backup", f"{name} failed: BackupWrongPassphrase"),
        ("test_restore", f"{name} failed: BackupWrongPassphrase"),
    ]
    assert practice.audit.verify().ok

    # A restore is recorded in the restored vault, continuing its chain.
    target = tmp_path / "restored.vault"
    restored = backups.restore(result.path, PASSPHRASE, target)
    assert restored.path == target
    practice2 = open_practice(target, PASSPHRASE)
    try:
        entries = practice2.audit.entries()
        restore_entries = [e for e in entries if e.action == "restore"]
        assert len(restore_entries) == 1
        assert restore_entries[0].detail == (
            f"from {name} made {result.manifest.created_at}")
        assert practice2.audit.verify().ok
    finally:
        practice2.vault.close()


def test_audit_details_carry_no_client_text(practice: Practice, usb: Path) -> None:
    from practice_notes.domain.models import Client

    practice.add_client(Client("ZZ-9", "Quentin Secretname", considerations="Secretword"))
    result = backups.backup_now(practice, folder=usb)
    backups.verify(practice, result.path, PASSPHRASE)
    text = " ".join(d for _a, d in actions(practice))
    assert "Secretname" not in text and "Secretword" not in text
