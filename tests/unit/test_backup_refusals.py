"""Bad backups are refused, each with its own error class and a one-line message;
verification never writes (bytes, mtime and folder unchanged, no journal) and
works on a backup in a read-only folder. Real SQLCipher files in tmp_path."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from practice_notes.backup.create import create_backup
from practice_notes.backup.errors import (
    BackupDamaged,
    BackupError,
    BackupMismatch,
    BackupTruncated,
    BackupWrongPassphrase,
    NotABackup,
)
from practice_notes.backup.restore import restore_backup, test_restore
from practice_notes.backup.verify import verify_backup
from practice_notes.vault import cipher
from practice_notes.vault.database import Vault
from tests.unit import backup_kit as kit
from tests.unit.backup_kit import OTHER_PASSPHRASE, PASSPHRASE
from tests.unit.vaultkit import flip_bytes, raw_connect

PAGE = cipher.PAGE_SIZE


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("source") / "source.vault"
    kit.make_source(path)
    return path


@pytest.fixture(scope="module")
def good(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good backup; tests damage copies of it, never the file itself."""
    out = tmp_path_factory.mktemp("good") / "practice-notes-20250314-101500.pnbackup"
    v = Vault.open(source, PASSPHRASE)
    try:
        create_backup(v, out)
    finally:
        v.close()
    return out


def pages(path: Path) -> int:
    return path.stat().st_size // PAGE


# Each maker gets (the good backup, a fresh folder) and returns the bad file.
Maker = Callable[[Path, Path], Path]


def _copy(good: Path, folder: Path) -> Path:
    return kit.copy_to(good, folder, "suspect.pnbackup")


def truncated_mid_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    kit.truncate(bad, bad.stat().st_size - PAGE // 2 - 123)
    return bad


def truncated_one_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    kit.truncate(bad, bad.stat().st_size - PAGE)
    return bad


def truncated_several_pages(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    kit.truncate(bad, (pages(bad) // 2) * PAGE)
    return bad


def truncated_to_first_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    kit.truncate(bad, PAGE)
    return bad


def flipped_first_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    flip_bytes(bad, 100)  # past the salt: page 1's content
    return bad


def flipped_middle_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    flip_bytes(bad, (pages(bad) // 2) * PAGE + 700)
    return bad


def flipped_last_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    flip_bytes(bad, bad.stat().st_size - PAGE + 300)
    return bad


def flipped_hmac_of_last_page(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    flip_bytes(bad, bad.stat().st_size - 10, 4)
    return bad


def plain_sqlite(good: Path, folder: Path) -> Path:
    bad = folder / "plain.pnbackup"
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 40)
    con.commit()
    con.close()
    return bad


def random_bytes(good: Path, folder: Path) -> Path:
    bad = folder / "random.pnbackup"
    bad.write_bytes(os.urandom(5 * PAGE + 1234))
    return bad


def empty_file(good: Path, folder: Path) -> Path:
    bad = folder / "empty.pnbackup"
    bad.touch()
    return bad


def tiny_file(good: Path, folder: Path) -> Path:
    bad = folder / "tiny.pnbackup"
    bad.write_bytes(os.urandom(100))
    return bad


def a_directory(good: Path, folder: Path) -> Path:
    bad = folder / "folder.pnbackup"
    bad.mkdir()
    return bad


def missing(good: Path, folder: Path) -> Path:
    return folder / "not-there.pnbackup"


def a_vault(good: Path, folder: Path) -> Path:
    path = folder / "practice.vault"
    kit.make_source(path, clients=1, sessions=2)
    return path


def a_foreign_sqlcipher_file(good: Path, folder: Path) -> Path:
    """Another program's SQLCipher 4 database, with the same passphrase."""
    import sqlcipher3

    bad = folder / "other-app.db"
    con = sqlcipher3.connect(str(bad))
    con.execute(f"PRAGMA key = '{PASSPHRASE}'")
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('hello')")
    con.commit()
    con.close()
    return bad


def edited_data(good: Path, folder: Path) -> Path:
    """A row changed by someone with the key: every page authentic, data not as made."""
    bad = _copy(good, folder)
    con = raw_connect(bad)
    con.execute("UPDATE clients SET considerations = considerations || '!'"
                " WHERE id = (SELECT min(id) FROM clients)")
    con.close()
    return bad


def edited_manifest(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    con = raw_connect(bad)
    con.execute("UPDATE backup_manifest SET value = replace(value, '\"clients\": ',"
                " '\"clients\": 1') WHERE key = 'counts'")
    con.close()
    return bad


def unreadable_manifest(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    con = raw_connect(bad)
    con.execute("DELETE FROM backup_manifest WHERE key = 'digest'")
    con.close()
    return bad


def from_a_newer_version(good: Path, folder: Path) -> Path:
    bad = _copy(good, folder)
    con = raw_connect(bad)
    con.execute("PRAGMA user_version = 999")
    con.close()
    return bad


CASES: list[tuple[Maker, str, type[BackupError], str]] = [
    # (make the file, passphrase, exact error class, words in the message)
    (_copy, OTHER_PASSPHRASE, BackupWrongPassphrase, "passphrase does not open"),
    (truncated_mid_page, PASSPHRASE, BackupTruncated, "incomplete"),
    (truncated_one_page, PASSPHRASE, BackupTruncated, "incomplete"),
    (truncated_several_pages, PASSPHRASE, BackupTruncated, "incomplete"),
    (truncated_to_first_page, PASSPHRASE, BackupTruncated, "incomplete"),
    (flipped_first_page, PASSPHRASE, BackupDamaged, "damaged"),
    (flipped_middle_page, PASSPHRASE, BackupDamaged, "damaged"),
    (flipped_last_page, PASSPHRASE, BackupDamaged, "damaged"),
    (flipped_hmac_of_last_page, PASSPHRASE, BackupDamaged, "damaged"),
    (plain_sqlite, PASSPHRASE, NotABackup, "unencrypted SQLite"),
    (random_bytes, PASSPHRASE, NotABackup, "not a Practice Notes backup"),
    (tiny_file, PASSPHRASE, NotABackup, "too small"),
    (empty_file, PASSPHRASE, NotABackup, "empty"),
    (a_directory, PASSPHRASE, NotABackup, "folder"),
    (missing, PASSPHRASE, BackupError, "no backup file"),
    (a_vault, PASSPHRASE, NotABackup, "vault, not a backup"),
    (a_foreign_sqlcipher_file, PASSPHRASE, NotABackup, "not a Practice Notes backup"),
    (edited_data, PASSPHRASE, BackupMismatch, "do not match its manifest"),
    (edited_manifest, PASSPHRASE, BackupMismatch, "do not match its manifest"),
    (unreadable_manifest, PASSPHRASE, NotABackup, "manifest"),
    (from_a_newer_version, PASSPHRASE, BackupError, "newer version"),
]


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    assert "sqlcipher" not in text.lower() and "sqlite3" not in text.lower()
    return text


@pytest.mark.parametrize(("make", "passphrase", "kind", "words"), CASES,
                         ids=[c[0].__name__.strip("_") for c in CASES])
def test_each_bad_backup_is_refused_clearly_and_left_as_it_was(
    make: Maker, passphrase: str, kind: type[BackupError], words: str, good: Path,
    source: Path, tmp_path: Path,
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    bad = make(good, folder)
    before = kit.folder_state(folder)

    with pytest.raises(BackupError) as caught:
        verify_backup(bad, passphrase)
    assert type(caught.value) is kind, f"{type(caught.value).__name__}: {caught.value}"
    assert words in one_line(caught.value)

    # Nothing was written: same bytes, same mtime, no -journal or anything else beside it.
    assert kit.folder_state(folder) == before
    # Restoring and test-restoring refuse it the same way, and create nothing.
    target = tmp_path / "restored" / "practice.vault"
    target.parent.mkdir()
    with pytest.raises(kind):
        restore_backup(bad, passphrase, target)
    with pytest.raises(kind):
        test_restore(bad, passphrase)
    assert list(target.parent.iterdir()) == []
    # Asked to replace a vault, it leaves that vault as it was: no safety copy either.
    live = kit.copy_to(source, tmp_path / "live", "practice.vault")
    live_before = kit.folder_state(live.parent)
    with pytest.raises(kind):
        restore_backup(bad, passphrase, live, replace=True)
    assert kit.folder_state(live.parent) == live_before
    assert kit.folder_state(folder) == before


def test_the_error_classes_are_distinct() -> None:
    kinds = {(c[2], c[3]) for c in CASES}
    assert len({k for k, _ in kinds}) == 6  # wrong key, truncated, damaged, not one, ...
    assert len({type(k()).__name__ for k, _ in kinds}) == 6
    messages = {str(k()) for k, _ in kinds}
    assert len(messages) == 6


def test_a_page_aligned_random_file_cannot_be_told_from_a_wrong_passphrase(
    tmp_path: Path,
) -> None:
    """Without the key, encrypted pages and random bytes look the same; the
    message is then about the passphrase (the likelier case), and still one line."""
    bad = tmp_path / "random.pnbackup"
    bad.write_bytes(os.urandom(6 * PAGE))
    with pytest.raises(BackupWrongPassphrase) as caught:
        verify_backup(bad, PASSPHRASE)
    one_line(caught.value)


def test_a_damaged_salt_looks_like_a_wrong_passphrase(good: Path, tmp_path: Path) -> None:
    """The salt (first 16 bytes) feeds the key: damage there means no page verifies."""
    bad = kit.copy_to(good, tmp_path)
    flip_bytes(bad, 3, 4)
    with pytest.raises(BackupWrongPassphrase):
        verify_backup(bad, PASSPHRASE)


def test_an_older_backup_renamed_verifies_and_says_so(good: Path, tmp_path: Path) -> None:
    renamed = kit.copy_to(good, tmp_path, "practice-notes-20991231-235959.pnbackup")
    before = kit.folder_state(tmp_path)
    report, _key = verify_backup(renamed, PASSPHRASE)
    assert report.renamed is True
    assert report.manifest.file_name == good.name
    summary = report.summary
    assert "\n" not in summary
    created = report.manifest.created_at.replace("T", " ").rstrip("Z")
    assert f"Backup made {created} UTC" in summary  # its real creation time
    assert f"written as '{good.name}'" in summary and "renamed" in summary
    assert kit.folder_state(tmp_path) == before
    # under its own name it says nothing of the kind
    report, _key = verify_backup(good, PASSPHRASE)
    assert report.renamed is False and "renamed" not in report.summary


def test_verification_of_a_good_backup_writes_nothing(good: Path, tmp_path: Path) -> None:
    copy = kit.copy_to(good, tmp_path)
    before = kit.folder_state(tmp_path)
    verify_backup(copy, PASSPHRASE)
    test_restore(copy, PASSPHRASE)
    assert kit.folder_state(tmp_path) == before


# ----------------------------------------------------------- read-only media
@pytest.fixture
def immutable_folder(good: Path, tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to, not even root: ``chattr +i`` (root only)."""
    if os.geteuid() != 0:
        pytest.skip("chattr +i needs root; the chmod variant covers other users")
    folder = tmp_path / "read-only-media"
    kit.copy_to(good, folder, good.name)
    try:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("chattr is not installed")
    if done.returncode != 0:
        pytest.skip(f"chattr +i not permitted here: {done.stderr.strip()}")
    try:
        with pytest.raises(OSError):
            (folder / "probe").touch()
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_verify_and_restore_from_an_immutable_folder(immutable_folder: Path,
                                                     tmp_path: Path) -> None:
    backup = next(immutable_folder.iterdir())
    before = kit.folder_state(immutable_folder)
    report, _key = verify_backup(backup, PASSPHRASE)
    assert report.renamed is False
    test_restore(backup, PASSPHRASE)
    restore_backup(backup, PASSPHRASE, tmp_path / "restored.vault")
    Vault.open(tmp_path / "restored.vault", PASSPHRASE).close()
    assert kit.folder_state(immutable_folder) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores file permissions (see the chattr variant)")
def test_verify_from_a_folder_without_write_permission(good: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    backup = kit.copy_to(good, folder, good.name)
    backup.chmod(0o444)
    folder.chmod(0o555)
    try:
        before = kit.folder_state(folder)
        verify_backup(backup, PASSPHRASE)
        test_restore(backup, PASSPHRASE)
        assert kit.folder_state(folder) == before
    finally:
        folder.chmod(0o755)


def test_one_read_of_each_page_unless_some_page_lies_outside_the_tables(
        good: Path, tmp_path: Path) -> None:
    """A backup as written has every page in a table or index, so checking those
    authenticates every page and the whole-file cipher scan is left out; a file
    with free pages or pages past its end gets the scan, and a damaged extra page
    is refused."""
    from practice_notes.backup.checks import every_page_in_a_tree, open_ro

    key = cipher.derive_key(PASSPHRASE, cipher.read_salt(good))

    def in_trees(path: Path) -> bool:
        con = open_ro(path, key)
        try:
            return every_page_in_a_tree(con, path.stat().st_size)
        finally:
            con.close()

    assert in_trees(good)
    freed = _copy(good, tmp_path)
    con = raw_connect(freed)
    con.execute("DELETE FROM backup_manifest WHERE key = 'nothing'")
    con.execute("CREATE TABLE scratch (x)")
    con.execute("INSERT INTO scratch VALUES (randomblob(20000))")
    con.execute("DROP TABLE scratch")
    con.close()
    assert not in_trees(freed)
    longer = _copy(good, tmp_path / "x")
    with longer.open("ab") as fh:
        fh.write(os.urandom(cipher.PAGE_SIZE))
    assert not in_trees(longer)
    with pytest.raises(BackupDamaged):
        verify_backup(longer, PASSPHRASE)
