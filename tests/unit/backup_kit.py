"""Helpers for the backup tests: real vaults and backups on temporary files, raw
keyed connections for row-by-row comparison, snapshots of files that must not
change. No fixtures and no Qt here."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from practice_notes.backup.digest import MANIFEST_TABLE, counts_and_digest
from practice_notes.demo.build import build_demo
from practice_notes.services.unlock import create_practice
from practice_notes.vault import cipher
from tests.unit.test_plaintext import Written, fill_every_field
from tests.unit.vaultkit import OTHER_PASSPHRASE, PASSPHRASE

CUSTODIAN = "custodian passphrase kept with the professional will"
TODAY = dt.date(2025, 3, 14)
REPO = Path(__file__).resolve().parents[2]

__all__ = ["CUSTODIAN", "OTHER_PASSPHRASE", "PASSPHRASE", "REPO", "TODAY"]


def make_source(path: Path, clients: int = 3, sessions: int = 8, unicode: bool = True,
                passphrase: str = PASSPHRASE) -> Written:
    """A closed vault at ``path``: a demo practice plus a marker through every
    entity and text field (so that every table has rows). Returns the markers."""
    practice = create_practice(path, passphrase)
    try:
        build_demo(practice, clients=clients, sessions=sessions, today=TODAY)
        markers = Written()
        fill_every_field(practice, markers, unicode)
    finally:
        practice.vault.close()
    return markers


def key_for(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    return cipher.derive_key(passphrase, cipher.read_salt(path))


def open_ro(path: Path, passphrase: str = PASSPHRASE) -> Any:
    """A plain read-only keyed connection (no Vault, no checks, nothing written:
    ``immutable`` keeps SQLite from making -wal/-shm files even for a WAL-mode
    vault, so a closed file is read as it lies on disk)."""
    cipher.silence_sqlcipher_logging()
    con = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                             isolation_level=None)
    con.execute(cipher.raw_key_pragma(key_for(path, passphrase)))
    return con


def all_tables(con: Any) -> list[str]:
    """Every table with rows on disk: data tables and the FTS index's own tables,
    not SQLite's internals and not the backup manifest."""
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
        " AND name NOT LIKE 'sqlite_%' AND name != ? ORDER BY name", (MANIFEST_TABLE,)
    ).fetchall()]


def dump(path: Path, passphrase: str = PASSPHRASE) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a fixed order, read through a raw keyed connection."""
    con = open_ro(path, passphrase)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in all_tables(con):
            n = len(con.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
            order = ", ".join(str(i) for i in range(1, n + 1))
            out[table] = con.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
        return out
    finally:
        con.close()


def schema(path: Path, passphrase: str = PASSPHRASE) -> dict[str, Any]:
    """The schema entries (tables, indexes, triggers, the FTS table) and the header values."""
    con = open_ro(path, passphrase)
    try:
        entries = sorted(con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name != ?",
            (MANIFEST_TABLE,)).fetchall(), key=lambda r: (r[0], r[1]))
        return {
            "entries": entries,
            "user_version": con.execute("PRAGMA user_version").fetchone()[0],
            "application_id": con.execute("PRAGMA application_id").fetchone()[0],
        }
    finally:
        con.close()


def digest_of(path: Path, passphrase: str = PASSPHRASE) -> tuple[dict[str, int], str]:
    con = open_ro(path, passphrase)
    try:
        return counts_and_digest(con)
    finally:
        con.close()


def manifest_rows(path: Path, passphrase: str = PASSPHRASE) -> dict[str, str]:
    con = open_ro(path, passphrase)
    try:
        return dict(con.execute(f"SELECT key, value FROM {MANIFEST_TABLE}").fetchall())
    finally:
        con.close()


@dataclass(frozen=True)
class FileState:
    """What a file looks like from outside: bytes, size and modification time."""

    sha256: str
    size: int
    mtime_ns: int


def file_state(path: Path) -> FileState:
    st = path.stat()
    return FileState(hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns)


def folder_state(folder: Path) -> dict[str, FileState]:
    """Every file in ``folder`` (not recursive) by name, with its state."""
    return {p.name: file_state(p) for p in sorted(folder.iterdir()) if p.is_file()}


def copy_to(src: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or src.name)
    shutil.copy2(src, target)
    return target


def truncate(path: Path, size: int) -> None:
    os.truncate(path, size)
