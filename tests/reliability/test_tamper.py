"""A changed record is noticed: by ``verify``, by ``backup create`` (which refuses),
and against the anchor a backup keeps; damaged pages are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from practice_notes.vault import cipher
from practice_notes.vault.database import Vault
from tests.reliability.kit import Root, one_line_message
from tests.unit.vaultkit import PASSPHRASE, undo_v7


def _sql(path: Path, *statements: str) -> None:
    vault = Vault.open(path, PASSPHRASE)
    try:
        for sql in statements:
            vault.execute(sql)
    finally:
        vault.close()


def _problems(done: object) -> list[str]:
    out = getattr(done, "stdout", "")
    return [ln for ln in out.splitlines() if ln.startswith("problem: ")]


def test_clean_vault_verifies(root: Root, vault: Path) -> None:
    done = root.cli("verify", "--vault", str(vault))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "The record checks out" in done.stdout
    assert _problems(done) == []


def test_edited_signed_note_with_triggers_dropped(root: Root, vault: Path) -> None:
    _sql(vault, "DROP TRIGGER sessions_signed_no_update",
         "UPDATE sessions SET process_notes = 'forged' WHERE id = "
         "(SELECT min(id) FROM sessions WHERE signed_at IS NOT NULL)")
    done = root.cli("verify", "--vault", str(vault))
    assert done.returncode == 1
    problems = _problems(done)
    assert any("sessions_signed_no_update is missing" in p for p in problems), problems
    assert any("was changed after it was signed" in p for p in problems), problems
    assert "2 problems found" in done.stdout.splitlines()[-1]
    # backup create refuses it, unless told otherwise
    folder = root.path / "b"
    folder.mkdir()
    refused = root.cli("backup", "create", "--vault", str(vault), "--out", f"{folder}/")
    assert refused.returncode == 1
    assert "fails its check" in one_line_message(refused.stderr)
    assert "--even-if-damaged" in refused.stderr
    assert list(folder.iterdir()) == []
    forced = root.cli("backup", "create", "--vault", str(vault), "--out", f"{folder}/",
                      "--even-if-damaged")
    assert forced.returncode == 0, forced.stderr
    assert len(list(folder.iterdir())) == 1


def test_signed_note_without_sign_entry_and_deleted_newest_rows(root: Root,
                                                               vault: Path) -> None:
    folder = root.path / "b"
    folder.mkdir()
    made = root.cli("backup", "create", "--vault", str(vault), "--out", f"{folder}/")
    assert made.returncode == 0, made.stderr
    # remove the newest audit entries (the backup's own, and the last signatures)
    _sql(vault, "DROP TRIGGER audit_no_delete",
         "DELETE FROM audit_log WHERE id > (SELECT max(id) - 4 FROM audit_log)")
    done = root.cli("verify", "--vault", str(vault))  # finds the backup by itself
    assert done.returncode == 1
    problems = _problems(done)
    assert any("entries were removed" in p for p in problems), problems
    assert any("audit_no_delete is missing" in p for p in problems), problems
    backup = next(folder.iterdir())
    against = root.cli("verify", "--vault", str(vault), "--against", str(backup))
    assert against.returncode == 1
    assert any("entries were removed" in p for p in _problems(against))


def test_summary_footer_shows_the_fingerprint(root: Root, vault: Path) -> None:
    """The footer names an audit entry (id and the start of its hash) that is in
    the vault: a later rewrite of the log no longer matches printed summaries."""
    import re

    from pypdf import PdfReader

    out = root.path / "s.pdf"
    made = root.cli("report", "--vault", str(vault), "--client", "RL-00", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    found = re.search(r"Record (\d+)-([0-9a-f]{12})\.", text)
    assert found, text[-300:]
    entry, start = int(found.group(1)), found.group(2)
    v = Vault.open(vault, PASSPHRASE)
    try:
        assert str(v.query_one("SELECT hash FROM audit_log WHERE id = ?", (entry,))[0]
                   ).startswith(start)
    finally:
        v.close()


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_flipped_byte_in_a_page(root: Root, vault: Path, where: str) -> None:
    data = bytearray(vault.read_bytes())
    pages = len(data) // cipher.PAGE_SIZE
    page = {"first": 0, "middle": pages // 2, "last": pages - 1}[where]
    offset = page * cipher.PAGE_SIZE + (100 if page else 40)  # past the salt on page 1
    data[offset] ^= 0x01
    vault.write_bytes(bytes(data))
    done = root.cli("verify", "--vault", str(vault))
    assert done.returncode == 1, done.stdout
    problems = _problems(done)
    if problems:  # the vault opened: the page check names the damage
        assert any("damaged" in p or "database structure" in p for p in problems), problems
    else:  # it did not open at all: one clear line
        message = one_line_message(done.stderr)
        assert "damaged" in message, message
    # and an ordinary command no longer succeeds silently on it (or the check catches it)
    export = root.cli("export", "--vault", str(vault), "--out", str(root.path / "x.json"))
    assert export.returncode == 1 or problems


def test_vault_from_before_content_hashes_gets_a_baseline(root: Root, vault: Path) -> None:
    """A vault from an older version has notes signed without a content hash in
    the audit log. Its first open by this version records a baseline, so it is
    not reported as tampered; a note signed behind the app's back afterwards is."""
    unsigned = ("(SELECT min(id) FROM sessions WHERE signed_at IS NULL"
                " AND note_fields != '{}')")
    _sql(vault, f"UPDATE sessions SET signed_at = '2024-01-01T10:00:00', signed_by = 'Dr A'"
                f" WHERE id = {unsigned}", *undo_v7(), "DROP INDEX audit_log_action",
         "PRAGMA user_version = 5")
    opened = root.cli("clients", "--vault", str(vault))       # migrates: baseline
    assert opened.returncode == 0, opened.stderr
    done = root.cli("verify", "--vault", str(vault))
    assert done.returncode == 0, done.stdout + done.stderr
    assert _problems(done) == []
    # The baseline is written once; a later unaudited signature is still found.
    _sql(vault, f"UPDATE sessions SET signed_at = '2024-01-02T10:00:00', signed_by = 'Dr A'"
                f" WHERE id = {unsigned}")
    again = root.cli("verify", "--vault", str(vault))
    assert again.returncode == 1
    assert any("has no sign entry" in p for p in _problems(again)), again.stdout
