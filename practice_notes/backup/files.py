"""Careful file handling: temporary names in the target folder, fsync, atomic rename."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from practice_notes.vault.files import fsync_folder as fsync_dir

__all__ = ["fsync_dir", "temp_name", "fsync_file", "remove_quietly", "sidecars"]


def temp_name(target: Path) -> Path:
    """A hidden, unmistakably partial name beside ``target`` (no client data in it)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    return (Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm"))
