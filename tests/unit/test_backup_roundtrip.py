"""Backups made and restored: every row of every table comes back, full-text search
works in the restored vault, the file is a plain SQLCipher 4 database in
rollback-journal mode with a manifest, a separate (custodian) passphrase works,
and restoring over a vault keeps a safety copy and never touches a vault in use.
Real SQLCipher files in tmp_path throughout."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
import sqlcipher3

from practice_notes import __version__
from practice_notes.backup.create import create_backup
from practice_notes.backup.digest import data_tables
from practice_notes.backup.errors import BackupError, BackupWrongPassphrase
from practice_notes.backup.manifest import FORMAT, FORMAT_VERSION, Manifest
from practice_notes.backup.restore import restore_backup, test_restore
from practice_notes.backup.verify import verify_backup
from practice_notes.domain.models import Client
from practice_notes.services.unlock import change_passphrase, open_practice
from practice_notes.vault import cipher
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import ReadOnlyLocation, VaultInUse, WrongPassphrase
from practice_notes.vault.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.unit import backup_kit as kit
from tests.unit.backup_kit import CUSTODIAN, OTHER_PASSPHRASE, PASSPHRASE
from tests.unit.test_plaintext import ASCII, TOKEN
from tests.unit.vaultkit import raw_connect


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo vault with a marker through every entity (every table has rows)."""
    path = tmp_path_factory.mktemp("source") / "source.vault"
    kit.make_source(path)
    return path


@pytest.fixture
def vault(source: Path, tmp_path: Path) -> Path:
    """This test's own copy of the source vault (same passphrase and salt)."""
    return kit.copy_to(source, tmp_path / "vault", "practice.vault")


def backup_of(path: Path, out: Path, passphrase: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    v = Vault.open(path, PASSPHRASE)
    try:
        return create_backup(v, out, passphrase).path
    finally:
        v.close()


@pytest.fixture(scope="module")
def backup(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of ``source`` (read-only tests only)."""
    return backup_of(source, tmp_path_factory.mktemp("backups") / "practice.pnbackup")


# ------------------------------------------------------------------ round trip
def test_round_trip_every_table_row_by_row(source: Path, backup: Path, tmp_path: Path) -> None:
    before = kit.dump(source)
    assert "search_index_content" in before  # the FTS index's own tables are compared too
    # Not vacuous: every table of the practice holds rows.
    con = kit.open_ro(source)
    try:
        empty = [t for t in data_tables(con) if not before[t]]
    finally:
        con.close()
    assert empty == ["destroying"]  # empty at every commit by design (schema v7)

    target = tmp_path / "restored" / "practice.vault"
    target.parent.mkdir()
    result = restore_backup(backup, PASSPHRASE, target)
    assert result.path == target and result.safety_copy is None

    after = kit.dump(target)
    assert sorted(after) == sorted(before)
    for table in before:
        assert after[table] == before[table], table
    assert kit.schema(target) == kit.schema(source)
    assert kit.schema(target)["application_id"] == APPLICATION_ID
    assert kit.schema(target)["user_version"] == SCHEMA_VERSION
    # The backup file itself holds the same rows (plus its manifest).
    assert kit.dump(backup) == before

    con = kit.open_ro(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "backup_manifest" not in names
    finally:
        con.close()


def test_full_text_search_works_in_the_restored_vault(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "restored.vault"
    restore_backup(backup, PASSPHRASE, target)
    practice = open_practice(target, PASSPHRASE)
    try:
        hits = practice.search(ASCII) + practice.search(TOKEN)
        kinds = {h.kind for h in hits}
        assert {"session", "addendum", "goal", "milestone", "agreement", "checkin",
                "strategy", "rating", "measure", "client", "review"} <= kinds
        assert practice.search("nosuchwordanywhere") == []
        # the index keeps working for new records
        client = practice.add_client(Client("NEW-1", "New Client",
                                            considerations="quillonish words"))
        assert [h.client_id for h in practice.search("quillonish")] == [client.id]
        practice.vault.execute(
            "INSERT INTO search_index(search_index) VALUES('integrity-check')")
    finally:
        practice.vault.close()


def test_test_restore_compares_and_deletes(backup: Path, source: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    report = test_restore(backup, PASSPHRASE)
    assert report.manifest.counts == kit.digest_of(source)[0]
    assert list(own_tmp.iterdir()) == []  # the temporary restore is gone


# ------------------------------------------------------------- the file itself
def test_opens_with_plain_sqlcipher_and_only_the_passphrase(backup: Path,
                                                            tmp_path: Path) -> None:
    copy = kit.copy_to(backup, tmp_path)
    con = sqlcipher3.connect(str(copy))
    try:
        con.execute("PRAGMA key = '{}'".format(PASSPHRASE.replace("'", "''")))
        assert con.execute("SELECT count(*) FROM clients").fetchone()[0] > 0
        assert con.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert int(con.execute("PRAGMA cipher_page_size").fetchone()[0]) == 4096
        assert int(con.execute("PRAGMA kdf_iter").fetchone()[0]) == 256000
        assert con.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    # ... and not without it: the file is encrypted from the first page
    con = sqlcipher3.connect(str(copy))
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
    assert copy.read_bytes()[:16] != cipher.SQLITE_HEADER


def test_rollback_journal_mode_and_nothing_beside_it(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    out = backup_of(source, folder / "b.pnbackup")
    assert [p.name for p in folder.iterdir()] == ["b.pnbackup"]  # no -wal, -shm, .part
    con = kit.open_ro(out)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()


def test_manifest_contents(source: Path, tmp_path: Path) -> None:
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    v = Vault.open(source, PASSPHRASE)
    try:
        result = create_backup(v, tmp_path / "named.pnbackup")
    finally:
        v.close()
    end = dt.datetime.now(dt.UTC)
    rows = kit.manifest_rows(result.path)
    assert set(rows) == {"format", "format_version", "app_version", "schema_version",
                         "created_at", "file_name", "counts", "digest", "chain_head"}
    head_id, head_hash = rows["chain_head"].split(":")  # the vault's newest audit entry
    assert int(head_id) >= 1 and len(head_hash) == 64
    assert rows["format"] == FORMAT and int(rows["format_version"]) == FORMAT_VERSION
    assert rows["app_version"] == __version__
    assert int(rows["schema_version"]) == SCHEMA_VERSION
    assert rows["file_name"] == "named.pnbackup"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", rows["created_at"])
    created = dt.datetime.strptime(rows["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=dt.UTC)
    assert start <= created <= end
    assert re.fullmatch(r"[0-9a-f]{64}", rows["digest"])

    # The counts are the vault's own, table by table; the digest is computed from its data.
    counts, digest = kit.digest_of(source)
    assert json.loads(rows["counts"]) == counts
    con = kit.open_ro(source)
    try:
        for table, n in counts.items():
            assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n
        assert set(counts) == set(data_tables(con))
    finally:
        con.close()
    assert rows["digest"] == digest
    assert Manifest.from_rows(list(rows.items())) == result.manifest
    assert result.report.renamed is False and result.report.path == result.path
    assert result.separate_passphrase is False


def test_digest_changes_with_any_value(vault: Path) -> None:
    """The digest covers the data: one changed character, one float, one NULL."""
    _counts, original = kit.digest_of(vault)
    con = raw_connect(vault)
    try:
        seen = {original}
        for sql in ("UPDATE clients SET pronouns = pronouns || 'x' WHERE id = 1",
                    "UPDATE goals SET weight = weight + 1e-9 WHERE id = 1",
                    "UPDATE clients SET next_review_on = NULL WHERE id = 2",
                    "UPDATE clients SET next_review_on = '' WHERE id = 2"):
            con.execute(sql)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            digest = kit.digest_of(vault)[1]
            assert digest not in seen, sql
            seen.add(digest)
    finally:
        con.close()


def test_creating_a_backup_never_changes_the_vault(vault: Path, tmp_path: Path) -> None:
    before = kit.file_state(vault)
    backup_of(vault, tmp_path / "out" / "b.pnbackup")
    after = kit.file_state(vault)
    assert after.sha256 == before.sha256


def test_create_refuses_an_existing_name_and_a_missing_folder(source: Path,
                                                             tmp_path: Path) -> None:
    taken = tmp_path / "taken.pnbackup"
    taken.write_bytes(b"mine")
    v = Vault.open(source, PASSPHRASE)
    try:
        with pytest.raises(BackupError, match="already exists"):
            create_backup(v, taken)
        with pytest.raises(BackupError, match="does not exist"):
            create_backup(v, tmp_path / "no-such-folder" / "b.pnbackup")
        with pytest.raises(BackupError, match="cannot be empty"):
            create_backup(v, tmp_path / "b.pnbackup", passphrase="")
    finally:
        v.close()
    assert taken.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pnbackup"]


# ---------------------------------------------------- separate passphrase
def test_custodian_passphrase_opens_it_and_the_vaults_does_not(
    source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "custodian.pnbackup"
    v = Vault.open(source, PASSPHRASE)
    try:
        result = create_backup(v, out, passphrase=CUSTODIAN)
    finally:
        v.close()
    assert result.separate_passphrase is True
    assert cipher.read_salt(out) != cipher.read_salt(source)  # its own salt and key

    report, _key = verify_backup(out, CUSTODIAN)
    assert report.manifest.digest == kit.digest_of(source)[1]
    with pytest.raises(BackupWrongPassphrase):
        verify_backup(out, PASSPHRASE)

    con = sqlcipher3.connect(str(kit.copy_to(out, tmp_path / "plain")))
    try:
        con.execute(f"PRAGMA key = '{CUSTODIAN}'")
        assert con.execute("SELECT count(*) FROM clients").fetchone()[0] > 0
    finally:
        con.close()

    # Restored, the vault opens with the backup's passphrase, and a new one can be set.
    target = tmp_path / "restored.vault"
    restore_backup(out, CUSTODIAN, target)
    with pytest.raises(WrongPassphrase):
        open_practice(target, PASSPHRASE)
    practice = open_practice(target, CUSTODIAN)
    try:
        change_passphrase(practice, CUSTODIAN, OTHER_PASSPHRASE)
    finally:
        practice.vault.close()
    Vault.open(target, OTHER_PASSPHRASE).close()
    assert kit.dump(target, OTHER_PASSPHRASE)["clients"] == kit.dump(source)["clients"]


# ---------------------------------------------------------------- restore
def test_restore_replacing_keeps_a_safety_copy(vault: Path, tmp_path: Path) -> None:
    old_backup = backup_of(vault, tmp_path / "backups" / "old.pnbackup")
    practice = open_practice(vault, PASSPHRASE)
    try:
        practice.add_client(Client("LATE-1", "Added After The Backup"))
    finally:
        practice.vault.close()
    before = kit.file_state(vault)
    before_rows = kit.dump(vault)

    result = restore_backup(old_backup, PASSPHRASE, vault, replace=True)

    assert result.safety_copy is not None
    assert re.fullmatch(r"practice\.vault\.before-restore-\d{8}-\d{6}\.bak",
                        result.safety_copy.name)
    assert kit.file_state(result.safety_copy).sha256 == before.sha256
    assert kit.dump(result.safety_copy) == before_rows
    Vault.open(result.safety_copy, PASSPHRASE).close()
    assert kit.dump(vault) == kit.dump(old_backup)
    codes = [r[1] for r in kit.dump(vault)["clients"]]
    assert "LATE-1" not in codes
    leftovers = [p.name for p in vault.parent.iterdir() if p.name.endswith(".part")]
    assert leftovers == []


def test_restore_refuses_a_vault_in_use(vault: Path, backup: Path) -> None:
    practice = open_practice(vault, PASSPHRASE)
    try:
        before = kit.file_state(vault)
        with pytest.raises(VaultInUse, match="lock it"):
            restore_backup(backup, PASSPHRASE, vault, replace=True)
        assert kit.file_state(vault).sha256 == before.sha256
        assert not list(vault.parent.glob("*.bak"))
    finally:
        practice.vault.close()


def test_restore_refuses_an_existing_file_without_replace(vault: Path, backup: Path) -> None:
    before = kit.file_state(vault)
    with pytest.raises(BackupError, match="already exists"):
        restore_backup(backup, PASSPHRASE, vault)
    assert kit.file_state(vault) == before
    with pytest.raises(BackupError, match="folder"):
        restore_backup(backup, PASSPHRASE, vault.parent / "missing" / "x.vault")


def test_restore_with_the_wrong_passphrase_changes_nothing(vault: Path, backup: Path) -> None:
    before = kit.folder_state(vault.parent)
    with pytest.raises(BackupWrongPassphrase):
        restore_backup(backup, OTHER_PASSPHRASE, vault, replace=True)
    assert kit.folder_state(vault.parent) == before


def test_restore_of_a_renamed_copy_still_works(backup: Path, tmp_path: Path) -> None:
    renamed = kit.copy_to(backup, tmp_path, "renamed-by-hand.pnbackup")
    result = restore_backup(renamed, PASSPHRASE, tmp_path / "r.vault")
    assert result.report.renamed is True
    assert kit.dump(result.path) == kit.dump(backup)


def test_a_folder_name_with_spaces_hash_question_mark_and_accents(source: Path,
                                                                  tmp_path: Path) -> None:
    """File URIs (read-only opening) must survive any folder name a USB stick may have."""
    folder = tmp_path / "Zoë's USB #1 ? 50% done"
    out = backup_of(source, folder / "b #2?.pnbackup")
    report, _key = verify_backup(out, PASSPHRASE)
    assert report.path == out and not report.renamed
    target = folder / "restored %20.vault"
    restore_backup(out, PASSPHRASE, target)
    assert kit.dump(target) == kit.dump(source)


def test_create_into_a_folder_that_cannot_be_written(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:  # root ignores permissions: make the folder immutable instead
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"chattr +i not permitted here: {done.stderr.strip()}")
    else:
        folder.chmod(0o555)
    try:
        v = Vault.open(source, PASSPHRASE)
        try:
            with pytest.raises(ReadOnlyLocation, match="backup folder cannot be written"):
                create_backup(v, folder / "b.pnbackup")
        finally:
            v.close()
        assert list(folder.iterdir()) == []
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)
