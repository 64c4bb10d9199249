"""The record check reads the audit log as a stream, keeps the entries it compares
in SQLite (TEMP, in memory), and keeps at most a thousand problem lines (a vault
copied in from elsewhere could give one per note)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from practice_notes.vault import integrity
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import VaultError
from practice_notes.vault.integrity import check_record
from tests.unit.transfer_kit import build_practice, new_practice


def test_problem_lines_are_capped_with_a_count(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    p = new_practice(tmp_path / "v.vault")
    try:
        build_practice(p)
        signed = int(p.vault.query_one(
            "SELECT count(*) FROM sessions WHERE signed_at IS NOT NULL")[0])
        assert signed >= 1
        assert check_record(p.vault).ok
        p.vault.execute("DROP TRIGGER audit_no_delete")
        p.vault.execute("DELETE FROM audit_log WHERE action IN ('sign', 'addendum')")
        full = check_record(p.vault, pages=False)
        missing = [x for x in full.problems if "has no sign entry" in x]
        assert len(missing) == signed
        monkeypatch.setattr(integrity._Problems, "LIMIT", 0)
        capped = check_record(p.vault, pages=False)
        assert not [x for x in capped.problems if "has no sign entry" in x]
        assert capped.problems[-1].startswith("…and ") and "more notes or addenda" in \
            capped.problems[-1]
        assert capped.signed_sessions == full.signed_sessions == signed
        assert capped.chain_entries == full.chain_entries > 0
    finally:
        p.vault.close()


def test_problems_keep_the_first_lines() -> None:
    kept = integrity._Problems()
    for n in range(integrity._Problems.LIMIT + 5):
        kept.append(f"problem {n}")
    lines = kept.lines()
    assert len(lines) == integrity._Problems.LIMIT + 1
    assert lines[0] == "problem 0" and lines[-1].startswith("…and 5 more")


def test_sign_entries_are_kept_in_sqlite_not_in_python(tmp_path: Path) -> None:
    """Half a million signed notes once took 120 MB of Python dicts in the
    window's process; the entries now wait in a TEMP table, so the check's Python
    memory does not grow with the log (here 60,000 entries: about 12 MB before)."""
    p = new_practice(tmp_path / "v.vault")
    try:
        build_practice(p)
        n = 60_000
        entries = (("sign", f"session {10**6 + i} client C{i % 500} content {i:064x}")
                    for i in range(n))
        tracemalloc.start()
        try:
            problems, _checked, _addenda = integrity._signed(p.vault, entries)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        # every one of them names a note that is not (or no longer) signed
        assert f"note {10**6} was signed (audit log) but is no longer a signed note" in problems
        assert problems[-1].startswith("…and ") and int(problems[-1].split()[1]) > \
            n - integrity._Problems.LIMIT
        assert peak < 3_000_000, f"the check kept {peak / 1e6:.1f} MB in Python"
    finally:
        p.vault.close()


def test_the_check_leaves_no_tables_behind_even_when_it_fails(tmp_path: Path) -> None:
    p = new_practice(tmp_path / "v.vault")
    try:
        build_practice(p)

        def temp_tables() -> list[str]:
            return [str(r[0]) for r in p.vault.query(
                "SELECT name FROM temp.sqlite_master WHERE type = 'table'")]

        assert check_record(p.vault, pages=False).ok
        assert temp_tables() == []

        def broken() -> Iterator[tuple[str, str]]:
            yield "sign", "session 1 client X content " + "0" * 64
            raise VaultError("the disk went away")

        with pytest.raises(VaultError):
            integrity._signed(p.vault, broken())
        assert temp_tables() == []
        assert check_record(p.vault, pages=False).ok  # and the next check runs
    finally:
        p.vault.close()


def test_the_background_check_keeps_a_small_page_cache(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """It reads each page once; the 8 MB cache of a default connection only added
    to the window's memory while it ran (1x window peak 105.7 -> 98.7 MiB)."""
    from practice_notes.services import integrity as service

    p = new_practice(tmp_path / "v.vault")
    seen: list[int] = []
    real = service.verify_vault

    def spy(vault: Vault, *args: Any, **kwargs: Any) -> integrity.IntegrityReport:
        seen.append(int(vault.query_one("PRAGMA cache_size")[0]))
        return real(vault, *args, **kwargs)

    try:
        build_practice(p)
        default = int(p.vault.query_one("PRAGMA cache_size")[0])
        monkeypatch.setattr(service, "verify_vault", spy)
        assert service.verify_in_background(p).ok
        assert seen == [-service.BACKGROUND_CACHE_KIB]
        assert abs(seen[0]) < abs(default)
    finally:
        p.vault.close()


def test_a_destroy_entry_finds_its_notes_by_index(tmp_path: Path) -> None:
    """A long career has thousands of destroy entries (end of retention): each
    finds its client's notes through an index, not by reading every note kept."""
    p = new_practice(tmp_path / "v.vault")
    try:
        kept = integrity._Entries(p.vault)
        try:
            kept.read([("sign", "session 1 client A content " + "a" * 64),
                       ("sign", "session 2 client B content " + "b" * 64),
                       ("addendum", "session 1 addendum 7 content " + "c" * 64),
                       ("destroy", "client A formerly Z sessions 1")])
            rest = p.vault.query("SELECT session_id FROM temp.record_check_signs")
            assert [tuple(r) for r in rest] == [(2,)]
            assert p.vault.query("SELECT * FROM temp.record_check_addenda") == []
            plan = " ".join(str(r[-1]) for r in p.vault.query(
                "EXPLAIN QUERY PLAN DELETE FROM temp.record_check_signs"
                " WHERE code IN (SELECT value FROM json_each('[0]'))"))
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
        finally:
            kept.drop()
    finally:
        p.vault.close()
