"""Shared parts of the reliability suite: a private root per test, the command
line run as a real process (killed with SIGKILL where asked), a small practice
with markers, and the checks every case ends with."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from practice_notes.vault.outputs import sweep
from tests.unit.vaultkit import PASSPHRASE, files_containing

MARKER = "PNRELIAB7Q"  # in every name and note of the test practice
LEFTOVER_NAMES = (".practice-notes-out-", ".part")


@dataclass
class Root:
    """A test's own folder: HOME, XDG, TMPDIR and the state folder all inside."""

    path: Path

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        home = self.path / "home"
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
                   XDG_CACHE_HOME=str(home / "cache"), TMPDIR=str(self.path / "tmp"),
                   SQLITE_TMPDIR=str(self.path / "tmp"), PRACTICE_NOTES_STATE_DIR=str(
                       self.path / "state"), PRACTICE_NOTES_PASSPHRASE=PASSPHRASE,
                   PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        env.pop("PRACTICE_NOTES_DEBUG", None)
        return env

    def cli(self, *args: str, passphrase: str = PASSPHRASE,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = self.env
        env["PRACTICE_NOTES_PASSPHRASE"] = passphrase
        return subprocess.run([sys.executable, "-m", "practice_notes", *args], env=env,
                              cwd=self.path, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def start(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "practice_notes", *args],
                                env=env or self.env, cwd=self.path,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def leftovers(self) -> list[str]:
        """Files under the root that should never survive: temporary names."""
        found = []
        for folder, _dirs, names in os.walk(self.path):
            for name in names:
                if any(part in name for part in LEFTOVER_NAMES):
                    found.append(str(Path(folder) / name))
        return found

    def marker_files(self, allowed: tuple[Path, ...] = ()) -> list[str]:
        keep = {str(p) for p in allowed}
        return [hit for hit in files_containing(self.path, [MARKER])
                if hit.split(": ")[0] not in keep]


def make_root(tmp_path: Path) -> Root:
    for sub in ("home/data", "home/config", "home/state", "home/cache", "tmp", "state"):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
    return Root(tmp_path)


def kill_after(root: Root, args: tuple[str, ...], delay: float) -> float:
    """Start a command and SIGKILL it after ``delay`` seconds (if still running).
    Returns how long it ran."""
    began = time.monotonic()
    proc = root.start(*args)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return time.monotonic() - began


def timed(root: Root, *args: str) -> float:
    began = time.monotonic()
    done = root.cli(*args)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - began


def kill_points(rng: random.Random, duration: float, n: int) -> list[float]:
    """Spread over the part of the run where files are written (after start-up)."""
    return [rng.uniform(0.3 * duration, 1.05 * duration) for _ in range(n)]


def sweep_now() -> list[Path]:
    """What the next start of any command does (run in this process: quicker)."""
    said: list[str] = []
    removed = sweep(report=said.append)
    assert len(said) == (1 if removed else 0)
    return removed


def one_line_message(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert lines, "no message"
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    return lines[-1]
