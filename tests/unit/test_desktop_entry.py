"""``practice-notes desktop-entry --install | --remove`` under the temporary XDG
data folder that conftest sets; the written entry passes desktop-file-validate."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from practice_notes import cli, desktop_entry
from practice_notes.passphrase_input import PassphraseSource

APP_ID = "io.github.practicenotes.PracticeNotes"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args, PassphraseSource(interactive=False))
    out, err = capsys.readouterr()
    return code, out, err


def expected_files(data: Path) -> set[Path]:
    return {
        data / "applications" / f"{APP_ID}.desktop",
        data / "icons/hicolor/scalable/apps/practice-notes.svg",
        data / "icons/hicolor/256x256/apps/practice-notes.png",
    }


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_then_remove(capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    code, out, err = run(["desktop-entry", "--install"], capsys)
    assert (code, err) == (0, "")
    assert files_under(data) == expected_files(data)
    assert out.strip().endswith(f"{APP_ID}.desktop")
    written = entry(data / "applications" / f"{APP_ID}.desktop")
    assert written["Icon"] == "practice-notes"
    assert written["Name"] == "Practice Notes"
    svg = data / "icons/hicolor/scalable/apps/practice-notes.svg"
    assert svg.read_bytes().lstrip().startswith(b"<")
    png = data / "icons/hicolor/256x256/apps/practice-notes.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    code, out, _err = run(["desktop-entry", "--install"], capsys)  # again: same files
    assert code == 0 and files_under(data) == expected_files(data)

    code, out, err = run(["desktop-entry", "--remove"], capsys)
    assert (code, err) == (0, "") and "Removed" in out
    assert files_under(data) == set()
    code, out, _err = run(["desktop-entry", "--remove"], capsys)
    assert code == 0 and "was not in" in out


def test_exec_is_the_running_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "my venv" / "bin" / "practice-notes"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(script)])
    [*_, path] = desktop_entry.install()
    assert entry(path)["Exec"] == f'"{script}"'  # quoted: the folder has a space
    monkeypatch.setattr(sys, "argv", ["-c"])
    [*_, path] = desktop_entry.install()
    assert entry(path)["Exec"] == f"{sys.executable} -m practice_notes"


def test_data_home_falls_back_to_local_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/not/allowed")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"


def test_install_or_remove_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["desktop-entry"], capsys)
    assert code == 2 and "--install" in err


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (Debian: desktop-file-utils)")
def test_written_entry_is_valid() -> None:
    [*_, path] = desktop_entry.install()
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                            text=True, check=False)
    problems = [x for x in (result.stdout + result.stderr).splitlines()
                if "error:" in x or "warning:" in x]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_same_entry_as_the_packages() -> None:
    packaged = Path(__file__).resolve().parents[2] / "packaging" / f"{APP_ID}.desktop"
    assert desktop_entry.ENTRY.format(exec="practice-notes") == packaged.read_text("utf-8")
