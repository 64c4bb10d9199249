"""Driver errors translated into errors a person can act on (or a StorageBug)."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from practice_notes.vault.errors import (
    Conflict,
    DiskFull,
    NotFound,
    ReadOnlyLocation,
    RecordLocked,
    StorageBug,
    VaultDamaged,
    VaultError,
    VaultInUse,
)

_RULE_MESSAGES = {
    "signed note is locked": "This note is signed and locked. Add an addendum instead.",
    "addenda are for signed notes": "Sign the note before adding an addendum.",
    "addenda are permanent": "Addenda are permanent and cannot be changed.",
    "agreements are revised, never overwritten": (
        "An agreement is never overwritten. Revise it to make a new version."
    ),
    "acknowledged or revised agreements are kept": (
        "Acknowledged or revised agreements are kept. End the agreement instead."
    ),
    "the audit log is append-only": "The audit log cannot be changed.",
}


def _nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < _LOW_SPACE
    except OSError:
        return False


_LOW_SPACE = 256 * 1024


def translate(exc: Exception, path: Path | None = None) -> Exception:
    """Map a driver error to a VaultError the person can act on, or a StorageBug.
    ``path``: the vault, so that an I/O error on a full disk says so."""
    msg = str(exc)
    low = msg.lower()
    if isinstance(exc, sqlcipher3.IntegrityError):
        for key, text in _RULE_MESSAGES.items():
            if key in msg:
                return RecordLocked(text)
        if "unique" in low:
            return Conflict()
        if "foreign key" in low:
            return NotFound("That refers to a record that does not exist.")
        return StorageBug(f"integrity rule refused a write: {msg}")
    if "database or disk is full" in low or "disk is full" in low:
        return DiskFull()
    if "readonly" in low or "read-only" in low:
        return ReadOnlyLocation()
    if "database is locked" in low or "database is busy" in low:
        return VaultInUse("The vault is busy in another program. Try again in a moment.")
    if (
        "malformed" in low
        or "file is not a database" in low
        or "hmac" in low
        # FTS5 reports unreadable shadow tables this way
        or "vtable constructor failed" in low
    ):
        return VaultDamaged()
    if "disk i/o error" in low:
        if _nearly_full(path):
            assert path is not None
            return DiskFull(f"The vault's disk (holding {str(path.parent)!r}) is full, so "
                            "nothing was saved. Free some space and try again.")
        return VaultError("The disk could not be read or written. Check the drive and try again.")
    return StorageBug(f"{type(exc).__name__}: {msg}")


__all__ = ["translate"]
