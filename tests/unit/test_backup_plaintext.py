"""No plaintext in or beside a backup: a unique marker goes through every entity
and text field, then the backup folder (the file, anything beside it), the
restored vault's folder and the test's own temporary folder (where the
test-restore works) are scanned for it in UTF-8 and both UTF-16 byte orders —
zero hits. A decrypted copy proves the scan would find the markers."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from practice_notes.services import backups
from practice_notes.services.unlock import open_practice
from tests.unit import backup_kit as kit
from tests.unit.backup_kit import CUSTODIAN, PASSPHRASE
from tests.unit.test_plaintext import ASCII, TOKEN, needles, private_tmp, scan_tmp
from tests.unit.vaultkit import files_containing, raw_connect


@pytest.mark.parametrize("unicode", [False, True], ids=["ascii", "non-ascii"])
@pytest.mark.parametrize("separate", [False, True], ids=["vault-passphrase", "custodian"])
def test_no_plaintext_in_or_beside_a_backup(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch, unicode: bool,
    separate: bool, capfd: pytest.CaptureFixture[str]
) -> None:
    made: list[str] = []  # the test-restore's folders: they must be in the scanned one
    real_mkdtemp = tempfile.mkdtemp

    def mkdtemp(*args: str, **kw: str) -> str:
        made.append(real_mkdtemp(*args, **kw))
        return made[-1]

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    vault = tmp_path / "vault" / "practice.vault"
    vault.parent.mkdir()
    markers = kit.make_source(vault, clients=1, sessions=2, unicode=unicode)
    assert len(markers.markers) > 40
    usb = tmp_path / "usb"
    usb.mkdir()
    passphrase = CUSTODIAN if separate else PASSPHRASE

    practice = open_practice(vault, PASSPHRASE)
    try:
        backups.save_settings(practice, backups.BackupSettings(folder=str(usb), keep=2))
        result = backups.backup_now(practice, passphrase=CUSTODIAN if separate else None)
        assert files_containing(usb, needles()) == []  # while the vault is open
        backups.verify(practice, result.path, passphrase)
        backups.run_test_restore(practice, result.path, passphrase)
    finally:
        practice.vault.close()
    assert files_containing(usb, needles()) == []

    restored = tmp_path / "restored" / "practice.vault"
    restored.parent.mkdir()
    backups.restore(result.path, passphrase, restored)
    practice = open_practice(restored, passphrase)
    try:
        assert practice.search(TOKEN if unicode else ASCII)  # the markers are in there
    finally:
        practice.vault.close()
    assert files_containing(restored.parent, needles()) == []
    assert files_containing(usb, needles()) == []
    for folder in (usb, restored.parent):
        assert not [p.name for p in folder.iterdir() if TOKEN.lower() in p.name.lower()]
    assert made and all(Path(m).parent == private_tmp for m in made)
    assert scan_tmp(private_tmp) == []
    out, err = capfd.readouterr()
    for needle in needles():
        assert needle not in out and needle not in err


__all__ = ["private_tmp"]  # the fixture, shared with test_plaintext


def test_the_scan_finds_the_markers_in_a_decrypted_copy(tmp_path: Path) -> None:
    vault = tmp_path / "practice.vault"
    kit.make_source(vault, clients=1, sessions=2, unicode=True)
    usb = tmp_path / "usb"
    usb.mkdir()
    practice = open_practice(vault, PASSPHRASE)
    try:
        result = backups.backup_now(practice, folder=usb)
    finally:
        practice.vault.close()
    clear = tmp_path / "clear"
    clear.mkdir()
    con = raw_connect(result.path)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(clear / "plain.db"),))
        con.execute("SELECT sqlcipher_export('plain')").fetchall()
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    assert files_containing(clear, needles())
