"""Creating, opening, cloning and locking a vault on real SQLCipher files."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from practice_notes.domain.models import Client
from practice_notes.services.unlock import (
    change_passphrase,
    create_practice,
    default_vault_path,
    open_practice,
    passphrase_problem,
)
from practice_notes.vault import cipher
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import (
    NotFound,
    VaultError,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from practice_notes.vault.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.unit.vaultkit import OTHER_PASSPHRASE, PASSPHRASE


@pytest.fixture
def kdf_calls(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Count calls of the one expensive KDF (the salts it was called with)."""
    calls: list[bytes] = []
    real: Callable[[str, bytes], bytes] = cipher.derive_key

    def counting(passphrase: str, salt: bytes) -> bytes:
        calls.append(salt)
        return real(passphrase, salt)

    monkeypatch.setattr(cipher, "derive_key", counting)
    return calls


def _make(path: Path) -> None:
    Vault.create(path, PASSPHRASE).close()


# ---------------------------------------------------------------- create/open
def test_create_then_open_round_trip(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == SCHEMA_VERSION
        open_inside = vault.is_open
    assert open_inside and not vault.is_open
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.query_one("PRAGMA application_id")[0] == APPLICATION_ID
        assert vault.query_one("PRAGMA user_version")[0] == SCHEMA_VERSION
        assert vault.query_one("PRAGMA journal_mode")[0] == "wal"
        assert vault.query_one("PRAGMA foreign_keys")[0] == 1
        assert vault.query_one("PRAGMA temp_store")[0] == 2  # MEMORY
        assert cipher.cipher_version(vault._connection())
        meta: dict[str, str] = dict(vault.query("SELECT key, value FROM meta"))
        assert set(meta) == {"vault_id", "created_at", "created_by"}
        assert meta["created_by"].startswith("Practice Notes")
        assert vault.integrity_problems() == []


def test_file_is_encrypted_and_a_standard_sqlcipher4_database(vault_path: Path) -> None:
    _make(vault_path)
    head = vault_path.read_bytes()[:16]
    assert head != cipher.SQLITE_HEADER
    assert vault_path.stat().st_size % cipher.PAGE_SIZE == 0
    # Any SQLCipher 4 tool with default settings opens it with the passphrase alone.
    con = sqlcipher3.connect(str(vault_path))
    try:
        con.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"clients", "sessions", "audit_log", "reviews", "search_index"} <= names
    finally:
        con.close()


def test_create_makes_missing_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "practice.vault"
    _make(path)
    assert path.is_file()


def test_create_refuses_empty_passphrase(vault_path: Path) -> None:
    with pytest.raises(VaultError, match="passphrase"):
        Vault.create(vault_path, "")
    assert not vault_path.exists()


@pytest.mark.parametrize("content", [b"", b"not mine", b"\0" * 4096])
def test_create_never_overwrites_an_existing_file(vault_path: Path, content: bytes) -> None:
    vault_path.write_bytes(content)
    with pytest.raises(VaultExists) as info:
        Vault.create(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == content
    assert "already exists" in str(info.value)


def test_create_refuses_an_existing_vault(vault_path: Path) -> None:
    _make(vault_path)
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        create_practice(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before


def test_unicode_passphrase(vault_path: Path) -> None:
    phrase = "Grüße aus Köln — 東京 ☕"
    Vault.create(vault_path, phrase).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "Grusse aus Koln — 東京 ☕")
    Vault.open(vault_path, phrase).close()


# --------------------------------------------------------------- one KDF only
def test_exactly_one_kdf_per_open(vault_path: Path, kdf_calls: list[bytes]) -> None:
    _make(vault_path)
    assert len(kdf_calls) == 1  # create
    kdf_calls.clear()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        assert kdf_calls == [vault_path.read_bytes()[:16]]
        worker = vault.clone()
        try:
            assert worker.query_one("SELECT count(*) FROM clients")[0] == 0
        finally:
            worker.close()
        assert len(kdf_calls) == 1, "clone() must key with the raw key, not the passphrase"
    finally:
        vault.close()


def test_exactly_one_kdf_per_open_practice(vault_path: Path, kdf_calls: list[bytes]) -> None:
    create_practice(vault_path, PASSPHRASE).vault.close()
    kdf_calls.clear()
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        practice.add_client(Client("KD-01", "Kim Doe"))
        practice.search("Kim")
        assert len(kdf_calls) == 1
    finally:
        practice.vault.close()


def test_wrong_passphrase_costs_one_kdf(vault_path: Path, kdf_calls: list[bytes]) -> None:
    _make(vault_path)
    kdf_calls.clear()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, OTHER_PASSPHRASE)
    assert len(kdf_calls) == 1


# ------------------------------------------------------------ clone, threads
def test_clone_works_in_another_thread_and_sees_commits(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    try:
        with vault.transaction():
            vault.execute(
                "INSERT INTO clients(code, display_name, status, created_at, updated_at)"
                " VALUES ('TH-01', 'Thread', 'active', 'x', 'x')"
            )
        out: dict[str, Any] = {}

        def work() -> None:
            try:
                worker = vault.clone()
                try:
                    out["codes"] = [r[0] for r in worker.query("SELECT code FROM clients")]
                finally:
                    worker.close()
            except BaseException as exc:  # pragma: no cover - reported below
                out["error"] = exc

        t = threading.Thread(target=work)
        t.start()
        t.join(30)
        assert "error" not in out, out.get("error")
        assert out["codes"] == ["TH-01"]
        assert vault.is_open, "closing a clone must not close the vault"
    finally:
        vault.close()


def test_close_forgets_the_key_and_refuses_work(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    vault.close()  # idempotent
    with pytest.raises(VaultLocked):
        vault.query("SELECT 1")
    with pytest.raises(VaultLocked):
        _ = vault.key
    with pytest.raises(VaultLocked):
        vault.clone()
    with pytest.raises(VaultLocked), vault.transaction():
        pass


def test_reopen_after_close_in_same_process(vault_path: Path) -> None:
    _make(vault_path)
    for n in range(3):
        with Vault.open(vault_path, PASSPHRASE) as vault, vault.transaction():
            _insert(vault, f"RO-{n:02d}")
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert _count(vault) == 3


# -------------------------------------------------------------- transactions
def _count(vault: Vault) -> int:
    return int(vault.query_one("SELECT count(*) FROM clients")[0])


def _insert(vault: Vault, code: str) -> None:
    vault.execute(
        "INSERT INTO clients(code, display_name, status, created_at, updated_at)"
        " VALUES (?, 'N', 'active', 'x', 'x')",
        (code,),
    )


def test_transaction_rolls_back_on_error(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        with pytest.raises(RuntimeError), vault.transaction():
            _insert(vault, "RB-01")
            raise RuntimeError("boom")
        assert _count(vault) == 0
        with vault.transaction():
            _insert(vault, "RB-02")
        assert _count(vault) == 1


def test_nested_transactions_join_the_outer_one(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        with pytest.raises(NotFound), vault.transaction():
            _insert(vault, "NE-01")
            with vault.transaction():
                _insert(vault, "NE-02")
            raise NotFound()
        assert _count(vault) == 0


def test_query_one_on_nothing_is_not_found(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        with pytest.raises(NotFound):
            vault.query_one("SELECT 1 FROM clients")
        assert vault.query_opt("SELECT 1 FROM clients") is None


# ---------------------------------------------------------------- passphrase
def test_change_passphrase(vault_path: Path) -> None:
    practice = create_practice(vault_path, PASSPHRASE)
    practice.add_client(Client("CP-01", "Chris P"))
    with pytest.raises(WrongPassphrase, match="current passphrase"):
        change_passphrase(practice, OTHER_PASSPHRASE, "new passphrase 123")
    with pytest.raises(VaultError):
        change_passphrase(practice, PASSPHRASE, "")
    change_passphrase(practice, PASSPHRASE, OTHER_PASSPHRASE)
    practice.add_client(Client("CP-02", "Chris Q"))  # still usable after rekey
    assert [e.action for e in practice.audit.entries()][-1] == "passphrase_change"
    practice.vault.close()

    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    again = open_practice(vault_path, OTHER_PASSPHRASE)
    try:
        assert again.clients.codes() == {"CP-01", "CP-02"}
        assert again.audit.verify().ok
        assert again.vault.integrity_problems() == []
    finally:
        again.vault.close()


def test_failed_unlocks_are_audited_at_next_unlock(vault_path: Path) -> None:
    create_practice(vault_path, PASSPHRASE).vault.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            open_practice(vault_path, OTHER_PASSPHRASE)
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        entries = practice.audit.entries()
        assert [e.action for e in entries][-2:] == ["failed_unlock", "unlock"]
        assert entries[-2].detail.startswith("2 failed")
    finally:
        practice.vault.close()
    # The count was reported once, not again.
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        assert [e.action for e in practice.audit.entries()][-2:] == ["unlock", "unlock"]
    finally:
        practice.vault.close()


def test_passphrase_problem() -> None:
    assert passphrase_problem("short") is not None
    assert passphrase_problem("aaaaaaaaaaaa") is not None
    assert passphrase_problem("four random words here") is None


def test_default_vault_path_is_in_the_isolated_data_dir(isolated_home: Path) -> None:
    path = default_vault_path()
    assert path.name == "practice.vault"
    assert str(path).startswith(str(isolated_home))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_vault_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual umask, which would give 0644
    try:
        vault = Vault.create(tmp_path / "p.vault", PASSPHRASE)
        try:
            vault.execute("CREATE TABLE IF NOT EXISTS _mode_probe(x)")
            files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
        finally:
            vault.close()
    finally:
        os.umask(old_umask)
    assert {"p.vault", "p.vault-wal", "p.vault-shm", "p.vault.lock"} <= set(files)
    assert files == dict.fromkeys(files, 0o600)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_opening_an_old_world_readable_vault_makes_it_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    Vault.create(path, PASSPHRASE).close()
    path.chmod(0o644)
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(Path(f"{path}-wal").stat().st_mode) == 0o600
    finally:
        vault.close()
