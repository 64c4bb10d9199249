"""What JSON an export may hold, as the readers decode it: finite numbers only
(no NaN or Infinity: SQLite's JSON has none) and no field twice in one object.
``TRUSTED_DECODER`` reads a file checked already (an import's second pass)."""

from __future__ import annotations

import json
from typing import Any


def no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in an export")


def no_duplicate_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # rare: find the name for the message
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the field {key[:40]!r} appears twice in one object")
            seen.add(key)
    return out


DECODER = json.JSONDecoder(parse_constant=no_constants, object_pairs_hook=no_duplicate_fields)
#: For a file checked already (an import's second pass): no Python call per object.
TRUSTED_DECODER = json.JSONDecoder()
