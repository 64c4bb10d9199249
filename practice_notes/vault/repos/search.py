"""Full-text search (FTS5, inside the encrypted vault).

What a person types is never passed to FTS5 as syntax: words, and phrases in
double quotes, are turned into quoted FTS5 strings. Every word must match; the
last unquoted word is a prefix (search as you type) once it has two letters —
the index keeps 2- to 4-letter prefixes, and a one-letter prefix would match
nearly every record. Matches come newest first (``ORDER BY rowid DESC``, with
rowid = id·16 + kind), which FTS5 streams: a page of hits costs the same at
forty years of records as at one, where ranking would score every match first.
Snippets, dates and client names are made only for the page returned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from practice_notes.domain.errors import SearchQueryError
from practice_notes.domain.models import SearchHit
from practice_notes.vault.database import Vault
from practice_notes.vault.repos.sessions import empty_unsigned
from practice_notes.vault.schema_search import FTS_CODES

__all__ = ["MARK_END", "MARK_START", "MIN_PREFIX", "SearchQueryError", "SearchRepo", "fts_query"]

#: Snippet highlight markers: control characters no user text contains, so the
#: GUI can escape the snippet first and then turn the markers into bold.
MARK_START = "\x02"
MARK_END = "\x03"

#: The shortest last word searched as a prefix (the index keeps 2- to 4-letter ones).
MIN_PREFIX = 2

_TOKEN = re.compile(r"\w+", re.UNICODE)
_PART = re.compile(r'"([^"]*)"|([^"]+)')

# The date each kind of record is shown with.
_DATES = {
    "session": ("sessions", "starts_at"), "addendum": ("addenda", "written_at"),
    "goal": ("goals", "agreed_on"), "milestone": ("milestones", "occurred_on"),
    "agreement": ("agreements", "agreed_on"), "checkin": ("checkins", "checked_on"),
    "strategy": ("strategies", "started_on"), "rating": ("goal_ratings", "rated_on"),
    "measure": ("measures", "taken_on"), "client": ("clients", "start_date"),
    "review": ("reviews", "held_on"),
}


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query ("" when there is nothing
    to search for). Raises SearchQueryError for an unclosed quote and for a
    search of one letter alone."""
    if text.count('"') % 2:
        raise SearchQueryError('A quote is not closed: close it to search for the phrase.')
    parts: list[str] = []
    last_word = ""
    for match in _PART.finditer(text):
        phrase, loose = match.group(1), match.group(2)
        if phrase is not None:
            tokens = _TOKEN.findall(phrase)
            if tokens:
                parts.append('"' + " ".join(tokens) + '"')
                last_word = ""
            continue
        for word in _TOKEN.findall(loose):
            parts.append(f'"{word}"')
            last_word = word
    if not parts:
        return ""
    if last_word:
        if len(last_word) >= MIN_PREFIX:
            parts[-1] += "*"
        elif len(parts) == 1:
            raise SearchQueryError(f"Type at least {MIN_PREFIX} letters to search.")
        else:
            parts.pop()  # still being typed: not searched, and not a prefix
    return " ".join(parts)


def _rowid(hit: SearchHit) -> int:
    return hit.ref_id * 16 + FTS_CODES[hit.kind]


class SearchRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def search(self, text: str, limit: int = 200, client_id: int | None = None,
               after: SearchHit | None = None) -> list[SearchHit]:
        """Up to ``limit`` hits, newest first; ``after`` continues a list after its last hit."""
        query = fts_query(text)
        if not query or limit <= 0:
            return []
        sql = (
            "SELECT kind, ref_id, client_id, session_id,"
            f" snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 14)"
            " FROM search_index WHERE search_index MATCH ?"
        )
        params: list[object] = [query]
        # An unsigned session without note text is not found (nor counted) anywhere:
        # checked per session hit by primary key, so hits still stream newest first.
        sql += (" AND NOT (kind = 'session' AND EXISTS (SELECT 1 FROM sessions"
                f" WHERE sessions.id = search_index.ref_id AND {empty_unsigned()}))")
        if client_id is not None:
            sql += " AND client_id = ?"
            params.append(client_id)
        if after is not None:
            sql += " AND rowid < ?"
            params.append(_rowid(after))
        sql += " ORDER BY rowid DESC LIMIT ?"
        params.append(limit)
        rows = self.vault.query(sql, params)
        dates = self._dates([(str(r[0]), int(r[1])) for r in rows])
        clients = self._clients({int(r[2]) for r in rows})
        return [
            SearchHit(kind=r[0], ref_id=int(r[1]), client_id=int(r[2]),
                      session_id=int(r[3]) if r[3] is not None else None, snippet=r[4],
                      date=dates.get((r[0], int(r[1]))),
                      client_code=clients.get(int(r[2]), ("", ""))[0],
                      client_name=clients.get(int(r[2]), ("", ""))[1])
            for r in rows
        ]

    def _dates(self, refs: list[tuple[str, int]]) -> dict[tuple[str, int], dt.date]:
        by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, ref in refs:
            if kind in _DATES:
                by_kind[kind].append(ref)
        out: dict[tuple[str, int], dt.date] = {}
        for kind, ids in by_kind.items():
            table, column = _DATES[kind]
            marks = ",".join("?" * len(ids))
            for ref, value in self.vault.query(
                f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", ids
            ):
                if value:
                    out[(kind, int(ref))] = dt.date.fromisoformat(str(value)[:10])
        return out

    def _clients(self, ids: set[int]) -> dict[int, tuple[str, str]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.vault.query(
            "SELECT id, code, preferred_name, display_name FROM clients"
            f" WHERE id IN ({marks})", sorted(ids))
        return {int(r[0]): (str(r[1]), str(r[2] or r[3])) for r in rows}
