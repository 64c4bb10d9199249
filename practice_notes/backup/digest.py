"""The content digest kept in a backup's manifest: row counts per table and a
SHA-256 over every row, independent of how the rows lie in the file's pages.

So that a backup, the vault it was made from and a restored copy all give the
same digest, and so that an old backup still verifies years later:

* every value goes through SQLite's ``format('%Q')`` — an SQL literal: text in
  quotes with ' doubled, integers in decimal, NULL as NULL — which has not
  changed in SQLite's history;
* REAL values are the exception: how SQLite prints a floating-point number has
  changed between its versions, so they are hashed apart, in Python, as
  ``float.hex()`` (exact). A column with TEXT affinity never holds a REAL
  (SQLite stores a number given to it as text), so only the other columns are
  watched for them;
* rows are taken in primary-key order, a few thousand at a time, and joined
  inside SQLite (``group_concat … ORDER BY``), so that two threads can hash two
  tables at once without handing the GIL to and fro for every row.

A table's digest is SHA-256 over its column names, the digest of its rows and
the digest of its REAL values; the manifest's digest is SHA-256 over each
table's name, count and digest, in name order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

MANIFEST_TABLE = "backup_manifest"
CHUNK = 2048  # rows per step of the larger tables

Connection = Any


def data_tables(con: Connection, schema: str = "main") -> list[str]:
    """The tables that hold the practice's data (not FTS internals, not the manifest)."""
    rows = con.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    fts = {name for name, sql in rows if sql and "VIRTUAL TABLE" in sql.upper()}
    out = []
    for name, _sql in rows:
        if name.startswith("sqlite_") or name == MANIFEST_TABLE or name in fts:
            continue
        if any(name.startswith(f"{v}_") for v in fts):
            continue
        out.append(name)
    return out


def _affinity(declared: str) -> str:
    """SQLite's column affinity for a declared type (its rules, in their order)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "TEXT"
    if not t or "BLOB" in t:
        return "BLOB"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "REAL"
    return "NUMERIC"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class _Plan:
    """The SQL that reads one table for its digest."""

    columns: list[str]
    row_fmt: str  # format() pattern for a row: %Q per column
    pk_fmt: str  # ... and for its primary key
    first: str  # rows, count, last key, REAL rows: the first (or only) step
    next: str | None  # ... the following steps (tables keyed by rowid only)
    reals: str | None  # the REAL values of some rows, with their keys


def _plan(con: Connection, schema: str, table: str) -> _Plan:
    info = con.execute(f"PRAGMA {schema}.table_info({_q(table)})").fetchall()
    sql = con.execute(f"SELECT sql FROM {schema}.sqlite_master WHERE name = ?",
                      (table,)).fetchone()[0] or ""
    columns = [str(r[1]) for r in info]
    pk = [str(r[1]) for r in sorted(info, key=lambda r: int(r[5])) if r[5]]
    args: list[str] = []
    watched: list[str] = []
    for _cid, name, declared, _notnull, _default, _pk in info:
        q = _q(str(name))
        if _affinity(str(declared)) == "TEXT":
            args.append(q)
        else:
            args.append(f"CASE WHEN typeof({q}) = 'real' THEN NULL ELSE {q} END")
            watched.append(q)
    keys = pk or columns
    order = ", ".join(_q(c) for c in keys)
    line = f"format(?1, {', '.join(args)}) || char(30)"
    flag = " OR ".join(f"typeof({q}) = 'real'" for q in watched) or "0"
    src = f"{schema}.{_q(table)}"
    rowid_key = (len(pk) == 1 and "WITHOUT ROWID" not in sql.upper()
                 and any(str(r[1]) == pk[0] and str(r[2]).upper() == "INTEGER" for r in info))
    reals = None
    if watched:
        reals_cols = ", ".join(f"CASE WHEN typeof({q}) = 'real' THEN {q} END" for q in watched)
        where = f"({_q(pk[0])} > ?3 OR ?3 IS NULL) AND {_q(pk[0])} <= ?4 AND " if rowid_key \
            else ""
        reals = (f"SELECT CAST(format(?2, {order}) AS BLOB), {reals_cols} FROM {src}"
                 f" WHERE {where}({flag}) ORDER BY {order}")
    if rowid_key:
        k = _q(pk[0])
        step = (f"SELECT CAST(group_concat(line, '' ORDER BY k) AS BLOB), count(*), max(k),"
                f" total(f) FROM (SELECT {k} AS k, {line} AS line, ({flag}) AS f"
                f" FROM {src} {{where}} ORDER BY {k} LIMIT {CHUNK})")
        first, nxt = step.replace("{where}", ""), step.replace("{where}", f"WHERE {k} > ?2")
    else:
        first = (f"SELECT CAST(group_concat({line}, '' ORDER BY {order}) AS BLOB), count(*),"
                 f" NULL, total({flag}) FROM {src}")
        nxt = None
    return _Plan(columns, "\x1f".join(["%Q"] * len(columns)), "\x1f".join(["%Q"] * len(keys)),
                 first, nxt, reals)


def _real_values(values: tuple[Any, ...]) -> bytes:
    return ",".join("-" if v is None else float(v).hex() for v in values).encode()


def table_digest(con: Connection, table: str, schema: str = "main") -> tuple[int, str]:
    """Row count and SHA-256 of one table (read it inside one transaction)."""
    plan = _plan(con, schema, table)
    rows_hash, reals_hash = hashlib.sha256(), hashlib.sha256()
    total = 0
    last: int | None = None
    sql = plan.first
    while True:
        params: tuple[Any, ...] = (plan.row_fmt,) if last is None else (plan.row_fmt, last)
        blob, n, chunk_last, with_reals = con.execute(sql, params).fetchone()
        if not n:
            break
        rows_hash.update(blob)
        total += n
        if with_reals and plan.reals is not None:
            params = (plan.row_fmt, plan.pk_fmt, last, chunk_last) if plan.next \
                else (plan.row_fmt, plan.pk_fmt)
            for key, *values in con.execute(plan.reals, params):
                reals_hash.update(key + b"\x1f" + _real_values(tuple(values)) + b"\x1e")
        if plan.next is None:
            break
        sql, last = plan.next, chunk_last
    head = f"{','.join(plan.columns)}\x1e{rows_hash.hexdigest()}\x1e{reals_hash.hexdigest()}"
    return total, hashlib.sha256(head.encode()).hexdigest()


def combine(per_table: dict[str, tuple[int, str]]) -> tuple[dict[str, int], str]:
    """The manifest's counts and digest from each table's count and digest."""
    h = hashlib.sha256()
    for table in sorted(per_table):
        n, digest = per_table[table]
        h.update(f"{table}\x1f{n}\x1f{digest}\x1e".encode())
    return {t: per_table[t][0] for t in sorted(per_table)}, h.hexdigest()


def counts_and_digest(con: Connection, schema: str = "main") -> tuple[dict[str, int], str]:
    """Row counts per table and the content digest (see the module's text)."""
    return combine({t: table_digest(con, t, schema) for t in data_tables(con, schema)})
