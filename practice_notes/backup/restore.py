"""Restore a verified backup into a new vault path or over a (closed) vault, and
test-restore into a temporary folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from practice_notes.backup.checks import open_ro
from practice_notes.backup.digest import MANIFEST_TABLE, counts_and_digest
from practice_notes.backup.errors import BackupError, BackupMismatch
from practice_notes.backup.files import fsync_dir, fsync_file, remove_quietly, sidecars, temp_name
from practice_notes.backup.verify import VerifyReport, verify_backup
from practice_notes.vault import cipher
from practice_notes.vault.errors import VaultError, VaultInUse
from practice_notes.vault.instance_lock import InstanceLock
from practice_notes.vault.outputs import temp_beside
from practice_notes.vault.schema import APPLICATION_ID
from practice_notes.vault.translate import translate


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    report: VerifyReport
    safety_copy: Path | None


def _export(backup: Path, key: bytes, target_tmp: Path) -> None:
    salt = cipher.read_salt(backup)
    con = open_ro(backup, key)
    try:
        con.execute("PRAGMA query_only = OFF")
        con.execute(f"ATTACH DATABASE ? AS restored KEY \"x'{key.hex()}{salt.hex()}'\"",
                    (str(target_tmp),))
        con.execute("BEGIN")
        con.execute("SELECT sqlcipher_export('restored')").fetchall()
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"PRAGMA restored.user_version = {int(version)}")
        con.execute(f"PRAGMA restored.application_id = {APPLICATION_ID}")
        con.execute(f"DROP TABLE restored.{MANIFEST_TABLE}")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE restored")
    except sqlcipher3.Error as exc:
        with contextlib.suppress(sqlcipher3.Error):
            con.execute("ROLLBACK")
        raise translate(exc) from exc
    finally:
        con.close()


def _check_restored(path: Path, key: bytes, report: VerifyReport) -> None:
    con = open_ro(path, key)
    try:
        counts, digest = counts_and_digest(con)
    finally:
        con.close()
    if counts != report.manifest.counts or digest != report.manifest.digest:
        raise BackupMismatch("The restored copy does not match the backup; nothing was replaced.")


def _safety_copy(vault: Path) -> Path:
    """A byte-for-byte copy of the (closed) vault beside it; like the backup itself,
    it only gets its final name once it is complete and flushed."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = vault.with_name(f"{vault.name}.before-restore-{stamp}.bak")
    n = 1
    while safety.exists():
        n += 1
        safety = vault.with_name(f"{vault.name}.before-restore-{stamp}-{n}.bak")
    part = temp_name(safety)
    try:
        shutil.copy2(vault, part)
        fsync_file(part)
        os.replace(part, safety)
    except BaseException:
        remove_quietly(part)
        raise
    return safety


def _looks_like_vault(path: Path) -> bool:
    """An encrypted vault: whole pages, no SQLite or text header (an ordinary file
    the person chose by mistake is never replaced)."""
    if not path.is_file():
        return False
    size = path.stat().st_size
    if size < cipher.PAGE_SIZE or size % cipher.PAGE_SIZE:
        return False
    with path.open("rb") as fh:
        head = fh.read(cipher.PAGE_SIZE)
    if head.startswith(cipher.SQLITE_HEADER):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _restore_into(backup: Path, key: bytes, report: VerifyReport, target: Path,
                  tmp: Path) -> Path | None:
    safety: Path | None = None
    try:
        wal = Path(f"{target}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise VaultError("The vault was not closed cleanly. Open and lock it once, "
                             "then restore.")
        _export(backup, key, tmp)
        fsync_file(tmp)
        _check_restored(tmp, key, report)
        if target.exists():
            safety = _safety_copy(target)
            remove_quietly(*sidecars(target))
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        remove_quietly(tmp, *sidecars(tmp))
        raise
    return safety


def restore_backup(
    backup: Path, passphrase: str, target: Path, replace: bool = False
) -> RestoreResult:
    """Verify ``backup``, then restore it to ``target``.

    The live vault is untouched until the restored copy has been written and
    checked; with ``replace`` the old vault is first copied aside
    (``<name>.before-restore-<time>.bak``), then swapped atomically. The vault
    must be closed (locked) first. The restored vault opens with the backup's
    passphrase.
    """
    backup, target = Path(backup).expanduser(), Path(target).expanduser()
    if target.exists() and not replace:
        raise BackupError("A vault already exists there. Choose a new location, or replace it.")
    if not target.parent.is_dir():
        raise BackupError("The folder for the restored vault does not exist.")
    if target.exists() and not _looks_like_vault(target):
        raise BackupError("That file is not a Practice Notes vault; only a vault can be "
                          "replaced by a restore. Choose a new path.")
    report, key = verify_backup(backup, passphrase)
    lock = InstanceLock(target)
    try:
        lock.acquire()
    except VaultInUse as exc:
        raise VaultInUse("That vault is open; lock it (or close the other window) "
                         "before restoring over it.") from exc
    safety: Path | None = None
    try:
        with temp_beside(target) as tmp:
            safety = _restore_into(backup, key, report, target, tmp)
    finally:
        lock.release()
    return RestoreResult(target, report, safety)


def test_restore(backup: Path, passphrase: str) -> VerifyReport:
    """Restore into a temporary folder, compare with the manifest, delete it."""
    folder = Path(tempfile.mkdtemp(prefix="pn-test-restore-"))
    try:
        result = restore_backup(backup, passphrase, folder / "restored.vault")
        return result.report
    finally:
        shutil.rmtree(folder, ignore_errors=True)


test_restore.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
