"""What a ``sign`` or ``addendum`` audit entry records, and how its content
hash is worked out: a SHA-256 of what was signed (every note field, the date,
the signer, the linked goals; an addendum's time and text). Written by the
services when a note is signed or an addendum added, recomputed by the record
check (``vault.integrity``)."""

from __future__ import annotations

import hashlib
import json
import re

from practice_notes.vault.audit import AuditLog
from practice_notes.vault.database import Vault

SIGN = re.compile(r"^session (\d+)\b.*\bcontent ([0-9a-f]{64})\b")
ADDENDUM = re.compile(r"^session (\d+) addendum (\d+)\b.*\bcontent ([0-9a-f]{64})\b")
SESSION_ONLY = re.compile(r"^session (\d+)\b")
SIGN_CLIENT = re.compile(r"^session \d+ client (\S+)")
#: ``destroy`` entries (services.retention): "client <code> [formerly <c1,c2>]
#: sessions <n> ..." (codes and counts only)
DESTROY = re.compile(r"^client (\S+)(?: formerly (\S+))?")


def _h(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


SESSION_COLUMNS = (
    "id, client_id, starts_at, duration_minutes, attendance, modality, note_format,"
    " note_fields, process_notes, homework_reviewed, signed_at, signed_by")


def session_hash(row: tuple[object, ...], goals: str) -> str:
    fields = json.dumps(json.loads(str(row[7])), sort_keys=True, ensure_ascii=False)
    return _h("session", *row[:7], fields, *row[8:], goals)


def session_content_hash(vault: Vault, session_id: int) -> str:
    """SHA-256 of a session as signed: every column that signing freezes."""
    row = vault.query_one(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
    goals = ",".join(str(r[0]) for r in vault.query(
        "SELECT goal_id FROM session_goals WHERE session_id = ? ORDER BY goal_id",
        (session_id,)))
    return session_hash(tuple(row), goals)


def session_content_hashes(vault: Vault, session_ids: list[int]) -> dict[int, str]:
    """``session_content_hash`` of many sessions in two queries (an import)."""
    ids = json.dumps(session_ids)
    goals: dict[int, list[str]] = {}
    for sid, gid in vault.query(
            "SELECT session_id, goal_id FROM session_goals WHERE session_id IN"
            " (SELECT value FROM json_each(?)) ORDER BY session_id, goal_id", (ids,)):
        goals.setdefault(int(sid), []).append(str(gid))
    return {int(row[0]): session_hash(tuple(row), ",".join(goals.get(int(row[0]), ())))
            for row in vault.query(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id IN"
                                   " (SELECT value FROM json_each(?))", (ids,))}


def addendum_hash(row: tuple[object, ...]) -> str:
    return _h("addendum", *row)


def addendum_content_hash(vault: Vault, addendum_id: int) -> str:
    row = vault.query_one(
        "SELECT id, session_id, written_at, body FROM addenda WHERE id = ?", (addendum_id,))
    return addendum_hash(tuple(row))


def addendum_content_hashes(vault: Vault, addendum_ids: list[int]) -> dict[int, str]:
    return {int(row[0]): addendum_hash(tuple(row)) for row in vault.query(
        "SELECT id, session_id, written_at, body FROM addenda WHERE id IN"
        " (SELECT value FROM json_each(?))", (json.dumps(addendum_ids),))}


def sign_detail(vault: Vault, session_id: int, code: str, content: str | None = None) -> str:
    """A ``sign`` entry's detail (``content``: the hash, if known already)."""
    content = content or session_content_hash(vault, session_id)
    return f"session {session_id} client {code} content {content}"


def addendum_detail(vault: Vault, session_id: int, addendum_id: int,
                    content: str | None = None) -> str:
    content = content or addendum_content_hash(vault, addendum_id)
    return f"session {session_id} addendum {addendum_id} content {content}"


def destroy_subject(vault: Vault, client_id: int, code: str) -> str:
    """How a ``destroy`` entry names a client about to be destroyed (the counts
    follow it): the code and any other code its notes were signed under (the
    code was changed later). The record check accepts the signed notes of these
    codes, signed before the entry, as gone."""
    signed = {int(r[0]) for r in vault.query(
        "SELECT id FROM sessions WHERE client_id = ? AND signed_at IS NOT NULL", (client_id,))}
    former: set[str] = set()
    for (detail,) in vault.query("SELECT detail FROM audit_log WHERE action = 'sign'"):
        if (m := SESSION_ONLY.match(detail)) and int(m.group(1)) in signed \
                and (c := SIGN_CLIENT.match(detail)) and c.group(1) != code:
            former.add(c.group(1))
    also = f" formerly {','.join(sorted(former))}" if former else ""
    return f"client {code}{also}"


def record_signed_baseline(vault: Vault) -> int:
    """One-time step for a vault from before content hashes (schema < 6): give
    every signed note and addendum whose audit entries carry no content hash a
    hashed ``sign``/``addendum`` entry marked as a baseline. From then on the
    check compares against these. Returns how many entries were written.

    This vouches only for the content as it is at the first open by this
    version, which the entry says."""
    signs: dict[int, bool] = {}
    adds: set[int] = set()
    for action, detail in vault.query(
            "SELECT action, detail FROM audit_log WHERE action IN ('sign', 'addendum')"):
        if action == "sign" and (m := SESSION_ONLY.match(detail)):
            sid = int(m.group(1))
            signs[sid] = signs.get(sid, False) or bool(SIGN.match(detail))
        elif action == "addendum" and (a := ADDENDUM.match(detail)):
            adds.add(int(a.group(2)))
    audit = AuditLog(vault)
    written = 0
    with vault.transaction():
        for sid, code in vault.query(
                "SELECT s.id, c.code FROM sessions s JOIN clients c ON c.id = s.client_id"
                " WHERE s.signed_at IS NOT NULL ORDER BY s.id"):
            if not signs.get(sid, False):
                audit.append("sign", sign_detail(vault, sid, code) + " (baseline: signed "
                             "before content hashes were recorded)")
                written += 1
        for aid, sid in vault.query("SELECT id, session_id FROM addenda ORDER BY id"):
            if aid not in adds:
                audit.append("addendum", addendum_detail(vault, sid, aid) + " (baseline: "
                             "written before content hashes were recorded)")
                written += 1
    return written
