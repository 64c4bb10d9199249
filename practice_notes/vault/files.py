"""Writing a file beside the vault the careful way: a temporary name in the same
folder, fsync, then an atomic rename (and the folder fsynced)."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path


def copy_atomically(source: Path, target: Path) -> None:
    """Copy under a temporary name beside ``target``, fsync, then rename, so that a
    crash never leaves a half-written file under the final name."""
    tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")
    try:
        shutil.copy2(source, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(target.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort)."""
    if os.name == "nt":  # Windows cannot open a folder as a file; NTFS renames are journalled
        return
    with contextlib.suppress(OSError):  # not every platform/file system allows it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
