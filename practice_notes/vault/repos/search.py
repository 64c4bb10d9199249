"""Full-text search (FTS5, inside the encrypted vault)."""

from __future__ import annotations

import re

from practice_notes.domain.models import SearchHit
from practice_notes.vault.database import Vault

#: Snippet highlight markers: control characters no user text contains, so the
#: GUI can escape the snippet first and then turn the markers into bold.
MARK_START = "\x02"
MARK_END = "\x03"

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match,
    the last one as a prefix (search as you type). FTS syntax is never passed through."""
    words = _TOKEN.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class SearchRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def search(self, text: str, limit: int = 200, client_id: int | None = None) -> list[SearchHit]:
        query = fts_query(text)
        if not query:
            return []
        sql = (
            "SELECT kind, ref_id, client_id, session_id,"
            f" snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 14)"
            " FROM search_index WHERE search_index MATCH ?"
        )
        params: list[object] = [query]
        if client_id is not None:
            sql += " AND client_id = ?"
            params.append(client_id)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        return [
            SearchHit(kind=r[0], ref_id=int(r[1]), client_id=int(r[2]),
                      session_id=int(r[3]) if r[3] is not None else None, snippet=r[4])
            for r in self.vault.query(sql, params)
        ]
