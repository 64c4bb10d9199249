"""What the app's import is compared with: the same rows inserted raw. Shared by
``run_all.py`` and the CI guard (``tests/unit/test_perf_guard.py``); ``clock``
is wall time for the benchmarks, the process's CPU time for the guard (a busy
neighbour slows the wall clock, not this process's own work)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from practice_notes.services import transfer
from practice_notes.services.unlock import create_practice
from practice_notes.vault.database import Vault

#: Tables in an order their references allow.
ORDER = ["clients", "goals", "sessions", "session_goals", "addenda", "goal_status_changes",
         "goal_ratings", "strategies", "milestones", "agreements", "checkins", "measures",
         "custom_scores", "reviews", "drafts"]

Clock = Callable[[], float]


def raw_inserts(source: Path, target: Path, passphrase: str,
                clock: Clock = time.perf_counter) -> float:
    """Milliseconds to insert the same rows, read from the vault, with
    ``executemany`` into a new vault with the app's schema and triggers (the
    search index among them): no JSON, no checking. Signed notes are signed after
    their goals are linked, as an import does."""
    src = Vault.open(source, passphrase)
    dst = create_practice(target, passphrase)
    try:
        start = clock()
        with dst.vault.transaction():
            for table in ORDER:
                cols = [str(r[1]) for r in src.query(f"PRAGMA table_info({table})")]
                picked = ", ".join("NULL" if (table, c) == ("sessions", "signed_at") else c
                                   for c in cols)
                rows = src.execute(f"SELECT {picked} FROM {table}")
                marks = ", ".join("?" * len(cols))
                dst.vault.executemany(
                    f"INSERT INTO {table}({', '.join(cols)}) VALUES ({marks})", rows)
                if table == "session_goals":  # then sign, as an import does
                    dst.vault.executemany(
                        "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
                        src.execute("SELECT signed_at, signed_by, id FROM sessions"
                                    " WHERE signed_at IS NOT NULL"))
        return (clock() - start) * 1000.0
    finally:
        src.close()
        dst.vault.close()


def app_import(export: Path, target: Path, passphrase: str,
               clock: Clock = time.perf_counter) -> float:
    """Milliseconds for the app's import of ``export`` (check, then write) into a
    new vault."""
    practice = create_practice(target, passphrase)
    try:
        start = clock()
        transfer.import_file(practice, export)
        return (clock() - start) * 1000.0
    finally:
        practice.vault.close()
