"""Encrypted backups that are verified when written and can be test-restored. Qt-free.

A backup is one SQLCipher 4 file (default settings, rollback journal, so it is
readable from read-only media) holding the whole vault plus a manifest table.
``Manifest`` loads on first use (PEP 562): the unlock window imports the errors
alone before its first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from practice_notes.backup.errors import BackupError

if TYPE_CHECKING:
    from practice_notes.backup.manifest import Manifest

__all__ = ["BackupError", "Manifest"]


def __getattr__(name: str) -> Any:
    if name == "Manifest":
        from practice_notes.backup.manifest import Manifest

        return Manifest
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
