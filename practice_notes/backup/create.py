"""Write a backup: export, manifest, flush, reopen and verify, then rename."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from practice_notes import __version__
from practice_notes.backup.digest import MANIFEST_TABLE, counts_and_digest
from practice_notes.backup.errors import BackupError
from practice_notes.backup.files import fsync_dir, fsync_file, remove_quietly, sidecars
from practice_notes.backup.manifest import FORMAT_VERSION, Manifest
from practice_notes.backup.verify import VerifyReport, verify_with_key
from practice_notes.vault import cipher
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import DiskFull, ReadOnlyLocation
from practice_notes.vault.integrity import chain_head
from practice_notes.vault.outputs import temp_beside
from practice_notes.vault.schema import APPLICATION_ID

SUFFIX = ".pnbackup"


def default_name(now: dt.datetime | None = None) -> str:
    when = now or dt.datetime.now()
    return f"practice-notes-{when:%Y%m%d-%H%M%S}{SUFFIX}"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    report: VerifyReport
    separate_passphrase: bool


def _key_material(vault: Vault, passphrase: str | None) -> tuple[bytes, bytes]:
    if passphrase is None:  # the vault's own passphrase: same key and salt, no KDF
        return vault.key, cipher.read_salt(vault.path)
    if not passphrase:
        raise BackupError("The backup passphrase cannot be empty.")
    salt = os.urandom(cipher.SALT_SIZE)
    return cipher.derive_key(passphrase, salt), salt


def _source_digest(source: Vault) -> tuple[dict[str, int], str]:
    """Counts and digest of the vault itself, read in one snapshot on its own connection."""
    try:
        con = source.raw_connection()
        con.execute("BEGIN")
        try:
            return counts_and_digest(con)
        finally:
            con.execute("COMMIT")
    finally:
        source.close()


def _write(vault: Vault, tmp: Path, name: str, key: bytes, salt: bytes) -> Manifest:
    """Export the vault into ``tmp`` and add the manifest; return the manifest.

    While SQLCipher copies the pages (in C, without holding the GIL), a second
    connection reads the same snapshot and computes the counts and the digest
    from the vault's own data, so the write costs little more than the export,
    and verification afterwards compares the copy with its source, not with itself.
    """
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    schema_version = vault.schema_version
    pragma_key = f"x'{key.hex()}{salt.hex()}'"
    vault.execute("ATTACH DATABASE ? AS backup KEY " + f'"{pragma_key}"', (str(tmp),))
    try:
        with vault.transaction():
            # The write lock is held from here, so the reader below sees exactly
            # the snapshot that is exported.
            reader = vault.clone()
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-digest") as pool:
                source = pool.submit(_source_digest, reader)
                try:
                    vault.execute("SELECT sqlcipher_export('backup')").fetchall()
                except BaseException:
                    with contextlib.suppress(Exception):
                        source.result()  # let the reader finish and close first
                    raise
                counts, digest = source.result()
            vault.execute(f"PRAGMA backup.user_version = {int(schema_version)}")
            vault.execute(f"PRAGMA backup.application_id = {APPLICATION_ID}")
            head = chain_head(vault)
            manifest = Manifest(FORMAT_VERSION, __version__, schema_version, created,
                                name, counts, digest, head.text if head else "")
            vault.execute(f"CREATE TABLE backup.{MANIFEST_TABLE}"
                          " (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            vault.executemany(f"INSERT INTO backup.{MANIFEST_TABLE}(key, value) VALUES (?, ?)",
                              manifest.to_rows())
    finally:
        vault.execute("DETACH DATABASE backup")
    return manifest


def _reserve(tmp: Path) -> None:
    """Create the (empty) temporary file: fails early, with an OSError, on a folder
    that cannot be written to."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _recorded(before_rename: Callable[[Manifest], None], manifest: Manifest,
              vault: Vault) -> None:
    """Record the backup in the vault before it gets its name: a vault disk that is
    full fails the backup with a message naming that disk, not the backup drive."""
    try:
        before_rename(manifest)
    except DiskFull as exc:
        raise DiskFull(f"The vault's disk (holding {str(vault.path.parent)!r}) is full, so "
                       "the backup was not kept: its entry in the audit log could not be "
                       "saved. Free some space there and try again.") from exc


def _create(vault: Vault, tmp: Path, out: Path, key: bytes, salt: bytes, folder: Path,
            before_rename: Callable[[Manifest], None] | None,
            ) -> tuple[Manifest, VerifyReport]:
    try:
        _reserve(tmp)
        manifest = _write(vault, tmp, out.name, key, salt)
        fsync_file(tmp)
        report = verify_with_key(tmp, key, expect=manifest)
        if out.exists():
            raise BackupError("A file with that name already exists in the backup folder.")
        if before_rename is not None:
            try:
                _recorded(before_rename, manifest, vault)
            except DiskFull as exc:
                raise _VaultFull(str(exc)) from exc
        os.replace(tmp, out)
        fsync_dir(folder)
    except OSError as exc:
        remove_quietly(tmp, *sidecars(tmp))
        if exc.errno == errno.ENOSPC:
            raise DiskFull(_FULL) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation("The backup folder cannot be written to.") from exc
        raise
    except _VaultFull as exc:
        remove_quietly(tmp, *sidecars(tmp))
        raise DiskFull(str(exc)) from exc.__cause__
    except DiskFull as exc:  # reported by SQLite while writing the copy
        remove_quietly(tmp, *sidecars(tmp))
        raise DiskFull(_FULL) from exc
    except BaseException:
        remove_quietly(tmp, *sidecars(tmp))
        raise
    return manifest, report


class _VaultFull(Exception):
    pass


def create_backup(vault: Vault, out: Path, passphrase: str | None = None,
                  before_rename: Callable[[Manifest], None] | None = None) -> BackupResult:
    """Write a verified backup of ``vault`` to ``out`` (a file path).

    ``before_rename`` (the audit entry) runs once the copy is verified and before
    it gets its name, so that a backup that is there was also recorded.

    ``passphrase`` None uses the vault's passphrase; otherwise the backup gets its
    own (for example a custodian passphrase). The file appears under its final
    name only once it has been written, flushed, reopened and verified.
    """
    out = Path(out).expanduser()
    folder = out.parent
    if not folder.is_dir():
        raise BackupError("The backup folder does not exist. Is the drive connected?")
    if out.exists():
        raise BackupError("A file with that name already exists in the backup folder.")
    key, salt = _key_material(vault, passphrase)
    with temp_beside(out) as tmp:
        manifest, report = _create(vault, tmp, out, key, salt, folder, before_rename)
    return BackupResult(out, manifest, replace(report, path=out, renamed=False),
                        passphrase is not None)


_FULL = "The backup drive is full; no backup was written."
