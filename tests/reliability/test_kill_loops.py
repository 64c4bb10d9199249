"""SIGKILL at random points of every operation that writes: afterwards nothing is
lost, nothing is stranded (the next start removes what the kill left, plaintext
overwritten first), and a retry works with the right message."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from practice_notes.vault.database import Vault
from practice_notes.vault.errors import WrongPassphrase
from practice_notes.vault.integrity import check_record
from tests.reliability.conftest import CLIENTS
from tests.reliability.kit import Root, kill_after, kill_points, sweep_now, timed
from tests.unit.vaultkit import OTHER_PASSPHRASE, PASSPHRASE

KILLS = int(os.environ.get("PN_RELIABILITY_KILLS", "40"))  # at least 40 in CI
pytestmark = pytest.mark.slow


def _intact(path: Path, passphrase: str = PASSPHRASE) -> None:
    """The vault opens, holds every client, and passes the whole record check."""
    vault = Vault.open(path, passphrase)
    try:
        assert vault.query_one("SELECT count(*) FROM clients")[0] == CLIENTS
        report = check_record(vault)
        assert report.ok, report.problems
    finally:
        vault.close()


def _loop(root: Root, args: tuple[str, ...], after: Callable[[int], None],
          before: Callable[[], None] | None = None, seed: int = 0) -> int:
    """Calibrate, then kill ``KILLS`` times; ``after(i)`` checks each run. Returns
    how many runs left something that the next start had to remove."""
    if before:
        before()
    duration = timed(root, *args)
    after(-1)
    rng = random.Random(seed)
    cleaned = 0
    for i, delay in enumerate(kill_points(rng, duration, KILLS)):
        if before:
            before()
        kill_after(root, args, delay)
        removed = sweep_now()
        cleaned += bool(removed)
        assert root.leftovers() == [], f"kill {i} at {delay:.2f}s"
        after(i)
    return cleaned


def test_export_killed(root: Root, vault: Path) -> None:
    out = root.path / "out" / "export.json"
    out.parent.mkdir()

    def before() -> None:
        out.unlink(missing_ok=True)

    def after(i: int) -> None:
        if out.exists():  # complete, or not there at all
            assert len(json.loads(out.read_text(encoding="utf-8"))["clients"]) == CLIENTS
        assert root.marker_files(allowed=(out,)) == [], f"kill {i}"

    _loop(root, ("export", "--vault", str(vault), "--out", str(out)), after, before, seed=1)
    _intact(vault)


def test_report_killed(root: Root, vault: Path) -> None:
    out = root.path / "out" / "summary.pdf"
    out.parent.mkdir()

    def before() -> None:
        out.unlink(missing_ok=True)

    def after(i: int) -> None:
        if out.exists():
            assert len(PdfReader(out).pages) >= 1
        assert root.marker_files(allowed=(out,)) == [], f"kill {i}"

    _loop(root, ("report", "--vault", str(vault), "--client", "RL-01", "--out", str(out)),
          after, before, seed=2)
    _intact(vault)


def test_backup_create_killed(root: Root, vault: Path) -> None:
    folder = root.path / "backups"
    folder.mkdir()

    def after(i: int) -> None:
        for made in folder.iterdir():
            assert made.suffix == ".pnbackup", made
        assert root.marker_files() == [], f"kill {i}"

    _loop(root, ("backup", "create", "--vault", str(vault), "--out", f"{folder}/"), after,
          seed=3)
    _intact(vault)
    for made in folder.iterdir():  # every backup that got its name verifies
        done = root.cli("backup", "verify", str(made))
        assert done.returncode == 0, done.stderr


def test_restore_killed(root: Root, vault: Path) -> None:
    backup = root.path / "b.pnbackup"
    assert root.cli("backup", "create", "--vault", str(vault), "--out", str(backup)
                    ).returncode == 0
    target = root.path / "restored" / "practice.vault"
    target.parent.mkdir()

    def before() -> None:
        for p in target.parent.iterdir():
            p.unlink()

    def after(i: int) -> None:
        if target.exists():
            _intact(target)
        assert root.marker_files() == [], f"kill {i}"

    _loop(root, ("backup", "restore", str(backup), "--to", str(target)), after, before,
          seed=4)


def test_import_killed(root: Root, document: str) -> None:
    doc = root.path / "doc.json"
    doc.write_text(document, encoding="utf-8")
    path = root.path / "new" / "practice.vault"
    path.parent.mkdir()

    def before() -> None:
        for p in path.parent.iterdir():
            p.unlink()

    def after(i: int) -> None:
        if path.exists():  # a vault, never a stub that blocks the retry
            vault = Vault.open(path, PASSPHRASE)
            n = vault.query_one("SELECT count(*) FROM clients")[0]
            vault.close()
            assert n in (0, CLIENTS), f"kill {i}"
            if n == 0:  # killed between creating and importing: the retry works
                done = root.cli("import", "--vault", str(path), str(doc))
                assert done.returncode == 0, done.stderr
            _intact(path)
        elif i % 4 == 0:  # nothing there: the retry works (every 4th, to save time)
            done = root.cli("import", "--vault", str(path), str(doc))
            assert done.returncode == 0, f"kill {i}: {done.stderr}"
            _intact(path)
        assert root.marker_files(allowed=(doc,)) == [], f"kill {i}"

    _loop(root, ("import", "--vault", str(path), str(doc)), after, before, seed=5)


def test_passwd_killed(root: Root, vault: Path) -> None:
    other = {PASSPHRASE: OTHER_PASSPHRASE, OTHER_PASSPHRASE: PASSPHRASE}
    current = {"pass": PASSPHRASE}
    new_file = root.path / "new-pass"

    def run(delay: float | None) -> float:
        new_file.write_text(other[current["pass"]], encoding="utf-8")
        env = root.env
        env["PRACTICE_NOTES_PASSPHRASE"] = current["pass"]
        began = time.monotonic()
        proc = root.start("passwd", "--vault", str(vault), "--new-passphrase-file",
                          str(new_file), env=env)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        return time.monotonic() - began

    def after(i: int) -> None:
        for candidate in (current["pass"], other[current["pass"]]):
            try:
                _intact(vault, candidate)
            except WrongPassphrase:
                continue
            current["pass"] = candidate
            return
        raise AssertionError(f"kill {i}: the vault opens with neither passphrase")

    duration = run(None)
    after(-1)
    for i, delay in enumerate(kill_points(random.Random(6), duration, KILLS)):
        run(delay)
        sweep_now()
        assert root.leftovers() == [], f"kill {i}"
        after(i)
