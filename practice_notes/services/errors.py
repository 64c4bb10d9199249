"""The errors a client of the services (the window, the CLI) may meet, in one
place, so that clients need not import the storage or backup layers."""

from __future__ import annotations

from practice_notes.backup.errors import (
    BackupDamaged,
    BackupError,
    BackupMismatch,
    BackupTruncated,
    BackupWrongPassphrase,
    NotABackup,
)
from practice_notes.domain.errors import ValidationError
from practice_notes.vault.errors import (
    Conflict,
    DiskFull,
    NewerVersion,
    NotAVault,
    NotFound,
    ReadOnlyLocation,
    RecordLocked,
    StorageBug,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)

__all__ = [
    "BackupDamaged", "BackupError", "BackupMismatch", "BackupTruncated",
    "BackupWrongPassphrase", "Conflict", "DiskFull", "NewerVersion", "NotABackup",
    "NotAVault", "NotFound", "ReadOnlyLocation", "RecordLocked", "StorageBug",
    "ValidationError", "VaultDamaged", "VaultError", "VaultExists", "VaultInUse",
    "VaultLocked", "VaultMissing", "WrongPassphrase",
]
