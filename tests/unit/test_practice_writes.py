"""The write path: every change goes through a Practice method that validates,
writes in one transaction and tells listeners after commit (real SQLCipher vaults)."""

from __future__ import annotations

import datetime as dt

import pytest

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    Strategy,
)
from practice_notes.services.changes import Change, ChangeHub, ChangeKind
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import RecordLocked, StorageBug, VaultError

D = dt.date


def _record(practice: Practice) -> list[Change]:
    seen: list[Change] = []
    practice.changes.subscribe(seen.append)
    return seen


def test_update_checkin_validates_writes_and_tells(practice: Practice, client: Client) -> None:
    cid = client.id or 0
    seen = _record(practice)
    c = practice.save_checkin(CheckIn(cid, D(2024, 1, 5), 5, 5, 5, 5))
    changed = practice.save_checkin(CheckIn(cid, D(2024, 1, 6), 7, 6, 5, 4, id=c.id))
    assert practice.checkins.for_client(cid) == [changed]
    with pytest.raises(ValidationError):
        practice.update_checkin(CheckIn(cid, D(2024, 1, 6), 11, 6, 5, 4, id=c.id))
    assert practice.checkins.for_client(cid) == [changed]
    assert seen == [Change(ChangeKind.CHECKIN, cid, c.id)] * 2
    practice.delete_checkin(changed)
    assert practice.checkins.for_client(cid) == []
    assert len(seen) == 3


def test_deletes_go_through_practice(practice: Practice, client: Client) -> None:
    cid = client.id or 0
    kind = practice.milestone_kinds.all()[0].id or 0
    topic = practice.agreement_topics.all()[0].id or 0
    m = practice.add_milestone(Milestone(cid, kind, D(2024, 1, 5)))
    a = practice.add_agreement(AgreementVersion(cid, topic, "No texts after 8", D(2024, 1, 5)))
    ms = practice.add_measure(MeasureResult(cid, Instrument.GAD7, D(2024, 1, 5), (1,) * 7))
    sc = practice.add_custom_score(CustomScore(cid, "Sleep hours", D(2024, 1, 5), 6.5))
    goal = practice.add_goal(Goal(cid, "Sleep", agreed_on=D(2024, 1, 1)))
    st = practice.add_strategy(Strategy(goal.id or 0, "walk"))
    seen = _record(practice)
    practice.delete_milestone(m)
    practice.delete_agreement_version(a)
    practice.delete_measure(ms)
    practice.delete_custom_score(sc)
    practice.delete_strategy(st)
    assert practice.milestones.for_client(cid) == []
    assert practice.agreements.for_client(cid) == []
    assert practice.measures.for_client(cid) == []
    assert practice.measures.custom_for_client(cid) == []
    assert practice.goals.strategies(goal.id or 0) == []
    rating = practice.rate_goal(GoalRating(goal.id or 0, D(2024, 1, 8), 4))
    with pytest.raises(RecordLocked, match="has ratings"):
        practice.delete_goal(goal.id or 0)
    practice.delete_rating(rating)
    practice.delete_goal(goal.id or 0)
    assert practice.goals.for_client(cid) == []
    assert [c.kind for c in seen] == [
        ChangeKind.MILESTONE, ChangeKind.AGREEMENT, ChangeKind.MEASURE,
        ChangeKind.CUSTOM_SCORE, ChangeKind.GOAL, ChangeKind.GOAL, ChangeKind.GOAL,
        ChangeKind.GOAL]
    assert {c.client_id for c in seen} == {cid}


def test_replace_measure_is_both_or_neither(practice: Practice, client: Client) -> None:
    cid = client.id or 0
    old = practice.add_measure(MeasureResult(cid, Instrument.GAD7, D(2024, 1, 5), (1,) * 7))
    with pytest.raises(ValidationError):
        practice.replace_measure(old, MeasureResult(cid, Instrument.GAD7, D(2024, 1, 5),
                                                    (9,) * 7))
    assert practice.measures.for_client(cid) == [old]
    gone = MeasureResult(cid, Instrument.GAD7, D(2024, 1, 5), (1,) * 7, id=999_999)
    new = MeasureResult(cid, Instrument.GAD7, D(2024, 1, 6), (2,) * 7)
    saved = practice.replace_measure(old, new)
    assert practice.measures.for_client(cid) == [saved]
    assert saved.total == 14
    assert gone.id not in {m.id for m in practice.measures.for_client(cid)}


def test_reorder_catalogue_in_one_go(practice: Practice) -> None:
    kinds = practice.milestone_kinds
    before = [e.id or 0 for e in kinds.all()]
    wanted = list(reversed(before))
    practice.reorder_catalogue(kinds, wanted)
    assert [e.id for e in kinds.all()] == wanted
    assert [e.position for e in kinds.all()] == list(range(len(wanted)))
    with pytest.raises(ValidationError):
        practice.reorder_catalogue(kinds, [*wanted, 999_999])


def test_a_failing_reorder_leaves_the_old_order(practice: Practice) -> None:
    kinds = practice.milestone_kinds
    before = kinds.all()
    ids = [e.id or 0 for e in before]
    assert len(ids) >= 3
    seen = _record(practice)
    # A planted fault: the last row the reorder writes is refused by the database.
    practice.vault.execute(
        "CREATE TEMP TRIGGER planted BEFORE UPDATE OF position ON main.milestone_kinds"
        f" WHEN NEW.id = {ids[0]} BEGIN SELECT RAISE(ABORT, 'planted fault'); END")
    with pytest.raises(StorageBug, match="planted fault"):
        practice.reorder_catalogue(kinds, list(reversed(ids)))
    assert kinds.all() == before
    assert seen == []  # nothing committed, nothing announced


def test_catalogue_rename_and_deactivate(practice: Practice) -> None:
    kinds = practice.milestone_kinds
    entry = practice.add_catalogue_entry(kinds, "Walks")
    practice.rename_catalogue_entry(kinds, entry.id or 0, "  Long   walks ")
    practice.set_catalogue_entry_active(kinds, entry.id or 0, False)
    got = kinds.get(entry.id or 0)
    assert (got.label, got.active, got.key) == ("Long walks", False, entry.key)
    with pytest.raises(ValidationError):
        practice.rename_catalogue_entry(kinds, entry.id or 0, "   ")


def test_agreement_review_is_checked(practice: Practice, client: Client) -> None:
    topic = practice.agreement_topics.all()[0].id or 0
    a = practice.add_agreement(AgreementVersion(client.id or 0, topic, "Fees", D(2024, 1, 5)))
    assert practice.set_agreement_review(a.id or 0, D(2024, 6, 1)).review_on == D(2024, 6, 1)
    with pytest.raises(ValidationError):
        practice.set_agreement_review(a.id or 0, D(2023, 1, 1))


def test_hooks_fire_after_commit_only(practice: Practice, client: Client) -> None:
    cid = client.id or 0
    seen: list[tuple[Change, bool]] = []

    def listener(change: Change) -> None:
        # after commit: another connection already sees the row
        with practice.worker_connection() as other:
            seen.append((change, bool(other.checkins.for_client(cid))))

    practice.changes.subscribe(listener)
    practice.add_checkin(CheckIn(cid, D(2024, 1, 5), 5, 5, 5, 5))
    assert [ok for _c, ok in seen] == [True]
    with pytest.raises(RuntimeError), practice.transaction():
        practice.add_checkin(CheckIn(cid, D(2024, 1, 6), 5, 5, 5, 5))
        assert len(seen) == 1  # held until the outer transaction ends
        raise RuntimeError("rolled back")
    assert len(seen) == 1 and len(practice.checkins.for_client(cid)) == 1
    practice.changes.unsubscribe(listener)
    practice.add_checkin(CheckIn(cid, D(2024, 1, 7), 5, 5, 5, 5))
    assert len(seen) == 1


def test_a_broken_listener_does_not_stop_the_others() -> None:
    hub = ChangeHub()
    got: list[Change] = []

    def broken(_c: Change) -> None:
        raise ValueError("boom")

    hub.subscribe(broken)
    hub.subscribe(got.append)
    hub.publish(Change(ChangeKind.SETTINGS))
    assert got == [Change(ChangeKind.SETTINGS)]


def test_worker_connection_is_its_own_and_closes(practice: Practice, client: Client) -> None:
    connection = practice.worker_connection()
    with connection as other:
        assert other is not practice and other.vault is not practice.vault
        assert other.clients.get(client.id or 0) == client
    with pytest.raises(VaultError):
        other.clients.get(client.id or 0)
    assert practice.clients.get(client.id or 0) == client


def test_worker_connection_writes_are_announced_after_commit(
        practice: Practice, client: Client) -> None:
    """What a worker thread writes reaches the practice's listeners (the window),
    once committed; a rolled-back write is never announced."""
    import threading

    cid = client.id or 0
    seen: list[tuple[Change, str]] = []
    practice.changes.subscribe(lambda c: seen.append((c, threading.current_thread().name)))
    connection = practice.worker_connection()

    def work() -> None:
        with connection as own:
            own.add_checkin(CheckIn(cid, D(2024, 2, 1), 5, 5, 5, 5))
            with pytest.raises(RuntimeError), own.transaction():
                own.add_checkin(CheckIn(cid, D(2024, 2, 2), 5, 5, 5, 5))
                raise RuntimeError("rolled back")

    worker = threading.Thread(target=work, name="pn-worker")
    worker.start()
    worker.join()
    assert [(c.kind, c.client_id, t) for c, t in seen] == [
        (ChangeKind.CHECKIN, cid, "pn-worker")]
    assert len(practice.checkins.for_client(cid)) == 1


def test_repositories_are_private(practice: Practice) -> None:
    for name in ("clients", "sessions", "goals", "milestones", "agreements", "checkins",
                 "measures", "drafts", "reviews", "settings", "milestone_kinds"):
        view = getattr(practice, name)
        for write in ("add", "update", "delete", "put", "save", "discard", "set_review"):
            assert not hasattr(view, write), f"practice.{name}.{write}"
    assert not hasattr(practice, "search_index")
