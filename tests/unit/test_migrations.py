"""Numbered forward migrations: from the first schema, one transaction each,
with a safety copy made before the first step runs."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from practice_notes.domain.models import PracticeSettings, Review
from practice_notes.services.unlock import open_practice
from practice_notes.vault import cipher, database
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import StorageBug
from practice_notes.vault.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.unit.vaultkit import PASSPHRASE, open_fds_to, raw_connect


def build_v1(path: Path, extra: tuple[str, ...] = ()) -> None:
    """A vault exactly as the first release left it: schema v1 and some records.

    Made the way ``Vault.create`` does (raw key plus salt, WAL), but running only
    the first migration. ``extra`` SQL runs afterwards, outside the migration.
    """
    salt = os.urandom(cipher.SALT_SIZE)
    key = cipher.derive_key(PASSPHRASE, salt)
    con = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        con.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
        con.execute("PRAGMA journal_mode = WAL").fetchall()
        version, statements = MIGRATIONS[0]
        assert version == 1
        con.execute("BEGIN IMMEDIATE")
        for stmt in statements:
            con.execute(stmt)
        con.execute("PRAGMA user_version = 1")
        con.execute("INSERT INTO meta(key, value) VALUES ('vault_id', 'v1'),"
                    " ('created_at', '2023-01-01T00:00:00Z'), ('created_by', 'Practice Notes 0.1')")
        con.execute("INSERT INTO clients(code, display_name, status, considerations,"
                    " created_at, updated_at) VALUES ('OLD-01', 'Olive Old', 'active',"
                    " 'oldconsideration', 'x', 'x')")
        con.execute("INSERT INTO sessions(client_id, starts_at, duration_minutes, attendance,"
                    " modality, note_format, note_fields, created_at, updated_at) VALUES"
                    " (1, '2023-02-01T10:00:00', 50, 'attended', 'in_person', 'free',"
                    " '{\"note\": \"oldsessiontext\"}', 'x', 'x')")
        con.execute("UPDATE sessions SET signed_at = '2023-02-01T11:00:00' WHERE id = 1")
        con.execute("INSERT INTO addenda(session_id, written_at, body)"
                    " VALUES (1, '2023-02-02T09:00:00', 'oldaddendum')")
        con.execute("INSERT INTO goals(client_id, client_words, status, scheme, created_at)"
                    " VALUES (1, 'oldgoalwords', 'active', 'scale_0_10', 'x')")
        con.execute("COMMIT")
        for sql in extra:
            con.execute(sql)
    finally:
        con.close()


def safety_copies(path: Path, label: str) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.{label}-*.bak"))


def user_version(path: Path) -> int:
    con = raw_connect(path)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    assert [v for v, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert SCHEMA_VERSION == MIGRATIONS[-1][0] >= 2
    assert all(statements for _, statements in MIGRATIONS)


def test_new_vault_has_no_safety_copy(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).close()
    assert list(vault_path.parent.glob("*.bak")) == []


def test_migrate_from_first_schema(vault_path: Path) -> None:
    build_v1(vault_path)
    v1_bytes = vault_path.read_bytes()
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        assert practice.vault.schema_version == SCHEMA_VERSION
        assert practice.vault.query_one("PRAGMA application_id")[0] == APPLICATION_ID
        # data intact, locks intact
        client = practice.clients.by_code("OLD-01")
        session = practice.sessions.for_client(client.id or 0)[0]
        assert session.is_signed and session.note_fields == {"note": "oldsessiontext"}
        assert [a.body for a in practice.sessions.addenda(session.id or 0)] == ["oldaddendum"]
        assert practice.goals.for_client(client.id or 0)[0].client_words == "oldgoalwords"
        for word in ("oldconsideration", "oldsessiontext", "oldaddendum", "oldgoalwords"):
            assert len(practice.search(word)) == 1, word
        # the new schema works: reviews, searchable
        practice.add_review(Review(client.id or 0, dt.date(2024, 1, 5), dt.date(2023, 1, 1),
                                   dt.date(2024, 1, 1), narrative="newreviewtext"))
        assert [h.kind for h in practice.search("newreviewtext")] == ["review"]
        # names to hide (v3): none for an old client, and they can be kept
        assert client.other_names == ()
        practice.update_client(replace(client, other_names=("Bea", "Müller")))
        assert practice.clients.get(client.id or 0).other_names == ("Bea", "Müller")
        assert practice.vault.integrity_problems() == []
    finally:
        practice.vault.close()

    copies = safety_copies(vault_path, "before-migration-v1")
    assert len(copies) == 1
    assert copies[0].read_bytes() == v1_bytes  # a byte-for-byte, still encrypted copy
    assert user_version(copies[0]) == 1
    con = raw_connect(copies[0])
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "reviews" not in tables and "clients" in tables
    finally:
        con.close()

    # a second open has nothing to migrate and makes no further copy
    Vault.open(vault_path, PASSPHRASE).close()
    assert len(list(vault_path.parent.glob("*.bak"))) == 1


def test_failed_migration_rolls_back(vault_path: Path) -> None:
    """v2 creates ``reviews`` then the index ``reviews_client``; an index of that name
    already there makes the second statement fail after the first succeeded."""
    build_v1(vault_path, extra=("CREATE INDEX reviews_client ON clients(code)",))
    with pytest.raises(StorageBug) as info:
        Vault.open(vault_path, PASSPHRASE)
    # while the error is still held (as a GUI showing it would), nothing is open
    assert info.value.__traceback__ is not None
    assert not open_fds_to(vault_path), "a failed migration left the vault open"
    assert user_version(vault_path) == 1
    con = raw_connect(vault_path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "reviews" not in tables, "half a migration was kept"
        assert con.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    finally:
        con.close()
    assert len(safety_copies(vault_path, "before-migration-v1")) == 1
    # not left locked: the same failure again, not "in use"
    with pytest.raises(StorageBug):
        Vault.open(vault_path, PASSPHRASE)


def test_a_later_migration_step(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mechanism for every future step: runs once, bumps the version, copies first."""
    Vault.create(vault_path, PASSPHRASE).close()
    step = (SCHEMA_VERSION + 1, ["CREATE TABLE later_step (x INTEGER)",
                                 "INSERT INTO later_step VALUES (42)"])
    monkeypatch.setattr(database, "MIGRATIONS", [*MIGRATIONS, step])
    monkeypatch.setattr(database, "SCHEMA_VERSION", step[0])
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == step[0]
        assert vault.query_one("SELECT x FROM later_step")[0] == 42
    assert len(safety_copies(vault_path, f"before-migration-v{SCHEMA_VERSION}")) == 1
    with Vault.open(vault_path, PASSPHRASE) as vault:  # not run twice
        assert vault.query_one("SELECT count(*) FROM later_step")[0] == 1


def test_a_failing_later_step_keeps_the_vault_usable(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE).close()
    broken = (SCHEMA_VERSION + 1, ["CREATE TABLE half_done (x)", "THIS IS NOT SQL"])
    monkeypatch.setattr(database, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(database, "SCHEMA_VERSION", broken[0])
    with pytest.raises(StorageBug):
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == SCHEMA_VERSION
        assert vault.query_opt("SELECT 1 FROM sqlite_master WHERE name = 'half_done'") is None


def test_safety_copy_is_written_under_a_temporary_name_then_renamed(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like every other write: a temporary name beside the vault, fsync, rename."""
    synced: list[str] = []
    renamed: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        renamed.append((str(src), str(dst)))
        real_replace(src, dst)

    with Vault.create(vault_path, PASSPHRASE) as vault:
        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        copy = vault.safety_copy("before-test")
        monkeypatch.undo()
    assert copy.read_bytes() == vault_path.read_bytes()
    assert len(renamed) == 1, "the copy must reach its name by a rename"
    tmp, final = renamed[0]
    assert final == str(copy) and Path(tmp).parent == copy.parent
    assert Path(tmp).name.startswith(".") and tmp.endswith(".part")
    assert tmp in synced, "the temporary copy must be fsynced before the rename"
    assert not Path(tmp).exists()


def test_a_failed_safety_copy_leaves_no_partial_file(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills half-way: nothing under the final name, no temporary file left."""
    import shutil

    def half_then_full(src: str | Path, dst: str | Path, **_: object) -> str:
        data = Path(src).read_bytes()
        Path(dst).write_bytes(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    with Vault.create(vault_path, PASSPHRASE) as vault:
        monkeypatch.setattr(shutil, "copyfile", half_then_full)
        with pytest.raises(OSError):
            vault.safety_copy("before-test")
        monkeypatch.undo()
    assert sorted(p.name for p in vault_path.parent.iterdir()
                  if p.name != vault_path.name and not p.name.startswith(f"{vault_path.name}-")
                  and not p.name.endswith(".lock")) == []


def test_v3_rebuilds_the_search_index_with_prefixes(vault_path: Path) -> None:
    """A v2 vault gets prefix indexes (the index rebuilt from its records) and update
    triggers that leave the index alone when a note is signed."""
    v2 = [stmt for version, stmts in MIGRATIONS if version == 2 for stmt in stmts]
    build_v1(vault_path, extra=(
        *v2, "PRAGMA user_version = 2",
        "INSERT INTO reviews(client_id, held_on, period_from, period_to, narrative,"
        " created_at) VALUES (1, '2023-03-01', '2023-01-01', '2023-03-01', 'oldreviewtext', 'x')",
        "INSERT INTO sessions(client_id, starts_at, duration_minutes, attendance, modality,"
        " note_format, note_fields, created_at, updated_at) VALUES (1, '2023-02-08T10:00:00',"
        " 50, 'attended', 'in_person', 'free', '{\"note\": \"unsignedtext\"}', 'x', 'x')",
    ))
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        assert practice.vault.schema_version == SCHEMA_VERSION >= 3
        sql = practice.vault.query_one(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'")[0]
        assert "prefix = '2 3 4'" in sql
        for word in ("oldconsideration", "oldsessiontext", "oldaddendum", "oldgoalwords",
                     "oldreviewtext", "ol", "unsig"):
            assert practice.search(word), word
        assert len(practice.search("ol")) == 5
        # Signing changes no indexed column: the entry is not rebuilt (a marked entry
        # stays marked), while an edit of the text still is.
        rowid = 2 * 16 + 1
        practice.vault.execute(
            "UPDATE search_index SET body = 'markedentry' WHERE rowid = ?", (rowid,))
        practice.save_settings(PracticeSettings(therapist_name="Sam Rivers"))  # the signer
        practice.sign_session(2)
        assert [h.ref_id for h in practice.search("markedentry")] == [2]
        practice.vault.execute("UPDATE goals SET client_words = 'newgoalwords' WHERE id = 1")
        assert [h.kind for h in practice.search("newgoalwords")] == ["goal"]
        assert practice.search("oldgoalwords") == []
        assert practice.vault.integrity_problems() == []
    finally:
        practice.vault.close()
    assert len(safety_copies(vault_path, "before-migration-v2")) == 1
