"""What a file and its folder must be before a vault is opened there, and why a
file that was opened could not be read: each a one-line error the person can act
on (``Vault.create`` / ``Vault.open`` call these around the KDF)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from practice_notes.vault import cipher
from practice_notes.vault.errors import (
    DiskFull,
    NotAVault,
    ReadOnlyLocation,
    VaultDamaged,
    VaultError,
    VaultMissing,
    WrongPassphrase,
)


def check_writable_dir(folder: Path) -> None:
    """SQLite makes -wal/-shm files beside the vault: a folder that cannot be
    written to would otherwise look like a damaged file."""
    if not folder.is_dir():
        raise VaultMissing(f"The folder {folder.name!r} does not exist.")
    probe = folder / f".pn-write-test-{os.urandom(16).hex()}"
    try:
        probe.touch()
        probe.unlink()
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation() from exc
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from exc
        raise


def check_vault_file(path: Path) -> tuple[int, bytes]:
    """Refuse what cannot be a vault before any KDF; returns the file's size and
    its first bytes (the salt). The folder must be writable too."""
    if not path.exists():
        raise VaultMissing()
    if path.is_dir():
        raise NotAVault("That is a folder, not a Practice Notes vault.")
    size = path.stat().st_size
    if size == 0:
        raise NotAVault("This file is empty, so it is not a Practice Notes vault.")
    with path.open("rb") as fh:
        head = fh.read(cipher.SALT_SIZE)
    if head == cipher.SQLITE_HEADER:
        raise NotAVault(
            "This is an unencrypted SQLite database, not a Practice Notes vault."
        )
    if size < cipher.PAGE_SIZE:
        raise NotAVault("This file is too small to be a Practice Notes vault.")
    check_writable_dir(path.parent)
    return size, head


def diagnose(path: Path, key: bytes, size: int) -> VaultError:
    """Why a vault that was keyed could not be read: damaged pages (the passphrase
    is right), not a vault at all, or the wrong passphrase."""
    checked, bad = cipher.scan_pages(path, key, limit=64)
    if checked and len(bad) < checked:
        return VaultDamaged(
            "The vault file is damaged (the passphrase is right). "
            "Restore it from your most recent backup."
        )
    if size % cipher.PAGE_SIZE:
        return NotAVault("This file is not a Practice Notes vault, or it is badly damaged.")
    return WrongPassphrase()
