"""Reading a backup without writing to it, and checking all of it in parallel.

The checks are SQLCipher's HMAC check of every page, SQLite's integrity check of
every table and its indexes, and each data table's count and digest. They are
shared out, table by table, between two threads with a connection each (the
work is in C, outside the GIL). A table's integrity check reads its pages into
that connection's cache, so its digest right after costs no second decryption.
"""

from __future__ import annotations

import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import sqlcipher3

from practice_notes.backup.digest import data_tables, table_digest
from practice_notes.vault import cipher

CIPHER_CHECK = ""  # the work item for PRAGMA cipher_integrity_check (no table has this name)
CACHE_KIB = 64 * 1024  # per connection, while checking: one big table's pages stay decrypted

Connection = Any


def open_ro(path: Path, key: bytes) -> Connection:
    """A read-only connection keyed with the raw key. ``immutable``: no locks and
    no -journal, -wal or -shm files, ever (the backup may be on read-only media)."""
    cipher.silence_sqlcipher_logging()
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    con = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    con.execute(cipher.raw_key_pragma(key))
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA query_only = ON")
    return con


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def every_page_in_a_tree(con: Connection, size: int) -> bool:
    """Whether every page of the file belongs to a table or an index: no free
    pages, no pointer-map pages, nothing past the last page. Then checking every
    table and index reads — and so decrypts and authenticates — every page, and
    SQLCipher's own page check would read the whole file a second time for
    nothing. A backup as written (a fresh export) is always like this."""
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    free = int(con.execute("PRAGMA freelist_count").fetchone()[0])
    vacuum = int(con.execute("PRAGMA auto_vacuum").fetchone()[0])
    return free == 0 and vacuum == 0 and pages * cipher.PAGE_SIZE == size


def work_items(con: Connection, counts: dict[str, int], cipher_check: bool = True) -> list[str]:
    """Everything to check, the biggest first (for an even share between threads).

    SQLite checks table by table: a whole-file ``PRAGMA integrity_check`` would
    also re-tokenise every note to cross-check the full-text index, which costs
    more than everything else together; the index's own tables are checked here
    like any other. The cipher check of every page is added when some page may
    lie outside every table and index (see ``every_page_in_a_tree``).
    """
    tables = [str(r[0]) for r in con.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 ORDER BY name"
    ).fetchall()]
    biggest = max(counts.values(), default=0)
    # Tables without a count (the full-text index's) mirror the notes: count them as big.
    by_size = sorted(tables, key=lambda t: -counts.get(t, biggest))
    return [*([CIPHER_CHECK] if cipher_check else []), *by_size, "sqlite_schema"]


class _Checker:
    def __init__(self, path: Path, key: bytes, items: list[str], digest_tables: set[str]):
        self.path = path
        self.key = key
        self.digest_tables = digest_tables
        self.work: queue.SimpleQueue[str] = queue.SimpleQueue()
        for item in items:
            self.work.put(item)
        self.failed = threading.Event()

    def run(self, con: Connection | None = None) -> tuple[list[str], dict[str, tuple[int, str]]]:
        """Take work items until none are left; one connection per thread."""
        own = con is None
        con = open_ro(self.path, self.key) if con is None else con
        problems: list[str] = []
        digests: dict[str, tuple[int, str]] = {}
        try:
            con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            con.execute("BEGIN")
            while not self.failed.is_set():
                try:
                    item = self.work.get_nowait()
                except queue.Empty:
                    break
                if item == CIPHER_CHECK:
                    rows = con.execute("PRAGMA cipher_integrity_check").fetchall()
                    problems += [str(r[0]) for r in rows]
                    continue
                rows = con.execute(f"PRAGMA integrity_check({_quoted(item)})").fetchall()
                problems += [str(r[0]) for r in rows if r[0] != "ok"]
                if item in self.digest_tables:
                    digests[item] = table_digest(con, item)
            con.execute("COMMIT")
        except BaseException:
            self.failed.set()
            raise
        finally:
            if own:
                con.close()
        return problems, digests


def check_all(path: Path, key: bytes, con: Connection,
              counts: dict[str, int]) -> tuple[list[str], dict[str, tuple[int, str]]]:
    """Run every check on ``path`` (``con`` is an open read-only connection to it,
    used by this thread), in one read of each page where the file allows it.
    Returns the problems found and each data table's (count, digest). Raises
    ``sqlcipher3.DatabaseError`` if a page cannot be read."""
    whole = not every_page_in_a_tree(con, path.stat().st_size)
    items = work_items(con, counts, cipher_check=whole)
    checker = _Checker(path, key, items, set(data_tables(con)))
    if (os.cpu_count() or 1) < 2:
        return checker.run(con)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
        other = pool.submit(checker.run)
        try:
            problems, digests = checker.run(con)
        except BaseException:
            checker.failed.set()
            other.exception()  # let the other thread stop before going on
            raise
        more, more_digests = other.result()
    return problems + more, {**digests, **more_digests}
