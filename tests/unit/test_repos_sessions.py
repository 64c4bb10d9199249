"""Sessions: save and edit, signing locks the note (service and database), addenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from practice_notes.domain.enums import Attendance, Modality, NoteFormat
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client, Goal, Session
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import NotFound, RecordLocked
from practice_notes.vault.signatures import session_content_hash

MakeSession = Callable[..., Session]


def test_save_normalises_fields_and_round_trips(
    practice: Practice, client: Client, goal: Goal
) -> None:
    s = practice.save_session(Session(
        client.id or 0, dt.datetime(2024, 3, 4, 10, 15, 33, 999), duration_minutes=80,
        attendance=Attendance.LATE_CANCEL, modality=Modality.VIDEO, note_format=NoteFormat.BIRP,
        note_fields={"plan": "call Tuesday", "behavior": "calm"}, process_notes="my hunch",
        homework_reviewed="diary done", goal_ids=(goal.id or 0,),
    ))
    assert s.id is not None and not s.is_signed
    assert list(s.note_fields) == ["behavior", "intervention", "response", "plan"]
    stored = practice.sessions.get(s.id)
    assert stored == replace(s, starts_at=dt.datetime(2024, 3, 4, 10, 15, 33))
    assert stored.note_fields == {"behavior": "calm", "intervention": "", "response": "",
                                  "plan": "call Tuesday"}


def test_update_unsigned_session(practice: Practice, make_session: MakeSession,
                                 goal: Goal, client: Client) -> None:
    s = make_session()
    other = practice.add_goal(Goal(client.id or 0, "second goal"))
    edited = replace(s, note_fields={"subjective": "rewritten"}, process_notes="new thought",
                     goal_ids=(goal.id or 0, other.id or 0))
    practice.save_session(edited)
    got = practice.sessions.get(s.id or 0)
    assert got.note_fields["subjective"] == "rewritten"
    assert got.process_notes == "new thought"
    assert got.goal_ids == tuple(sorted((goal.id or 0, other.id or 0)))
    practice.save_session(replace(got, goal_ids=()))
    assert practice.sessions.get(s.id or 0).goal_ids == ()


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"duration_minutes": 0}, "duration_minutes", "between 1 and 600"),
        ({"duration_minutes": 601}, "duration_minutes", "between 1 and 600"),
        ({"note_fields": {"mood": "x"}}, "note_fields", "no field 'mood'"),
        ({"note_format": NoteFormat.FREE, "note_fields": {"plan": "x"}}, "note_fields",
         "Free text notes have no field 'plan'"),
        ({"process_notes": "x" * 2_000_001}, "process_notes", "too long"),
    ],
)
def test_session_validation(practice: Practice, client: Client, changes: dict[str, object],
                            field: str, words: str) -> None:
    base = Session(client.id or 0, dt.datetime(2024, 3, 4, 10))
    with pytest.raises(ValidationError, match=words) as info:
        practice.save_session(replace(base, **changes))  # type: ignore[arg-type]
    assert info.value.field == field
    assert practice.sessions.for_client(client.id or 0) == []


def test_session_for_unknown_client_is_refused(practice: Practice) -> None:
    with pytest.raises(NotFound):
        practice.save_session(Session(12345, dt.datetime(2024, 3, 4, 10)))


def test_sign_locks_the_note(practice: Practice, make_session: MakeSession) -> None:
    s = make_session()
    at = dt.datetime(2024, 3, 4, 11, 0)
    signed = practice.sign_session(s.id or 0, at)
    assert signed.signed_at == at and signed.is_signed
    assert practice.sessions.signed_by(s.id or 0) == "Sam Rivers"
    entry = practice.audit.entries()[-1]
    assert entry.action == "sign"
    assert entry.detail == (f"session {s.id} client AB-01 content "
                            f"{session_content_hash(practice.vault, s.id or 0)}")

    with pytest.raises(RecordLocked, match="already signed"):
        practice.sign_session(s.id or 0)
    with pytest.raises(RecordLocked, match="signed and locked"):
        practice.save_session(replace(signed, note_fields={"subjective": "changed"}))
    with pytest.raises(RecordLocked, match="cannot be deleted"):
        practice.delete_session(s.id or 0)
    assert practice.sessions.get(s.id or 0) == signed


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sessions SET process_notes = 'sneaky' WHERE id = :id",
        "UPDATE sessions SET signed_at = NULL WHERE id = :id",
        "DELETE FROM sessions WHERE id = :id",
        "DELETE FROM session_goals WHERE session_id = :id",
        "INSERT INTO session_goals(session_id, goal_id) VALUES (:id, :goal2)",
    ],
)
def test_database_refuses_changes_to_a_signed_note(
    practice: Practice, make_session: MakeSession, goal: Goal, client: Client, sql: str
) -> None:
    goal2 = practice.add_goal(Goal(client.id or 0, "another"))
    s = make_session(goal_ids=(goal.id or 0,))
    signed = practice.sign_session(s.id or 0)
    with pytest.raises(RecordLocked, match="signed and locked"), practice.vault.transaction():
        practice.vault.execute(sql, {"id": s.id, "goal2": goal2.id})
    assert practice.sessions.get(s.id or 0) == signed


def test_addenda_only_on_signed_notes(practice: Practice, make_session: MakeSession) -> None:
    s = make_session()
    with pytest.raises(RecordLocked, match="Sign the note before"):
        practice.add_addendum(s.id or 0, "correction")
    with pytest.raises(ValidationError, match="cannot be empty") as info:
        practice.add_addendum(s.id or 0, "  \n ")
    assert info.value.field == "body"
    practice.sign_session(s.id or 0)
    first = practice.add_addendum(s.id or 0, "The date was wrong.", dt.datetime(2024, 3, 5, 9))
    second = practice.add_addendum(s.id or 0, "Also the time.", dt.datetime(2024, 3, 6, 9))
    assert practice.sessions.addenda(s.id or 0) == [first, second]
    assert practice.sessions.addenda_for_client(s.client_id) == [first, second]
    assert [e.action for e in practice.audit.entries()][-2:] == ["addendum", "addendum"]
    # addenda are permanent
    for sql in ("UPDATE addenda SET body = 'x'", "DELETE FROM addenda"):
        with pytest.raises(RecordLocked, match="permanent"), practice.vault.transaction():
            practice.vault.execute(sql)
    assert len(practice.sessions.addenda(s.id or 0)) == 2


def test_addendum_for_missing_session(practice: Practice) -> None:
    with pytest.raises((NotFound, RecordLocked)):
        practice.add_addendum(999, "text")


def test_delete_unsigned_session(practice: Practice, make_session: MakeSession,
                                 goal: Goal) -> None:
    s = make_session(goal_ids=(goal.id or 0,))
    practice.delete_session(s.id or 0)
    with pytest.raises(NotFound):
        practice.sessions.get(s.id or 0)
    assert practice.vault.query_one("SELECT count(*) FROM session_goals")[0] == 0
    with pytest.raises(NotFound):
        practice.delete_session(s.id or 0)


def test_update_of_unsaved_or_missing_session(practice: Practice, client: Client) -> None:
    with pytest.raises(NotFound):
        practice.save_session(Session(client.id or 0, dt.datetime(2024, 1, 1, 9), id=4242))


def test_for_client_date_range(practice: Practice, make_session: MakeSession,
                               client: Client) -> None:
    days = [make_session(offset) for offset in (0, 1, 2, 10)]  # 4, 5, 6, 14 March
    cid = client.id or 0
    assert practice.sessions.for_client(cid) == days
    got = practice.sessions.for_client(cid, start=dt.date(2024, 3, 5), end=dt.date(2024, 3, 6))
    assert [s.starts_at.day for s in got] == [5, 6]
    assert [s.starts_at.day for s in practice.sessions.for_client(
        cid, end=dt.date(2024, 3, 4))] == [4]
    assert practice.sessions.for_client(cid, start=dt.date(2024, 4, 1)) == []


def test_every_note_format_round_trips(practice: Practice, client: Client) -> None:
    from practice_notes.domain.notes import note_text, template

    for n, fmt in enumerate(NoteFormat):
        fields = {f.key: f"{f.label} text {n}" for f in template(fmt)}
        s = practice.save_session(Session(client.id or 0, dt.datetime(2024, 1, 1 + n, 9),
                                          note_format=fmt, note_fields=fields))
        got = practice.sessions.get(s.id or 0)
        assert got.note_format is fmt and got.note_fields == fields
        text = note_text(fmt, got.note_fields)
        assert all(v in text for v in fields.values())
