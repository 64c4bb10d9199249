"""Bad input gets a message, not an internal error, and never reaches a terminal raw."""

from __future__ import annotations

import json
import os
from pathlib import Path

from practice_notes.vault import cipher
from practice_notes.vault.database import Vault
from tests.reliability.kit import Root, one_line_message
from tests.unit.vaultkit import PASSPHRASE


def _doc_with_name(document: str, name: str) -> str:
    doc = json.loads(document)
    doc["clients"][1]["display_name"] = name
    return json.dumps(doc, ensure_ascii=True)  # \ud800 stays an escape in the file


def test_lone_surrogate_in_an_imported_name(root: Root, document: str) -> None:
    path = root.path / "new.vault"
    doc = root.path / "doc.json"
    doc.write_text(_doc_with_name(document, "lone\ud800sur"), encoding="utf-8")
    done = root.cli("import", "--vault", str(path), str(doc))
    assert done.returncode == 1, done.stderr
    message = one_line_message(done.stderr)
    assert "clients[1].display_name" in message and "surrogate" in message, message
    assert not path.exists()
    assert root.leftovers() == []


def test_control_characters_in_an_imported_name(root: Root, document: str) -> None:
    path = root.path / "new.vault"
    doc = root.path / "doc.json"
    for name in ("evil\x1b[2J", "osc\x1b]0;title\x07", "bell\x07", "c1\x9b31m"):
        doc.write_text(_doc_with_name(document, name), encoding="utf-8")
        done = root.cli("import", "--vault", str(path), str(doc))
        assert done.returncode == 1, done.stderr
        message = one_line_message(done.stderr)
        assert "clients[1].display_name" in message and "control character" in message
        assert "\x1b" not in done.stderr and "\x07" not in done.stderr
        assert not path.exists()


def test_control_characters_already_in_a_vault_are_escaped(root: Root, vault: Path) -> None:
    v = Vault.open(vault, PASSPHRASE)
    try:  # written around the rules, as an older version or a crafted file could
        v.execute("UPDATE clients SET display_name = ? WHERE code = 'RL-01'",
                  ("x\x1b]0;pwned\x07\x9b2J",))
    finally:
        v.close()
    for args in (("clients",), ("clients", "--json")):
        done = root.cli(*args, "--vault", str(vault))
        assert done.returncode == 0, done.stderr
        raw = done.stdout + done.stderr
        assert not any(ch in raw for ch in "\x1b\x07\x9b"), repr(raw)
        assert "\\u001b" in done.stdout
    listed = json.loads(root.cli("clients", "--json", "--vault", str(vault)).stdout)
    assert any(c["name"].startswith("x\x1b]0;pwned") for c in listed)


def test_restore_replace_refuses_an_ordinary_file(root: Root, vault: Path) -> None:
    backup = root.path / "b.pnbackup"
    assert root.cli("backup", "create", "--vault", str(vault), "--out", str(backup)
                    ).returncode == 0
    notes = root.path / "notes.txt"
    text = "my shopping list\n" * 600  # even a file of whole 4 KiB pages
    notes.write_text(text[:8192], encoding="utf-8")
    before = notes.read_bytes()
    done = root.cli("backup", "restore", str(backup), "--to", str(notes), "--replace")
    assert done.returncode == 1
    assert "not a Practice Notes vault" in one_line_message(done.stderr)
    assert notes.read_bytes() == before
    assert sorted(p.name for p in root.path.iterdir() if p.is_file()) == [
        "b.pnbackup", "notes.txt"]
    # a vault is still replaced (with a safety copy)
    other = root.path / "other.vault"
    assert root.cli("backup", "restore", str(backup), "--to", str(other)).returncode == 0
    again = root.cli("backup", "restore", str(backup), "--to", str(other), "--replace")
    assert again.returncode == 0, again.stderr


def test_flipped_salt_or_random_bytes_say_wrong_passphrase_or_damaged(root: Root,
                                                                    vault: Path) -> None:
    data = bytearray(vault.read_bytes())
    data[3] ^= 0x40  # in the salt: every key is now wrong
    salted = root.path / "salted.vault"
    salted.write_bytes(bytes(data))
    noise = root.path / "noise.vault"
    noise.write_bytes(os.urandom(8 * cipher.PAGE_SIZE))
    for path in (salted, noise):
        done = root.cli("clients", "--vault", str(path))
        assert done.returncode == 1
        message = one_line_message(done.stderr)
        assert "Wrong passphrase, or the file is damaged" in message, message


def test_killed_create_leaves_nothing_that_blocks_a_retry(root: Root, document: str) -> None:
    """A vault is created under a temporary name: a stub from a kill is never
    mistaken for "an encrypted database from another program"."""
    path = root.path / "v" / "practice.vault"
    path.parent.mkdir()
    stub = path.with_name(f".{path.name}.0123456789ab.part")
    stub.write_bytes(b"\0" * 4096)  # what a kill mid-create leaves, at most
    doc = root.path / "doc.json"
    doc.write_text(document, encoding="utf-8")
    done = root.cli("import", "--vault", str(path), str(doc))
    assert done.returncode == 0, done.stderr
    assert "another program" not in done.stderr


def test_sweep_says_so_once_on_stderr(root: Root, vault: Path) -> None:
    """A plaintext leftover registered by a process that is gone: the next command
    overwrites and removes it, and says so once."""
    state = Path(root.env["PRACTICE_NOTES_STATE_DIR"]) / "pending"
    state.mkdir(parents=True, exist_ok=True)
    leftover = root.path / ".practice-notes-out-0123456789abcdef.part"
    leftover.write_text('{"clients": "PNRELIAB7Q"}', encoding="utf-8")
    dead = 2 ** 22 + 12345  # above pid_max's default: no such process
    (state / f"{dead}-abcdef012345.plain").write_bytes(os.fsencode(str(leftover)))
    done = root.cli("clients", "--vault", str(vault))
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("removed 1 unfinished file") == 1, done.stderr
    assert not leftover.exists()
    assert list(state.iterdir()) == []
    assert "removed" not in root.cli("clients", "--vault", str(vault)).stderr


def test_read_only_vault_file_in_a_writable_folder(root: Root, vault: Path) -> None:
    if os.geteuid() == 0:
        import pytest

        pytest.skip("root ignores file permissions: the read-only-file case cannot be made")
    vault.chmod(0o400)
    try:
        done = root.cli("clients", "--vault", str(vault))
    finally:
        vault.chmod(0o600)
    assert done.returncode == 1
    message = one_line_message(done.stderr)
    assert "file itself is read-only" in message and "folder cannot" not in message
