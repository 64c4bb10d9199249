"""Check a backup without writing to it: passphrase, pages, structure, manifest."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from practice_notes.backup.checks import check_all, open_ro
from practice_notes.backup.digest import combine
from practice_notes.backup.errors import (
    BackupDamaged,
    BackupError,
    BackupMismatch,
    BackupTruncated,
    BackupWrongPassphrase,
    NotABackup,
)
from practice_notes.backup.manifest import MANIFEST_TABLE, Manifest
from practice_notes.vault import cipher
from practice_notes.vault.schema import APPLICATION_ID, SCHEMA_VERSION


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    manifest: Manifest
    renamed: bool  # the file's name differs from the one it was written under

    @property
    def summary(self) -> str:
        records = sum(self.manifest.counts.values())
        clients = self.manifest.counts.get("clients", 0)
        text = (f"Backup made {self.manifest.created_at.replace('T', ' ').rstrip('Z')} UTC "
                f"with {clients} client{'' if clients == 1 else 's'} and {records} records: "
                "verified.")
        if self.renamed:
            text += f" Note: it was written as {self.manifest.file_name!r} and renamed since."
        return text


def _precheck(path: Path) -> int:
    if not path.exists():
        raise BackupError("There is no backup file at that location.")
    if path.is_dir():
        raise NotABackup("That is a folder, not a backup file.")
    size = path.stat().st_size
    if size == 0:
        raise NotABackup("This file is empty, so it is not a usable backup.")
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == cipher.SQLITE_HEADER:
        raise NotABackup("This is an unencrypted SQLite file, not a Practice Notes backup.")
    if size < cipher.PAGE_SIZE:
        raise NotABackup("This file is too small to be a Practice Notes backup.")
    return size


def _classify_unreadable(path: Path, key: bytes, size: int) -> BackupError:
    """Why SQLCipher cannot read the file, from the page HMACs (read-only)."""
    checked, bad = cipher.scan_pages(path, key)
    if checked and len(bad) == checked:
        if size % cipher.PAGE_SIZE:
            return NotABackup("This file is not a Practice Notes backup, or it is badly damaged.")
        return BackupWrongPassphrase()
    if size % cipher.PAGE_SIZE and bad == [checked]:
        return BackupTruncated()
    if checked and not bad and not size % cipher.PAGE_SIZE:
        # Every page is authentic (right key, no flipped bit), yet the database
        # cannot be read: its header counts pages that are not there — cut short
        # at a page boundary.
        return BackupTruncated()
    return BackupDamaged()


def _header(con: Any, size: int) -> Manifest:
    """Check what the file says it is; return its manifest."""
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    if size % cipher.PAGE_SIZE or pages * cipher.PAGE_SIZE > size:
        raise BackupTruncated()
    if app_id != APPLICATION_ID:
        raise NotABackup("This encrypted file is not a Practice Notes backup.")
    has_manifest = con.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (MANIFEST_TABLE,)
    ).fetchone()
    if not has_manifest:
        raise NotABackup("This is a Practice Notes vault, not a backup. Open it as a "
                         "vault instead.")
    if version > SCHEMA_VERSION:
        raise BackupError("This backup was made by a newer version of Practice Notes. "
                          "Update the app to use it.")
    try:
        return Manifest.from_rows(
            [(str(k), str(v)) for k, v in
             con.execute(f"SELECT key, value FROM {MANIFEST_TABLE}").fetchall()]
        )
    except (ValueError, KeyError) as exc:
        raise NotABackup("The backup's manifest is missing or unreadable.") from exc


def verify_with_key(path: Path, key: bytes, expect: Manifest | None = None) -> VerifyReport:
    """Check ``path`` without writing to it: what it is, the cipher (every page's
    HMAC), SQLite's integrity check, and the manifest's counts and digest against
    the data (and against ``expect``, the manifest just written, if given)."""
    size = _precheck(path)
    try:
        con = open_ro(path, key)
    except sqlcipher3.Error as exc:
        raise BackupDamaged(f"The backup could not be opened ({exc}).") from exc
    try:
        try:
            manifest = _header(con, size)
        except sqlcipher3.DatabaseError as exc:
            raise _classify_unreadable(path, key, size) from exc
        try:
            problems, per_table = check_all(path, key, con, manifest.counts)
        except sqlcipher3.DatabaseError as exc:
            raise _classify_unreadable(path, key, size) if "not a database" in str(exc) \
                else BackupDamaged() from exc
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            con.close()
    if problems:
        raise BackupDamaged()
    counts, digest = combine(per_table)
    if counts != manifest.counts or digest != manifest.digest:
        raise BackupMismatch()
    if expect is not None and (expect.digest != manifest.digest or expect.counts != counts):
        raise BackupMismatch()
    return VerifyReport(path, manifest, renamed=manifest.file_name != path.name)


def verify_backup(path: Path, passphrase: str) -> tuple[VerifyReport, bytes]:
    """Verify with a passphrase (one KDF). Returns the report and the backup's key."""
    path = Path(path).expanduser()
    _precheck(path)
    key = cipher.derive_key(passphrase, cipher.read_salt(path))
    return verify_with_key(path, key), key
