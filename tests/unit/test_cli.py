"""The ``practice-notes`` command line: exit codes, one-line messages, passphrase
sources, client listing, demo, export/import and passphrase change (real vaults,
no Qt: the window is replaced by a stand-in module where a test needs it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.cli import clients as cli_clients
from practice_notes.cli import common as cli_common
from practice_notes.demo.build import build_demo
from practice_notes.passphrase_input import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    PassphraseSource,
    PassphraseUnavailable,
    read_passphrase_file,
)
from practice_notes.services import transfer
from practice_notes.services.unlock import create_practice, open_practice
from practice_notes.vault.errors import VaultError, WrongPassphrase

REPO = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"
NEW = "a different passphrase entirely"
TODAY = dt.date(2025, 3, 14)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE, cli.DEBUG_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo vault (3 clients) shared by the read-only tests."""
    path = tmp_path_factory.mktemp("cli") / "demo.vault"
    practice = create_practice(path, PASS)
    build_demo(practice, clients=3, sessions=6, today=TODAY)
    practice.vault.close()
    return path


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "new.txt"
    path.write_text(NEW + "\n", encoding="utf-8")
    return path


@pytest.fixture
def own_vault(tmp_path: Path) -> Path:
    path = tmp_path / "own.vault"
    practice = create_practice(path, PASS)
    build_demo(practice, clients=2, sessions=4, today=TODAY)
    practice.vault.close()
    return path


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[Path | None, str | None]]]:
    """Stand in for practice_notes.ui.app (no Qt here): records run_gui calls."""
    calls: list[tuple[Path | None, str | None]] = []
    fake = types.ModuleType("practice_notes.ui.app")

    def run_gui(vault_path: Path | None, demo_passphrase: str | None = None,
                after_shown: Callable[[], None] | None = None) -> int:
        assert after_shown is cli_common.sweep_leftovers  # swept once on screen
        calls.append((vault_path, demo_passphrase))
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "practice_notes.ui.app", fake)
    yield calls


def quiet() -> PassphraseSource:
    """No terminal: nothing can be prompted."""
    return PassphraseSource(interactive=False)


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("practice-notes: ")
    assert "Traceback" not in err
    return lines[0]


def run(args: list[str], capsys: pytest.CaptureFixture[str],
        source: PassphraseSource | None = None) -> tuple[int, str, str]:
    code = cli.main(args, source or quiet())
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ clients
def test_clients_lists_code_name_status_separated_by_tabs(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["clients", "--vault", str(demo_vault), "--passphrase-file",
                          str(pass_file)], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    practice = open_practice(demo_vault, PASS)
    try:
        expected = [f"{s.client.code}\t{s.client.display_name}\t{s.client.status.value}"
                    for s in practice.client_list()]
    finally:
        practice.vault.close()
    assert lines == expected
    assert any("Zoë Ångström" in line for line in lines)


def test_clients_json(demo_vault: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    code, out, _ = run(["clients", "--vault", str(demo_vault), "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 3
    assert all(set(r) == {"code", "name", "status"} for r in rows)
    assert "Zoë Ångström" in out  # not \u-escaped
    assert {r["status"] for r in rows} <= {"active", "paused", "discharged"}


def test_top_level_vault_option_applies_to_a_command(
    demo_vault: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--vault", str(demo_vault), "clients", "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 0 and len(out.splitlines()) == 3


# -------------------------------------------------------------- passphrases
def test_passphrase_file_wins_over_the_environment(
    demo_vault: Path, pass_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase at all")
    code, _, err = run(["clients", "--vault", str(demo_vault), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 0, err


def test_passphrase_file_keeps_all_but_one_trailing_newline(tmp_path: Path) -> None:
    f = tmp_path / "p"
    f.write_bytes(b"  spaced words  \r\n")
    assert read_passphrase_file(f) == "  spaced words  "
    f.write_bytes(b"two\n\n")
    assert read_passphrase_file(f) == "two\n"
    f.write_bytes(b"\n")
    with pytest.raises(PassphraseUnavailable, match="empty"):
        read_passphrase_file(f)
    with pytest.raises(PassphraseUnavailable, match="could not be read"):
        read_passphrase_file(tmp_path / "missing")


def test_no_passphrase_without_a_terminal_is_a_one_line_error(
    demo_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["clients", "--vault", str(demo_vault)], capsys)
    assert code == 1 and out == ""
    assert "--passphrase-file" in one_line_error(err) and ENV_PASSPHRASE in err


def test_prompts_on_a_terminal(demo_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return PASS

    source = PassphraseSource(env={}, prompt=prompt, interactive=True)
    code, out, _ = run(["clients", "--vault", str(demo_vault)], capsys, source)
    assert code == 0 and len(out.splitlines()) == 3
    assert asked == ["Passphrase for demo.vault: "]


# ------------------------------------------------------------ user errors
def test_wrong_passphrase(demo_vault: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "wrong wrong wrong")
    code, out, err = run(["clients", "--vault", str(demo_vault)], capsys)
    assert code == 1 and out == ""
    assert one_line_error(err) == f"practice-notes: {WrongPassphrase.default_message}"


def test_missing_vault(tmp_path: Path, pass_file: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing.vault"
    code, _, err = run(["clients", "--vault", str(missing), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and "There is no vault" in one_line_error(err)
    assert not missing.exists()


def test_not_a_vault(tmp_path: Path, pass_file: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 500, encoding="utf-8")
    code, _, err = run(["clients", "--vault", str(notes), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and "not a Practice Notes vault" in one_line_error(err)
    assert notes.read_text(encoding="utf-8") == "shopping list\n" * 500


def test_an_internal_error_is_one_line_without_note_text(
    demo_vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("Zoë said something very private")

    monkeypatch.setattr(cli_clients, "cmd_clients", broken)
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    code, _, err = run(["clients", "--vault", str(demo_vault)], capsys)
    assert code == cli.EXIT_INTERNAL == 3
    line = one_line_error(err)
    assert "internal error (RuntimeError)" in line
    assert "Zoë" not in err and "very private" not in err


# ------------------------------------------------------------------- usage
@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["clients", "--bogus"],
    ["export", "--format", "xml", "--out", "x.json"],
    ["export"],
    ["demo", "--clients", "0"],
    ["demo", "--sessions", "many"],
    ["import"],
])
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(args, capsys)
    assert code == 2 and "usage:" in err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "demo" in out and "passwd" in out
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("practice-notes ")


# -------------------------------------------------------------------- demo
def test_demo_builds_says_the_passphrase_and_reuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.vault"
    code, out, _ = run(["demo", "--vault", str(path), "--clients", "2", "--sessions", "5",
                        "--no-gui"], capsys)
    assert code == 0
    assert 'passphrase "demo"' in out and "2 clients, 10 sessions" in out
    practice = open_practice(path, "demo")
    try:
        assert len(practice.client_list()) == 2
    finally:
        practice.vault.close()
    code, out, _ = run(["demo", "--vault", str(path), "--no-gui"], capsys)
    assert code == 0 and "Opening the existing demo practice" in out


def test_demo_over_another_vault_is_refused(
    own_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["demo", "--vault", str(own_vault), "--no-gui"], capsys)
    assert code == 1 and "--vault" in one_line_error(err)


def test_demo_default_path_and_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    gui_calls: list[tuple[Path | None, str | None]],
) -> None:
    monkeypatch.setattr(cli_common, "default_vault_path",
                        lambda: tmp_path / "data" / "practice.vault")
    code, _, _ = run(["demo", "--clients", "1", "--sessions", "2"], capsys)
    assert code == 0
    assert gui_calls == [(tmp_path / "data" / "demo.vault", "demo")]
    assert (tmp_path / "data" / "demo.vault").is_file()


def test_demo_with_a_passphrase_file(
    tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.vault"
    code, out, _ = run(["demo", "--vault", str(path), "--clients", "1", "--sessions", "2",
                        "--no-gui", "--passphrase-file", str(pass_file)], capsys)
    assert code == 0 and '"demo"' not in out
    open_practice(path, PASS).vault.close()


def test_interrupted_demo_leaves_no_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import practice_notes.demo.build as demo_module

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(demo_module, "build_demo", interrupted)
    path = tmp_path / "d.vault"
    code, _, err = run(["demo", "--vault", str(path), "--no-gui"], capsys)
    assert code == 130 and "interrupted" in err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ window
def test_no_command_opens_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
    gui_calls: list[tuple[Path | None, str | None]],
) -> None:
    assert run([], capsys)[0] == 0
    assert run(["--vault", str(tmp_path / "x.vault")], capsys)[0] == 0
    assert gui_calls == [(None, None), (tmp_path / "x.vault", None)]


def test_window_missing_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "practice_notes.ui.app", None)
    code, _, err = run([], capsys)
    assert code == 1 and "window" in one_line_error(err)


# ----------------------------------------------------------- export/import
def test_export_import_round_trip(
    demo_vault: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    code, _, err = run(["export", "--vault", str(demo_vault), "--format", "json", "--out",
                        str(out), "--passphrase-file", str(pass_file)], capsys)
    assert code == 0 and "not encrypted" in err
    copy = tmp_path / "copy.vault"
    code, stdout, _ = run(["import", "--vault", str(copy), str(out), "--passphrase-file",
                           str(pass_file)], capsys)
    assert code == 0 and "Imported 3 clients" in stdout
    again = tmp_path / "again.json"
    assert run(["export", "--vault", str(copy), "--out", str(again), "--passphrase-file",
                str(pass_file)], capsys)[0] == 0
    assert json.loads(again.read_text("utf-8")) == json.loads(out.read_text("utf-8"))
    # into a vault that already has records: refused, nothing changed
    code, _, err = run(["import", "--vault", str(copy), str(out), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and "already has records" in one_line_error(err)


def test_export_does_not_overwrite_without_force(
    demo_vault: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    out.write_text("keep me", encoding="utf-8")
    args = ["export", "--vault", str(demo_vault), "--out", str(out), "--passphrase-file",
            str(pass_file)]
    code, _, err = run(args, capsys)
    assert code == 1 and "--force" in one_line_error(err)
    assert out.read_text("utf-8") == "keep me"
    assert run([*args, "--force"], capsys)[0] == 0
    assert json.loads(out.read_text("utf-8"))["format"] == transfer.FORMAT


@pytest.mark.parametrize(("content", "expected"), [
    ('{"clients": [', "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ('{"format": "something else"}', "cannot be imported"),
])
def test_bad_import_file_creates_no_vault(
    tmp_path: Path, pass_file: Path, content: str, expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    target = tmp_path / "new.vault"
    code, _, err = run(["import", "--vault", str(target), str(bad), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and expected in one_line_error(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "pass.txt"]


def test_import_failing_after_creation_removes_the_new_vault(
    demo_vault: Path, tmp_path: Path, pass_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "export.json"
    assert run(["export", "--vault", str(demo_vault), "--out", str(out),
                "--passphrase-file", str(pass_file)], capsys)[0] == 0

    def failing(*_: object) -> None:
        raise VaultError("The disk is full, so nothing was saved.")

    monkeypatch.setattr(transfer, "import_file", failing)
    target = tmp_path / "new.vault"
    code, _, err = run(["import", "--vault", str(target), str(out), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and "disk is full" in one_line_error(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json", "pass.txt"]


def test_import_new_vault_refuses_a_weak_passphrase(
    demo_vault: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "export.json"
    assert run(["export", "--vault", str(demo_vault), "--out", str(out),
                "--passphrase-file", str(pass_file)], capsys)[0] == 0
    for weak in ("short", "password1234"):
        monkeypatch.setenv(ENV_PASSPHRASE, weak)
        code, _, err = run(["import", "--vault", str(tmp_path / "n.vault"), str(out)], capsys)
        assert code == 1 and "too weak" in one_line_error(err)
        assert not (tmp_path / "n.vault").exists()


def test_import_asks_twice_for_a_new_vault_on_a_terminal(
    demo_vault: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    assert run(["export", "--vault", str(demo_vault), "--out", str(out),
                "--passphrase-file", str(pass_file)], capsys)[0] == 0
    answers = iter([NEW, NEW + " typo"])
    source = PassphraseSource(env={}, prompt=lambda _: next(answers), interactive=True)
    code, _, err = run(["import", "--vault", str(tmp_path / "n.vault"), str(out)], capsys,
                       source)
    assert code == 1 and "differ" in one_line_error(err)
    assert not (tmp_path / "n.vault").exists()
    answers = iter([NEW, NEW])
    source = PassphraseSource(env={}, prompt=lambda _: next(answers), interactive=True)
    assert run(["import", "--vault", str(tmp_path / "n.vault"), str(out)], capsys,
               source)[0] == 0
    open_practice(tmp_path / "n.vault", NEW).vault.close()


# ------------------------------------------------------------------ passwd
def test_passwd_then_old_fails_and_new_works(
    own_vault: Path, pass_file: Path, new_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["passwd", "--vault", str(own_vault), "--passphrase-file",
                        str(pass_file), "--new-passphrase-file", str(new_file)], capsys)
    assert code == 0 and "changed" in out
    code, _, err = run(["clients", "--vault", str(own_vault), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and "Wrong passphrase" in one_line_error(err)
    code, out, _ = run(["clients", "--vault", str(own_vault), "--passphrase-file",
                        str(new_file)], capsys)
    assert code == 0 and len(out.splitlines()) == 2
    practice = open_practice(own_vault, NEW)
    try:
        assert "passphrase_change" in [e.action for e in practice.audit.entries()]
    finally:
        practice.vault.close()


def test_passwd_from_environment(own_vault: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, NEW)
    assert run(["passwd", "--vault", str(own_vault)], capsys)[0] == 0
    open_practice(own_vault, NEW).vault.close()


@pytest.mark.parametrize(("new", "expected"), [
    ("short", "too weak"),
    ("1234567890", "too easy to guess"),
    ("password1234", "too easy to guess"),
    (PASS, "same as the current"),
])
def test_passwd_refusals_leave_the_passphrase(
    own_vault: Path, monkeypatch: pytest.MonkeyPatch, new: str, expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, new)
    code, _, err = run(["passwd", "--vault", str(own_vault)], capsys)
    assert code == 1 and expected in one_line_error(err)
    open_practice(own_vault, PASS).vault.close()


def test_passwd_needs_a_new_passphrase(own_vault: Path, pass_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["passwd", "--vault", str(own_vault), "--passphrase-file",
                        str(pass_file)], capsys)
    assert code == 1 and "--new-passphrase-file" in one_line_error(err)
    open_practice(own_vault, PASS).vault.close()


# --------------------------------------------------- real process, real exit
def _python(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE, cli.DEBUG_ENV)}
    environ.update(env, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "practice_notes", *args], cwd=REPO,
                          env=environ, capture_output=True, text=True, encoding="utf-8",
                          stdin=subprocess.DEVNULL, timeout=120, check=False)


def test_subprocess_exit_codes_and_messages(demo_vault: Path, tmp_path: Path) -> None:
    ok = _python(["clients", "--vault", str(demo_vault), "--json"], **{ENV_PASSPHRASE: PASS})
    assert ok.returncode == 0, ok.stderr
    assert len(json.loads(ok.stdout)) == 3
    wrong = _python(["clients", "--vault", str(demo_vault)], **{ENV_PASSPHRASE: "nope nope"})
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert one_line_error(wrong.stderr).endswith(WrongPassphrase.default_message)
    missing = _python(["export", "--vault", str(tmp_path / "none.vault"), "--out",
                       str(tmp_path / "e.json")], **{ENV_PASSPHRASE: PASS})
    assert missing.returncode == 1 and "There is no vault" in one_line_error(missing.stderr)
    usage = _python(["export", "--format", "csv", "--out", "x"])
    assert usage.returncode == 2 and "invalid choice" in usage.stderr
    no_pass = _python(["clients", "--vault", str(demo_vault)])
    assert no_pass.returncode == 1 and "--passphrase-file" in one_line_error(no_pass.stderr)


def test_subprocess_bad_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = _python(["import", "--vault", str(tmp_path / "n.vault"), str(bad)],
                     **{ENV_PASSPHRASE: PASS})
    assert result.returncode == 1 and "not valid JSON" in one_line_error(result.stderr)
    assert not (tmp_path / "n.vault").exists()


def test_cli_does_not_import_qt() -> None:
    code = ("import sys, practice_notes.cli; "
            "assert not any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
