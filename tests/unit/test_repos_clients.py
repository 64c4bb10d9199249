"""Clients: add, read, update, unique codes, validation, status and the client list."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace

import pytest

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client, Session
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import Conflict, NotFound, StorageBug


def test_add_get_update_round_trip(practice: Practice) -> None:
    new = Client("AB-01", "Alexandra Brown", preferred_name="Alex", pronouns="she/her",
                 start_date=dt.date(2024, 1, 2), considerations="Prefers video.\nNeeds captions.",
                 next_review_on=dt.date(2024, 4, 1))
    saved = practice.add_client(new)
    assert saved.id is not None
    assert practice.clients.get(saved.id) == saved == replace(new, id=saved.id)
    assert practice.clients.by_code("AB-01") == saved
    assert saved.name == "Alex"

    changed = replace(saved, display_name="Alexandra B.", status=ClientStatus.PAUSED,
                      start_date=None, considerations="")
    practice.update_client(changed)
    assert practice.clients.get(saved.id) == changed
    assert practice.clients.all() == [changed]


def test_codes_are_unique(practice: Practice) -> None:
    practice.add_client(Client("AB-01", "Alex"))
    other = practice.add_client(Client("CD-02", "Casey"))
    with pytest.raises(Conflict, match="AB-01"):
        practice.add_client(Client("AB-01", "Someone else"))
    with pytest.raises(Conflict, match="AB-01"):
        practice.update_client(replace(other, code="AB-01"))
    assert practice.clients.codes() == {"AB-01", "CD-02"}
    # the database enforces it too
    with pytest.raises(Conflict), practice.vault.transaction():
        practice.vault.execute(
            "INSERT INTO clients(code, display_name, status, created_at, updated_at)"
            " VALUES ('AB-01', 'raw', 'active', 'x', 'x')"
        )


def test_update_keeps_own_code(practice: Practice) -> None:
    c = practice.add_client(Client("AB-01", "Alex"))
    practice.update_client(replace(c, pronouns="they/them"))
    assert practice.clients.get(c.id or 0).pronouns == "they/them"


def test_missing_client(practice: Practice) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        practice.clients.get(999)
    with pytest.raises(NotFound, match="ZZ-99"):
        practice.clients.by_code("ZZ-99")
    with pytest.raises(NotFound):
        practice.update_client(Client("ZZ-99", "Ghost", id=999))
    with pytest.raises(ValidationError, match="not been saved"):
        practice.update_client(Client("ZZ-99", "Ghost"))


@pytest.mark.parametrize(
    ("client", "field", "words"),
    [
        (Client("ab-01", "Alex"), "code", "capital letters"),
        (Client("A", "Alex"), "code", "2–16"),
        (Client("-AB", "Alex"), "code", "capital"),
        (Client("ABCDEFGHIJKLMNOPQ", "Alex"), "code", "2–16"),
        (Client("AB 01", "Alex"), "code", "capital"),
        (Client("AB-01", "   "), "display_name", "cannot be empty"),
        (Client("AB-01", "Alex\nBrown"), "display_name", "one line"),
        (Client("AB-01", "A" * 201), "display_name", "too long"),
        (Client("AB-01", "Alex", preferred_name="x\r"), "preferred_name", "one line"),
        (Client("AB-01", "Alex", pronouns="p" * 41), "pronouns", "at most 40"),
    ],
)
def test_client_validation(practice: Practice, client: Client, field: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as info:
        practice.add_client(client)
    assert info.value.field == field
    assert "\n" not in str(info.value)
    assert practice.clients.all() == []


def test_suggest_code(practice: Practice) -> None:
    assert practice.suggest_code("Alex Brown") == "AB-01"
    practice.add_client(Client("AB-01", "Alex Brown"))
    assert practice.suggest_code("Ann Bell") == "AB-02"
    assert practice.suggest_code("Mary Jane Watson Parker") == "MJW-01"
    assert practice.suggest_code("Zoë") == "ZX-01"
    assert practice.suggest_code("") == "CL-01"
    assert practice.suggest_code("東京 太郎") == "CL-01"
    for name in ("Alex Brown", "Mary Jane Watson", "Zoë", "", "東京"):
        code = practice.suggest_code(name)
        practice.add_client(Client(code, name or "Someone"))  # always valid and free


def test_set_status_discharged_is_audited(practice: Practice) -> None:
    c = practice.add_client(Client("AB-01", "Alex"))
    practice.set_client_status(c.id or 0, ClientStatus.PAUSED)
    assert practice.audit.entries()[-1].action != "discharge"
    updated = practice.set_client_status(c.id or 0, ClientStatus.DISCHARGED)
    assert updated.status is ClientStatus.DISCHARGED
    assert practice.clients.get(c.id or 0).status is ClientStatus.DISCHARGED
    last = practice.audit.entries()[-1]
    assert (last.action, last.detail) == ("discharge", "client AB-01")


def test_client_list_with_last_session(practice: Practice) -> None:
    a = practice.add_client(Client("BB-01", "Bea"))
    b = practice.add_client(Client("AA-01", "Ann"))
    for day in (3, 1, 2):
        practice.save_session(Session(a.id or 0, dt.datetime(2024, 5, day, 9, 30),
                                      note_fields={"subjective": "came"}))
    rows = practice.client_list()
    assert [r.client.code for r in rows] == ["AA-01", "BB-01"]
    assert (rows[0].client, rows[0].last_session_on, rows[0].session_count) == (b, None, 0)
    assert (rows[1].last_session_on, rows[1].session_count) == (dt.date(2024, 5, 3), 3)


def test_status_check_constraint_in_database(practice: Practice) -> None:
    """A value the app never writes is refused by the schema: a bug, not a user error."""
    with pytest.raises(StorageBug, match="CHECK"), practice.vault.transaction():
        practice.vault.execute(
            "INSERT INTO clients(code, display_name, status, created_at, updated_at)"
            " VALUES ('XX-01', 'raw', 'archived', 'x', 'x')"
        )
    assert practice.clients.all() == []


def test_client_list_follows_every_session_change(practice: Practice) -> None:
    """The counts kept by triggers match a count of the sessions after adding,
    moving, re-dating, signing and deleting."""
    a = practice.add_client(Client("AA-01", "Ann"))
    b = practice.add_client(Client("BB-01", "Bea"))
    made = [practice.save_session(Session(a.id or 0, dt.datetime(2024, 5, day, 9),
                                          note_fields={"subjective": "came"}))
            for day in (1, 2, 3)]

    def listed() -> dict[str, tuple[dt.date | None, int]]:
        return {r.client.code: (r.last_session_on, r.session_count)
                for r in practice.client_list()}

    def counted() -> dict[str, tuple[dt.date | None, int]]:
        out = {}
        for c in practice.clients.all():
            days = [s.starts_at.date() for s in practice.sessions.for_client(c.id or 0)]
            out[c.code] = (max(days) if days else None, len(days))
        return out

    assert listed() == counted() == {"AA-01": (dt.date(2024, 5, 3), 3), "BB-01": (None, 0)}
    practice.save_session(replace(made[2], starts_at=dt.datetime(2024, 4, 30, 9)))
    assert listed() == counted() == {"AA-01": (dt.date(2024, 5, 2), 3), "BB-01": (None, 0)}
    practice.vault.execute("UPDATE sessions SET client_id = ? WHERE id = ?",
                           (b.id, made[1].id))
    assert listed() == counted() == {"AA-01": (dt.date(2024, 5, 1), 2),
                                     "BB-01": (dt.date(2024, 5, 2), 1)}
    practice.sign_session(made[0].id or 0)
    practice.delete_session(made[1].id or 0)
    assert listed() == counted() == {"AA-01": (dt.date(2024, 5, 1), 2), "BB-01": (None, 0)}


def test_the_client_list_reads_back_every_field(practice: Practice) -> None:
    """The list builds its rows without the dataclasses' own __init__ (read_back):
    each row must equal the one the normal constructor makes, field for field, and
    hold exactly the fields the class declares (a new field cannot be missed)."""
    full = practice.add_client(Client(
        "ZZ-01", "Zoë Ünal", preferred_name="Zo", pronouns="they/them",
        start_date=dt.date(2020, 2, 29), status=ClientStatus.PAUSED,
        considerations="Captions.", next_review_on=dt.date(2025, 1, 1),
        other_names=("Zed", "زوي"), born_on=dt.date(2001, 5, 6)))
    bare = practice.add_client(Client("AA-01", "A"))
    practice.save_session(Session(bare.id or 0, dt.datetime(2024, 3, 4, 10, 0),
                                  note_fields={"subjective": "came"}))
    for summary in practice.client_list():
        client = summary.client
        assert client == practice.clients.get(client.id or 0)
        assert client == Client(**{f.name: getattr(client, f.name) for f in fields(Client)})
        assert set(vars(client)) == {f.name for f in fields(Client)}
        assert set(vars(summary)) == {f.name for f in fields(summary)}
        assert summary == type(summary)(client, summary.last_session_on, summary.session_count)
        assert hash(client) == hash(replace(client))
    by_code = {s.client.code: s for s in practice.client_list()}
    assert by_code["ZZ-01"].client == full and by_code["ZZ-01"].session_count == 0
    assert by_code["AA-01"].last_session_on == dt.date(2024, 3, 4)
    with pytest.raises(AttributeError):
        by_code["AA-01"].client.code = "BB-02"  # type: ignore[misc]
