"""Records that must be right: an unsigned session can be deleted (audited, with its
draft), an unsigned session without note text counts nowhere, a note is never
signed by nobody, and the agreement review interval is a setting that travels."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from practice_notes.domain.enums import Attendance
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client, PracticeSettings, Session
from practice_notes.reports.options import ReportOptions
from practice_notes.services.changes import Change, ChangeKind
from practice_notes.services.overview import client_overview
from practice_notes.services.practice import Practice
from practice_notes.services.report_data import gather
from practice_notes.services.transfer import export_document, import_document
from practice_notes.services.unlock import create_practice
from practice_notes.vault.errors import NotFound, RecordLocked
from tests.unit.vaultkit import PASSPHRASE

MakeSession = Callable[..., Session]
START = dt.datetime(2024, 3, 4, 10, 0)


def empty(practice: Practice, client: Client, days: int = 1, **kw: object) -> Session:
    """What "New session" used to leave behind: no note text, unsigned."""
    return practice.save_session(Session(client.id or 0, START + dt.timedelta(days=days),
                                         note_fields={}, **kw))  # type: ignore[arg-type]


def test_delete_unsigned_session_audits_id_only_and_drops_its_draft(
        practice: Practice, make_session: MakeSession) -> None:
    s = make_session(process_notes="secret hunch")
    sid = s.id or 0
    practice.put_draft(f"session:{sid}", '{"text": "unsaved words"}')
    practice.put_draft("session:999", "someone else's")
    seen: list[Change] = []
    practice.changes.subscribe(seen.append)
    practice.delete_session(sid)
    with pytest.raises(NotFound):
        practice.sessions.get(sid)
    assert practice.drafts.get(f"session:{sid}") is None
    assert practice.drafts.get("session:999") is not None
    last = practice.audit.entries()[-1]
    assert (last.action, last.detail) == ("delete session", f"session {sid}")
    assert "secret" not in last.detail and "talked" not in last.detail
    assert practice.audit.verify().ok
    assert seen == [Change(ChangeKind.SESSION, s.client_id, sid)]


def test_a_signed_session_is_not_deleted_and_nothing_is_written(
        practice: Practice, make_session: MakeSession) -> None:
    s = make_session()
    practice.sign_session(s.id or 0)
    before = len(practice.audit.entries())
    practice.put_draft(f"session:{s.id}", "kept")
    with pytest.raises(RecordLocked, match="signed"):
        practice.delete_session(s.id or 0)
    assert practice.sessions.get(s.id or 0).is_signed
    assert len(practice.audit.entries()) == before
    assert practice.drafts.get(f"session:{s.id}") is not None


def test_counts_property() -> None:
    s = Session(1, START, note_fields={"subjective": "  \n"})
    assert not s.has_note_text and not s.counts
    assert replace(s, signed_at=START).counts
    assert replace(s, note_fields={"subjective": "x"}).counts
    assert not replace(s, process_notes="only private words").counts


def test_empty_unsigned_sessions_count_nowhere(practice: Practice, client: Client,
                                               make_session: MakeSession) -> None:
    real = make_session(0, note_fields={"subjective": "a findable zebra"})
    empty(practice, client, 1, process_notes="zebra hunch")
    empty(practice, client, 2, attendance=Attendance.NO_SHOW)
    day = START.date() + dt.timedelta(days=10)
    overview = client_overview(practice, client.id or 0, today=day)
    assert overview.attendance[Attendance.ATTENDED] == 1
    assert overview.attendance[Attendance.NO_SHOW] == 0
    data = gather(practice, ReportOptions(client.id or 0, START.date(), day))
    assert data.session_count == 1 and data.attendance[Attendance.NO_SHOW] == 0
    assert len(data.sessions) == 1
    [summary] = [c for c in practice.client_list() if c.client.id == client.id]
    assert (summary.last_session_on, summary.session_count) == (START.date(), 1)
    hits = practice.search("zebra")
    assert [(h.kind, h.ref_id) for h in hits] == [("session", real.id)]


def test_an_empty_session_counts_once_it_has_text_or_is_signed(
        practice: Practice, client: Client) -> None:
    draft = empty(practice, client, 3)
    other = empty(practice, client, 5)
    listed = {c.client.id: (c.last_session_on, c.session_count) for c in practice.client_list()}
    assert listed[client.id] == (None, 0)
    practice.save_session(replace(draft, note_fields={"subjective": "came after all"}))
    practice.sign_session(other.id or 0)  # signed empty: on the record, so counted
    listed = {c.client.id: (c.last_session_on, c.session_count) for c in practice.client_list()}
    assert listed[client.id] == ((START + dt.timedelta(days=5)).date(), 2)
    hits = practice.search("came after")
    assert [h.ref_id for h in hits] == [draft.id]


def test_a_client_without_empty_sessions_keeps_the_stored_counts(
        practice: Practice, client: Client, make_session: MakeSession) -> None:
    other = practice.add_client(Client("ZZ-01", "Zed Zee"))
    make_session(0)
    make_session(4)
    empty(practice, other, 9)
    listed = {c.client.code: (c.last_session_on, c.session_count) for c in practice.client_list()}
    assert listed == {"AB-01": ((START + dt.timedelta(days=4)).date(), 2), "ZZ-01": (None, 0)}


def test_signing_without_a_signer_name_is_refused(tmp_path: Path) -> None:
    p = create_practice(tmp_path / "v.vault", PASSPHRASE, PracticeSettings())
    try:
        c = p.add_client(Client("AB-01", "Alex Brown"))
        s = p.save_session(Session(c.id or 0, START, note_fields={"subjective": "x"}))
        before = len(p.audit.entries())
        with pytest.raises(ValidationError, match="Settings → Practice") as caught:
            p.sign_session(s.id or 0)
        assert caught.value.field == "therapist_name"
        assert "\n" not in str(caught.value)
        assert not p.sessions.get(s.id or 0).is_signed
        assert len(p.audit.entries()) == before
        p.save_settings(PracticeSettings(therapist_name="  "))
        with pytest.raises(ValidationError):
            p.sign_session(s.id or 0)
        p.save_settings(PracticeSettings(therapist_name="Dr Ada Byrne"))
        assert p.sign_session(s.id or 0).is_signed
        assert p.sessions.signed_by(s.id or 0) == "Dr Ada Byrne"
    finally:
        p.close()


def test_review_interval_is_a_setting(practice: Practice) -> None:
    assert practice.settings.load().review_interval_months == 3
    practice.save_settings(replace(practice.settings.load(), review_interval_months=6))
    assert practice.settings.load().review_interval_months == 6
    for bad in (0, 61):
        with pytest.raises(ValidationError) as caught:
            practice.save_settings(replace(practice.settings.load(), review_interval_months=bad))
        assert caught.value.field == "review_interval_months"


def test_review_interval_travels_in_the_export_and_may_be_absent(
        practice: Practice, tmp_path: Path) -> None:
    practice.save_settings(replace(practice.settings.load(), review_interval_months=12))
    doc = json.loads(json.dumps(export_document(practice), default=str))
    assert doc["settings"]["review_interval_months"] == 12
    for n, (settings, expected) in enumerate((
            (doc["settings"], 12),
            ({k: v for k, v in doc["settings"].items() if k != "review_interval_months"}, 3))):
        fresh = create_practice(tmp_path / f"f{n}.vault", PASSPHRASE, PracticeSettings())
        try:
            import_document(fresh, {**doc, "settings": settings})
            assert fresh.settings.load().review_interval_months == expected
        finally:
            fresh.close()


def test_the_cli_asks_who_signs_on_a_terminal_only(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from practice_notes.cli.signer import ask_signer

    p = create_practice(tmp_path / "v.vault", PASSPHRASE, PracticeSettings(practice_name="Oak"))
    try:
        asked: list[str] = []

        def answers(*replies: str) -> Callable[[str], str]:
            queue = list(replies)

            def read(prompt: str) -> str:
                asked.append(prompt)
                if not queue:
                    raise EOFError
                return queue.pop(0)
            return read

        assert not ask_signer(p, interactive=False, read=answers("Nobody"))
        assert asked == []
        assert not ask_signer(p, interactive=True, read=answers(""))  # Enter skips
        assert p.settings.load().therapist_name == ""
        assert "Settings → Practice" in capsys.readouterr().out
        assert ask_signer(p, interactive=True, read=answers("Dr Ada Byrne", "MSc", ""))
        s = p.settings.load()
        assert (s.therapist_name, s.credentials, s.practice_name) == ("Dr Ada Byrne", "MSc",
                                                                      "Oak")
        asked.clear()
        assert not ask_signer(p, interactive=True, read=answers("Someone else"))
        assert asked == []  # a name is set: nothing asked
    finally:
        p.close()


def test_v8_recounts_client_activity_without_empty_drafts(
        practice: Practice, client: Client, tmp_path: Path) -> None:
    """A vault from v7 counted every session in client_activity; opening it with v8
    recounts without empty unsigned sessions, and the new triggers keep it so."""
    from practice_notes.services.unlock import open_practice
    from practice_notes.vault.schema import MIGRATIONS

    path = practice.path
    v4 = dict(MIGRATIONS)[4]
    old_triggers = [s for s in v4 if s.startswith("CREATE TRIGGER")]
    vault = practice.vault
    for name in ("sessions_activity_ai", "sessions_activity_ad", "sessions_activity_au"):
        vault.execute(f"DROP TRIGGER {name}")
    for sql in old_triggers:
        vault.execute(sql)
    vault.execute("PRAGMA user_version = 7")
    empty(practice, client, 2)  # counted by v7's trigger
    assert vault.query_one(
        "SELECT sessions FROM client_activity WHERE client_id = ?", (client.id,))[0] == 1
    practice.close()
    reopened = open_practice(path, PASSPHRASE)
    try:
        [summary] = [c for c in reopened.client_list() if c.client.id == client.id]
        assert (summary.last_session_on, summary.session_count) == (None, 0)
        draft = empty(reopened, client, 4)
        reopened.save_session(replace(draft, note_fields={"subjective": "now written"}))
        [summary] = [c for c in reopened.client_list() if c.client.id == client.id]
        assert summary.session_count == 1
        reopened.save_session(replace(draft, note_fields={"subjective": "  "}))
        [summary] = [c for c in reopened.client_list() if c.client.id == client.id]
        assert (summary.last_session_on, summary.session_count) == (None, 0)
    finally:
        reopened.close()
