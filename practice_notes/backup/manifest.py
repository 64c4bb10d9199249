"""The manifest kept inside every backup (its digest: see ``digest.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from practice_notes.backup.digest import MANIFEST_TABLE

__all__ = ["FORMAT", "FORMAT_VERSION", "MANIFEST_TABLE", "Manifest"]

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
    chain_head: str = ""  # the vault's newest audit entry, "id:hash" (an outside anchor)

    def to_rows(self) -> list[tuple[str, str]]:
        head = [("chain_head", self.chain_head)] if self.chain_head else []
        return head + [
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
            chain_head=values.get("chain_head", ""),
        )
