"""Full-text search (FTS5, inside the encrypted vault).

What a person types is never passed to FTS5 as syntax: words, and phrases in
double quotes, are turned into quoted FTS5 strings. Every word must match; the
last unquoted word is a prefix (search as you type) once it has two letters —
the index keeps 2- to 4-letter prefixes, and a one-letter prefix would match
nearly every record. Matches come newest first (``ORDER BY rowid DESC``, with
rowid = id·16 + kind), which FTS5 streams: a page of hits costs the same at
forty years of records as at one, where ranking would score every match first.
Snippets, dates and client names are made only for the page returned.

A prefix longer than the prefix indexes (5 letters or more) would make FTS5
merge the whole doclist of every term with that prefix before the first hit
(tens of milliseconds for a word in nearly every note, at forty years). Such a
prefix is expanded instead to the few terms of the index that start with it,
read from a TEMP ``fts5vocab`` table (one skip-scan lookup per term, made on
first use per connection: no schema change), and searched as ``("t1" OR
"t2")``, which FTS5 streams newest first like a single term. The hits are the
same; a prefix with many terms, or not plain ASCII letters and digits (whose
folding is FTS5's business), is searched as a prefix.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from practice_notes.domain.errors import SearchQueryError
from practice_notes.domain.models import SearchHit
from practice_notes.vault.database import Vault
from practice_notes.vault.schema_activity import empty_unsigned
from practice_notes.vault.schema_search import FTS_CODES, REVIEW_INDEXED, V1_INDEXED, Indexed

__all__ = ["MARK_END", "MARK_START", "MIN_PREFIX", "SearchQueryError", "SearchRepo", "fts_query"]

#: Snippet highlight markers: control characters no user text contains, so the
#: GUI can escape the snippet first and then turn the markers into bold.
MARK_START = "\x02"
MARK_END = "\x03"

#: The shortest last word searched as a prefix (the index keeps 2- to 4-letter ones).
MIN_PREFIX = 2
#: The longest prefix the index keeps; longer prefixes are expanded to their terms.
INDEXED_PREFIX = 4
#: At most this many terms in an expansion; a prefix with more is searched as one.
MAX_EXPANSION = 32
_EXPANDABLE = re.compile(r"[A-Za-z0-9]+")
_VOCAB = "temp.search_vocab"
_PAGE_NAME = "search_page"
_PAGE = f"temp.{_PAGE_NAME}"
_TOKENIZER = "unicode61 remove_diacritics 2"  # the index's own (schema_search.v3)

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


_FIELD_NAME = re.compile(r"\{N\}\.(\w+)")
_JOIN = " || char(10) || "


def _fields(spec: Indexed) -> tuple[tuple[str, str], ...]:
    """(field name, SQL expression) of each part of a kind's search text, in the
    order the index joins them (one newline between parts)."""
    out = []
    for part in spec.body_expr.split(_JOIN):
        names = _FIELD_NAME.findall(part)
        out.append((names[-1] if names else "", part.format(N=spec.table)))
    return tuple(out)


#: Each kind's table and the fields its search text is made of.
_FIELDS = {spec.kind: (spec.table, _fields(spec)) for spec in [*V1_INDEXED, REVIEW_INDEXED]}


def _plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def matched_field(snippet: str, parts: list[str]) -> int:
    """Which part of a record's search text the snippet's first highlighted word is in."""
    return place_snippet(snippet, parts)[0]


def place_snippet(snippet: str, parts: list[str]) -> tuple[int, str]:
    """Which part of a record's search text (its fields joined by newlines) the
    snippet's first highlighted word is in, and the snippet cut to that part.

    The snippet is the record's own text with markers, and "…" where FTS5 cut
    it; a window of words can run from one field into the next (a session's note
    into its private process notes), so what is shown under a field's label is
    kept to that field. (0, snippet) when it cannot be placed."""
    body = "\n".join(parts)
    mark = snippet.find(MARK_START)
    if mark < 0:
        return 0, snippet
    placed: tuple[int, str, bool, bool] | None = None  # body index, core, cut before/after
    for lead in ("", "…"):
        if lead and not snippet.startswith(lead):
            continue
        for tail in ("", "…"):
            if tail and not snippet.endswith(tail):
                continue
            core = snippet[len(lead):len(snippet) - len(tail)]
            found = body.find(_plain(core))
            if found >= 0:
                placed = (found, core, bool(lead), bool(tail))
                break
        if placed is not None:
            break
    if placed is None:
        # not placed (should not happen): the first part holding the word
        word = _plain(snippet[mark:snippet.find(MARK_END, mark)]).casefold()
        return next((n for n, part in enumerate(parts) if word in part.casefold()), 0), snippet
    base, core, cut_before, cut_after = placed
    at = base + len(_plain(core[:core.index(MARK_START)]))
    spans, start = [], 0
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + 1
    n = next((k for k, (_s, e) in enumerate(spans) if at <= e), len(spans) - 1)
    start, end = spans[n]
    kept: list[str] = []
    i = base
    for ch in core:
        if ch in (MARK_START, MARK_END):
            if start <= i <= end:
                kept.append(ch)
            continue
        if start <= i < end:
            kept.append(ch)
        i += 1
    text = "".join(kept).strip()
    before = "…" if cut_before or base < start else ""
    after = "…" if cut_after or i > end else ""
    return n, before + text + after


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query ("" when there is nothing
    to search for). Raises SearchQueryError for an unclosed quote and for a
    search of one letter alone."""
    parts, _prefix = _query_parts(text)
    return " ".join(parts)


def _query_parts(text: str) -> tuple[list[str], str]:
    """The FTS5 strings to AND together, and the last word when the last string
    is a prefix query (``"word"*``), else ""."""
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
        return [], ""
    if last_word:
        if len(last_word) >= MIN_PREFIX:
            parts[-1] += "*"
            return parts, last_word
        if len(parts) == 1:
            raise SearchQueryError(f"Type at least {MIN_PREFIX} letters to search.")
        parts.pop()  # still being typed: not searched, and not a prefix
    return parts, ""


def _rowid(hit: SearchHit) -> int:
    return hit.ref_id * 16 + FTS_CODES[hit.kind]


class SearchRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def search(self, text: str, limit: int = 200, client_id: int | None = None,
               after: SearchHit | None = None) -> list[SearchHit]:
        """Up to ``limit`` hits, newest first; ``after`` continues a list after its last hit."""
        parts, prefix = _query_parts(text)
        if not parts or limit <= 0:
            return []
        query = " ".join(parts)
        expanded = query
        if len(prefix) > INDEXED_PREFIX and _EXPANDABLE.fullmatch(prefix):
            terms = self._terms_with_prefix(prefix.lower(), MAX_EXPANSION + 1)
            if not terms:
                return []  # no term starts with it: nothing can match
            if len(terms) <= MAX_EXPANSION:  # (FTS5 needs an explicit AND before "(")
                ored = "(" + " OR ".join(f'"{t}"' for t in terms) + ")"
                expanded = " AND ".join([*parts[:-1], ored])
        snippet = f"snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 14)"
        sql = (
            "SELECT kind, ref_id, client_id, session_id, rowid,"
            f" {snippet if expanded == query else 'NULL'}"
            " FROM search_index WHERE search_index MATCH ?"
        )
        params: list[object] = [expanded]
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
        if expanded != query:
            snippets = self._page_snippets([int(r[4]) for r in rows], query)
            rows = [(*r[:5], snippets.get(int(r[4]), "")) for r in rows]
        refs = [(str(r[0]), int(r[1])) for r in rows]
        dates = self._dates(refs)
        fields = self._matched_fields(refs, [str(r[5]) for r in rows])
        clients = self._clients({int(r[2]) for r in rows})
        return [
            SearchHit(kind=r[0], ref_id=int(r[1]), client_id=int(r[2]),
                      session_id=int(r[3]) if r[3] is not None else None,
                      snippet=fields.get(ref, ("", str(r[5])))[1],
                      date=dates.get(ref),
                      client_code=clients.get(int(r[2]), ("", ""))[0],
                      client_name=clients.get(int(r[2]), ("", ""))[1],
                      field=fields.get(ref, ("", ""))[0])
            for r, ref in zip(rows, refs, strict=True)
        ]

    def _matched_fields(self, refs: list[tuple[str, int]],
                        snippets: list[str]) -> dict[tuple[str, int], tuple[str, str]]:
        """The field each hit's match came from (a session's note or its private
        process notes, a goal's words or why it matters …) and the snippet kept
        to that field, for this page only."""
        by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, ref in refs:
            if kind in _FIELDS:
                by_kind[kind].append(ref)
        texts: dict[tuple[str, int], list[str]] = {}
        for kind, ids in by_kind.items():
            table, field_sql = _FIELDS[kind]
            columns = ", ".join(f"coalesce({expr}, '')" for _name, expr in field_sql)
            marks = ",".join("?" * len(ids))
            for row in self.vault.query(
                f"SELECT id, {columns} FROM {table} WHERE id IN ({marks})", ids
            ):
                texts[(kind, int(row[0]))] = [str(v) for v in row[1:]]
        out: dict[tuple[str, int], tuple[str, str]] = {}
        for key, snippet in zip(refs, snippets, strict=True):
            parts = texts.get(key)
            if parts is not None:
                n, kept = place_snippet(snippet, parts)
                out[key] = (_FIELDS[key[0]][1][n][0], kept)
        return out

    def _terms_with_prefix(self, prefix: str, most: int) -> list[str]:
        """The index's terms that start with ``prefix`` (folded: lower-case ASCII),
        up to ``most``: each the first term at or after the one before, so that no
        doclist is read (an ``instance`` vocabulary stops at a term's first entry;
        a ``row`` one would count every document of every term)."""
        self.vault.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB}"
                           " USING fts5vocab(main, search_index, instance)")
        terms: list[str] = []
        low = prefix
        while len(terms) < most:
            row = self.vault.query_opt(
                f"SELECT term FROM {_VOCAB} WHERE term >= ? LIMIT 1", (low,))
            if row is None or not str(row[0]).startswith(prefix):
                break
            terms.append(str(row[0]))
            low = terms[-1] + "\x00"  # the next term: none holds a NUL
        return terms

    def _page_snippets(self, rowids: list[int], query: str) -> dict[int, str]:
        """Snippets for a page of hits found through an expansion, made for the
        query as typed (so that they are the ones the prefix query makes: with its
        terms as separate phrases, FTS5 would prefer windows holding several of
        them): the page's texts are copied into an in-memory TEMP index (temp_store
        is MEMORY) and searched there."""
        if not rowids:
            return {}
        self.vault.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_PAGE} USING fts5("
                           f"body, tokenize = '{_TOKENIZER}')")
        marks = ",".join("?" * len(rowids))
        try:
            self.vault.execute(
                f"INSERT INTO {_PAGE}(rowid, body) SELECT rowid, body FROM main.search_index"
                f" WHERE rowid IN ({marks})", rowids)
            found = self.vault.query(
                f"SELECT rowid, snippet({_PAGE_NAME}, 0, '{MARK_START}', '{MARK_END}', '…', 14)"
                f" FROM {_PAGE} WHERE {_PAGE_NAME} MATCH ?", (query,))
        finally:
            self.vault.execute(f"DELETE FROM {_PAGE}")
        return {int(r[0]): str(r[1]) for r in found}

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
