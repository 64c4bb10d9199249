"""The manifest kept inside every backup, and the content digest it checks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

MANIFEST_TABLE = "backup_manifest"
FORMAT = "practice-notes-backup"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    schema_version: int
    created_at: str  # UTC, ISO 8601
    file_name: str
    counts: dict[str, int]
    digest: str

    def to_rows(self) -> list[tuple[str, str]]:
        return [
            ("format", FORMAT),
            ("format_version", str(self.format_version)),
            ("app_version", self.app_version),
            ("schema_version", str(self.schema_version)),
            ("created_at", self.created_at),
            ("file_name", self.file_name),
            ("counts", json.dumps(self.counts, sort_keys=True)),
            ("digest", self.digest),
        ]

    @classmethod
    def from_rows(cls, rows: list[tuple[str, str]]) -> Manifest:
        values = dict(rows)
        if values.get("format") != FORMAT:
            raise ValueError("not a Practice Notes backup manifest")
        counts: Any = json.loads(values["counts"])
        return cls(
            format_version=int(values["format_version"]),
            app_version=values["app_version"],
            schema_version=int(values["schema_version"]),
            created_at=values["created_at"],
            file_name=values["file_name"],
            counts={str(k): int(v) for k, v in counts.items()},
            digest=values["digest"],
        )


def data_tables(con: Any, schema: str = "main") -> list[str]:
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


def counts_and_digest(con: Any, schema: str = "main") -> tuple[dict[str, int], str]:
    """Row counts per table and a SHA-256 over every row, in a canonical order."""
    h = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in data_tables(con, schema):
        info = con.execute(f"PRAGMA {schema}.table_info({table})").fetchall()
        cols = [r[1] for r in info]
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        select = ", ".join(f'"{c}"' for c in cols)
        order = ", ".join(f'"{c}"' for c in (pk or cols))
        n = 0
        h.update(f"\x1etable {table}\x1f{','.join(cols)}".encode())
        for row in con.execute(f'SELECT {select} FROM {schema}."{table}" ORDER BY {order}'):
            h.update(json.dumps(row, ensure_ascii=False, default=str).encode("utf-8"))
            h.update(b"\x1e")
            n += 1
        counts[table] = n
    return counts, h.hexdigest()
