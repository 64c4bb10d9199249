"""Clients."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.models import Client
from practice_notes.vault.codec import d2s, now_utc_text, read_back, s2d
from practice_notes.vault.database import Row, Vault
from practice_notes.vault.errors import Conflict, NotFound

_COLS = (
    "id, code, display_name, preferred_name, pronouns, start_date, status, considerations,"
    " next_review_on, other_names, discharged_on, born_on"
)
_WIDTH = 12  # columns in _COLS


_STATUS = {s.value: s for s in ClientStatus}  # a dict: ClientStatus(v) costs ~1 µs a row


def _client(r: Row) -> Client:
    return read_back(
        Client, id=r[0], code=r[1], display_name=r[2], preferred_name=r[3], pronouns=r[4],
        start_date=s2d(r[5]), status=_STATUS[r[6]], considerations=r[7],
        next_review_on=s2d(r[8]), other_names=_names(r[9]), discharged_on=s2d(r[10]),
        born_on=s2d(r[11]),
    )


def _names(text: str) -> tuple[str, ...]:
    if not text or text == "[]":  # most clients: no other names to parse
        return ()
    value = json.loads(text)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


@dataclass(frozen=True)
class ClientSummary:
    """A row of the client list: the client plus the date of their last session."""

    client: Client
    last_session_on: dt.date | None
    session_count: int


class ClientRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, client: Client) -> Client:
        now = now_utc_text()
        with self.vault.transaction():
            if self.vault.query_opt("SELECT 1 FROM clients WHERE code = ?", (client.code,)):
                raise Conflict(f"Another client already has the code {client.code}.")
            cur = self.vault.execute(
                "INSERT INTO clients(code, display_name, preferred_name, pronouns, start_date,"
                " status, considerations, next_review_on, other_names, discharged_on, born_on,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (client.code, client.display_name, client.preferred_name, client.pronouns,
                 d2s(client.start_date), client.status.value, client.considerations,
                 d2s(client.next_review_on), json.dumps(list(client.other_names)),
                 d2s(client.discharged_on), d2s(client.born_on), now, now),
            )
        return replace(client, id=cur.lastrowid)

    def update(self, client: Client) -> Client:
        with self.vault.transaction():
            clash = self.vault.query_opt(
                "SELECT 1 FROM clients WHERE code = ? AND id != ?", (client.code, client.id)
            )
            if clash:
                raise Conflict(f"Another client already has the code {client.code}.")
            cur = self.vault.execute(
                "UPDATE clients SET code = ?, display_name = ?, preferred_name = ?, pronouns = ?,"
                " start_date = ?, status = ?, considerations = ?, next_review_on = ?,"
                " other_names = ?, discharged_on = ?, born_on = ?, updated_at = ? WHERE id = ?",
                (client.code, client.display_name, client.preferred_name, client.pronouns,
                 d2s(client.start_date), client.status.value, client.considerations,
                 d2s(client.next_review_on), json.dumps(list(client.other_names)),
                 d2s(client.discharged_on), d2s(client.born_on), now_utc_text(), client.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That client no longer exists.")
        return client

    def get(self, client_id: int) -> Client:
        row = self.vault.query_opt(f"SELECT {_COLS} FROM clients WHERE id = ?", (client_id,))
        if row is None:
            raise NotFound("That client no longer exists.")
        return _client(row)

    def by_code(self, code: str) -> Client:
        row = self.vault.query_opt(f"SELECT {_COLS} FROM clients WHERE code = ?", (code,))
        if row is None:
            raise NotFound(f"There is no client with the code {code}.")
        return _client(row)

    def all(self) -> list[Client]:
        return [_client(r) for r in self.vault.query(f"SELECT {_COLS} FROM clients ORDER BY code")]

    def summaries(self) -> list[ClientSummary]:
        """Every client with their last session date and session count, in one query
        over one row per client (``client_activity`` is kept by triggers)."""
        cols = ", ".join(f"c.{c.strip()}" for c in _COLS.split(","))
        # From v8 the triggers count only sessions that count (an unsigned one
        # without note text counts nowhere: vault/schema_activity.py).
        rows = self.vault.query(
            f"SELECT {cols}, a.last_starts_at, coalesce(a.sessions, 0) FROM clients c"
            " LEFT JOIN client_activity a ON a.client_id = c.id ORDER BY c.code"
        )
        return [
            read_back(ClientSummary, client=_client(r),
                      last_session_on=dt.date.fromisoformat(r[_WIDTH][:10]) if r[_WIDTH] else None,
                      session_count=r[_WIDTH + 1])
            for r in rows
        ]

    def codes(self) -> set[str]:
        return {r[0] for r in self.vault.query("SELECT code FROM clients")}
