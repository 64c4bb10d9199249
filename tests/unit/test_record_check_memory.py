"""The record check reads the audit log as a stream and keeps at most a thousand
problem lines (a vault copied in from elsewhere could give one per note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from practice_notes.vault import integrity
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
