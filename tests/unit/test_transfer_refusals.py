"""Bad export documents are refused at the path of the first bad field, and the
vault they were meant for is left exactly as it was (every table's row count,
audit log included)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from practice_notes.domain.models import Client
from practice_notes.services.practice import Practice
from practice_notes.services.transfer import (
    FORMAT_VERSION,
    ImportProblem,
    dump_json,
    export_document,
    import_document,
    load_json_file,
    validate_document,
)
from practice_notes.vault.errors import VaultError
from tests.unit.transfer_kit import build_practice, new_practice, table_counts


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Practice, dict[str, int]]]:
    p = new_practice(tmp_path_factory.mktemp("source") / "source.vault")
    ids = build_practice(p)
    try:
        yield p, ids
    finally:
        p.vault.close()


@pytest.fixture(scope="module")
def exported(source: tuple[Practice, dict[str, int]]) -> str:
    return dump_json(export_document(source[0]))


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Practice]:
    """One new vault that bad documents are tried against (it must stay empty)."""
    p = new_practice(tmp_path_factory.mktemp("target") / "target.vault")
    try:
        yield p
    finally:
        p.vault.close()


# --------------------------------------------------------------------------
# Bad documents: refused at the first bad field, target unchanged

Doc = dict[str, Any]


def _zoe(d: Doc) -> Doc:
    return next(c for c in d["clients"] if c["code"] == "ZA-01")


def _zoe_path(d: Doc) -> str:
    return f"clients[{d['clients'].index(_zoe(d))}]"


def _signed_index(d: Doc) -> int:
    return next(i for i, s in enumerate(_zoe(d)["sessions"]) if s["signed_at"])


def _unsigned_index(d: Doc) -> int:
    return next(i for i, s in enumerate(_zoe(d)["sessions"]) if not s["signed_at"])


def _gas_index(d: Doc) -> int:
    return next(i for i, g in enumerate(_zoe(d)["goals"]) if g["scheme"] == "gas")


def _set(getter: Callable[[Doc], Any], key: Any, value: Any) -> Callable[[Doc], None]:
    def mutate(d: Doc) -> None:
        getter(d)[key] = value
    return mutate


def _drop(getter: Callable[[Doc], Any], key: str) -> Callable[[Doc], None]:
    def mutate(d: Doc) -> None:
        del getter(d)[key]
    return mutate


def _dup_session_id(d: Doc) -> None:
    sessions = _zoe(d)["sessions"]
    sessions[1]["id"] = sessions[0]["id"]


def _dup_client_code(d: Doc) -> None:
    d["clients"][1]["code"] = d["clients"][0]["code"]


def _addendum_on_unsigned(d: Doc) -> None:
    z = _zoe(d)
    z["sessions"][_unsigned_index(d)]["addenda"] = [
        {"id": 999, "written_at": "2024-03-05T10:00:00", "body": "late"}]


def _other_clients_session(d: Doc) -> None:
    other = next(c for c in d["clients"] if c["code"] != "ZA-01")
    _zoe(d)["milestones"][0]["session_id"] = other["sessions"][0]["id"]


def _dup_agreement_version(d: Doc) -> None:
    ags = _zoe(d)["agreements"]  # [0] and [1] are versions 1 and 2 of one agreement
    ags[0]["version"] = ags[1]["version"]


def _v1_but_first_keeps(d: Doc) -> None:
    """A version 1 document whose first client still has other_names."""
    d["version"] = 1
    for c in d["clients"][1:]:
        del c["other_names"]


def _dup_catalogue_key(d: Doc) -> None:
    kinds = d["catalogues"]["milestone_kinds"]
    kinds[1]["key"] = kinds[0]["key"]


def _dup_draft_key(d: Doc) -> None:
    d["drafts"][1]["key"] = d["drafts"][0]["key"]


Z = _zoe
S = "sessions"

# (case name, mutation, path of the first bad field; {z} is Zoë's client path,
#  {s}/{u} her signed/unsigned session index, {g} her GAS goal index)
BAD_CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    ("format", _set(lambda d: d, "format", "something-else"), "format"),
    ("newer version", _set(lambda d: d, "version", FORMAT_VERSION + 1), "version"),
    ("version as text", _set(lambda d: d, "version", "1"), "version"),
    ("unknown root field", _set(lambda d: d, "exported_at", "2024-01-01"), "exported_at"),
    ("missing drafts", _drop(lambda d: d, "drafts"), "drafts"),
    ("auto-lock range", _set(lambda d: d["settings"], "auto_lock_minutes", 0),
     "settings.auto_lock_minutes"),
    ("paper size", _set(lambda d: d["settings"], "paper_size", "a5"), "settings.paper_size"),
    ("catalogue key twice", _dup_catalogue_key, "catalogues.milestone_kinds[1].key"),
    ("catalogue active", _set(lambda d: d["catalogues"]["agreement_topics"][0], "active", 1),
     "catalogues.agreement_topics[0].active"),
    ("clients not a list", _set(lambda d: d, "clients", {}), "clients"),
    ("client code", _set(Z, "code", "not a code"), "{z}.code"),
    ("client code twice", _dup_client_code, "clients[1].code"),
    ("client id", _set(Z, "id", 0), "{z}.id"),
    ("client status", _set(Z, "status", "archived"), "{z}.status"),
    ("impossible date", _set(Z, "start_date", "2024-02-30"), "{z}.start_date"),
    ("date format", _set(Z, "start_date", "04/03/2024"), "{z}.start_date"),
    ("name on two lines", _set(Z, "display_name", "Zoë\nÅngström"), "{z}.display_name"),
    ("session datetime", _set(lambda d: Z(d)[S][0], "starts_at", "2024-03-04 10:00"),
     "{z}.sessions[0].starts_at"),
    ("duration range", _set(lambda d: Z(d)[S][0], "duration_minutes", 0),
     "{z}.sessions[0].duration_minutes"),
    ("duration bool", _set(lambda d: Z(d)[S][0], "duration_minutes", True),
     "{z}.sessions[0].duration_minutes"),
    ("note field", _set(lambda d: Z(d)[S][0]["note_fields"], "bogus", "x"),
     "{z}.sessions[0].note_fields.bogus"),
    ("note field type", _set(lambda d: Z(d)[S][_signed_index(d)]["note_fields"], "plan", 5),
     "{z}.sessions[{s}].note_fields.plan"),
    ("unknown session field", _set(lambda d: Z(d)[S][0], "colour", "red"),
     "{z}.sessions[0].colour"),
    ("missing session field", _drop(lambda d: Z(d)[S][0], "process_notes"),
     "{z}.sessions[0].process_notes"),
    ("session id twice", _dup_session_id, "{z}.sessions[1].id"),
    ("goal addressed unknown", _set(lambda d: Z(d)[S][_signed_index(d)], "goals_addressed",
                                    [99999]), "{z}.sessions[{s}].goals_addressed[0]"),
    ("addendum on unsigned", _addendum_on_unsigned, "{z}.sessions[{u}].addenda[0]"),
    ("signer of unsigned", _set(lambda d: Z(d)[S][_unsigned_index(d)], "signed_by", "Sam"),
     "{z}.sessions[{u}].signed_by"),
    ("empty addendum", _set(lambda d: Z(d)[S][_signed_index(d)]["addenda"][0], "body", " "),
     "{z}.sessions[{s}].addenda[0].body"),
    ("addendum empty to SQLite", _set(lambda d: Z(d)[S][_signed_index(d)]["addenda"][0], "body",
                                      " \x00hidden"), "{z}.sessions[{s}].addenda[0].body"),
    ("goal empty to SQLite", _set(lambda d: Z(d)["goals"][0], "client_words", "\x00x"),
     "{z}.goals[0].client_words"),
    ("GAS rating range", _set(lambda d: Z(d)["goals"][_gas_index(d)]["ratings"][0], "value", 7),
     "{z}.goals[{g}].ratings[0].value"),
    ("rating session", _set(lambda d: Z(d)["goals"][0]["ratings"][0], "session_id", 99999),
     "{z}.goals[0].ratings[0].session_id"),
    ("goal weight type", _set(lambda d: Z(d)["goals"][0], "weight", "heavy"),
     "{z}.goals[0].weight"),
    ("goal weight range", _set(lambda d: Z(d)["goals"][0], "weight", 0),
     "{z}.goals[0].weight"),
    ("GAS levels", _set(lambda d: Z(d)["goals"][_gas_index(d)], "gas_levels", ["only one"]),
     "{z}.goals[{g}].gas_levels"),
    ("blank goal", _set(lambda d: Z(d)["goals"][0], "client_words", "  "),
     "{z}.goals[0].client_words"),
    ("history status", _set(lambda d: Z(d)["goals"][0]["status_history"][0], "status", "done"),
     "{z}.goals[0].status_history[0].status"),
    ("strategy outcome", _set(lambda d: Z(d)["goals"][0]["strategies"][0], "outcome", "meh"),
     "{z}.goals[0].strategies[0].outcome"),
    ("milestone kind", _set(lambda d: Z(d)["milestones"][0], "kind", "no_such_kind"),
     "{z}.milestones[0].kind"),
    ("milestone of another client's session", _other_clients_session,
     "{z}.milestones[0].session_id"),
    ("agreement series", _set(lambda d: Z(d)["agreements"][1], "series_id", 99999),
     "{z}.agreements[1].series_id"),
    ("agreement version twice", _dup_agreement_version, "{z}.agreements[1].version"),
    ("agreement wording", _set(lambda d: Z(d)["agreements"][0], "wording", ""),
     "{z}.agreements[0].wording"),
    ("agreement review date", _set(lambda d: Z(d)["agreements"][0], "review_on", "2000-01-01"),
     "{z}.agreements[0].review_on"),
    ("agreement topic", _set(lambda d: Z(d)["agreements"][0], "topic", "pets"),
     "{z}.agreements[0].topic"),
    ("check-in range", _set(lambda d: Z(d)["checkins"][0], "bond", 11), "{z}.checkins[0].bond"),
    ("PHQ-9 item", _set(lambda d: Z(d)["measures"][0]["items"], 8, 4),
     "{z}.measures[0].items[8]"),
    ("PHQ-9 item count", _set(lambda d: Z(d)["measures"][0], "items", [0, 1]),
     "{z}.measures[0].items"),
    ("instrument", _set(lambda d: Z(d)["measures"][0], "instrument", "BDI-II"),
     "{z}.measures[0].instrument"),
    ("custom score type", _set(lambda d: Z(d)["custom_scores"][0], "value", "high"),
     "{z}.custom_scores[0].value"),
    ("custom score NaN", _set(lambda d: Z(d)["custom_scores"][0], "value", float("nan")),
     "{z}.custom_scores[0].value"),
    ("review period", _set(lambda d: Z(d)["reviews"][0], "period_to", "2000-01-01"),
     "{z}.reviews[0].period_to"),
    ("review options", _set(lambda d: Z(d)["reviews"][0], "options", []),
     "{z}.reviews[0].options"),
    ("review option NaN", _set(lambda d: Z(d)["reviews"][0]["options"], "x", float("inf")),
     "{z}.reviews[0].options.x"),
    ("draft time", _set(lambda d: d["drafts"][0], "updated_at", "yesterday"),
     "drafts[0].updated_at"),
    ("draft key twice", _dup_draft_key, "drafts[1].key"),
    ("other names not a list", _set(Z, "other_names", "Zozo"), "{z}.other_names"),
    ("other name not text", _set(lambda d: Z(d)["other_names"], 0, 7), "{z}.other_names[0]"),
    ("other name two lines", _set(lambda d: Z(d)["other_names"], 1, "Ån\nB"),
     "{z}.other_names[1]"),
    ("other name too long", _set(lambda d: Z(d)["other_names"], 2, "ゾ" * 201),
     "{z}.other_names[2]"),
    ("other name control", _set(lambda d: Z(d)["other_names"], 3, "Зоя\x07"),
     "{z}.other_names[3]"),
    ("other name NUL", _set(lambda d: Z(d)["other_names"], 0, "Zo\x00zo"), "{z}.other_names"),
    ("too many other names", _set(Z, "other_names", [f"N{n}" for n in range(51)]),
     "{z}.other_names"),
    ("v2 client without other names", _drop(lambda d: d["clients"][0], "other_names"),
     "clients[0].other_names"),
    ("v2 later client without other names", _drop(lambda d: d["clients"][1], "other_names"),
     "clients[1].other_names"),
    ("v1 client with other names", _v1_but_first_keeps, "clients[0].other_names"),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in BAD_CASES],
                         ids=[c[0] for c in BAD_CASES])
def test_bad_document_is_refused_at_its_path(
    exported: str, target: Practice, mutate: Callable[[Doc], None], expected: str
) -> None:
    doc = json.loads(exported)
    path = expected.format(z=_zoe_path(doc), s=_signed_index(doc), u=_unsigned_index(doc),
                           g=_gas_index(doc))
    mutate(doc)
    before = table_counts(target)
    with pytest.raises(ImportProblem) as caught:
        validate_document(doc)
    assert caught.value.path == path, str(caught.value)
    with pytest.raises(ImportProblem) as again:
        import_document(target, doc)
    assert again.value.path == path
    message = str(again.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert table_counts(target) == before


def test_unmutated_document_is_valid(exported: str) -> None:
    """The table above starts from a good document (else it proves nothing)."""
    validate_document(json.loads(exported))


def test_newer_version_says_update_the_app(exported: str, target: Practice,
                                           tmp_path: Path) -> None:
    doc = json.loads(exported)
    doc["version"] = FORMAT_VERSION + 1
    doc["field_from_the_future"] = {}
    path = tmp_path / "future.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = table_counts(target)
    with pytest.raises(ImportProblem) as caught:
        import_document(target, load_json_file(path))
    assert caught.value.path == "version"
    assert "newer" in str(caught.value) and "Update Practice Notes" in str(caught.value)
    assert table_counts(target) == before


@pytest.mark.parametrize(("content", "words"), [
    (b"{not json", "line 1 column 2"),
    # the place json itself reports (Python 3.13 points at the trailing comma)
    (b'{\n  "format": "practice-notes-export",\n  "version": 1,\n}', "@json"),
    (b"[1, 2]", "JSON object"),
    (b"", "line 1 column 1"),
    (b'{"a": NaN}', "NaN"),
    (b'{"a": 1, "a": 2}', "appears twice"),
    (b"\xff\xfe{}", "UTF-8"),
])
def test_unreadable_files_are_refused_at_the_root(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(content)
    if words == "@json":
        try:
            json.loads(content)
        except json.JSONDecodeError as exc:
            words = f"line {exc.lineno} column {exc.colno}"
    with pytest.raises(ImportProblem) as caught:
        load_json_file(path)
    assert caught.value.path == "$"
    assert str(caught.value).startswith("$: ") and words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_is_refused_at_the_root(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as caught:
        load_json_file(tmp_path / "nowhere.json")
    assert caught.value.path == "$" and "could not be read" in str(caught.value)


def test_non_object_document_is_refused() -> None:
    with pytest.raises(ImportProblem) as caught:
        validate_document(["not", "an", "object"])
    assert caught.value.path == "$"


def test_import_into_a_vault_with_clients_is_refused(exported: str, tmp_path: Path) -> None:
    p = new_practice(tmp_path / "busy.vault")
    try:
        p.add_client(Client("EX-01", "Existing Client"))
        before = table_counts(p)
        with pytest.raises(VaultError) as caught:
            import_document(p, json.loads(exported))
        assert not isinstance(caught.value, ImportProblem)
        assert "new or empty vault" in str(caught.value) and "\n" not in str(caught.value)
        assert table_counts(p) == before
    finally:
        p.vault.close()
