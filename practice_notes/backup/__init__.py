"""Encrypted backups that are verified when written and can be test-restored. Qt-free.

A backup is one SQLCipher 4 file (default settings, rollback journal, so it is
readable from read-only media) holding the whole vault plus a manifest table.
"""

from practice_notes.backup.errors import BackupError
from practice_notes.backup.manifest import Manifest

__all__ = ["BackupError", "Manifest"]
