"""One running instance per vault: an advisory lock on ``<vault>.lock``.

The lock is released by the OS when the process dies, so a crash never leaves a
vault locked. The lock file holds nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from practice_notes.vault.errors import ReadOnlyLocation, VaultInUse

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class InstanceLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path_for(vault_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError as exc:
            raise ReadOnlyLocation() from exc
        except OSError as exc:
            if exc.errno in (30,):  # EROFS
                raise ReadOnlyLocation() from exc
            raise
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUse()
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
