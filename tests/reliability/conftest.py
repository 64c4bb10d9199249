"""Fixtures for the reliability suite (see kit.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from practice_notes.domain.models import Client, PracticeSettings, Session
from practice_notes.services.transfer import dump_json, export_document
from practice_notes.services.unlock import create_practice
from tests.reliability.kit import MARKER, Root, make_root
from tests.unit.vaultkit import PASSPHRASE

CLIENTS = 4


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Root:
    r = make_root(tmp_path)
    for key, value in r.env.items():
        if key.startswith(("XDG_", "PRACTICE_NOTES_", "SQLITE_TMPDIR", "TMPDIR", "HOME")):
            monkeypatch.setenv(key, value)
    return r


def fill(path: Path) -> None:
    """A small practice: every client and note carries MARKER; half the notes signed."""
    practice = create_practice(path, PASSPHRASE, PracticeSettings(therapist_name="Sam Rivers"))
    try:
        for c in range(CLIENTS):
            client = practice.add_client(Client(f"RL-{c:02d}", f"{MARKER} Client {c}"))
            for s in range(6):
                session = practice.save_session(Session(
                    client_id=client.id or 0,
                    starts_at=dt.datetime(2026, 1, 5, 10) + dt.timedelta(days=7 * s),
                    note_fields={"subjective": f"{MARKER} note {c}.{s} " + "words " * 400},
                    process_notes=f"{MARKER} private {c}.{s}"))
                if s % 2 == 0:
                    practice.sign_session(session.id or 0)
                    if s == 0:
                        practice.add_addendum(session.id or 0, f"{MARKER} correction")
    finally:
        practice.vault.close()


@pytest.fixture(scope="session")
def document(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The test practice as an export document (JSON text)."""
    folder = tmp_path_factory.mktemp("doc")
    fill(folder / "doc.vault")
    from practice_notes.services.unlock import open_practice

    practice = open_practice(folder / "doc.vault", PASSPHRASE)
    try:
        return dump_json(export_document(practice))
    finally:
        practice.vault.close()


@pytest.fixture
def vault(root: Root, document: str) -> Path:
    path = root.path / "vaults" / "practice.vault"
    path.parent.mkdir()
    doc = root.path / "in" / "doc.json"
    doc.parent.mkdir()
    doc.write_text(document, encoding="utf-8")
    done = root.cli("import", "--vault", str(path), str(doc))
    assert done.returncode == 0, done.stderr
    doc.unlink()
    assert json.loads(document)["clients"]
    return path
