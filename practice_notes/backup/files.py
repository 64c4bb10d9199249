"""Careful file handling: temporary names in the target folder, fsync, atomic rename."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path


def temp_name(target: Path) -> Path:
    """A hidden, unmistakably partial name beside ``target`` (no client data in it)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder as a file; NTFS renames are journalled
        return
    with contextlib.suppress(OSError):  # not every file system allows it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    return (Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm"))
