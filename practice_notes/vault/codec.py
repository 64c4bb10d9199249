"""Conversions between domain values and what SQLite stores (ISO text, JSON)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

T = TypeVar("T")


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


def read_back(cls: type[T], **values: Any) -> T:
    """An instance of the frozen dataclass ``cls`` from values read back from the
    vault, which were checked when they were written: every field, by name.

    A frozen dataclass's own ``__init__`` sets each field through
    ``object.__setattr__``: 2.5 µs for a Client, 5 ms of every unlock at 2,000
    clients. Only for whole rows built in one place (tested there against the
    normal constructor, so that a new field cannot be missed)."""
    obj: T = object.__new__(cls)
    obj.__dict__.update(values)
    return obj
