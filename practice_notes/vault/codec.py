"""Conversions between domain values and what SQLite stores (ISO text, JSON)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any


def d2s(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def s2d_req(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def t2s(value: dt.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


def s2t(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def s2t_req(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_json(value: str) -> Any:
    return json.loads(value)


def now_local() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def now_utc_text() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
