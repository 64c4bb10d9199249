"""Driver errors translated into errors a person can act on (or a StorageBug)."""

from __future__ import annotations

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


def translate(exc: Exception) -> Exception:
    """Map a driver error to a VaultError the person can act on, or a StorageBug."""
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
        return VaultError("The disk could not be read or written. Check the drive and try again.")
    return StorageBug(f"{type(exc).__name__}: {msg}")


__all__ = ["translate"]
