"""Restore checks the copy it made, not only the backup it read: after exporting
into a temporary file it recounts and re-digests that copy and compares with the
backup's manifest. A copy that came out different (a faulty disk, a driver bug;
simulated here by changing the real SQLCipher copy between the export and the
check) is refused, and nothing is replaced, kept aside or left behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from practice_notes.backup import restore
from practice_notes.backup.create import create_backup
from practice_notes.backup.errors import BackupMismatch
from practice_notes.backup.restore import restore_backup, test_restore
from practice_notes.vault.database import Vault
from tests.unit import backup_kit as kit
from tests.unit.backup_kit import PASSPHRASE
from tests.unit.vaultkit import raw_connect

# (what goes wrong in the copy, SQL that does it on the restored file)
FAULTS = {
    "one value changed (the digest)":
        "UPDATE clients SET display_name = display_name || '.' WHERE id = (SELECT min(id) "
        "FROM clients)",
    "one row lost (the counts)":
        "DELETE FROM drafts WHERE rowid = (SELECT min(rowid) FROM drafts)",
}


def files(folder: Path) -> dict[str, kit.FileState]:
    """The folder's files, without the (empty) instance-lock file restore takes."""
    return {k: v for k, v in kit.folder_state(folder).items() if not k.endswith(".lock")}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("source") / "source.vault"
    kit.make_source(path, clients=1, sessions=2)
    return path


@pytest.fixture(scope="module")
def backup(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("backups") / "practice.pnbackup"
    v = Vault.open(source, PASSPHRASE)
    try:
        return create_backup(v, out).path
    finally:
        v.close()


@pytest.fixture
def vault(source: Path, tmp_path: Path) -> Path:
    return kit.copy_to(source, tmp_path / "vault", "practice.vault")


def faulty_export(sql: str, seen: list[Path]) -> Callable[[Path, bytes, Path], None]:
    real = restore._export

    def export(backup: Path, key: bytes, target_tmp: Path) -> None:
        real(backup, key, target_tmp)
        con = raw_connect(target_tmp)
        try:
            assert con.execute(sql).rowcount == 1
        finally:
            con.close()
        seen.append(target_tmp)

    return export


@pytest.mark.parametrize("sql", FAULTS.values(), ids=FAULTS.keys())
def test_a_copy_unlike_the_backup_replaces_nothing(
    vault: Path, backup: Path, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(restore, "_export", faulty_export(sql, seen))
    before = files(vault.parent)
    with pytest.raises(BackupMismatch, match="does not match the backup"):
        restore_backup(backup, PASSPHRASE, vault, replace=True)
    assert seen, "the fault was not injected"
    # the live vault as it was, no safety copy, no temporary copy left
    assert files(vault.parent) == before


@pytest.mark.parametrize("sql", FAULTS.values(), ids=FAULTS.keys())
def test_a_copy_unlike_the_backup_is_not_created_nor_test_restored(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(restore, "_export", faulty_export(sql, seen))
    folder = tmp_path / "new"
    folder.mkdir()
    with pytest.raises(BackupMismatch):
        restore_backup(backup, PASSPHRASE, folder / "restored.vault")
    assert files(folder) == {}
    with pytest.raises(BackupMismatch):
        test_restore(backup, PASSPHRASE)
    assert len(seen) == 2


def test_the_same_restore_without_the_fault_succeeds(vault: Path, backup: Path) -> None:
    """The control: the faults above are what made those restores fail."""
    result = restore_backup(backup, PASSPHRASE, vault, replace=True)
    assert result.path == vault and result.safety_copy is not None
    assert kit.dump(vault) == kit.dump(backup)
