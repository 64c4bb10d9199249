"""Fixtures for the core tests: real SQLCipher vaults on temporary files.

Every vault here is a real encrypted file made through the services, so each
fixture pays one KDF (~0.1 s). Read-only tests share a module-scoped practice;
tests that write get their own. Nothing here imports PySide6.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from practice_notes.domain.enums import RatingScheme
from practice_notes.domain.models import Client, Goal, PracticeSettings, Session
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import create_practice
from tests.unit.vaultkit import DAY, GAS_LEVELS, PASSPHRASE


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's vault goes (nothing is created there yet)."""
    return tmp_path / "practice.vault"


@pytest.fixture
def practice(vault_path: Path) -> Iterator[Practice]:
    """A new, empty, unlocked practice of this test's own."""
    p = create_practice(
        vault_path, PASSPHRASE, PracticeSettings(therapist_name="Sam Rivers", practice_name="Oak")
    )
    try:
        yield p
    finally:
        p.vault.close()


@pytest.fixture
def client(practice: Practice) -> Client:
    return practice.add_client(Client("AB-01", "Alex Brown", preferred_name="Alex"))


@pytest.fixture
def make_session(practice: Practice, client: Client) -> Callable[..., Session]:
    """Save a session for ``client``: ``make_session(day_offset, **fields)``."""

    def make(offset: int = 0, **kwargs: object) -> Session:
        base: dict[str, object] = {
            "client_id": client.id,
            "starts_at": dt.datetime(2024, 3, 4, 10, 0) + dt.timedelta(days=offset),
            "note_fields": {"subjective": "talked about the week"},
        }
        base.update(kwargs)
        return practice.save_session(Session(**base))  # type: ignore[arg-type]

    return make


@pytest.fixture
def goal(practice: Practice, client: Client) -> Goal:
    return practice.add_goal(Goal(client.id or 0, "I want to sleep through the night",
                                  agreed_on=DAY))


@pytest.fixture
def gas_goal(practice: Practice, client: Client) -> Goal:
    return practice.add_goal(
        Goal(client.id or 0, "I want to pick up the phone", agreed_on=DAY,
             scheme=RatingScheme.GAS, gas_levels=GAS_LEVELS)
    )


@pytest.fixture(scope="module")
def shared_practice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Practice]:
    """One practice per module for tests that only read or add their own records.

    Tests using it must not depend on what other tests added (filter by their
    own client) and must not lock, close or damage it.
    """
    path = tmp_path_factory.mktemp("shared") / "shared.vault"
    p = create_practice(path, PASSPHRASE)
    try:
        yield p
    finally:
        p.vault.close()


@pytest.fixture
def fresh_client(shared_practice: Practice, request: pytest.FixtureRequest) -> Client:
    """A client of this test's own inside the shared practice."""
    taken = shared_practice.clients.codes()
    n = len(taken) + 1
    while f"T-{n:04d}" in taken:
        n += 1
    return shared_practice.add_client(Client(f"T-{n:04d}", f"Test {request.node.name[:60]}"))
