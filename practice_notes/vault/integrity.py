"""Is the record what was signed? The checks behind ``practice-notes verify``.

* the pages: ``PRAGMA cipher_integrity_check`` (every page's HMAC) and SQLite's
  ``PRAGMA integrity_check``;
* the rules: every trigger the schema made is there, unchanged;
* the audit chain: unbroken (``AuditLog.verify``), and not shorter than, nor
  different from, an anchor kept outside the vault (a backup's manifest);
* the signed content: ``sign`` and ``addendum`` entries carry a SHA-256 of what
  was signed (every note field, the date, the signer, the linked goals; an
  addendum's time and text); each is recomputed from the notes.

Someone who holds the passphrase can still rewrite everything consistently
(notes, hashes and chain) — but not the anchors already written into backups
and printed summaries. See README, "What verify proves".
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from practice_notes.vault.audit import AuditLog
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import VaultError
from practice_notes.vault.schema import MIGRATIONS
from practice_notes.vault.signatures import (
    ADDENDUM,
    DESTROY,
    SESSION_COLUMNS,
    SESSION_ONLY,
    SIGN,
    SIGN_CLIENT,
    addendum_hash,
    session_hash,
)

_CREATE = re.compile(r"^\s*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_DROP = re.compile(r"^\s*DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?(\w+)", re.I)
# ------------------------------------------------------------------ anchors
@dataclass(frozen=True)
class ChainHead:
    id: int
    hash: str

    @property
    def text(self) -> str:
        return f"{self.id}:{self.hash}"

    @property
    def fingerprint(self) -> str:
        """Short enough for a footer, long enough to compare by eye."""
        return f"{self.id}-{self.hash[:12]}"

    @classmethod
    def parse(cls, text: str) -> ChainHead | None:
        m = re.fullmatch(r"(\d+):([0-9a-f]{64})", text.strip())
        return cls(int(m.group(1)), m.group(2)) if m else None


def chain_head(vault: Vault) -> ChainHead | None:
    row = vault.query_opt("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return ChainHead(int(row[0]), str(row[1])) if row else None


def record_fingerprint(vault: Vault) -> str:
    """The short record fingerprint printed in footers ("" for an empty log)."""
    head = chain_head(vault)
    return head.fingerprint if head else ""


# ------------------------------------------------------------------ checks
def expected_triggers() -> dict[str, str]:
    """Trigger name → its CREATE statement, as the migrations leave them."""
    out: dict[str, str] = {}
    for _version, stmts in MIGRATIONS:
        for sql in stmts:
            if m := _CREATE.match(sql):
                out[m.group(1)] = sql
            elif m := _DROP.match(sql):
                out.pop(m.group(1), None)
    return out


def _norm(sql: str) -> str:
    sql = re.sub(r"(?i)\bIF\s+NOT\s+EXISTS\s+", "", sql)
    return " ".join(sql.split()).rstrip(";").lower()


@dataclass(frozen=True)
class IntegrityReport:
    problems: tuple[str, ...]
    checked_pages: bool
    signed_sessions: int
    addenda: int
    chain_entries: int
    head: ChainHead | None
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        what = (f"{self.signed_sessions} signed notes, {self.addenda} addenda, "
                f"{self.chain_entries} audit entries")
        if self.ok:
            return f"The record checks out: pages, rules, audit chain and {what}."
        n = len(self.problems)
        return f"{n} problem{'s' if n != 1 else ''} found (checked {what})."


def _pages(vault: Vault, structure: bool = True) -> list[str]:
    problems = []
    for row in vault.query("PRAGMA cipher_integrity_check"):
        problems.append(f"damaged page: {' '.join(str(c) for c in row)}")
    if not structure:
        return problems
    rows = vault.query("PRAGMA integrity_check")
    if [tuple(r) for r in rows] != [("ok",)]:
        problems.extend(f"database structure: {r[0]}" for r in rows[:20])
    return problems


def _triggers(vault: Vault) -> list[str]:
    present = {str(r[0]): str(r[1] or "") for r in vault.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    problems = []
    for name, sql in expected_triggers().items():
        if name not in present:
            problems.append(f"the rule (trigger) {name} is missing")
        elif _norm(present[name]) != _norm(sql):
            problems.append(f"the rule (trigger) {name} was changed")
    return problems


class _Problems:
    """Problem lines, at most ``LIMIT`` of them kept (a vault copied in from
    elsewhere could give one per note: half a million lines help nobody)."""

    LIMIT = 1000

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.more = 0

    def append(self, line: str) -> None:
        if len(self.kept) < self.LIMIT:
            self.kept.append(line)
        else:
            self.more += 1

    def lines(self) -> list[str]:
        if not self.more:
            return self.kept
        return [*self.kept, f"…and {self.more} more notes or addenda with problems like these"]


_SIGNS = "temp.record_check_signs"
_ADDS = "temp.record_check_addenda"
_BATCH = 2000


class _Entries:
    """The sign and addendum entries of the audit log as the check needs them, in
    two TEMP tables (the vault keeps TEMP in memory): the latest entry of each
    signed note (its hash as 32 bytes, a number for its client's code) and of
    each addendum. About 80 bytes a note all told (+41 MB at 497,000 signed
    notes), where Python dicts took over 200 (+120 MB); the comparison is a
    join. (Keeping only the entry's id and reading its hash again in the join
    saved a quarter of that but was slower at 10×: 41 s against 24–34 s.)"""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.codes: dict[str, int] = {}  # client code -> its number (a few thousand)
        self.signs: list[tuple[int, bytes | None, int | None]] = []
        self.adds: list[tuple[int, int, str]] = []
        self.drop()
        vault.execute(f"CREATE TABLE {_SIGNS} (session_id INTEGER PRIMARY KEY,"
                      " hash BLOB, code INTEGER)")
        # a destroy entry finds its client's notes by code (thousands over a career)
        vault.execute(f"CREATE INDEX {_SIGNS}_code ON {_SIGNS.split('.')[1]} (code)")
        vault.execute(f"CREATE TABLE {_ADDS} (addendum_id INTEGER PRIMARY KEY,"
                      " session_id INTEGER NOT NULL, hash TEXT NOT NULL)")

    def drop(self) -> None:
        self.vault.execute(f"DROP TABLE IF EXISTS {_SIGNS}")
        self.vault.execute(f"DROP TABLE IF EXISTS {_ADDS}")

    def read(self, entries: Iterable[tuple[str, str]]) -> None:
        for action, detail in entries:
            if action == "sign" and (m := SESSION_ONLY.match(detail)):
                h = SIGN.match(detail)
                c = SIGN_CLIENT.match(detail)
                code = self.codes.setdefault(c.group(1), len(self.codes)) if c else None
                self.signs.append((int(m.group(1)), bytes.fromhex(h.group(2)) if h else None,
                                   code))  # no hash: an older entry
            elif action == "addendum" and (a := ADDENDUM.match(detail)):
                self.adds.append((int(a.group(2)), int(a.group(1)), a.group(3)))
            elif action == "destroy" and (d := DESTROY.match(detail)):
                self.destroyed({d.group(1), *(d.group(2) or "").split(",")} - {""})
            if len(self.signs) + len(self.adds) >= _BATCH:
                self.flush()
        self.flush()

    def flush(self) -> None:
        """Write what was read so far; a later entry replaces an earlier one (an
        entry without a client code keeps the code known before)."""
        self.vault.executemany(
            f"INSERT INTO {_SIGNS} VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE"
            " SET hash = excluded.hash, code = coalesce(excluded.code, code)", self.signs)
        self.vault.executemany(f"INSERT OR REPLACE INTO {_ADDS} VALUES (?, ?, ?)", self.adds)
        self.signs.clear()
        self.adds.clear()

    def destroyed(self, codes: set[str]) -> None:
        """The client's records were destroyed at the end of retention: the notes
        signed for these codes before this entry, and their addenda, are accounted
        for. (Ids may be used again afterwards; later entries count afresh.)"""
        self.flush()
        numbers = json.dumps(sorted(self.codes[c] for c in codes if c in self.codes))
        of_codes = "code IN (SELECT value FROM json_each(?))"
        self.vault.execute(f"DELETE FROM {_ADDS} WHERE session_id IN"
                           f" (SELECT session_id FROM {_SIGNS} WHERE {of_codes})", (numbers,))
        self.vault.execute(f"DELETE FROM {_SIGNS} WHERE {of_codes}", (numbers,))


def _signed(vault: Vault, entries: Iterable[tuple[str, str]]) -> tuple[list[str], int, int]:
    """Problems, signed notes and addenda checked. ``entries`` are read once, in
    order; each note's content is read once, with its entry, by one join."""
    kept = _Entries(vault)
    try:
        kept.read(entries)
        return _compare(vault)
    finally:
        with contextlib.suppress(VaultError):
            kept.drop()


def _compare(vault: Vault) -> tuple[list[str], int, int]:
    problems = _Problems()
    hashed_any = bool(vault.query_one(
        f"SELECT EXISTS (SELECT 1 FROM {_SIGNS} WHERE hash IS NOT NULL)"
        f" OR EXISTS (SELECT 1 FROM {_ADDS})")[0])
    columns = ", ".join(f"s.{c.strip()}" for c in SESSION_COLUMNS.split(","))
    checked = 0
    for row in vault.rows(
            f"SELECT c.code, substr(s.starts_at, 1, 10), e.session_id IS NOT NULL, e.hash,"
            " (SELECT group_concat(goal_id, ',' ORDER BY goal_id) FROM session_goals g"
            f" WHERE g.session_id = s.id), {columns}"
            " FROM sessions s JOIN clients c ON c.id = s.client_id"
            f" LEFT JOIN {_SIGNS} e ON e.session_id = s.id"
            " WHERE s.signed_at IS NOT NULL ORDER BY s.id"):
        code, day, has_entry, signed, goals = row[:5]
        session = tuple(row[5:])
        checked += 1
        where = f"signed note {session[0]} (client {code}, {day})"
        if not has_entry:
            problems.append(f"{where} has no sign entry in the audit log")
        elif signed is not None and bytes(signed) != bytes.fromhex(
                session_hash(session, str(goals or ""))):
            problems.append(f"{where} was changed after it was signed")
    for (sid,) in vault.rows(
            f"SELECT session_id FROM {_SIGNS} WHERE session_id NOT IN"
            " (SELECT id FROM sessions WHERE signed_at IS NOT NULL) ORDER BY session_id"):
        problems.append(f"note {sid} was signed (audit log) but is no longer a signed note")
    addenda = 0
    for aid, sid, written_at, body, has_entry, signed in vault.rows(
            f"SELECT a.id, a.session_id, a.written_at, a.body, e.addendum_id IS NOT NULL,"
            f" e.hash FROM addenda a LEFT JOIN {_ADDS} e ON e.addendum_id = a.id ORDER BY a.id"):
        addenda += 1
        if has_entry:
            if signed != addendum_hash((aid, sid, written_at, body)):
                problems.append(f"addendum {aid} to note {sid} was changed after it was written")
        elif hashed_any:
            problems.append(f"addendum {aid} to note {sid} has no entry in the audit log")
    for (aid,) in vault.rows(
            f"SELECT addendum_id FROM {_ADDS} WHERE addendum_id NOT IN"
            " (SELECT id FROM addenda) ORDER BY addendum_id"):
        problems.append(f"addendum {aid} (audit log) is no longer in the record")
    return problems.lines(), checked, addenda


def _destroying(vault: Vault) -> list[str]:
    """``destroying`` lifts the rules for a client while its records are being
    destroyed; it is empty at every commit. A row left there is a lifted rule."""
    if vault.query_opt("SELECT 1 FROM sqlite_master WHERE name = 'destroying'") is None:
        return []
    return [f"the rules that keep signed records are lifted for client id {r[0]} "
            "(a row in the table destroying)"
            for r in vault.query("SELECT client_id FROM destroying ORDER BY client_id")]


def check_anchor(vault: Vault, anchor: ChainHead, where: str) -> list[str]:
    row = vault.query_opt("SELECT hash FROM audit_log WHERE id = ?", (anchor.id,))
    if row is None:
        head = chain_head(vault)
        have = head.id if head else 0
        return [f"the audit log ends at entry {have}, but {where} records entry {anchor.id}: "
                "entries were removed"]
    if row[0] != anchor.hash:
        return [f"audit entry {anchor.id} differs from the one {where} records"]
    return []


def check_record(vault: Vault, anchors: tuple[tuple[ChainHead, str], ...] = (),
                 pages: bool = True, structure: bool = True) -> IntegrityReport:
    """Every check above, read-only; one line per problem. ``structure=False``
    leaves out SQLite's ``integrity_check`` (about 1.3 s per 100 MB): every page
    is still read and its HMAC checked (about 0.6 s per 100 MB)."""
    problems: list[str] = []

    def step(what: str, run: Callable[[], list[str]]) -> None:
        try:  # a damaged page stops one step, not the whole check
            problems.extend(run())
        except VaultError as exc:
            problems.append(f"{what} could not be read: {exc}")

    if pages:
        step("the pages", lambda: _pages(vault, structure))
    step("the rules", lambda: _triggers(vault) + _destroying(vault))

    def chain() -> list[str]:
        result = AuditLog(vault).verify()
        return [] if result.ok else [f"the audit log's chain is broken: {result.problem}"]

    step("the audit log", chain)
    counts = [0, 0, 0]  # signed notes, addenda, audit entries

    def entries() -> Iterator[tuple[str, str]]:
        for action, detail in vault.rows("SELECT action, detail FROM audit_log ORDER BY id"):
            counts[2] += 1
            yield str(action), str(detail)

    def signed() -> list[str]:
        found, counts[0], counts[1] = _signed(vault, entries())
        return found

    step("the signed notes", signed)
    for anchor, where in anchors:
        step("the audit log", functools.partial(check_anchor, vault, anchor, where))
    head: ChainHead | None = None
    with contextlib.suppress(VaultError):
        head = chain_head(vault)
    return IntegrityReport(tuple(problems), pages, counts[0], counts[1], counts[2], head)
