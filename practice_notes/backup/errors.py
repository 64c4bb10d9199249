"""What can be wrong with a backup, each with a one-line message."""

from __future__ import annotations

from practice_notes.vault.errors import VaultError


class BackupError(VaultError):
    default_message = "The backup could not be used."


class BackupWrongPassphrase(BackupError):
    default_message = "That passphrase does not open this backup, or the backup is damaged."


class BackupDamaged(BackupError):
    default_message = "The backup file is damaged; it cannot be restored. Use another backup."


class BackupTruncated(BackupDamaged):
    default_message = (
        "The backup file is incomplete (cut short); it cannot be restored. Use another backup."
    )


class NotABackup(BackupError):
    default_message = "This file is not a Practice Notes backup."


class BackupMismatch(BackupDamaged):
    default_message = (
        "The backup's contents do not match its manifest; it cannot be trusted. "
        "Use another backup."
    )
