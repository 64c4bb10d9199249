"""``practice-notes backup create|verify|test|restore``: exit codes, one-line
messages, and the separate backup passphrase from a file or from
PRACTICE_NOTES_BACKUP_PASSPHRASE. Real vaults and backups; no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.backup.errors import BackupWrongPassphrase
from practice_notes.backup.verify import verify_backup
from practice_notes.cli.backup import ENV_BACKUP_PASSPHRASE
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource
from practice_notes.services import backups
from practice_notes.services.unlock import open_practice
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import WrongPassphrase
from tests.unit import backup_kit as kit
from tests.unit.backup_kit import CUSTODIAN, PASSPHRASE, REPO
from tests.unit.vaultkit import flip_bytes


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (ENV_PASSPHRASE, ENV_BACKUP_PASSPHRASE, cli.DEBUG_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-source") / "practice.vault"
    kit.make_source(path, clients=2, sessions=4)
    return path


@pytest.fixture
def vault(source: Path, tmp_path: Path) -> Path:
    return kit.copy_to(source, tmp_path / "vault")


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def custodian_file(tmp_path: Path) -> Path:
    path = tmp_path / "custodian.txt"
    path.write_text(CUSTODIAN + "\n", encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args, PassphraseSource(interactive=False))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def create(vault: Path, out: Path, pass_file: Path, capsys: pytest.CaptureFixture[str],
           *extra: str) -> tuple[int, str, str]:
    return run(["backup", "create", "--vault", str(vault), "--out", str(out),
                "--passphrase-file", str(pass_file), *extra], capsys)


# ------------------------------------------------------------------- create
def test_create_with_the_vaults_passphrase(vault: Path, pass_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.pnbackup"
    code, stdout, err = create(vault, out, pass_file, capsys)
    assert (code, err) == (0, "")
    assert one_line(stdout) == (f"Backup written and verified: {out} "
                                "(protected by the vault's passphrase).")
    report, _key = verify_backup(out, PASSPHRASE)
    assert report.manifest.counts["clients"] >= 2
    practice = open_practice(vault, PASSPHRASE)
    try:
        assert [e.action for e in practice.audit.entries()][-2:] == ["backup", "unlock"]
    finally:
        practice.vault.close()


def test_create_into_a_folder_gets_a_dated_name(vault: Path, pass_file: Path,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    code, _out, _err = create(vault, folder, pass_file, capsys)
    assert code == 0
    [made] = list(folder.iterdir())
    assert made.name.startswith("practice-notes-") and made.suffix == ".pnbackup"


def test_create_into_a_missing_folder_named_with_a_slash(
    vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "newdir"
    code, stdout, err = run(["backup", "create", "--vault", str(vault), "--out",
                             f"{folder}{os.sep}", "--passphrase-file", str(pass_file)], capsys)
    assert (code, err) == (0, "")
    assert folder.is_dir()
    [made] = list(folder.iterdir())
    assert made.suffix == ".pnbackup" and str(made) in stdout
    verify_backup(made, PASSPHRASE)


def test_create_into_a_folder_whose_parent_is_missing(
    vault: Path, pass_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    unmounted = tmp_path / "media" / "usb"
    code, stdout, err = run(["backup", "create", "--vault", str(vault), "--out",
                             f"{unmounted / 'backups'}/", "--passphrase-file", str(pass_file)],
                            capsys)
    assert (code, stdout) == (1, "")
    assert one_line(err) == (f"practice-notes: The folder {str(unmounted)!r} does not exist, "
                             f"so {str(unmounted / 'backups')!r} cannot be made in it.")
    assert not (tmp_path / "media").exists()


def test_create_with_a_backup_passphrase_file(vault: Path, pass_file: Path,
                                              custodian_file: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.pnbackup"
    code, stdout, _err = create(vault, out, pass_file, capsys,
                                "--backup-passphrase-file", str(custodian_file))
    assert code == 0 and "protected by its own passphrase" in stdout
    verify_backup(out, CUSTODIAN)


def test_create_with_the_backup_passphrase_variable(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setenv(ENV_BACKUP_PASSPHRASE, CUSTODIAN)
    out = tmp_path / "e.pnbackup"
    code, stdout, _err = run(["backup", "create", "--vault", str(vault), "--out", str(out)],
                             capsys)
    assert code == 0 and "its own passphrase" in stdout
    verify_backup(out, CUSTODIAN)
    code, _out, err = run(["backup", "verify", str(out), "--passphrase-file",
                           str(_write(tmp_path / "p", PASSPHRASE))], capsys)
    assert code == 1
    assert one_line(err) == "practice-notes: " + BackupWrongPassphrase.default_message
    # verify/test/restore take the backup's passphrase from the same variable
    code, stdout, _err = run(["backup", "verify", str(out)], capsys)
    assert code == 0 and "verified" in stdout


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_create_refusals(vault: Path, pass_file: Path, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    weak = _write(tmp_path / "weak.txt", "short")
    code, out, err = create(vault, tmp_path / "w.pnbackup", pass_file, capsys,
                            "--backup-passphrase-file", str(weak))
    assert code == 1 and out == ""
    assert "too weak" in one_line(err)
    assert not (tmp_path / "w.pnbackup").exists()

    taken = _write(tmp_path / "taken.pnbackup", "mine")
    code, _out, err = create(vault, taken, pass_file, capsys)
    assert code == 1 and "already exists" in one_line(err)
    assert taken.read_text() == "mine"

    code, _out, err = create(vault, tmp_path / "nowhere" / "b.pnbackup", pass_file, capsys)
    assert code == 1 and "does not exist" in one_line(err)

    wrong = _write(tmp_path / "wrong.txt", "not the passphrase at all")
    code, _out, err = create(vault, tmp_path / "x.pnbackup", wrong, capsys)
    assert code == 1 and "passphrase" in one_line(err)
    assert not (tmp_path / "x.pnbackup").exists()


# ------------------------------------------------------------ verify / test
@pytest.fixture
def made(vault: Path, tmp_path: Path) -> Path:
    practice = open_practice(vault, PASSPHRASE)
    try:
        return backups.backup_now(practice, out=tmp_path / "made.pnbackup").path
    finally:
        practice.vault.close()


def test_verify_and_test(made: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = kit.folder_state(made.parent)
    code, out, err = run(["backup", "verify", str(made), "--passphrase-file", str(pass_file)],
                         capsys)
    assert (code, err) == (0, "")
    assert one_line(out).startswith("Backup made ") and one_line(out).endswith("verified.")
    code, out, err = run(["backup", "test", str(made), "--passphrase-file", str(pass_file)],
                         capsys)
    assert (code, err) == (0, "")
    assert one_line(out).startswith("Test-restore succeeded")
    assert kit.folder_state(made.parent) == before


@pytest.mark.parametrize("action", ["verify", "test"])
def test_verify_and_test_refuse_a_damaged_backup(made: Path, pass_file: Path, action: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    flip_bytes(made, made.stat().st_size // 2)
    code, out, err = run(["backup", action, str(made), "--passphrase-file", str(pass_file)],
                         capsys)
    assert code == 1 and out == ""
    assert one_line(err) == ("practice-notes: The backup file is damaged; it cannot be "
                             "restored. Use another backup.")


def test_verify_with_the_vault_passphrase_variable(made: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    code, _out, _err = run(["backup", "verify", str(made)], capsys)
    assert code == 0


def test_verify_without_any_passphrase(made: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["backup", "verify", str(made)], capsys)
    assert code == 1 and "passphrase" in one_line(err)


def test_verify_a_file_that_is_not_a_backup(tmp_path: Path, pass_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    empty = _write(tmp_path / "empty.pnbackup", "")
    code, _out, err = run(["backup", "verify", str(empty), "--passphrase-file",
                           str(pass_file)], capsys)
    assert code == 1 and "empty" in one_line(err)


# ------------------------------------------------------------------ restore
def test_restore_to_a_new_path(made: Path, pass_file: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "restored.vault"
    code, out, err = run(["backup", "restore", str(made), "--to", str(target),
                          "--passphrase-file", str(pass_file)], capsys)
    assert (code, err) == (0, "")
    assert out.strip() == (f"Restored to {target}. It opens with the backup's passphrase; "
                           "change it with 'practice-notes passwd' if you like.")
    practice = open_practice(target, PASSPHRASE)
    try:
        assert [e.action for e in practice.audit.entries()][-2:] == ["restore", "unlock"]
    finally:
        practice.vault.close()


def test_restore_over_an_existing_vault_needs_replace(made: Path, vault: Path,
                                                      pass_file: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    before = kit.file_state(vault)
    code, out, err = run(["backup", "restore", str(made), "--to", str(vault),
                          "--passphrase-file", str(pass_file)], capsys)
    assert code == 1 and out == ""
    assert "--replace" in one_line(err)
    assert kit.file_state(vault) == before

    code, out, err = run(["backup", "restore", str(made), "--to", str(vault), "--replace",
                          "--passphrase-file", str(pass_file)], capsys)
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith("The replaced vault was kept as ")
    safety = Path(lines[1].removeprefix("The replaced vault was kept as ").rstrip("."))
    assert kit.file_state(safety).sha256 == before.sha256


def test_restore_with_a_custodian_passphrase(vault: Path, pass_file: Path,
                                             custodian_file: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.pnbackup"
    assert create(vault, out, pass_file, capsys, "--backup-passphrase-file",
                  str(custodian_file))[0] == 0
    target = tmp_path / "restored.vault"
    monkeypatch.setenv(ENV_BACKUP_PASSPHRASE, CUSTODIAN)
    code, _out, _err = run(["backup", "restore", str(out), "--to", str(target)], capsys)
    assert code == 0
    with pytest.raises(WrongPassphrase):
        Vault.open(target, PASSPHRASE)
    Vault.open(target, CUSTODIAN).close()


def test_subprocess_exit_codes(made: Path, pass_file: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in (ENV_PASSPHRASE, ENV_BACKUP_PASSPHRASE)}
    env["PYTHONPATH"] = str(REPO)

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "practice_notes", *args], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)

    ok = call("backup", "verify", str(made), "--passphrase-file", str(pass_file))
    assert ok.returncode == 0 and ok.stderr == "" and "verified" in ok.stdout
    env[ENV_BACKUP_PASSPHRASE] = "wrong wrong wrong wrong"
    bad = call("backup", "test", str(made))
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.strip() == "practice-notes: " + BackupWrongPassphrase.default_message
    usage = call("backup", "restore", str(made))  # --to missing
    assert usage.returncode == 2
