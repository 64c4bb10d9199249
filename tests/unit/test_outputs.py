"""vault/outputs.py: plaintext is complete under its name or not there, and what a
dead process left is found, overwritten and removed; a live one's is left alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from practice_notes.vault.outputs import (
    OutputProblem,
    pending_dir,
    sweep,
    temp_beside,
    write_plaintext,
)


@pytest.fixture(autouse=True)
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRACTICE_NOTES_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state"


def test_written_once_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    write_plaintext(out, b"secret")
    assert out.read_bytes() == b"secret" and oct(out.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in out.parent.iterdir()) == ["export.json"]
    assert list(pending_dir().iterdir()) == []


def test_failure_before_the_rename_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "export.json"

    def audit() -> None:
        raise RuntimeError("the vault's disk is full")

    with pytest.raises(OutputProblem) as caught:
        write_plaintext(out, b"secret", before_rename=audit)
    assert caught.value.where == "vault"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state"]
    assert list(pending_dir().iterdir()) == []


def test_sweep_shreds_what_a_dead_process_left(tmp_path: Path) -> None:
    left = tmp_path / ".practice-notes-out-0000.part"
    left.write_bytes(b"secret" * 100)
    enc = tmp_path / ".x.pnbackup.1234.part"
    enc.write_bytes(b"cipher")
    Path(f"{enc}-journal").write_bytes(b"j")
    folder = pending_dir()
    folder.mkdir(parents=True)
    dead = 2 ** 22 + 99
    (folder / f"{dead}-a.plain").write_bytes(os.fsencode(str(left)))
    (folder / f"{dead}-b.encrypted").write_bytes(os.fsencode(str(enc)))
    alive = tmp_path / ".practice-notes-out-1111.part"
    alive.write_bytes(b"in use")
    (folder / f"{os.getppid()}-c.plain").write_bytes(os.fsencode(str(alive)))
    said: list[str] = []
    removed = sweep(report=said.append)
    assert sorted(removed) == sorted([left, enc])
    assert len(said) == 1 and "removed 2 unfinished file(s)" in said[0]
    assert not left.exists() and not enc.exists() and not Path(f"{enc}-journal").exists()
    assert alive.exists()  # its process still runs
    assert [p.name for p in folder.iterdir()] == [f"{os.getppid()}-c.plain"]


def test_temp_beside_removes_its_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "b.pnbackup"
    with pytest.raises(ValueError), temp_beside(target) as tmp:
        tmp.write_bytes(b"half")
        Path(f"{tmp}-journal").write_bytes(b"j")
        raise ValueError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state"]


def test_the_window_sweeps_once_it_is_on_screen_and_commands_before_they_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line sweeps before a command; the window after its first paint
    (``run_gui(after_shown=...)``): a leftover is gone either way."""
    import sys
    import types

    from practice_notes import cli

    def leave() -> Path:
        left = tmp_path / f".practice-notes-out-{os.urandom(4).hex()}.part"
        left.write_bytes(b"secret")
        pending_dir().mkdir(parents=True, exist_ok=True)
        (pending_dir() / f"{2 ** 22 + 98}-{left.name}.plain").write_bytes(
            os.fsencode(str(left)))
        return left

    seen: list[bool] = []
    fake = types.ModuleType("practice_notes.ui.app")

    def run_gui(path: Path | None, passphrase: str | None = None,
                after_shown: object = None) -> int:
        seen.append(left.exists())  # not swept before the window is up
        assert callable(after_shown)
        after_shown()
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "practice_notes.ui.app", fake)
    left = leave()
    assert cli.main(["--vault", str(tmp_path / "x.vault")]) == 0
    assert seen == [True] and not left.exists()
    left = leave()
    assert cli.main(["search", "--vault", str(tmp_path / "none.vault"), "word"]) == 1
    assert not left.exists()
