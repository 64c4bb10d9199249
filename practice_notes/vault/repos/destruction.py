"""Destroying one client's records for good (end of retention), and wiping the
free space they leave behind.

``destroy`` runs inside the caller's transaction: it puts the client's id in
``destroying`` (the only state in which the rules let signed notes, addenda and
acknowledged agreements go, see ``schema._v7``), deletes every row of the
client in every table (children first, so each search-index trigger still
finds its row), the client's drafts and search entries, removes the id from
``destroying`` again and merges the full-text index so that no segment keeps
the destroyed terms. ``wipe`` then runs outside any transaction: with
``secure_delete`` on every freed page is zeroed, ``VACUUM`` rebuilds the file
from the live rows only, and a TRUNCATE checkpoint empties the write-ahead log.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from practice_notes.vault.database import Vault
from practice_notes.vault.errors import StorageBug

#: The editor drafts that belong to a client, by key: ``prefix:<id>`` where the
#: id is of the kind of record named here ("client": the client's own id), or
#: ``prefix:<client id>:...`` for the ``PER_CLIENT_PREFIXES``. The window's keys
#: (ui/drafts.py, ui/panels) are checked against these by a test.
DRAFT_KEYS: dict[str, str] = {
    "session": "sessions",
    "agreement-end": "agreement_series", "agreement-revise": "agreement_series",
    "agreement-new": "client", "goal-new": "client", "milestone-new": "client",
    "goal": "goals", "goal-rating": "goals", "goal-status": "goals", "goal-revision": "goals",
    "strategy-new": "goals", "milestone": "milestones", "strategy": "strategies",
}
PER_CLIENT_PREFIXES = ("checkin", "custom", "measure")


@dataclass(frozen=True)
class DestroyedCounts:
    """How many records of each kind went (the audit entry holds these only)."""

    sessions: int = 0
    signed: int = 0
    addenda: int = 0
    goals: int = 0
    milestones: int = 0
    agreements: int = 0
    checkins: int = 0
    measures: int = 0
    custom_scores: int = 0
    reviews: int = 0
    drafts: int = 0

    def detail(self) -> str:
        return " ".join(f"{f.name} {getattr(self, f.name)}" for f in fields(self))

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "signed")


@dataclass(frozen=True)
class WipeResult:
    free_pages: int  # pages on the free list after VACUUM (0: none)
    wal_emptied: bool  # the write-ahead log was checkpointed and truncated


def _ids(vault: Vault, sql: str, client_id: int) -> list[int]:
    return [int(r[0]) for r in vault.query(sql, (client_id,))]


class DestructionRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _draft_keys(self, client_id: int) -> list[str]:
        by_kind = {
            "client": [client_id],
            "sessions": _ids(self.vault, "SELECT id FROM sessions WHERE client_id = ?", client_id),
            "agreement_series": _ids(
                self.vault, "SELECT DISTINCT series_id FROM agreements WHERE client_id = ?",
                client_id),
            "goals": _ids(self.vault, "SELECT id FROM goals WHERE client_id = ?", client_id),
            "milestones": _ids(self.vault, "SELECT id FROM milestones WHERE client_id = ?",
                               client_id),
            "strategies": _ids(self.vault, "SELECT s.id FROM strategies s JOIN goals g"
                                           " ON g.id = s.goal_id WHERE g.client_id = ?", client_id),
        }
        keys = [f"{prefix}:{i}" for prefix, kind in DRAFT_KEYS.items() for i in by_kind[kind]]
        for prefix in PER_CLIENT_PREFIXES:
            pattern = f"{prefix}:{client_id}:"
            keys.extend(str(r[0]) for r in self.vault.query(
                "SELECT key FROM drafts WHERE substr(key, 1, ?) = ?", (len(pattern), pattern)))
        return keys

    def destroy(self, client_id: int) -> DestroyedCounts:
        """Delete every record of the client (call inside a transaction)."""
        v = self.vault
        sessions = "(SELECT id FROM sessions WHERE client_id = ?)"
        goals = "(SELECT id FROM goals WHERE client_id = ?)"
        keys = self._draft_keys(client_id)
        v.execute("INSERT INTO destroying(client_id) VALUES (?)", (client_id,))
        drafts = 0
        for key in keys:
            drafts += v.execute("DELETE FROM drafts WHERE key = ?", (key,)).rowcount
        signed = int(v.query_one("SELECT count(*) FROM sessions WHERE client_id = ?"
                                 " AND signed_at IS NOT NULL", (client_id,))[0])

        def gone(sql: str) -> int:
            return int(v.execute(sql, (client_id,)).rowcount)

        addenda = gone(f"DELETE FROM addenda WHERE session_id IN {sessions}")
        gone(f"DELETE FROM session_goals WHERE session_id IN {sessions}")
        gone(f"DELETE FROM session_goals WHERE goal_id IN {goals}")
        for child in ("goal_ratings", "strategies", "goal_status_changes"):
            gone(f"DELETE FROM {child} WHERE goal_id IN {goals}")
        counts = DestroyedCounts(
            addenda=addenda, signed=signed, drafts=drafts,
            milestones=gone("DELETE FROM milestones WHERE client_id = ?"),
            checkins=gone("DELETE FROM checkins WHERE client_id = ?"),
            measures=gone("DELETE FROM measures WHERE client_id = ?"),
            custom_scores=gone("DELETE FROM custom_scores WHERE client_id = ?"),
            reviews=gone("DELETE FROM reviews WHERE client_id = ?"),
            agreements=gone("DELETE FROM agreements WHERE client_id = ?"),
            goals=gone("DELETE FROM goals WHERE client_id = ?"),
            sessions=gone("DELETE FROM sessions WHERE client_id = ?"),
        )
        gone("DELETE FROM client_activity WHERE client_id = ?")
        gone("DELETE FROM search_index WHERE client_id = ?")
        if gone("DELETE FROM clients WHERE id = ?") != 1:
            raise StorageBug("the client to destroy is not there")
        v.execute("DELETE FROM destroying WHERE client_id = ?", (client_id,))
        # Merge every index segment into one: deleted entries leave the index
        # only when the segments holding them are rewritten.
        v.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        return counts

    def wipe(self) -> WipeResult:
        """Zero and drop the freed space (outside any transaction)."""
        v = self.vault
        v.execute("PRAGMA secure_delete = ON")
        if int(v.query_one("PRAGMA secure_delete")[0]) != 1:
            raise StorageBug("secure_delete could not be turned on")
        v.execute("VACUUM")
        free = int(v.query_one("PRAGMA freelist_count")[0])
        mode = str(v.query_one("PRAGMA journal_mode")[0]).lower()
        if mode != "wal":
            return WipeResult(free, True)
        busy, _log, _done = v.query_one("PRAGMA wal_checkpoint(TRUNCATE)")
        return WipeResult(free, int(busy) == 0)
