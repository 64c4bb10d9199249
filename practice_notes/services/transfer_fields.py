"""Reading the fields of an export document, each with the path that names it.

``Fields`` wraps one JSON object: it refuses unknown and missing fields, and its
readers check one field's type and form, raising ``ImportProblem`` with the
field's full path (``clients[2].sessions[0].starts_at``; ``$`` is the root).
Messages never repeat free text from the document, only short codes and keys.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.rules import MAX_TEXT
from practice_notes.vault.errors import VaultError

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x01-\x08\x0b-\x1f\x7f-\x9f]")

#: Ids are whole numbers that any JSON reader holds exactly (JavaScript's safe range).
#: Fields added without a new format version: every export since writes them;
#: an older export without them still imports (see transfer_schema).
OPTIONAL_FIELDS = frozenset({
    "discharged_on", "born_on", "retention_years_after_discharge",
    "retention_years_after_majority", "review_interval_months",
})
MAX_ID = 2**53 - 1
#: Plain whole-number fields (minutes, positions, scores) stay well inside 32 bits.
MAX_INT = 2**31 - 1

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")

E = TypeVar("E", bound=StrEnum)


class ImportProblem(VaultError):
    """A document that cannot be imported. ``str()`` is ``"<path>: <problem>"``."""

    next_step = "none"

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = " ".join(problem.split())  # always one line
        super().__init__(f"{path}: {self.problem}")


def at(path: str, name: str) -> str:
    """The path of field ``name`` inside the object at ``path``."""
    return name if path == "$" else f"{path}.{name}"


def item(path: str, index: int) -> str:
    return f"{path}[{index}]"


def kind_of(value: object) -> str:
    """What a JSON value is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def short(value: object) -> str:
    """A short, one-line rendering of a code or key for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_json_value(value: object, path: str) -> None:
    """Any JSON value, but only finite numbers (SQLite's JSON has no NaN)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ImportProblem(path, "numbers must be finite")
    if isinstance(value, dict):
        for key, sub in value.items():
            check_json_value(sub, at(path, str(key)))
    elif isinstance(value, list):
        for n, sub in enumerate(value):
            check_json_value(sub, item(path, n))
    elif value is not None and not isinstance(value, bool | int | float | str):
        raise ImportProblem(path, f"must be a JSON value, not {kind_of(value)}")


def check_text(value: object, path: str, *, required: bool = False, one_line: bool = False,
               limit: int = MAX_TEXT) -> str:
    """One text value of the document, at ``path``."""
    if not isinstance(value, str):
        raise ImportProblem(path, f"must be text, not {kind_of(value)}")
    # SQLite's CHECK (length(trim(x)) > 0) counts up to the first NUL character.
    if required and (not value.strip() or value.lstrip(" ").startswith("\x00")):
        raise ImportProblem(path, "cannot be empty")
    if one_line and ("\n" in value or "\r" in value):
        raise ImportProblem(path, "must be on one line")
    if _SURROGATE.search(value):
        raise ImportProblem(path, "is not valid Unicode text (a lone surrogate)")
    if one_line and (m := _CONTROL.search(value)):
        raise ImportProblem(path, f"contains a control character (U+{ord(m.group()):04X})")
    if len(value) > limit:
        raise ImportProblem(path, f"is too long (at most {limit:,} characters)")
    return value


_NAME_SETS: dict[tuple[str, ...], frozenset[str]] = {}
_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {}


def _name_set(names: Sequence[str]) -> frozenset[str]:
    key = tuple(names)
    found = _NAME_SETS.get(key)
    if found is None:
        found = _NAME_SETS[key] = frozenset(key)
    return found


def _members(cls: type[StrEnum]) -> dict[str, StrEnum]:
    found = _MEMBERS.get(cls)
    if found is None:
        found = _MEMBERS[cls] = {str(e.value): e for e in cls}
    return found


class Fields:
    """One JSON object of the document with exactly the fields ``names``."""

    def __init__(self, value: object, path: str, names: Sequence[str]) -> None:
        if not isinstance(value, dict):
            raise ImportProblem(path, f"must be an object, not {kind_of(value)}")
        if value.keys() != _name_set(names):  # the usual case costs one set comparison
            for key in sorted(value, key=str):
                if key not in names:
                    raise ImportProblem(at(path, str(key)), "unknown field")
            for name in names:
                if name not in value and name not in OPTIONAL_FIELDS:
                    raise ImportProblem(at(path, name), "required field is missing")
        self.value: dict[str, Any] = value
        self.path = path

    def at(self, name: str) -> str:
        return at(self.path, name)

    def problem(self, name: str, message: str) -> ImportProblem:
        return ImportProblem(self.at(name), message)

    # ------------------------------------------------------------------ text
    def text(self, name: str, *, required: bool = False, one_line: bool = False,
             limit: int = MAX_TEXT) -> str:
        return check_text(self.value[name], self.at(name), required=required,
                          one_line=one_line, limit=limit)

    def texts(self, name: str, *, one_line: bool = False,
              limit: int = MAX_TEXT) -> tuple[str, ...]:
        """A list of text, each item checked as ``text`` checks a field."""
        return tuple(check_text(v, path, one_line=one_line, limit=limit)
                     for path, v in self.array(name))

    # --------------------------------------------------------------- numbers
    def integer(self, name: str, low: int = -MAX_INT, high: int = MAX_INT) -> int:
        value = self.value[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.problem(name, f"must be a whole number, not {kind_of(value)}")
        if not low <= value <= high:
            raise self.problem(name, f"must be a whole number from {low} to {high}")
        return value

    def number(self, name: str) -> float:
        value = self.value[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.problem(name, f"must be a number, not {kind_of(value)}")
        number = float(value)
        if not math.isfinite(number):
            raise self.problem(name, "must be a finite number")
        return number

    def boolean(self, name: str) -> bool:
        value = self.value[name]
        if not isinstance(value, bool):
            raise self.problem(name, f"must be true or false, not {kind_of(value)}")
        return value

    def ident(self, name: str) -> int:
        return self.integer(name, 1, MAX_ID)

    def opt_ident(self, name: str) -> int | None:
        return None if self.value[name] is None else self.ident(name)

    # ------------------------------------------------------------ vocabulary
    def enum(self, name: str, cls: type[E]) -> E:
        value = self.value[name]
        members = _members(cls)
        if isinstance(value, str) and value in members:
            return members[value]  # type: ignore[return-value]
        allowed = [e.value for e in cls]
        raise self.problem(name, f"must be one of {', '.join(allowed)}; got {short(value)}")

    # ----------------------------------------------------------------- dates
    def date(self, name: str) -> dt.date:
        value = self.value[name]
        if isinstance(value, str) and _DATE_RE.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.problem(name, f"must be a date YYYY-MM-DD; got {short(value)}")

    def opt_date(self, name: str, optional: bool = False) -> dt.date | None:
        """``optional``: the field may be missing (one of ``OPTIONAL_FIELDS``)."""
        if optional and name not in self.value:
            return None
        return None if self.value[name] is None else self.date(name)

    def opt_integer(self, name: str, default: int) -> int:
        """A whole number from ``OPTIONAL_FIELDS``: ``default`` when missing."""
        return self.integer(name) if name in self.value else default

    def datetime(self, name: str) -> dt.datetime:
        value = self.value[name]
        if isinstance(value, str) and _DATETIME_RE.match(value):
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        raise self.problem(
            name, f"must be a date and time YYYY-MM-DDTHH:MM:SS; got {short(value)}"
        )

    def opt_datetime(self, name: str) -> dt.datetime | None:
        return None if self.value[name] is None else self.datetime(name)

    # ------------------------------------------------------------ structures
    def array(self, name: str) -> Iterator[tuple[str, object]]:
        """The list's items, each with its path."""
        value = self.value[name]
        if not isinstance(value, list):
            raise self.problem(name, f"must be a list, not {kind_of(value)}")
        path = self.at(name)
        return ((item(path, n), v) for n, v in enumerate(value))

    def obj(self, name: str, names: Sequence[str]) -> Fields:
        return Fields(self.value[name], self.at(name), names)

    def mapping(self, name: str) -> dict[str, Any]:
        """A free-form JSON object (only finite numbers)."""
        value = self.value[name]
        if not isinstance(value, dict):
            raise self.problem(name, f"must be an object, not {kind_of(value)}")
        check_json_value(value, self.at(name))
        return dict(value)

    # ----------------------------------------------------------------- rules
    def rule(self, check: Callable[..., object], *args: object) -> None:
        """Run a domain rule on ``args``; its ValidationError becomes an ImportProblem
        at the field it names (document fields are named as the dataclass fields)."""
        try:
            check(*args)
        except ValidationError as exc:
            where = self.at(exc.field) if exc.field else self.path
            raise ImportProblem(where, str(exc)) from None


class TrustedFields(Fields):
    """The same readers for a document checked already (an import's second pass):
    values are taken as they are, and rules are not run again."""

    def __init__(self, value: object, path: str, names: Sequence[str]) -> None:
        self.value = value  # type: ignore[assignment]
        self.path = path

    def text(self, name: str, *, required: bool = False, one_line: bool = False,
             limit: int = MAX_TEXT) -> str:
        return self.value[name]  # type: ignore[no-any-return]

    def texts(self, name: str, *, one_line: bool = False,
              limit: int = MAX_TEXT) -> tuple[str, ...]:
        return tuple(self.value[name])

    def integer(self, name: str, low: int = -MAX_INT, high: int = MAX_INT) -> int:
        return self.value[name]  # type: ignore[no-any-return]

    def number(self, name: str) -> float:
        return float(self.value[name])

    def boolean(self, name: str) -> bool:
        return self.value[name]  # type: ignore[no-any-return]

    def ident(self, name: str) -> int:
        return self.value[name]  # type: ignore[no-any-return]

    def opt_ident(self, name: str) -> int | None:
        return self.value[name]  # type: ignore[no-any-return]

    def enum(self, name: str, cls: type[E]) -> E:
        return _members(cls)[self.value[name]]  # type: ignore[return-value]

    def date(self, name: str) -> dt.date:
        return dt.date.fromisoformat(self.value[name])

    def opt_date(self, name: str, optional: bool = False) -> dt.date | None:
        value = self.value.get(name) if optional else self.value[name]
        return None if value is None else dt.date.fromisoformat(value)

    def opt_integer(self, name: str, default: int) -> int:
        return self.value.get(name, default)  # type: ignore[no-any-return]

    def datetime(self, name: str) -> dt.datetime:
        return dt.datetime.fromisoformat(self.value[name])

    def opt_datetime(self, name: str) -> dt.datetime | None:
        value = self.value[name]
        return None if value is None else dt.datetime.fromisoformat(value)

    def array(self, name: str) -> Iterator[tuple[str, object]]:
        return (("", v) for v in self.value[name])  # paths only name problems

    def mapping(self, name: str) -> dict[str, Any]:
        return dict(self.value[name])

    def rule(self, check: Callable[..., object], *args: object) -> None:
        return
