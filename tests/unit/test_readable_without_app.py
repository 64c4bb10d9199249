"""README "Reading your records without Practice Notes" is true: a vault and a
backup made by the app open in a third-party SQLCipher 4 reader
(``apsw-sqlite3mc``, a test dependency) exactly as the README says, by running
the README's own Python example, and the README's table list matches the file.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path
from typing import Any

import apsw
import pytest
import sqlcipher3

from practice_notes.services.backups import backup_now
from tests.unit.transfer_kit import PASSPHRASE, build_practice, new_practice

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Reading your records without Practice Notes"
#: A custodian passphrase with a quote and non-ASCII letters: the README's
#: example must key with it as typed.
CUSTODIAN = "Custodian's key — Ключ 鍵"
SIGNED_TEXT = "« ça va » — slept 5h"


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.index("\n## ", start + len(SECTION))
    return text[start:end]


def run_block(marker: str, path: Path, passphrase: str) -> tuple[str, dict[str, Any]]:
    """The section's Python block holding ``marker``, with its two placeholders
    filled in: what it prints, and its variables."""
    blocks = [b for b in re.findall(r"```python\n(.*?)```", section(), flags=re.DOTALL)
              if marker in b]
    assert len(blocks) == 1
    code, n = re.subn(r'^path = ".*?"', f"path = {str(path)!r}", blocks[0], flags=re.MULTILINE)
    code, m = re.subn(r'^passphrase = ".*?"', f"passphrase = {passphrase!r}", code,
                      flags=re.MULTILINE)
    assert n == m == 1
    out = io.StringIO()
    names: dict[str, Any] = {"__name__": "readme"}
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), names)
    return out.getvalue(), names


def readme_example(path: Path, passphrase: str) -> str:
    """What the README's apsw-sqlite3mc example prints for this file."""
    return run_block("apsw.Connection", path, passphrase)[0]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of a closed vault (as the README says: work on a copy) and a
    backup with a separate (custodian) passphrase, both made by the app."""
    made = tmp_path_factory.mktemp("app")
    practice = new_practice(made / "practice.vault")
    try:
        build_practice(practice)
        backup = backup_now(practice, passphrase=CUSTODIAN, out=made / "b.pnbackup").path
    finally:
        practice.vault.close()
    elsewhere = tmp_path_factory.mktemp("copy")
    copy = elsewhere / "practice-copy.vault"
    shutil.copy2(made / "practice.vault", copy)
    return copy, backup


def test_readme_example_reads_a_signed_note_from_a_vault(files: tuple[Path, Path]) -> None:
    printed = readme_example(files[0], PASSPHRASE)
    assert SIGNED_TEXT in printed and "2024-03-04T12:00:00" in printed
    assert len(printed.splitlines()) == 1  # the one signed note, no draft


def test_readme_example_reads_a_signed_note_from_a_backup(files: tuple[Path, Path]) -> None:
    printed = readme_example(files[1], CUSTODIAN)
    assert SIGNED_TEXT in printed


def test_readme_example_refuses_a_wrong_passphrase(files: tuple[Path, Path]) -> None:
    with pytest.raises(apsw.NotADBError):
        readme_example(files[1], PASSPHRASE)  # the vault's, not the backup's


def test_readme_raw_key_opens_the_file(files: tuple[Path, Path]) -> None:
    """The key derivation the README documents is SQLCipher 4's: the raw key it
    gives opens the vault copy and the backup in apsw-sqlite3mc."""
    for path, passphrase in ((files[0], PASSPHRASE), (files[1], CUSTODIAN)):
        key = run_block("pbkdf2_hmac", path, passphrase)[1]["key"]
        assert isinstance(key, bytes) and len(key) == 32
        con = apsw.Connection(path.resolve().as_uri() + "?cipher=sqlcipher&legacy=4",
                              flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
        try:
            con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            rows = list(con.execute("SELECT note_fields FROM sessions "
                                    "WHERE signed_at IS NOT NULL"))
        finally:
            con.close()
        assert len(rows) == 1 and SIGNED_TEXT in rows[0][0]


def test_sqlcipher_shell_pragmas_open_the_backup(files: tuple[Path, Path]) -> None:
    """The README's ``sqlcipher`` lines (same library as the sqlcipher3 wheel)."""
    con = sqlcipher3.connect(str(files[1]))
    try:
        con.execute("PRAGMA key = '" + CUSTODIAN.replace("'", "''") + "'")
        con.execute("PRAGMA cipher_compatibility = 4")
        rows = con.execute("SELECT starts_at, note_fields FROM sessions "
                           "WHERE signed_at IS NOT NULL").fetchall()
    finally:
        con.close()
    assert len(rows) == 1 and SIGNED_TEXT in rows[0][1]


def test_readme_lists_every_table(files: tuple[Path, Path]) -> None:
    con = apsw.Connection(files[1].resolve().as_uri() + "?cipher=sqlcipher&legacy=4",
                          flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    try:
        con.pragma("key", CUSTODIAN)
        tables = {str(r[0]) for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    listed: set[str] = set()
    for line in section().splitlines():
        if line.startswith("| `"):
            listed.update(re.findall(r"`([a-z_*]+)`", line.split("|")[1]))
    wild = {t[:-1] for t in listed if t.endswith("*")}
    plain = {t for t in tables if not any(t.startswith(w) for w in wild)}
    assert plain == {t for t in listed if not t.endswith("*")}
    assert all(any(t.startswith(w) for t in tables) for w in wild)
