"""Reading an export file as a stream: the top-level object's values whole, its
``clients`` list one client at a time, so a forty-year practice is never in
memory at once. Malformed JSON gets the same one-line message, with line and
column in the whole file, as reading it whole would give.

``check_file`` is the first of an import's two passes: it checks the whole
document (in the order ``parse_document`` does) and writes nothing.
``client_plans`` is the second: it reads the clients again, as domain records.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from practice_notes.domain.models import CatalogueEntry, Draft, PracticeSettings
from practice_notes.services.transfer_fields import Fields, ImportProblem, item
from practice_notes.services.transfer_json import DECODER, TRUSTED_DECODER
from practice_notes.services.transfer_parse import _Parser
from practice_notes.services.transfer_parse_base import DuplicateValue, FirstSeen
from practice_notes.services.transfer_schema import (
    FORMAT_VERSION,
    READ_VERSIONS,
    ROOT_FIELDS,
    ClientPlan,
    check_header,
)

CHUNK = 1 << 20  # characters read at a time
_SPACE = re.compile(r"[ \t\n\r]*")


class _Clients:
    """Marks the streamed ``clients`` list among the top-level values."""


CLIENTS = _Clients()


class JsonStream:
    """A JSON file's top-level object, read a buffer at a time. ``trusted``: the
    file was checked already (its stamp is compared by the caller): read it with
    the plain decoder."""

    def __init__(self, path: Path, trusted: bool = False) -> None:
        self._decoder = TRUSTED_DECODER if trusted else DECODER
        try:
            self._fh: IO[bytes] = Path(path).expanduser().open("rb")
        except OSError as exc:
            raise ImportProblem("$", f"the file could not be read ({exc.strerror or exc})") \
                from None
        self._decode = codecs.getincrementaldecoder("utf-8-sig")()
        self._bytes = 0
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._line = 1  # line and column of buf[0] in the whole file
        self._col = 1

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> JsonStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- buffer
    def _more(self, at_least: int = CHUNK) -> bool:
        """Append at least ``at_least`` characters (fewer at the end); False at the end."""
        if self.eof:
            return False
        text = ""
        while not text and not self.eof:  # a chunk may end inside a character
            try:
                raw = self._fh.read(max(at_least, CHUNK))
            except OSError as exc:
                raise ImportProblem(
                    "$", f"the file could not be read ({exc.strerror or exc})") from None
            try:
                text = self._decode.decode(raw, final=not raw)
            except UnicodeDecodeError as exc:
                byte = self._bytes + exc.start + 1
                raise ImportProblem("$", f"the file is not UTF-8 text (byte {byte})") from None
            self._bytes += len(raw)
            self.eof = not raw
        if not text:
            return False  # positions in the buffer stay as they were, for messages
        if self.pos > CHUNK:  # drop what has been read, keeping track of lines
            gone = self.buf[:self.pos]
            newlines = gone.count("\n")
            if newlines:
                self._line += newlines
                self._col = len(gone) - gone.rfind("\n")
            else:
                self._col += len(gone)
            self.buf, self.pos = self.buf[self.pos:], 0
        self.buf += text
        return True

    def _where(self, pos: int) -> tuple[int, int]:
        before = self.buf[:pos]
        newlines = before.count("\n")
        if newlines:
            return self._line + newlines, pos - before.rfind("\n")
        return self._line, self._col + pos

    def _fail(self, message: str, pos: int) -> ImportProblem:
        line, col = self._where(pos)
        return ImportProblem("$", f"not valid JSON: {message} at line {line} column {col}")

    def _skip(self) -> str:
        """Skip white space; the next character ("" at the end of the file)."""
        while True:
            match = _SPACE.match(self.buf, self.pos)
            assert match is not None
            self.pos = match.end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _value(self) -> Any:
        """Decode the value at ``pos``, reading more until it is whole."""
        want = CHUNK
        while True:
            try:
                value, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._more(want):
                    want *= 2
                    continue
                raise self._fail(exc.msg, exc.pos) from None
            except RecursionError:
                raise ImportProblem("$", "not valid JSON: nested too deeply") from None
            except ValueError as exc:  # NaN, Infinity, a field twice in one object
                raise ImportProblem("$", str(exc)) from None
            if end == len(self.buf) and self._more(want):  # a number may go on
                want *= 2
                continue
            self.pos = end
            return value

    def _expect(self, wanted: str, message: str) -> None:
        if self._skip() != wanted:
            raise self._fail(message, self.pos)
        self.pos += 1

    # ---------------------------------------------------------- structure
    def items(self) -> Iterator[tuple[str | None, Any]]:
        """(name, value) of each top-level field in file order; for a ``clients``
        list the value is CLIENTS, and its items come from ``clients()`` before
        the next field is read. A document that is not an object is read whole."""
        if self._skip() != "{":
            yield None, self.whole()
            return
        self.pos += 1
        names: set[str] = set()
        first = True
        while True:
            ch = self._skip()
            if first and ch == "}":
                self.pos += 1
                break
            if ch != '"':
                raise self._fail("Expecting property name enclosed in double quotes", self.pos)
            name = self._value()
            if name in names:
                raise ImportProblem("$", f"the field {name[:40]!r} appears twice in one object")
            names.add(name)
            self._expect(":", "Expecting ':' delimiter")
            if name == "clients" and self._skip() == "[":
                self.pos += 1
                yield name, CLIENTS
            else:
                self._skip()
                yield name, self._value()
            first = False
            ch = self._skip()
            self.pos += 1
            if ch == "}":
                break
            if ch != ",":
                raise self._fail("Expecting ',' delimiter", self.pos - 1)
        if self._skip():
            raise self._fail("Extra data", self.pos)

    def clients(self) -> Iterator[Any]:
        """The items of the list whose "[" was just read."""
        if self._skip() == "]":
            self.pos += 1
            return
        while True:
            self._skip()
            yield self._value()
            ch = self._skip()
            self.pos += 1
            if ch == "]":
                return
            if ch != ",":
                raise self._fail("Expecting ',' delimiter", self.pos - 1)

    def whole(self) -> Any:
        """The whole document as one value."""
        value = self._value()
        if self._skip():
            raise self._fail("Extra data", self.pos)
        return value


# ------------------------------------------------------------------ passes
@dataclass(frozen=True)
class FileCheck:
    """A checked export file: everything but its clients, and their numbers."""

    settings: PracticeSettings
    milestone_kinds: tuple[CatalogueEntry, ...]
    agreement_topics: tuple[CatalogueEntry, ...]
    drafts: tuple[Draft, ...]
    head: dict[str, Any]  # the document without its clients
    clients: int
    sessions: int
    records: int
    stamp: tuple[int, int] = (0, 0)  # the file's size and modification time when checked


def client_records(plan: ClientPlan) -> int:
    """The records one client makes (as ``Plan.record_count`` counts them)."""
    n = 1 + len(plan.sessions) + len(plan.milestones) + len(plan.agreements)
    n += len(plan.checkins) + len(plan.measures) + len(plan.custom_scores) + len(plan.reviews)
    n += sum(len(s.addenda) for s in plan.sessions)
    n += sum(1 + len(g.history) + len(g.ratings) + len(g.strategies) for g in plan.goals)
    return n


def _read(path: Path, on_client: Callable[[Any, int], None],
          head: dict[str, Any]) -> Any:
    """Read the file: its top-level fields into ``head`` as they come (an empty list
    for the clients), each client to ``on_client``. Returns ``head``, or the whole
    document when it is not an object."""
    with JsonStream(path) as stream:
        for name, value in stream.items():
            if name is None:
                return value
            if value is CLIENTS:
                head[name] = []
                for index, client in enumerate(stream.clients()):
                    on_client(client, index)
            else:
                head[name] = value
    return head


@dataclass
class _Tally:
    clients: int = 0
    sessions: int = 0
    records: int = 0
    checking: bool = False
    version: int | None = None  # the version the clients were checked as
    problem: ImportProblem | None = None


def _version(head: dict[str, Any], client: Any) -> int:
    """The document's version as far as read: the header's if it came first, else
    the first client's shape (checked against the header after the pass)."""
    version = head.get("version")
    if version in READ_VERSIONS and not isinstance(version, bool):
        return int(version)
    if isinstance(client, dict) and "other_names" not in client:
        return 1
    return FORMAT_VERSION


def check_file(path: Path) -> FileCheck:
    """Pass one: check the whole file, a client at a time; ImportProblem at the
    first bad field (the same one ``parse_document`` names)."""
    stamp = file_stamp(path)
    parser = _Parser()
    tally = _Tally()
    head: dict[str, Any] = {}

    def check(client: Any, index: int) -> None:
        if index == 0:  # catalogues first, as every export has them: check as we go
            tally.checking = tally.checking or _catalogues(parser, head)
            if tally.version is None:
                tally.version = parser.version = _version(head, client)
        tally.clients += 1
        if tally.problem is not None or not tally.checking:
            return
        try:
            plan = parser.client(Fields(client, item("clients", index), parser.client_fields))
        except ImportProblem as exc:
            tally.problem = exc
            return
        tally.sessions += len(plan.sessions)
        tally.records += client_records(plan)

    doc = _read(path, check, head)
    version = check_header(doc)
    f = Fields(doc, "$", ROOT_FIELDS)
    checked = _Parser(version=version)
    try:
        settings, kinds, topics = checked.header(f)  # problems here come first
        f.array("clients")
        # Again if the clients came before the catalogues, or were read as another
        # version.
        if tally.clients and (not tally.checking or tally.version != version):
            parser, tally = checked, _Tally(checking=True, version=version)
            _read(path, check, {})
        if tally.problem is not None:
            raise tally.problem
        drafts = parser.drafts(f)
    except DuplicateValue as dup:
        raise dup.placed(_first_place(path, version, dup)) from None
    return FileCheck(settings, kinds, topics, drafts, head, tally.clients, tally.sessions,
                     tally.records + len(drafts), stamp)


def _first_place(path: Path, version: int, dup: DuplicateValue) -> str | None:
    """Where the duplicate value was first seen: the file read again in
    ``parse_document``'s order (header, clients, drafts) up to that place."""
    head = _read(path, lambda _client, _index: None, {})
    finder = _Parser(version=version)
    finder.finding = (dup.what, dup.value)
    f = Fields(head, "$", ROOT_FIELDS)

    def find(client: Any, index: int) -> None:
        finder.client(Fields(client, item("clients", index), finder.client_fields))

    try:
        finder.header(f)
        _read(path, find, {})
        finder.drafts(f)
    except FirstSeen as first:
        return first.path
    return None


def _catalogues(parser: _Parser, head: dict[str, Any]) -> bool:
    """Read the catalogues into ``parser`` if they came before the clients and are
    sound (if not, the full check after the pass names the problem)."""
    if "catalogues" not in head:
        return False
    try:
        parser.catalogues(Fields({"catalogues": head["catalogues"]}, "$", ("catalogues",)))
    except ImportProblem:
        return False
    return True


def file_stamp(path: Path) -> tuple[int, int]:
    try:
        st = Path(path).stat()
    except OSError as exc:
        raise ImportProblem("$", f"the file could not be read ({exc.strerror or exc})") \
            from None
    return st.st_size, st.st_mtime_ns


CHANGED = "the file changed after it was checked; import it again"


def client_plans(path: Path, check: FileCheck) -> Iterator[ClientPlan]:
    """Pass two: the clients of a checked file as domain records, in order (read
    without checking them again: ``check`` is the check of this file). A file
    that changed since its check is refused (ImportProblem), before or after."""
    if file_stamp(path) != check.stamp:
        raise ImportProblem("$", CHANGED)
    parser = _Parser(trusted=True, version=check.head["version"])
    parser.header(Fields(check.head, "$", ROOT_FIELDS))
    count = 0
    with JsonStream(path, trusted=True) as stream:
        for _name, value in stream.items():
            if value is CLIENTS:
                for index, client in enumerate(stream.clients()):
                    try:
                        plan = parser.client(
                            Fields(client, item("clients", index), parser.client_fields))
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise ImportProblem("$", CHANGED) from None
                    count += 1
                    yield plan
    if count != check.clients or file_stamp(path) != check.stamp:
        raise ImportProblem("$", CHANGED)
