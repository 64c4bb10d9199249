"""Which sessions count, and the per-client activity the client list reads.

An unsigned session without note text is a draft nobody has written yet: it is
left out of every count (Overview, summaries, the client list) and of search.
From schema v8 the ``client_activity`` triggers count only sessions that count,
so the client list stays one row per client however many drafts there are.
"""

from __future__ import annotations


def empty_unsigned(table: str = "sessions") -> str:
    """SQL true for an unsigned session without note text (``Session.counts`` is
    false). ``table`` is the row's name: a table, an alias, ``OLD`` or ``NEW``."""
    return (f"({table}.signed_at IS NULL AND NOT EXISTS (SELECT 1 FROM"
            f" json_each({table}.note_fields) WHERE trim(json_each.value) <> ''))")


def _recount(client: str) -> str:
    return (
        "INSERT OR REPLACE INTO client_activity(client_id, sessions, last_starts_at)"
        f" SELECT {client}, count(*), max(starts_at) FROM sessions"
        f" WHERE client_id = {client} AND NOT {empty_unsigned()};"
    )


#: The schema version from which client_activity counts only sessions that count.
ACTIVITY_COUNTS_VERSION = 8


def v8() -> list[str]:
    """client_activity counts and dates only sessions that count; an update of the
    note text or the signature recounts only when it changes whether one counts
    (an autosave of a note already counted costs nothing more)."""
    changed = (
        "OLD.client_id IS NOT NEW.client_id OR OLD.starts_at IS NOT NEW.starts_at"
        f" OR {empty_unsigned('OLD')} <> {empty_unsigned('NEW')}"
    )
    return [
        "DROP TRIGGER sessions_activity_ai",
        "DROP TRIGGER sessions_activity_ad",
        "DROP TRIGGER sessions_activity_au",
        "DELETE FROM client_activity",
        "INSERT INTO client_activity(client_id, sessions, last_starts_at)"
        " SELECT client_id, count(*), max(starts_at) FROM sessions"
        f" WHERE NOT {empty_unsigned()} GROUP BY client_id",
        f"CREATE TRIGGER sessions_activity_ai AFTER INSERT ON sessions"
        f" WHEN NOT {empty_unsigned('NEW')} BEGIN"
        " INSERT INTO client_activity(client_id, sessions, last_starts_at)"
        " VALUES (NEW.client_id, 1, NEW.starts_at) ON CONFLICT(client_id) DO UPDATE SET"
        " sessions = sessions + 1,"
        " last_starts_at = max(coalesce(last_starts_at, ''), excluded.last_starts_at);"
        " END",
        f"CREATE TRIGGER sessions_activity_ad AFTER DELETE ON sessions"
        f" WHEN NOT {empty_unsigned('OLD')} BEGIN {_recount('OLD.client_id')} END",
        "CREATE TRIGGER sessions_activity_au AFTER UPDATE OF client_id, starts_at,"
        f" note_fields, signed_at ON sessions WHEN {changed} BEGIN"
        f" {_recount('OLD.client_id')} {_recount('NEW.client_id')} END",
    ]
