"""Shared constants and helpers for the core tests (no fixtures, no Qt)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from practice_notes.vault import cipher

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a different passphrase entirely"
DAY = dt.date(2024, 3, 4)
GAS_LEVELS = (
    "still avoiding every call",
    "answers some calls",
    "answers most calls",
    "answers all calls",
    "makes calls too",
)


def raw_connect(path: Path, passphrase: str = PASSPHRASE) -> cipher.Connection:
    """A bare keyed connection that bypasses every check of ``Vault`` (for tampering)."""
    key = cipher.derive_key(passphrase, cipher.read_salt(path))
    return cipher.connect(path, key)


def flip_bytes(path: Path, offset: int, count: int = 8) -> None:
    """Invert ``count`` bytes of a file in place, at ``offset``."""
    with path.open("r+b") as fh:
        fh.seek(offset)
        data = fh.read(count)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))
        fh.flush()
        os.fsync(fh.fileno())


def encodings(marker: str) -> list[bytes]:
    """Every way a string may sit in a file: UTF-8 and both UTF-16 byte orders."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(folder: Path, markers: Iterable[str]) -> list[str]:
    """Files under ``folder`` holding any marker in any encoding: 'file: marker'."""
    needles = [(m, enc) for m in markers for enc in encodings(m)]
    hits = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for marker, needle in needles:
                if needle in data:
                    hits.append(f"{path}: {marker!r}")
    return hits


def open_fds_to(path: Path) -> list[str]:
    """This process's open file descriptors pointing at ``path`` (Linux /proc)."""
    fd_dir = Path("/proc/self/fd")
    out = []
    target = str(path)
    for fd in fd_dir.iterdir():
        try:
            if os.readlink(fd) == target:
                out.append(fd.name)
        except OSError:
            continue
    return out


def undo_v7() -> list[str]:
    """SQL that turns a current vault back into schema v6 (before retention), for
    tests that make a vault look as an older version left it."""
    from practice_notes.vault.schema import MIGRATIONS

    v1 = {sql.split()[2]: sql for sql in MIGRATIONS[0][1] if sql.startswith("CREATE TRIGGER")}
    stmts = []
    for name in ("sessions_signed_no_delete", "session_goals_signed_del", "addenda_no_delete",
                 "agreements_no_delete_acknowledged"):
        stmts += [f"DROP TRIGGER {name}", v1[name]]
    return stmts + ["DROP TABLE destroying", "ALTER TABLE clients DROP COLUMN discharged_on",
                    "ALTER TABLE clients DROP COLUMN born_on", "PRAGMA user_version = 6"]
