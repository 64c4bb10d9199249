"""Whole-practice JSON export and import (services/transfer.py) on real vaults.

A complete practice is built through the services (transfer_kit), exported,
imported into a new vault and exported again: the two texts must be identical.
Refusals of bad documents are in test_transfer_refusals.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from practice_notes.domain.enums import (
    NoteFormat,
)
from practice_notes.domain.models import (
    Client,
    Goal,
    PracticeSettings,
    Session,
)
from practice_notes.services import transfer, transfer_schema
from practice_notes.services.practice import Practice
from practice_notes.services.transfer import (
    FORMAT,
    FORMAT_VERSION,
    ImportProblem,
    ImportSummary,
    dump_json,
    export_document,
    import_document,
    load_json_file,
    validate_document,
    write_export,
)
from practice_notes.services.transfer_schema import SETTINGS_FIELDS
from practice_notes.vault import cipher
from practice_notes.vault.errors import RecordLocked, VaultError
from practice_notes.vault.integrity import check_record
from tests.unit.transfer_kit import AT, DAY, GAS_LEVELS, build_practice, new_practice

Doc = dict[str, Any]


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


# --------------------------------------------------------------------------
# Round trip


def test_export_import_export_is_identical(exported: str, tmp_path: Path) -> None:
    second = new_practice(tmp_path / "second.vault")
    try:
        summary = import_document(second, json.loads(exported))
        assert dump_json(export_document(second)) == exported
        assert summary == ImportSummary(clients=2, sessions=4, records=summary.records)
        assert summary.records > 30
    finally:
        second.vault.close()


def test_document_holds_the_whole_practice(
    exported: str, source: tuple[Practice, dict[str, int]]
) -> None:
    doc = json.loads(exported)
    ids = source[1]
    assert (doc["format"], doc["version"]) == (FORMAT, FORMAT_VERSION)
    assert doc["settings"]["therapist_name"] == "Siân Ó Súilleabháin"
    assert "Siân Ó Súilleabháin" in exported  # not \u-escaped
    assert exported.endswith("}\n")
    zoe = next(c for c in doc["clients"] if c["id"] == ids["zoe"])
    signed = next(s for s in zoe["sessions"] if s["id"] == ids["signed"])
    assert signed["signed_at"] == "2024-03-04T12:00:00"
    assert signed["signed_by"] == "Siân Ó Súilleabháin"
    assert [a["body"] for a in signed["addenda"]] == [
        "Correction: slept 6h, not 5h.", "Second addendum — ✍"]
    assert signed["process_notes"] == "private: countertransference ✓"
    assert len(signed["goals_addressed"]) == 2
    conf = [a for a in zoe["agreements"] if a["series_id"] == ids["conf_series"]]
    assert [(a["version"], a["topic"]) for a in conf] == [(1, "confidentiality")] * 1 + [
        (2, "confidentiality")]
    gas = next(g for g in zoe["goals"] if g["scheme"] == "gas")
    assert gas["gas_levels"] == list(GAS_LEVELS)
    kinds = [m["kind"] for m in zoe["milestones"]]
    assert kinds[0] == "first_disclosure" and kinds[1].startswith("custom_")
    phq = next(m for m in zoe["measures"] if m["instrument"] == "PHQ-9")
    assert phq["items"] == [1, 2, 1, 2, 0, 1, 1, 0, 1]
    topics = {t["key"]: t for t in doc["catalogues"]["agreement_topics"]}
    assert topics["gifts"] == {"key": "gifts", "label": "Gifts (old)", "active": False,
                               "position": topics["gifts"]["position"]}
    assert {d["key"] for d in doc["drafts"]} == {"client:new", f"session:{ids['unsigned']}"}
    assert "audit" not in exported and "created_at" not in exported


def test_export_is_stable_and_leaves_out_the_audit_log(
    source: tuple[Practice, dict[str, int]], exported: str, tmp_path: Path
) -> None:
    practice = source[0]
    write_export(practice, tmp_path / "one.json")  # adds an audit entry
    assert dump_json(export_document(practice)) == exported
    assert (tmp_path / "one.json").read_text(encoding="utf-8") == exported


def test_imported_vault_works_and_keeps_its_rules(
    exported: str, source: tuple[Practice, dict[str, int]], tmp_path: Path
) -> None:
    ids = source[1]
    p = new_practice(tmp_path / "second.vault")
    try:
        import_document(p, json.loads(exported))
        signed = p.sessions.get(ids["signed"])
        assert signed.is_signed and p.sessions.signed_by(ids["signed"]) == "Siân Ó Súilleabháin"
        with pytest.raises(RecordLocked):
            p.save_session(dataclasses.replace(signed, process_notes="rewritten"))
        assert [a.body for a in p.sessions.addenda(ids["signed"])][0].startswith("Correction")
        assert {h.kind for h in p.search("Correction")} == {"addendum"}
        assert any(h.kind == "session" for h in p.search("countertransference"))
        revised = p.revise_agreement(ids["conf_series"], "New wording", DAY + dt.timedelta(
            days=40), None, "reviewed together")
        assert revised.version == 3
        newcomer = p.add_client(Client("NE-03", "New Client"))
        assert (newcomer.id or 0) > max(ids["zoe"], ids["other"])
        entries = p.audit.entries()
        assert entries[-1].action == "import"
        assert "Zo" not in entries[-1].detail and "clients 2 sessions 4" in entries[-1].detail
        assert p.audit.verify().ok
        # every signed note and addendum entered the log once, with the hash the
        # record check recomputes, one at a time, from the notes
        signed_ids = [s.id for c in p.clients.all() for s in p.sessions.for_client(c.id or 0)
                      if s.is_signed]
        signs = [e for e in entries if e.action == "sign"]
        assert sorted(int(e.detail.split()[1]) for e in signs) == sorted(signed_ids)
        assert all(e.detail.endswith(" imported") for e in signs)
        assert [e.detail.split()[3] for e in entries if e.action == "addendum"] == [
            str(a.id) for a in p.sessions.addenda(ids["signed"])]
        report = check_record(p.vault)
        assert report.ok, report.problems
        addenda = len(p.sessions.addenda(ids["signed"]))
        assert (report.signed_sessions, report.addenda) == (len(signed_ids), addenda)
    finally:
        p.vault.close()


def test_import_reconciles_catalogues_by_key(exported: str, tmp_path: Path) -> None:
    doc = json.loads(exported)
    kinds = doc["catalogues"]["milestone_kinds"]
    used = {m["kind"] for c in doc["clients"] for m in c["milestones"]}
    doc["catalogues"]["milestone_kinds"] = [k for k in kinds if k["key"] in used]
    doc["catalogues"]["milestone_kinds"][0]["label"] = "Relabelled ✓"
    p = new_practice(tmp_path / "second.vault")
    try:
        p.add_catalogue_entry(p.agreement_topics, "Pets in the room")  # not in the document
        import_document(p, doc)
        assert export_document(p) == doc
    finally:
        p.vault.close()


NAME = st.text(
    st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=30
).filter(lambda s: bool(s.strip()))
# NUL is refused by the domain rules (SQLite would cut text at it).
BODY = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=80)
# What the vault's CHECK (length(trim(x)) > 0) accepts: SQLite counts up to a NUL.
SOLID = BODY.filter(lambda s: bool(s.strip()) and not s.lstrip(" ").startswith("\x00"))


@st.composite
def generated_clients(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        out.append({
            "name": draw(NAME), "considerations": draw(BODY),
            "goals": draw(st.lists(SOLID, max_size=2)),
            "sessions": draw(st.lists(
                st.tuples(BODY, BODY, st.booleans(), st.booleans(), st.none() | SOLID),
                max_size=3)),
        })
    return out


@settings(max_examples=25, deadline=None)
@given(clients=generated_clients())
def test_round_trip_of_generated_text(
    clients: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("gen")
    # Real SQLCipher files, but a cheap KDF: each example opens two vaults.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cipher, "KDF_ITERATIONS", 2)
        a, b = new_practice(folder / "a.vault"), new_practice(folder / "b.vault")
    try:
        a.save_settings(PracticeSettings(therapist_name="Sam Rivers"))  # who signs
        for n, spec in enumerate(clients):
            c = a.add_client(Client(f"G-{n:02d}", spec["name"],
                                    considerations=spec["considerations"]))
            goal_ids = tuple(a.add_goal(Goal(c.id or 0, words)).id or 0
                             for words in spec["goals"])
            for day, (note, private, sign, link, extra) in enumerate(spec["sessions"]):
                s = a.save_session(Session(
                    c.id or 0, AT + dt.timedelta(days=day), note_format=NoteFormat.FREE,
                    note_fields={"note": note}, process_notes=private,
                    goal_ids=goal_ids if link else (),
                ))
                if sign:
                    a.sign_session(s.id or 0, at=AT)
                    if extra is not None:
                        a.add_addendum(s.id or 0, extra, at=AT)
        first = dump_json(export_document(a))
        import_document(b, load_json_text(first, folder))
        assert dump_json(export_document(b)) == first
    finally:
        a.vault.close()
        b.vault.close()


def load_json_text(text: str, folder: Path) -> dict[str, Any]:
    path = folder / "doc.json"
    path.write_text(text, encoding="utf-8")
    return load_json_file(path)


# --------------------------------------------------------------------------
# Writing the file


def test_write_export_is_private_and_audited(
    source: tuple[Practice, dict[str, int]], exported: str, tmp_path: Path
) -> None:
    practice = source[0]
    out = tmp_path / "practice.json"
    write_export(practice, out)
    assert out.read_text(encoding="utf-8") == exported
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["practice.json"]
    entry = practice.audit.entries()[-1]
    assert entry.action == "export"
    assert "clients 2 sessions 4" in entry.detail
    assert "Zo" not in entry.detail and "practice.json" not in entry.detail
    write_export(practice, out)  # replacing an earlier export is fine
    assert out.read_text(encoding="utf-8") == exported


def test_failed_write_leaves_nothing_behind(
    source: tuple[Practice, dict[str, int]], tmp_path: Path
) -> None:
    practice = source[0]
    audit_before = len(practice.audit.entries())
    (tmp_path / "a-folder").mkdir()
    with pytest.raises(VaultError) as caught:
        write_export(practice, tmp_path / "a-folder")  # os.replace onto a folder fails
    assert "\n" not in str(caught.value)
    assert sorted(os.listdir(tmp_path)) == ["a-folder"]
    assert os.listdir(tmp_path / "a-folder") == []
    with pytest.raises(VaultError):
        write_export(practice, tmp_path / "missing" / "out.json")
    assert sorted(os.listdir(tmp_path)) == ["a-folder"]
    assert len(practice.audit.entries()) == audit_before  # no audit entry for a failure


# --------------------------------------------------------------------------
# The schema stays in step with the domain


def test_settings_fields_are_the_practice_settings() -> None:
    """A new setting must be added to the export format (and its version raised)."""
    assert SETTINGS_FIELDS == tuple(f.name for f in dataclasses.fields(PracticeSettings))


def test_public_interface() -> None:
    assert FORMAT == "practice-notes-export" and FORMAT_VERSION == 2
    assert issubclass(ImportProblem, VaultError)
    problem = ImportProblem("clients[2].sessions[0].starts_at", "must be a date\nand time")
    assert str(problem) == "clients[2].sessions[0].starts_at: must be a date and time"
    assert set(transfer.__all__) >= {"ImportSummary", "write_export", "load_json_file"}


def test_readme_describes_every_field() -> None:
    """README's "Export format" section names every field of the schema."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Export format", 1)[1].split("\n## ", 1)[0]
    names = {name for value in vars(transfer_schema).values()
             if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value)
             for name in value}
    assert len(names) > 60
    missing = sorted(n for n in names if n not in section)
    assert not missing, f"README's Export format section does not mention {missing}"


def test_readme_example_message_is_real(exported: str) -> None:
    doc = json.loads(exported)
    doc["clients"].extend(copy_client(doc["clients"][0], n) for n in (1, 2))
    doc["clients"][2]["sessions"][0]["starts_at"] = "2024-03-04 10:00"
    with pytest.raises(ImportProblem) as caught:
        validate_document(doc)
    expected = ("clients[2].sessions[0].starts_at: must be a date and time "
                "YYYY-MM-DDTHH:MM:SS; got '2024-03-04 10:00'")
    assert str(caught.value) == expected
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert expected in readme


def copy_client(client: Doc, n: int) -> Doc:
    """A client of its own: a new code and ids, and nothing that refers elsewhere."""
    out: Doc = json.loads(json.dumps(client))
    out.update(id=10_000 + n, code=f"CP-{n:02d}", goals=[], milestones=[], agreements=[],
               checkins=[], measures=[], custom_scores=[], reviews=[])
    for k, s in enumerate(out["sessions"]):
        s.update(id=10_000 + 100 * n + k, goals_addressed=[], addenda=[])
    return out
