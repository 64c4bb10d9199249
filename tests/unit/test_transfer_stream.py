"""Export and import as streams: the file's bytes are those of the whole-document
path, an import reads the file a client at a time in two passes (check, then
write), and a streamed check names the same first bad field as the whole one."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from practice_notes.services import transfer, transfer_stream
from practice_notes.services.practice import Practice
from practice_notes.services.transfer import (
    ImportProblem,
    check_import_file,
    dump_json,
    export_document,
    import_file,
    load_json_file,
    validate_document,
    write_export,
)
from practice_notes.services.transfer_parse_base import Seen
from tests.unit.test_transfer_refusals import BAD_CASES
from tests.unit.transfer_kit import build_practice, new_practice, table_counts

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Practice]:
    p = new_practice(tmp_path_factory.mktemp("source") / "source.vault")
    build_practice(p)
    try:
        yield p
    finally:
        p.vault.close()


@pytest.fixture(scope="module")
def exported(source: Practice) -> str:
    return dump_json(export_document(source))


@pytest.fixture(params=[transfer_stream.CHUNK, 7], ids=["1MiB", "7chars"])
def chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Buffers of the usual size, and tiny ones: every value crosses a boundary."""
    monkeypatch.setattr(transfer_stream, "CHUNK", request.param)
    return int(request.param)


def test_streamed_export_is_byte_identical(source: Practice, exported: str,
                                           tmp_path: Path, chunk: int) -> None:
    out = tmp_path / "export.json"
    write_export(source, out)
    assert out.read_bytes() == exported.encode("utf-8")
    last = source.audit.entries()[-1]
    doc = json.loads(exported)
    sessions = sum(len(c["sessions"]) for c in doc["clients"])
    assert last.action == "export"
    assert f"clients {len(doc['clients'])} sessions {sessions} " in last.detail


def test_import_file_round_trip(exported: str, tmp_path: Path, chunk: int) -> None:
    path = tmp_path / "in.json"
    path.write_text(exported, encoding="utf-8")
    check = check_import_file(path)
    p = new_practice(tmp_path / "new.vault")
    try:
        summary = import_file(p, path, check)
        assert (summary.clients, summary.sessions, summary.records) == (
            check.clients, check.sessions, check.records)
        assert dump_json(export_document(p)) == exported
    finally:
        p.vault.close()


def test_import_file_in_small_batches(exported: str, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer, "BATCH_SESSIONS", 1)
    path = tmp_path / "in.json"
    path.write_text(exported, encoding="utf-8")
    p = new_practice(tmp_path / "new.vault")
    try:
        import_file(p, path)
        assert dump_json(export_document(p)) == exported
    finally:
        p.vault.close()


def test_any_field_order_and_spacing(exported: str, tmp_path: Path, chunk: int) -> None:
    """A hand-made file with the clients before the catalogues, other spacing and
    a byte-order mark still imports (an extra pass checks the clients)."""
    doc = json.loads(exported)
    reordered = {"clients": doc.pop("clients"), **doc}
    path = tmp_path / "in.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(reordered, separators=(",", ":")).encode())
    p = new_practice(tmp_path / "new.vault")
    try:
        import_file(p, path)
        assert dump_json(export_document(p)) == exported
    finally:
        p.vault.close()


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in BAD_CASES],
                         ids=[c[0] for c in BAD_CASES])
def test_streamed_check_names_the_same_field(
    exported: str, tmp_path: Path, mutate: Callable[[Doc], None], expected: str
) -> None:
    doc = json.loads(exported)
    mutate(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    with pytest.raises(ImportProblem) as whole:
        validate_document(load_json_file(path))  # NaN in a file: refused as it is read
    with pytest.raises(ImportProblem) as streamed:
        check_import_file(path)
    assert str(streamed.value) == str(whole.value)


def test_bad_file_writes_nothing(exported: str, tmp_path: Path) -> None:
    doc = json.loads(exported)
    doc["clients"][-1]["sessions"][-1]["starts_at"] = "yesterday"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    p = new_practice(tmp_path / "new.vault")
    try:
        before = table_counts(p)
        with pytest.raises(ImportProblem):
            import_file(p, path)
        assert table_counts(p) == before
    finally:
        p.vault.close()


@pytest.mark.parametrize(("text", "words"), [
    # Python 3.13 reports a trailing comma where the comma is, older ones where
    # the bracket is: the place is checked against json.loads below.
    ('{\n  "a": 1,\n  "b": [1, 2,\n  ]\n}', "line "),
    ('{\n  "a": 1\n  "b": 2\n}', "Expecting ',' delimiter at line 3 column 3"),
    ('{\n  "clients": [\n    {"x": 1}\n    {"y": 2}\n  ]\n}', "line 4 column 5"),
    ('{"a": 1} x', "Extra data at line 1 column 10"),
    ('{"a": 1, "a": 2}', "appears twice"),
    ('{"clients": [{"a": 1, "a": 2}]}', "appears twice"),
    ('{"a": [Infinity]}', "Infinity"),
    ('{"a": ' + "[" * 100_000, "nested too deeply"),
    ('{"a": "\n"}', "Invalid control character"),
])
def test_json_errors_match_reading_whole(tmp_path: Path, text: str, words: str,
                                         chunk: int) -> None:
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        check_import_file(path)
    message = str(caught.value)
    assert caught.value.path == "$" and words in message and "\n" not in message
    if "line" in words:
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            assert f"line {exc.lineno} column {exc.colno}" in message


def test_not_utf8_names_the_byte(tmp_path: Path, chunk: int) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b'{"a": "' + b"x" * 20 + b'\xff"}')
    with pytest.raises(ImportProblem, match="not UTF-8 text \\(byte 28\\)"):
        check_import_file(path)


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_characters_split_between_reads(exported: str, tmp_path: Path, size: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Reads of a few bytes end inside multi-byte characters (the export has many)."""
    monkeypatch.setattr(transfer_stream, "CHUNK", size)
    path = tmp_path / "in.json"
    path.write_text(exported, encoding="utf-8")
    assert load_json_file(path) == json.loads(exported)


def test_a_file_changed_after_its_check_is_refused(exported: str, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(exported, encoding="utf-8")
    check = check_import_file(path)
    doc = json.loads(exported)
    doc["clients"][0]["sessions"][0]["starts_at"] = "not a date"  # unchecked now
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    p = new_practice(tmp_path / "new.vault")
    try:
        before = table_counts(p)
        with pytest.raises(ImportProblem, match="changed after it was checked"):
            import_file(p, path, check)
        assert table_counts(p) == before
    finally:
        p.vault.close()


# ---------------------------------------------- duplicates: the first place
DUPLICATES = [c for c in BAD_CASES if c[0].endswith("twice")]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in DUPLICATES],
                         ids=[c[0] for c in DUPLICATES])
def test_a_duplicate_names_where_it_was_first_seen(
    exported: str, tmp_path: Path, mutate: Callable[[Doc], None], expected: str
) -> None:
    """Only the values are kept while checking; the first place is found by
    reading again, in the file and in a whole document alike."""
    doc = json.loads(exported)
    mutate(doc)
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportProblem) as streamed:
        check_import_file(path)
    with pytest.raises(ImportProblem) as whole:
        validate_document(doc)
    assert str(streamed.value) == str(whole.value)
    assert " (first at " in str(streamed.value), str(streamed.value)


def test_a_session_id_repeated_in_another_client(exported: str, tmp_path: Path) -> None:
    doc = json.loads(exported)
    first, later = doc["clients"][0], doc["clients"][-1]
    taken = first["sessions"][-1]["id"]
    later["sessions"][0]["id"] = taken
    last = len(doc["clients"]) - 1
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        check_import_file(path)
    assert str(caught.value) == (
        f"clients[{last}].sessions[0].id: duplicate session id {taken} "
        f"(first at clients[0].sessions[{len(first['sessions']) - 1}].id)")


def test_seen_keeps_ids_as_bits_and_the_rest_in_a_set() -> None:
    seen = Seen()
    for value in (1, 8, 9, 500_000, 0):
        assert seen.add(value)
        assert not seen.add(value)
    assert len(seen.bits) < 200_000 and not seen.other  # half a million ids: 62 KiB
    for value in (Seen.BITS, 2**53 - 1, -1, "C-0001", (3, 1), True):
        assert seen.add(value)
        assert not seen.add(value)
    assert not seen.add(2**53 - 1) and seen.add(2**53 - 2)
