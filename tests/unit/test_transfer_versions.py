"""Format versions: version 2 carries each client's ``other_names`` (names hidden in
pseudonymised summaries) through export and import; a version 1 document (no
``other_names``) still imports, its clients with none; other versions are refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from practice_notes.services.practice import Practice
from practice_notes.services.transfer import (
    FORMAT_VERSION,
    ImportProblem,
    check_import_file,
    dump_json,
    export_document,
    import_document,
    import_file,
    validate_document,
)
from tests.unit.transfer_kit import build_practice, new_practice, table_counts

ZOE_OTHER_NAMES = ["Zozo", "Ångström", "ゾーイ", "Зоя Ö."]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> str:
    p = new_practice(tmp_path_factory.mktemp("source") / "source.vault")
    try:
        build_practice(p)
        return dump_json(export_document(p))
    finally:
        p.vault.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Practice]:
    p = new_practice(tmp_path / "new.vault")
    try:
        yield p
    finally:
        p.vault.close()


def _zoe(doc: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in doc["clients"] if c["code"] == "ZA-01")


def _as_v1(exported: str) -> dict[str, Any]:
    doc = json.loads(exported)
    doc["version"] = 1
    for c in doc["clients"]:
        del c["other_names"]
    return doc


def test_export_writes_version_2_with_other_names(exported: str) -> None:
    doc = json.loads(exported)
    assert FORMAT_VERSION == 2 and doc["version"] == 2
    assert _zoe(doc)["other_names"] == ZOE_OTHER_NAMES
    assert all(c["other_names"] == [] for c in doc["clients"] if c["code"] != "ZA-01")
    assert "ゾーイ" in exported and "Ångström" in exported  # not \u-escaped


@pytest.mark.parametrize("streamed", [False, True], ids=["document", "file"])
def test_round_trip_keeps_other_names(exported: str, fresh: Practice, tmp_path: Path,
                                      streamed: bool) -> None:
    if streamed:
        path = tmp_path / "v2.json"
        path.write_text(exported, encoding="utf-8")
        import_file(fresh, path)
    else:
        import_document(fresh, json.loads(exported))
    zoe = next(c for c in fresh.clients.all() if c.code == "ZA-01")
    assert zoe.other_names == tuple(ZOE_OTHER_NAMES)
    imports = [e.detail for e in fresh.audit.entries() if e.action == "import"]
    assert len(imports) == 1 and imports[0].startswith("json v2: clients 2 ")
    assert not any(n in imports[0] for n in ZOE_OTHER_NAMES)
    assert [n.encode() for n in zoe.other_names] == [n.encode() for n in ZOE_OTHER_NAMES]
    assert dump_json(export_document(fresh)) == exported


@pytest.mark.parametrize("streamed", [False, True], ids=["document", "file"])
def test_version_1_document_still_imports(exported: str, fresh: Practice, tmp_path: Path,
                                          streamed: bool) -> None:
    doc = _as_v1(exported)
    if streamed:
        path = tmp_path / "v1.json"
        path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
        assert check_import_file(path).clients == len(doc["clients"])
        import_file(fresh, path)
    else:
        validate_document(doc)
        import_document(fresh, doc)
    assert fresh.clients.all() and all(c.other_names == () for c in fresh.clients.all())
    imports = [e.detail for e in fresh.audit.entries() if e.action == "import"]
    assert len(imports) == 1 and imports[0].startswith("json v1: clients 2 ")
    # Everything else came across: its export is the version 2 one with no other names.
    expected = json.loads(exported)
    for c in expected["clients"]:
        c["other_names"] = []
    assert dump_json(export_document(fresh)) == dump_json(expected)


def test_version_1_first_in_file_order(exported: str, fresh: Practice, tmp_path: Path) -> None:
    """The version may come before the clients in a file (read as it comes)."""
    doc = _as_v1(exported)
    head = {k: doc[k] for k in ("format", "version")}
    path = tmp_path / "v1-first.json"
    path.write_text(json.dumps({**head, **doc}), encoding="utf-8")
    import_file(fresh, path)
    assert len(fresh.clients.all()) == len(doc["clients"])


@pytest.mark.parametrize(("version", "words"), [
    (0, "unknown format version 0"),
    (-1, "unknown format version -1"),
    (3, "newer Practice Notes"),
    ("2", "must be a whole number"),
    (True, "must be a whole number"),
])
def test_other_versions_are_refused(exported: str, fresh: Practice, version: object,
                                    words: str, tmp_path: Path) -> None:
    doc = json.loads(exported)
    doc["version"] = version
    before = table_counts(fresh)
    with pytest.raises(ImportProblem) as caught:
        import_document(fresh, doc)
    message = str(caught.value)
    assert caught.value.path == "version" and words in message and "\n" not in message
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportProblem) as streamed:
        import_file(fresh, path)
    assert str(streamed.value) == message
    assert table_counts(fresh) == before
