"""Destroying a client's records at the end of retention leaves nothing of them:
not in any table, not in a free page or the unused part of a page, not in the
write-ahead log; and the record check and the audit chain stay clean."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from practice_notes.domain.enums import ClientStatus, GoalStatus, Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    Review,
    Session,
    Strategy,
)
from practice_notes.services.integrity import verify_vault
from practice_notes.services.practice import Practice
from practice_notes.services.retention import destroy_client, past_retention
from practice_notes.services.unlock import open_practice
from practice_notes.vault.errors import VaultError
from practice_notes.vault.integrity import check_record
from practice_notes.vault.repos.destruction import DRAFT_KEYS, PER_CLIENT_PREFIXES
from practice_notes.vault.schema import MIGRATIONS
from tests.unit.pagekit import markers_in_clear
from tests.unit.vaultkit import files_containing, raw_connect

TODAY = dt.date(2026, 11, 30)
GONE = dt.date(2015, 6, 1)  # discharged long ago: past the default seven years

#: Unique words that exist only in the destroyed client's records.
MARKERS = {
    "display_name": "Quillonmarrowbend", "preferred": "Quillypref", "other": "Zephaniahalias",
    "pronouns": "xeyrpronoun", "considerations": "Xylocarpconsider",
    "note": "glimmerquartznote", "process": "vantablackprocess", "homework": "hwbrindlemoss",
    "unsigned": "unsignedteaselnote", "addendum": "addendumzephyrine",
    "goal": "goalwordsnimbostratus", "why": "whyumberpolder", "rating": "ratingnotefennel",
    "strategy": "strategyquince", "status_reason": "statusreasonkelp",
    "milestone": "milestonecairnote", "agreement": "agreementwordingsorrel",
    "revision": "revisionreasonlarch", "checkin": "checkincommentpeony",
    "measure": "measurenoteyarrow", "custom": "Customscoretansy",
    "narrative": "reviewnarrativebracken", "reflection": "reflectionmarjoram",
    "draft": "draftbodysamphire", "draft2": "checkindraftsedge", "draft3": "goaldraftvetch",
}
KEEP = "keeperwordlobelia"  # in the other client's signed note: must stay


def _fill(practice: Practice) -> tuple[Client, Client]:
    gone = practice.add_client(Client(
        "ZQ-01", MARKERS["display_name"], preferred_name=MARKERS["preferred"],
        pronouns=MARKERS["pronouns"], other_names=(MARKERS["other"],),
        considerations=MARKERS["considerations"], born_on=dt.date(1980, 2, 3)))
    kept = practice.add_client(Client("KP-01", "Kim Keeper"))
    cid = gone.id or 0
    goal = practice.add_goal(Goal(cid, MARKERS["goal"], why_it_matters=MARKERS["why"]))
    gid = goal.id or 0
    practice.add_strategy(Strategy(gid, MARKERS["strategy"]))
    practice.set_goal_status(gid, GoalStatus.PAUSED, dt.date(2014, 1, 1), MARKERS["status_reason"])
    signed = practice.save_session(Session(
        cid, dt.datetime(2014, 3, 4, 10), note_fields={"subjective": MARKERS["note"]},
        process_notes=MARKERS["process"], homework_reviewed=MARKERS["homework"],
        goal_ids=(gid,)))
    practice.sign_session(signed.id or 0)
    practice.add_addendum(signed.id or 0, MARKERS["addendum"])
    unsigned = practice.save_session(Session(
        cid, dt.datetime(2014, 3, 11, 10), note_fields={"subjective": MARKERS["unsigned"]}))
    practice.rate_goal(GoalRating(gid, dt.date(2014, 3, 4), 5, note=MARKERS["rating"],
                                  session_id=signed.id))
    kind = practice.milestone_kinds.all()[0].id or 0
    practice.add_milestone(Milestone(cid, kind, dt.date(2014, 2, 1), note=MARKERS["milestone"]))
    topic = practice.agreement_topics.all()[0].id or 0
    first = practice.add_agreement(AgreementVersion(
        cid, topic, MARKERS["agreement"], dt.date(2014, 1, 1),
        acknowledged_on=dt.date(2014, 1, 1)))
    practice.revise_agreement(first.series_id or first.id or 0, MARKERS["agreement"] + " now",
                              dt.date(2014, 2, 1), None, MARKERS["revision"])
    practice.add_checkin(CheckIn(cid, dt.date(2014, 3, 4), 7, 7, 7, 7, MARKERS["checkin"]))
    practice.add_measure(MeasureResult(cid, Instrument.PHQ9, dt.date(2014, 3, 4),
                                       (1,) * 9, note=MARKERS["measure"]))
    practice.add_custom_score(CustomScore(cid, MARKERS["custom"], dt.date(2014, 3, 4), 3.0))
    practice.add_review(Review(cid, dt.date(2014, 4, 1), dt.date(2014, 1, 1),
                               dt.date(2014, 4, 1), narrative=MARKERS["narrative"],
                               client_reflection=MARKERS["reflection"]))
    practice.put_draft(f"session:{unsigned.id}", MARKERS["draft"])
    practice.put_draft(f"checkin:{cid}:quick", MARKERS["draft2"])
    practice.put_draft(f"goal:{gid}", MARKERS["draft3"])
    practice.put_draft("unrelated:1", "a draft of nobody")
    # the client is discharged long ago
    gone = practice.update_client(replace(practice.clients.get(cid),
                                          status=ClientStatus.DISCHARGED, discharged_on=GONE))
    other = practice.save_session(Session(kept.id or 0, dt.datetime(2014, 3, 5, 10),
                                          note_fields={"subjective": KEEP}))
    practice.sign_session(other.id or 0)
    return gone, kept


def _rows_mentioning(practice: Practice, words: list[str]) -> list[str]:
    """Every table, shadow tables of the search index included, read in SQL."""
    hits = []
    tables = [r[0] for r in practice.vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in practice.vault.query(f'SELECT * FROM "{table}"'):
            text = " ".join(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                            for v in row)
            hits.extend(f"{table}: {w}" for w in words if w in text)
    return hits


def test_destroy_leaves_no_trace_and_the_record_checks_out(
    practice: Practice, vault_path: Path
) -> None:
    gone, kept = _fill(practice)
    words = list(MARKERS.values())
    key = practice.vault.key
    before = markers_in_clear(vault_path, key, words + [KEEP])
    # the check can see the text on disk: every marker is found before
    assert {m.split(" (")[0] for m in before} == set(words) | {KEEP}
    assert [e.client.code for e in past_retention(practice, TODAY)] == ["ZQ-01"]
    assert check_record(practice.vault).ok

    with pytest.raises(ValidationError):
        destroy_client(practice, gone.id or 0, "ZQ-02", TODAY)
    assert practice.clients.get(gone.id or 0).code == "ZQ-01"

    done = destroy_client(practice, gone.id or 0, " ZQ-01 ", TODAY)
    c = done.counts
    assert (c.sessions, c.signed, c.addenda, c.goals, c.milestones, c.agreements, c.checkins,
            c.measures, c.custom_scores, c.reviews, c.drafts) == (2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3)
    assert done.wipe.free_pages == 0 and done.wipe.wal_emptied

    # in SQL: no row anywhere
    assert _rows_mentioning(practice, words) == []
    assert [r[0] for r in practice.vault.query("SELECT key FROM drafts")] == ["unrelated:1"]
    for word in words:
        assert practice.search(word) == [], word
    assert practice.vault.query("SELECT count(*) FROM client_activity WHERE client_id = ?",
                                (gone.id,))[0][0] == 0
    assert int(practice.vault.query_one("PRAGMA freelist_count")[0]) == 0

    # on disk: every page and WAL frame decrypted, nothing of the client is left
    assert markers_in_clear(vault_path, key, words) == []
    assert {m.split(" (")[0] for m in markers_in_clear(vault_path, key, [KEEP])} == {KEEP}
    wal = Path(f"{vault_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert not Path(f"{vault_path}-journal").exists()
    assert files_containing(vault_path.parent, words) == []

    # the audit: one entry with the code and counts only; the chain holds
    last = practice.audit.entries()[-1]
    assert last.action == "destroy"
    assert re.fullmatch(r"client ZQ-01 sessions 2 signed 1 addenda 1 goals 1 milestones 1"
                        r" agreements 2 checkins 1 measures 1 custom_scores 1 reviews 1"
                        r" drafts 3", last.detail)
    assert practice.audit.verify().ok
    report = check_record(practice.vault)
    assert report.problems == () and report.signed_sessions == 1
    assert practice.clients.get(kept.id or 0).code == "KP-01"
    assert [h.kind for h in practice.search(KEEP)] == ["session"]


def test_the_vault_reopened_after_destruction_checks_out(
    practice: Practice, vault_path: Path, passphrase: str
) -> None:
    gone, _kept = _fill(practice)
    key = practice.vault.key
    destroy_client(practice, gone.id or 0, "ZQ-01", TODAY)
    practice.close()
    assert markers_in_clear(vault_path, key, list(MARKERS.values())) == []
    reopened = open_practice(vault_path, passphrase)
    try:
        assert [c.code for c in reopened.clients.all()] == ["KP-01"]
        assert verify_vault(reopened.vault).problems == ()
        assert reopened.audit.verify().ok
    finally:
        reopened.close()
    con = raw_connect(vault_path, passphrase)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_only_clients_past_retention_and_only_with_the_code(practice: Practice) -> None:
    recent = practice.add_client(Client("RC-01", "Recent Client"))
    practice.set_client_status(recent.id or 0, ClientStatus.DISCHARGED)
    active = practice.add_client(Client("AC-01", "Active Client"))
    for client in (recent, active):
        with pytest.raises(ValidationError):
            destroy_client(practice, client.id or 0, client.code, TODAY)
    assert {c.code for c in practice.clients.all()} == {"RC-01", "AC-01"}
    assert past_retention(practice, TODAY) == []


def test_the_rules_still_keep_signed_records_outside_a_destruction(practice: Practice) -> None:
    gone, _kept = _fill(practice)
    signed = next(s for s in practice.sessions.for_client(gone.id or 0) if s.is_signed)
    with pytest.raises(VaultError):
        practice.vault.execute("DELETE FROM sessions WHERE id = ?", (signed.id,))
    with pytest.raises(VaultError):
        practice.vault.execute("DELETE FROM addenda")
    with pytest.raises(VaultError):
        practice.vault.execute("DELETE FROM agreements WHERE client_id = ?", (gone.id,))
    assert practice.sessions.get(signed.id or 0).is_signed
    assert len(practice.sessions.addenda(signed.id or 0)) == 1
    # a permit left behind is reported by the record check
    practice.vault.execute("INSERT INTO destroying(client_id) VALUES (?)", (gone.id,))
    problems = check_record(practice.vault).problems
    assert any("lifted" in p for p in problems), problems


def test_a_destroy_entry_excuses_only_that_clients_notes(practice: Practice) -> None:
    """Deleting another client's signed note behind the app's back is still found."""
    gone, kept = _fill(practice)
    destroy_client(practice, gone.id or 0, "ZQ-01", TODAY)
    other = practice.sessions.for_client(kept.id or 0)[0]
    v = practice.vault
    v.execute("DROP TRIGGER sessions_signed_no_delete")
    v.execute("DELETE FROM sessions WHERE id = ?", (other.id,))
    problems = check_record(v).problems
    assert any(f"note {other.id} was signed" in p for p in problems), problems


def test_a_reused_session_id_is_checked_afresh(practice: Practice) -> None:
    """SQLite may give a new session the id of a destroyed one: its own sign entry counts."""
    gone, kept = _fill(practice)
    last_id = int(practice.vault.query_one("SELECT max(id) FROM sessions")[0])
    v = practice.vault
    # make the destroyed client's note the newest row, so its id comes free
    destroy_client(practice, gone.id or 0, "ZQ-01", TODAY)
    new = practice.save_session(Session(kept.id or 0, dt.datetime(2016, 1, 1, 10),
                                        note_fields={"subjective": "later"}))
    practice.sign_session(new.id or 0)
    assert new.id is not None and new.id <= last_id + 1
    assert check_record(v).problems == ()


def test_every_draft_key_of_the_window_is_known() -> None:
    """The window's draft keys (``prefix:{id}``) all belong to a known kind of record."""
    ui = Path(__file__).resolve().parents[2] / "practice_notes" / "ui"
    found = set()
    for path in ui.rglob("*.py"):
        found |= set(re.findall(r'f"([a-z-]+):\{', path.read_text(encoding="utf-8")))
    assert found, "no draft keys found: the pattern is out of date"
    unknown = found - set(DRAFT_KEYS) - set(PER_CLIENT_PREFIXES)
    assert not unknown, f"draft keys destruction does not know: {sorted(unknown)}"


def test_v7_keeps_the_same_rules_for_everyone_else() -> None:
    """v7 rewrites four rules; each still names the condition it had (plus the permit)."""
    v7 = [s for v, stmts in MIGRATIONS if v == 7 for s in stmts]
    created = [s for s in v7 if s.startswith("CREATE TRIGGER")]
    assert len(created) == 4
    assert all("destroying" in s for s in created)


def test_a_reader_elsewhere_delays_the_wipe_until_the_vault_is_locked(
    practice: Practice, vault_path: Path
) -> None:
    """Another connection in the middle of a read keeps the log from being emptied:
    the records are gone all the same, and locking the vault empties the log."""
    gone, _kept = _fill(practice)
    key = practice.vault.key
    reader = practice.vault.clone()
    try:
        reader.execute("BEGIN")
        reader.query("SELECT count(*) FROM sessions")
        done = destroy_client(practice, gone.id or 0, "ZQ-01", TODAY)
        assert not done.wipe.wal_emptied
        assert _rows_mentioning(practice, list(MARKERS.values())) == []
        reader.execute("COMMIT")
    finally:
        reader.close()
    practice.close()
    assert markers_in_clear(vault_path, key, list(MARKERS.values())) == []


def test_a_code_changed_after_signing_is_named_in_the_entry(practice: Practice) -> None:
    """Notes signed under an earlier code are accounted for too (codes only)."""
    gone, _kept = _fill(practice)
    practice.update_client(replace(practice.clients.get(gone.id or 0), code="ZQ-09"))
    destroy_client(practice, gone.id or 0, "ZQ-09", TODAY)
    last = practice.audit.entries()[-1]
    assert last.detail.startswith("client ZQ-09 formerly ZQ-01 sessions 2 signed 1 ")
    assert check_record(practice.vault).problems == ()
