"""The audit log: append-only (triggers), hash-chained, and tampering is found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.models import Client, Session
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import open_practice
from practice_notes.vault.audit import ACTIONS, GENESIS, AuditLog, _digest
from practice_notes.vault.errors import RecordLocked
from tests.unit.vaultkit import PASSPHRASE, raw_connect


def _fill(practice: Practice, n: int = 5) -> None:
    for i in range(n):
        practice.audit.append("report", f"report {i} client AB-01")


def _tamper(path: Path, *statements: str) -> None:
    """Change the log behind the app's back: drop the guards, run SQL, close."""
    con = raw_connect(path)
    try:
        con.execute("BEGIN")
        con.execute("DROP TRIGGER audit_no_update")
        con.execute("DROP TRIGGER audit_no_delete")
        for sql in statements:
            con.execute(sql)
        con.execute("COMMIT")
    finally:
        con.close()


def test_new_practice_log_starts_at_genesis(practice: Practice) -> None:
    entries = practice.audit.entries()
    assert [e.action for e in entries] == ["create"]
    assert entries[0].id == 1 and entries[0].prev_hash == GENESIS
    assert len(entries[0].hash) == 64
    report = practice.audit.verify()
    assert report.ok and report.checked == 1 and report.first_bad_id is None


def test_append_chains_and_verifies(practice: Practice) -> None:
    _fill(practice)
    entries = practice.audit.entries()
    assert [e.id for e in entries] == list(range(1, 7))
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.hash
    assert practice.audit.verify().ok
    assert practice.audit.verify().checked == 6
    latest = practice.audit.entries(limit=2)
    assert [e.id for e in latest] == [5, 6]


def test_entries_carry_time_and_no_note_text(practice: Practice) -> None:
    client = practice.add_client(Client("AU-01", "Audrey Secret", considerations="secret stuff"))
    session = practice.save_session(Session(client.id or 0, dt.datetime(2024, 1, 2, 9),
                                            note_fields={"subjective": "very secret words"}))
    practice.sign_session(session.id or 0)
    practice.add_addendum(session.id or 0, "secret addendum")
    practice.set_client_status(client.id or 0, ClientStatus.DISCHARGED)
    entries = practice.audit.entries()
    assert [e.action for e in entries][-3:] == ["sign", "addendum", "discharge"]
    for e in entries:
        assert "secret" not in e.detail.lower() and "Audrey" not in e.detail
        assert abs((dt.datetime.now(dt.UTC).replace(tzinfo=None) - e.at).total_seconds()) < 600
    assert "AU-01" in entries[-3].detail


def test_unknown_action_is_refused(practice: Practice) -> None:
    with pytest.raises(ValueError):
        practice.audit.append("made-up")
    assert "unlock" in ACTIONS and "failed_unlock" in ACTIONS


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET detail = 'edited' WHERE id = 1",
        "UPDATE audit_log SET hash = hash",
        "DELETE FROM audit_log WHERE id = 1",
        "DELETE FROM audit_log",
    ],
)
def test_triggers_refuse_update_and_delete(practice: Practice, sql: str) -> None:
    _fill(practice, 2)
    before = practice.audit.entries()
    with pytest.raises(RecordLocked, match="audit log cannot be changed"), \
            practice.vault.transaction():
        practice.vault.execute(sql)
    assert practice.audit.entries() == before


def test_edited_row_is_reported(practice: Practice) -> None:
    _fill(practice)
    path = practice.vault.path
    practice.vault.close()
    _tamper(path, "UPDATE audit_log SET detail = 'nothing happened' WHERE id = 3")
    again = open_practice(path, PASSPHRASE)
    try:
        report = again.audit.verify()
        assert not report.ok
        assert report.first_bad_id == 3 and report.checked == 2
        assert "entry 3" in report.problem and "changed" in report.problem
    finally:
        again.vault.close()


def test_edited_hash_is_reported(practice: Practice) -> None:
    """Recomputing one row's hash to hide an edit breaks the link to the next row."""
    _fill(practice)
    path = practice.vault.path
    prev_hash, at = practice.vault.query_one("SELECT prev_hash, at FROM audit_log WHERE id = 3")
    practice.vault.close()
    forged = _digest(prev_hash, 3, at, "report", "forged")
    _tamper(path, f"UPDATE audit_log SET detail = 'forged', hash = '{forged}' WHERE id = 3")
    again = open_practice(path, PASSPHRASE)
    try:
        report = again.audit.verify()
        assert not report.ok and report.first_bad_id == 4
        assert "does not follow" in report.problem
    finally:
        again.vault.close()


def test_removed_middle_row_is_reported(practice: Practice) -> None:
    _fill(practice)
    path = practice.vault.path
    practice.vault.close()
    _tamper(path, "DELETE FROM audit_log WHERE id = 4")
    again = open_practice(path, PASSPHRASE)
    try:
        report = again.audit.verify()
        assert not report.ok and report.first_bad_id == 4
        assert "entry 4 is missing" == report.problem
    finally:
        again.vault.close()


def test_reordered_rows_are_reported(practice: Practice) -> None:
    _fill(practice)
    path = practice.vault.path
    practice.vault.close()
    _tamper(path, "UPDATE audit_log SET id = 100 WHERE id = 2",
            "UPDATE audit_log SET id = 2 WHERE id = 3",
            "UPDATE audit_log SET id = 3 WHERE id = 100")
    again = open_practice(path, PASSPHRASE)
    try:
        report = again.audit.verify()
        assert not report.ok and report.first_bad_id == 2
    finally:
        again.vault.close()


def test_a_fresh_audit_log_object_sees_the_same_chain(practice: Practice) -> None:
    _fill(practice, 3)
    assert AuditLog(practice.vault).entries() == practice.audit.entries()
