"""Every way opening or writing a vault can fail, each with its own error and message.

No file is ever changed or silently initialised by a failed open.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from practice_notes.domain.models import Client, Session
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import create_practice, open_practice
from practice_notes.vault import cipher, errors
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import (
    DiskFull,
    NewerVersion,
    NotAVault,
    ReadOnlyLocation,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)
from tests.unit.vaultkit import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    flip_bytes,
    open_fds_to,
    raw_connect,
)

REPO = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


# ------------------------------------------------------------------ helpers
@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed multi-page vault with notes, goals and search entries (read-only use)."""
    path = tmp_path_factory.mktemp("pristine") / "pristine.vault"
    practice = create_practice(path, PASSPHRASE)
    client = practice.add_client(Client("PR-01", "Pat Rivers", considerations="prefers mornings"))
    for n in range(30):
        practice.save_session(
            Session(client.id or 0, dt.datetime(2024, 1, 1, 9) + dt.timedelta(days=n),
                    note_fields={"subjective": f"week {n} " + "long reflective text " * 150})
        )
    assert practice.vault.query_one("PRAGMA freelist_count")[0] == 0
    practice.vault.close()
    assert path.stat().st_size // cipher.PAGE_SIZE > 40
    return path


@pytest.fixture
def copy(pristine: Path, tmp_path: Path) -> Path:
    """This test's own copy of the pristine vault."""
    target = tmp_path / "copy.vault"
    shutil.copyfile(pristine, target)
    return target


def read_everything(vault: Vault) -> None:
    """Read every row of every table, index and FTS shadow table."""
    names = [r[0] for r in vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for name in names:
        vault.query(f'SELECT * FROM "{name}"')
    vault.query("SELECT rowid FROM search_index WHERE search_index MATCH 'reflective'")
    vault.query("PRAGMA quick_check")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def assert_untouched(path: Path, before: dict[str, bytes]) -> None:
    """The file is byte-identical and nothing new sits beside it except the lock file."""
    after = snapshot(path.parent)
    new = set(after) - set(before) - {path.name + ".lock"}
    assert not new, f"a failed open left files behind: {sorted(new)}"
    for name, data in before.items():
        assert after.get(name) == data, f"{name} was changed"
    assert not open_fds_to(path), "a failed open left the file open"


def assert_message(err: BaseException) -> str:
    text = str(err)
    assert text.strip(), "empty message"
    assert "\n" not in text, "message must be one line"
    assert "Traceback" not in text and "sqlcipher" not in text.lower()
    return text


# --------------------------------------------------------- wrong passphrase
def test_wrong_passphrase(copy: Path) -> None:
    before = snapshot(copy.parent)
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(copy, OTHER_PASSPHRASE)
    assert_untouched(copy, before)
    assert info.value.next_step == "retry"
    assert "passphrase" in assert_message(info.value)
    Vault.open(copy, PASSPHRASE).close()  # the right one still works afterwards


def test_empty_passphrase_is_just_wrong(copy: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, "")


# --------------------------------------------------------------- damaged file
def test_damaged_first_page_told_apart_from_wrong_passphrase(copy: Path) -> None:
    flip_bytes(copy, 200)  # inside page 1, after the salt
    before = snapshot(copy.parent)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(copy, PASSPHRASE)
    assert "passphrase is right" in assert_message(info.value)
    assert info.value.next_step == "restore"
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, OTHER_PASSPHRASE)
    assert_untouched(copy, before)


@pytest.mark.parametrize("where", ["second", "middle", "last"])
def test_damaged_later_page_is_found(copy: Path, where: str) -> None:
    pages = copy.stat().st_size // cipher.PAGE_SIZE
    pgno = {"second": 2, "middle": pages // 2, "last": pages}[where]
    flip_bytes(copy, (pgno - 1) * cipher.PAGE_SIZE + 300)
    try:
        vault = Vault.open(copy, PASSPHRASE)
    except VaultDamaged:
        return  # the page was needed to open (schema): reported at once
    try:
        with pytest.raises(VaultDamaged):
            read_everything(vault)
        problems = vault.integrity_problems()
        assert any(f"page {pgno}" in p for p in problems), problems
    finally:
        vault.close()


def test_scan_pages_names_the_bad_page(copy: Path) -> None:
    key = cipher.derive_key(PASSPHRASE, cipher.read_salt(copy))
    checked, bad = cipher.scan_pages(copy, key)
    assert checked == copy.stat().st_size // cipher.PAGE_SIZE and bad == []
    flip_bytes(copy, 4 * cipher.PAGE_SIZE + 10)
    assert cipher.scan_pages(copy, key)[1] == [5]
    wrong = cipher.derive_key(OTHER_PASSPHRASE, cipher.read_salt(copy))
    checked, bad = cipher.scan_pages(copy, wrong)
    assert len(bad) == checked


@pytest.mark.parametrize("cut", ["whole-pages", "mid-page", "just-over-one-page"])
def test_truncated_file(copy: Path, cut: str) -> None:
    half = copy.stat().st_size // cipher.PAGE_SIZE // 2 * cipher.PAGE_SIZE
    size = {"whole-pages": half, "mid-page": half + 1000, "just-over-one-page": 5000}[cut]
    with copy.open("r+b") as fh:
        fh.truncate(size)
    before = snapshot(copy.parent)
    try:
        vault = Vault.open(copy, PASSPHRASE)
    except VaultDamaged as exc:
        assert_message(exc)
    else:
        try:
            with pytest.raises(VaultDamaged):
                read_everything(vault)
        finally:
            vault.close()
    # with a wrong passphrase a torn file is at least never called a vault
    with pytest.raises((NotAVault, WrongPassphrase)):
        Vault.open(copy, OTHER_PASSPHRASE)
    if size % cipher.PAGE_SIZE:
        with pytest.raises(NotAVault, match="damaged"):
            Vault.open(copy, OTHER_PASSPHRASE)
    assert copy.read_bytes() == before[copy.name]


# ------------------------------------------------------------ not a vault
def _plain_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes(body TEXT)")
    con.execute("INSERT INTO notes VALUES ('hello')")
    con.commit()
    con.close()


def _foreign_sqlcipher(path: Path) -> None:
    """An encrypted SQLCipher 4 database made by another program, same passphrase."""
    con = sqlcipher3.connect(str(path))
    con.execute(f"PRAGMA key = '{PASSPHRASE}'")
    con.execute("CREATE TABLE t(x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()


NOT_VAULTS = {
    "empty": lambda p: p.write_bytes(b""),
    "plain-sqlite": _plain_sqlite,
    "random-odd-length": lambda p: p.write_bytes(os.urandom(3 * cipher.PAGE_SIZE + 123)),
    "tiny": lambda p: p.write_bytes(b"hello, world"),
    "text": lambda p: p.write_text("Dear diary,\n" * 1000, encoding="utf-8"),
    "other-sqlcipher-db": _foreign_sqlcipher,
}


@pytest.mark.parametrize("kind", sorted(NOT_VAULTS))
def test_not_a_vault_is_never_initialised(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "thing.vault"
    NOT_VAULTS[kind](path)
    before = snapshot(tmp_path)
    with pytest.raises(NotAVault) as info:
        Vault.open(path, PASSPHRASE)
    assert info.value.next_step == "open-other"
    assert_message(info.value)
    with pytest.raises((NotAVault, WrongPassphrase)):
        open_practice(path, OTHER_PASSPHRASE)
    assert_untouched(path, before)


def test_empty_file_message_says_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.vault"
    path.touch()
    with pytest.raises(NotAVault, match="empty"):
        Vault.open(path, PASSPHRASE)
    assert path.stat().st_size == 0


def test_plain_sqlite_message_says_unencrypted(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    _plain_sqlite(path)
    with pytest.raises(NotAVault, match="unencrypted"):
        Vault.open(path, PASSPHRASE)


def test_random_whole_pages_look_like_a_wrong_passphrase(tmp_path: Path) -> None:
    """Random bytes in whole pages cannot be told from a vault under another key:
    that is what encryption means. Either answer is fine; the file stays as it was."""
    path = tmp_path / "noise.vault"
    path.write_bytes(os.urandom(8 * cipher.PAGE_SIZE))
    before = snapshot(tmp_path)
    with pytest.raises((WrongPassphrase, NotAVault)):
        Vault.open(path, PASSPHRASE)
    assert_untouched(path, before)


def test_a_folder_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "folder.vault"
    folder.mkdir()
    with pytest.raises(NotAVault, match="folder"):
        Vault.open(folder, PASSPHRASE)
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------ newer version
def test_vault_from_a_newer_version(copy: Path) -> None:
    con = raw_connect(copy)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = snapshot(copy.parent)
    with pytest.raises(NewerVersion) as info:
        Vault.open(copy, PASSPHRASE)
    assert "newer version" in assert_message(info.value)
    assert_untouched(copy, before)


# ------------------------------------------------------------- in use
def test_already_open_in_this_process(copy: Path) -> None:
    first = Vault.open(copy, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse) as info:
            Vault.open(copy, PASSPHRASE)
        assert "already open" in assert_message(info.value)
        assert first.query_one("SELECT count(*) FROM clients")[0] == 1  # first unharmed
    finally:
        first.close()
    Vault.open(copy, PASSPHRASE).close()  # free again once closed


@pytest.fixture
def holder(copy: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that keeps the vault open until we end it."""
    script = textwrap.dedent(f"""
        import sys
        from practice_notes.vault.database import Vault
        vault = Vault.open({str(copy)!r}, {PASSPHRASE!r})
        print("ready", flush=True)
        sys.stdin.read()
        vault.close()
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)


def test_already_open_in_another_process(copy: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(VaultInUse):
        Vault.open(copy, PASSPHRASE)
    with pytest.raises(VaultInUse):
        open_practice(copy, PASSPHRASE)
    holder.kill()  # a crash: the OS releases the lock
    holder.wait(30)
    Vault.open(copy, PASSPHRASE).close()


# -------------------------------------------------------------- missing
def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing) as info:
        Vault.open(tmp_path / "nope.vault", PASSPHRASE)
    assert_message(info.value)
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "no-folder" / "nope.vault", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------- read-only location
def test_create_in_read_only_location() -> None:
    probe = Path("/sys")
    if not probe.is_dir() or os.access(probe, os.W_OK) and _can_write(probe):
        pytest.skip("/sys is writable or missing here")
    with pytest.raises(ReadOnlyLocation) as info:
        Vault.create(probe / "practice.vault", PASSPHRASE)
    assert_message(info.value)


def _can_write(folder: Path) -> bool:
    try:
        (folder / ".pn-probe").touch()
    except OSError:
        return False
    (folder / ".pn-probe").unlink()
    return True


@pytest.fixture
def immutable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody, not even root, can write to (``chattr +i``)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], capture_output=True)


def _make_immutable(folder: Path) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    if done.returncode != 0 or _can_write(folder):
        pytest.skip(f"chattr +i not permitted here: {done.stderr.strip()}")


@pytest.mark.parametrize("with_lock_file", [False, True])
def test_open_in_read_only_folder(
    pristine: Path, immutable_folder: Path, with_lock_file: bool
) -> None:
    path = immutable_folder / "practice.vault"
    shutil.copyfile(pristine, path)
    if with_lock_file:  # left by an earlier session: the lock itself still works
        Vault.open(path, PASSPHRASE).close()
    _make_immutable(immutable_folder)
    before = snapshot(immutable_folder)
    with pytest.raises(ReadOnlyLocation) as info:
        Vault.open(path, PASSPHRASE)
    assert "cannot be written" in assert_message(info.value)
    assert_untouched(path, before)


def test_create_in_read_only_folder(immutable_folder: Path) -> None:
    _make_immutable(immutable_folder)
    with pytest.raises(ReadOnlyLocation):
        Vault.create(immutable_folder / "practice.vault", PASSPHRASE)
    assert list(immutable_folder.iterdir()) == []


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")
def test_open_in_read_only_folder_by_permissions(pristine: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "practice.vault"
    shutil.copyfile(pristine, path)
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyLocation):
            Vault.open(path, PASSPHRASE)
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")
def test_open_read_only_file_by_permissions(copy: Path) -> None:
    copy.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyLocation):
            Vault.open(copy, PASSPHRASE)
    finally:
        copy.chmod(0o644)


# ---------------------------------------------------------------- disk full
def _fill_up(practice: Practice) -> None:
    """Let the vault grow no further: the same error as a full disk."""
    pages = practice.vault.query_one("PRAGMA page_count")[0]
    practice.vault.execute(f"PRAGMA max_page_count = {pages}").fetchall()


def test_disk_full_saves_nothing(practice: Practice) -> None:
    client = practice.add_client(Client("DF-01", "Dee Full"))
    _fill_up(practice)
    big = Session(client.id or 0, dt.datetime(2024, 5, 1, 9),
                  note_fields={"subjective": "fullmarker " * 100_000},
                  process_notes="more " * 50_000)
    with pytest.raises(DiskFull) as info:
        practice.save_session(big)
    assert "disk is full" in assert_message(info.value)
    assert practice.sessions.for_client(client.id or 0) == []
    assert practice.search("fullmarker") == []
    # once there is room again, the same save works and the vault is sound
    practice.vault.execute("PRAGMA max_page_count = 1073741823").fetchall()
    saved = practice.save_session(big)
    assert practice.sessions.get(saved.id or 0).note_fields["subjective"] == "fullmarker " * 100_000
    assert practice.vault.integrity_problems() == []


def test_disk_full_during_addendum_keeps_audit_and_addendum_together(
    practice: Practice,
) -> None:
    client = practice.add_client(Client("DF-02", "Dee Full"))
    session = practice.save_session(Session(client.id or 0, dt.datetime(2024, 5, 1, 9)))
    practice.sign_session(session.id or 0)
    audit_before = practice.audit.entries()
    _fill_up(practice)
    with pytest.raises(DiskFull):
        practice.add_addendum(session.id or 0, "correction " * 100_000)
    assert practice.sessions.addenda(session.id or 0) == []
    assert practice.audit.entries() == audit_before
    assert practice.audit.verify().ok


# ---------------------------------------------------------------- messages
def test_each_error_kind_has_its_own_one_line_message(
    pristine: Path, tmp_path: Path
) -> None:
    """Trigger every open-time error for real and compare what the person reads."""
    seen: dict[type[VaultError], str] = {}

    def record(exc_type: type[VaultError], action: object) -> None:
        with pytest.raises(exc_type) as info:
            action()  # type: ignore[operator]
        seen[exc_type] = assert_message(info.value)

    good = tmp_path / "good.vault"
    shutil.copyfile(pristine, good)
    record(WrongPassphrase, lambda: Vault.open(good, OTHER_PASSPHRASE))
    record(VaultMissing, lambda: Vault.open(tmp_path / "missing.vault", PASSPHRASE))
    record(VaultExists, lambda: Vault.create(good, PASSPHRASE))
    damaged = tmp_path / "damaged.vault"
    shutil.copyfile(pristine, damaged)
    flip_bytes(damaged, 200)
    record(VaultDamaged, lambda: Vault.open(damaged, PASSPHRASE))
    empty = tmp_path / "empty.vault"
    empty.touch()
    record(NotAVault, lambda: Vault.open(empty, PASSPHRASE))
    newer = tmp_path / "newer.vault"
    shutil.copyfile(pristine, newer)
    con = raw_connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    record(NewerVersion, lambda: Vault.open(newer, PASSPHRASE))
    with Vault.open(good, PASSPHRASE) as held:
        record(VaultInUse, lambda: Vault.open(good, PASSPHRASE))
        _fill_up(Practice(held))
        record(DiskFull, lambda: _big_write(held))
    if Path("/sys").is_dir() and not _can_write(Path("/sys")):
        record(ReadOnlyLocation, lambda: Vault.create("/sys/x.vault", PASSPHRASE))
    assert len(set(seen.values())) == len(seen), seen


def _big_write(vault: Vault) -> None:
    with vault.transaction():
        vault.execute("INSERT INTO drafts(key, body, updated_at) VALUES ('k', ?, 'now')",
                      ("z" * 2_000_000,))


def test_default_messages_are_distinct_one_liners() -> None:
    kinds = [cls for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, VaultError)]
    assert len(kinds) >= 14
    messages = [str(cls()) for cls in kinds]
    for text in messages:
        assert text and "\n" not in text and text.endswith(".")
        assert len(text) < 160
    assert len(set(messages)) == len(messages)
    assert {cls.next_step for cls in kinds} <= {"retry", "restore", "open-other", "none"}
    assert not issubclass(errors.StorageBug, VaultError)
