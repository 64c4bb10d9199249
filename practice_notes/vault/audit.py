"""Append-only, hash-chained audit log.

Each row's hash is SHA-256 over the previous row's hash and this row's fields,
so an edited, removed or reordered row breaks the chain. Triggers refuse UPDATE
and DELETE. Details never carry note text: only actions, record ids and codes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from practice_notes.domain.models import AuditEntry
from practice_notes.vault.codec import now_utc_text, s2t_req
from practice_notes.vault.database import Vault

GENESIS = "0" * 64

ACTIONS = frozenset(
    {
        "create", "unlock", "failed_unlock", "sign", "addendum", "report", "export",
        "import", "backup", "verify_backup", "restore", "test_restore", "passphrase_change",
        "migrate", "discharge", "destroy", "delete session",
        "records",  # a records-request package (client code, period, counts)
    }
)


def _digest(prev_hash: str, row_id: int, at: str, action: str, detail: str) -> str:
    payload = "\x1f".join((prev_hash, str(row_id), at, action, detail)).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    problem: str = ""
    first_bad_id: int | None = None


class AuditLog:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def append(self, action: str, detail: str = "") -> AuditEntry:
        return self.append_many([(action, detail)])[-1]

    def append_many(self, entries: list[tuple[str, str]]) -> list[AuditEntry]:
        """Append (action, detail) entries in order, chained, in one statement (an
        import records a signature per signed note)."""
        for action, _detail in entries:
            if action not in ACTIONS:
                raise ValueError(f"unknown audit action {action!r}")
        out: list[AuditEntry] = []
        with self.vault.transaction():
            last = self.vault.query_opt("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
            prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
            at = now_utc_text()
            when = s2t_req(at.rstrip("Z"))
            for row_id, (action, detail) in enumerate(entries, start=prev_id + 1):
                digest = _digest(prev_hash, row_id, at, action, detail)
                out.append(AuditEntry(row_id, when, action, detail, prev_hash, digest))
                prev_hash = digest
            self.vault.executemany(
                "INSERT INTO audit_log(id, at, action, detail, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(e.id, at, e.action, e.detail, e.prev_hash, e.hash) for e in out],
            )
        return out

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT id, at, action, detail, prev_hash, hash FROM audit_log ORDER BY id"
        if limit is not None:
            sql += f" DESC LIMIT {int(limit)}"
        rows = self.vault.query(sql)
        out = [AuditEntry(r[0], s2t_req(r[1].rstrip("Z")), r[2], r[3], r[4], r[5]) for r in rows]
        return sorted(out, key=lambda e: e.id)

    def verify(self) -> ChainReport:
        prev_hash, expected_id, checked = GENESIS, 1, 0
        rows = self.vault.rows(  # streamed: forty years of entries need not fit in memory
            "SELECT id, at, action, detail, prev_hash, hash FROM audit_log ORDER BY id"
        )
        for row_id, at, action, detail, stored_prev, stored_hash in rows:
            if row_id != expected_id:
                return ChainReport(False, checked, f"entry {expected_id} is missing", expected_id)
            if stored_prev != prev_hash:
                return ChainReport(False, checked, f"entry {row_id} does not follow the one before",
                                   row_id)
            if _digest(prev_hash, row_id, at, action, detail) != stored_hash:
                return ChainReport(False, checked, f"entry {row_id} was changed", row_id)
            prev_hash, expected_id, checked = stored_hash, expected_id + 1, checked + 1
        return ChainReport(True, checked)
