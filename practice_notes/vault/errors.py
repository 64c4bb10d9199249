"""Two families of storage errors, after qutebrowser's ``misc/sql.py``:
``VaultError`` — a known condition the user can act on, with a one-line message —
and ``StorageBug`` — anything else, which is our fault and worth a report."""

from __future__ import annotations


class VaultError(Exception):
    """A condition the person can act on. ``str(err)`` is one line for them."""

    #: What the GUI offers next, as a hint: "retry", "restore", "open-other", "none".
    next_step = "none"
    #: Said after the message when an editor failed to save (its text is kept).
    editor_hint = ""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    default_message = "The vault could not be used."


class WrongPassphrase(VaultError):
    next_step = "retry"
    default_message = (
        "Wrong passphrase, or the file is damaged. Check Caps Lock and try again; if the "
        "passphrase is right, restore your most recent backup."
    )


class VaultDamaged(VaultError):
    next_step = "restore"
    default_message = "The vault file is damaged. Restore it from your most recent backup."


class NotAVault(VaultError):
    next_step = "open-other"
    default_message = "This file is not a Practice Notes vault."


class NewerVersion(VaultError):
    next_step = "open-other"
    default_message = "This vault was made by a newer version of Practice Notes. Update the app."


class VaultInUse(VaultError):
    next_step = "open-other"
    default_message = (
        "This vault is already open in another Practice Notes window. Close it there first."
    )


class VaultMissing(VaultError):
    next_step = "open-other"
    default_message = "There is no vault at that location."


class VaultExists(VaultError):
    next_step = "open-other"
    default_message = "A file already exists at that location; choose another name."


class ReadOnlyFile(VaultError):
    next_step = "open-other"
    default_message = (
        "The vault file itself is read-only (its folder can be written to). Make the file "
        "writable, or open a copy of it."
    )


class ReadOnlyLocation(VaultError):
    next_step = "open-other"
    default_message = (
        "The vault's folder cannot be written to. Copy the vault to a folder you can write to."
    )


class DiskFull(VaultError):
    default_message = "The disk is full, so nothing was saved. Free some space and try again."
    editor_hint = " Your text is still in the editor."


class VaultLocked(VaultError):
    default_message = "The vault is locked. Unlock it to continue."


class RecordLocked(VaultError):
    """A rule enforced in the database refused a change (a signed note, an
    acknowledged agreement, the audit log)."""

    default_message = "This record is locked and cannot be changed."


class NotFound(VaultError):
    default_message = "That record no longer exists."


class Conflict(VaultError):
    default_message = "That conflicts with a record that already exists."


class StorageBug(Exception):
    """Something went wrong that the person cannot fix. Never carries note text."""
