"""Disk full (a small tmpfs) and read-only media: the message is true — the file
is there and the command succeeded, or it is not there — and nothing is left."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.kit import Root, one_line_message

pytestmark = pytest.mark.slow


def _mount(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; skipped (disk-full cases not run)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})"
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def small_disk(root: Root) -> Iterator[Path]:
    """A 2 MiB file system, filled up to its last few kilobytes."""
    folder = root.path / "small"
    _mount(folder, "2m")
    try:
        yield folder
    finally:
        _umount(folder)


def _fill(folder: Path, leave: int = 0) -> None:
    """Fill ``folder``'s file system, leaving about ``leave`` bytes."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    if leave:
        with filler.open("r+b") as fh:
            fh.truncate(max(0, filler.stat().st_size - leave))


def _no_leftovers(root: Root, *also: Path) -> None:
    assert root.leftovers() == []
    assert root.marker_files() == []
    for folder in also:
        assert sorted(p.name for p in folder.iterdir() if p.name != "filler") == []


def test_export_to_a_full_disk(root: Root, vault: Path, small_disk: Path) -> None:
    _fill(small_disk, leave=8192)
    out = small_disk / "export.json"
    done = root.cli("export", "--vault", str(vault), "--out", str(out))
    assert done.returncode == 1
    message = one_line_message(done.stderr)
    assert "is full" in message and "not written" in message, message
    assert "editor" not in message
    assert not out.exists()
    _no_leftovers(root, small_disk)


def test_report_to_a_full_disk(root: Root, vault: Path, small_disk: Path) -> None:
    _fill(small_disk, leave=4096)
    out = small_disk / "summary.pdf"
    done = root.cli("report", "--vault", str(vault), "--client", "RL-00", "--out", str(out))
    assert done.returncode == 1
    assert "is full" in one_line_message(done.stderr)
    assert not out.exists()
    _no_leftovers(root, small_disk)


def test_backup_to_a_full_disk(root: Root, vault: Path, small_disk: Path) -> None:
    _fill(small_disk, leave=16384)
    done = root.cli("backup", "create", "--vault", str(vault), "--out", f"{small_disk}/")
    assert done.returncode == 1
    assert "full" in one_line_message(done.stderr)
    _no_leftovers(root, small_disk)


def test_outputs_to_another_disk_with_the_vault_disk_full(root: Root, vault: Path,
                                                          small_disk: Path) -> None:
    """The vault's disk has no room for the audit entry: the export/backup/report
    either works or fails naming the vault's disk — never a file left unrecorded."""
    moved = small_disk / "practice.vault"
    shutil.copy2(vault, moved)
    _fill(small_disk)
    out_dir = root.path / "elsewhere"
    out_dir.mkdir()
    runs = {
        "export": ("export", "--vault", str(moved), "--out", str(out_dir / "x.json")),
        "report": ("report", "--vault", str(moved), "--client", "RL-00", "--out",
                   str(out_dir / "s.pdf")),
        "backup": ("backup", "create", "--vault", str(moved), "--out", f"{out_dir}/"),
    }
    for name, args in runs.items():
        done = root.cli(*args)
        made = list(out_dir.iterdir())
        if done.returncode == 0:
            assert made, name
        else:
            message = one_line_message(done.stderr)
            assert "vault's" in message or "full" in message, (name, message)
            assert made == [], (name, made)
        for p in made:
            p.unlink()
    assert root.leftovers() == []
    # with room again, the vault is intact
    (small_disk / "filler").unlink()
    check = root.cli("verify", "--vault", str(moved))
    assert check.returncode == 0, check.stdout + check.stderr


def test_read_only_media(root: Root, vault: Path) -> None:
    media = root.path / "media"
    _mount(media, "4m")
    try:
        shutil.copy2(vault, media / "practice.vault")
        backup = root.path / "b.pnbackup"
        assert root.cli("backup", "create", "--vault", str(vault), "--out", str(backup)
                        ).returncode == 0
        shutil.copy2(backup, media / "b.pnbackup")
        remount = subprocess.run(["mount", "-o", "remount,ro", str(media)],
                                 capture_output=True, text=True, check=False)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only ({remount.stderr.strip()})")
        opened = root.cli("clients", "--vault", str(media / "practice.vault"))
        assert opened.returncode == 1
        assert "cannot be written" in one_line_message(opened.stderr)
        out = media / "x.json"
        export = root.cli("export", "--vault", str(vault), "--out", str(out))
        assert export.returncode == 1
        assert "cannot be written" in one_line_message(export.stderr)
        verified = root.cli("backup", "verify", str(media / "b.pnbackup"))
        assert verified.returncode == 0, verified.stderr
        assert sorted(p.name for p in media.iterdir()) == ["b.pnbackup", "practice.vault"]
    finally:
        _umount(media)
    assert root.leftovers() == []
    assert json.loads("[]") == []
