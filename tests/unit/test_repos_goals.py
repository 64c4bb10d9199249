"""Goals: the client's words, status history, ratings per scheme, strategies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from practice_notes.domain.enums import (
    GoalStatus,
    OutcomeRating,
    Rater,
    RatingScheme,
    StrategyKind,
)
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client, Goal, GoalRating, Session, Strategy
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import NotFound, RecordLocked
from practice_notes.vault.repos.goals import GoalRepo
from tests.unit.vaultkit import DAY, GAS_LEVELS


def test_add_records_first_status(practice: Practice, client: Client) -> None:
    g = practice.add_goal(Goal(client.id or 0, "I want to feel at ease with friends",
                               why_it_matters="I miss them", agreed_on=DAY,
                               target_on=DAY + dt.timedelta(days=90), weight=2.0))
    assert practice.goals.get(g.id or 0) == g
    assert practice.goals.for_client(client.id or 0) == [g]
    history = practice.goals.history(g.id or 0)
    assert [(h.status, h.changed_on, h.reason) for h in history] == [
        (GoalStatus.ACTIVE, DAY, "Agreed")]


def test_status_history(practice: Practice, goal: Goal) -> None:
    gid = goal.id or 0
    practice.set_goal_status(gid, GoalStatus.PAUSED, DAY + dt.timedelta(days=10), " moving ")
    practice.set_goal_status(gid, GoalStatus.ACTIVE, DAY + dt.timedelta(days=20), "")
    practice.set_goal_status(gid, GoalStatus.ACHIEVED, DAY + dt.timedelta(days=30), "done!")
    assert practice.goals.get(gid).status is GoalStatus.ACHIEVED
    assert [(h.status, h.reason) for h in practice.goals.history(gid)] == [
        (GoalStatus.ACTIVE, "Agreed"), (GoalStatus.PAUSED, "moving"),
        (GoalStatus.ACTIVE, ""), (GoalStatus.ACHIEVED, "done!")]


def test_status_rules(practice: Practice, goal: Goal) -> None:
    gid = goal.id or 0
    with pytest.raises(ValidationError, match="already active") as info:
        practice.set_goal_status(gid, GoalStatus.ACTIVE, DAY, "again")
    assert info.value.field == "status"
    with pytest.raises(ValidationError, match="why the status changes") as info:
        practice.set_goal_status(gid, GoalStatus.DISCONTINUED, DAY, "  ")
    assert info.value.field == "reason"
    with pytest.raises(NotFound):
        practice.set_goal_status(999, GoalStatus.PAUSED, DAY, "x")
    assert len(practice.goals.history(gid)) == 1


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"client_words": "  "}, "client_words", "cannot be empty"),
        ({"target_on": DAY - dt.timedelta(days=1)}, "target_on", "before the date agreed"),
        ({"scheme": RatingScheme.GAS}, "gas_levels", "each level"),
        ({"scheme": RatingScheme.GAS, "gas_levels": GAS_LEVELS[:4]}, "gas_levels", "each level"),
        ({"scheme": RatingScheme.GAS, "gas_levels": (*GAS_LEVELS[:4], " ")}, "gas_levels",
         "each level"),
        ({"gas_levels": GAS_LEVELS}, "gas_levels", "GAS goals only"),
        ({"weight": 0.0}, "weight", "above 0"),
        ({"weight": 101.0}, "weight", "at most 100"),
    ],
)
def test_goal_validation(practice: Practice, client: Client, changes: dict[str, object],
                         field: str, words: str) -> None:
    base = Goal(client.id or 0, "my goal", agreed_on=DAY)
    with pytest.raises(ValidationError, match=words) as info:
        practice.add_goal(replace(base, **changes))  # type: ignore[arg-type]
    assert info.value.field == field
    assert practice.goals.for_client(client.id or 0) == []


def test_update_goal_and_scheme_change(practice: Practice, goal: Goal) -> None:
    gid = goal.id or 0
    as_gas = replace(goal, client_words="reworded", scheme=RatingScheme.GAS,
                     gas_levels=GAS_LEVELS)
    assert practice.update_goal(as_gas) == as_gas  # no ratings yet: scheme may change
    practice.rate_goal(GoalRating(gid, DAY, 1))
    with pytest.raises(ValidationError, match="cannot change once") as info:
        practice.update_goal(replace(as_gas, scheme=RatingScheme.SCALE_0_10, gas_levels=()))
    assert info.value.field == "scheme"
    practice.update_goal(replace(as_gas, why_it_matters="now I know"))
    assert practice.goals.get(gid).why_it_matters == "now I know"
    with pytest.raises(NotFound):
        practice.update_goal(replace(goal, id=999))


@pytest.mark.parametrize("value", [0, 5, 10])
def test_scale_ratings_in_range(practice: Practice, goal: Goal, value: int) -> None:
    r = practice.rate_goal(GoalRating(goal.id or 0, DAY, value, Rater.CLIENT, note="ok"))
    assert practice.goals.ratings(goal.id or 0) == [r]


@pytest.mark.parametrize("value", [-1, 11, -2, True])
def test_scale_ratings_out_of_range(practice: Practice, goal: Goal, value: int) -> None:
    with pytest.raises(ValidationError, match="from 0 to 10") as info:
        practice.rate_goal(GoalRating(goal.id or 0, DAY, value))
    assert info.value.field == "value"
    assert practice.goals.ratings(goal.id or 0) == []


@pytest.mark.parametrize("value", [-2, -1, 0, 1, 2])
def test_gas_ratings_in_range(practice: Practice, gas_goal: Goal, value: int) -> None:
    practice.rate_goal(GoalRating(gas_goal.id or 0, DAY, value))
    assert [r.value for r in practice.goals.ratings(gas_goal.id or 0)] == [value]


@pytest.mark.parametrize("value", [-3, 3, 5, 10])
def test_gas_ratings_out_of_range(practice: Practice, gas_goal: Goal, value: int) -> None:
    with pytest.raises(ValidationError, match="from -2 to 2"):
        practice.rate_goal(GoalRating(gas_goal.id or 0, DAY, value))
    assert practice.goals.ratings(gas_goal.id or 0) == []


def test_rating_unknown_goal(practice: Practice) -> None:
    with pytest.raises(NotFound):
        practice.rate_goal(GoalRating(999, DAY, 3))


def test_ratings_order_and_per_client(practice: Practice, goal: Goal, gas_goal: Goal) -> None:
    gid, hid = goal.id or 0, gas_goal.id or 0
    late = practice.rate_goal(GoalRating(gid, DAY + dt.timedelta(days=7), 6, Rater.THERAPIST))
    early = practice.rate_goal(GoalRating(gid, DAY, 2, Rater.TOGETHER))
    gas = practice.rate_goal(GoalRating(hid, DAY, -1))
    assert practice.goals.ratings(gid) == [early, late]
    assert practice.goals.ratings_for_client(goal.client_id) == {gid: [early, late], hid: [gas]}
    practice.delete_rating(early)
    assert practice.goals.ratings(gid) == [late]


def test_strategies(practice: Practice, goal: Goal) -> None:
    gid = goal.id or 0
    s1 = practice.add_strategy(Strategy(gid, "Breathing before bed", StrategyKind.STRATEGY,
                                        started_on=DAY))
    s2 = practice.add_strategy(Strategy(gid, "Sleep diary", StrategyKind.HOMEWORK))
    assert practice.goals.strategies(gid) == [s2, s1]  # undated first
    done = replace(s1, outcome=OutcomeRating.HELPED, outcome_note="fell asleep faster")
    practice.update_strategy(done)
    assert practice.goals.strategies(gid)[1] == done
    with pytest.raises(ValidationError, match="cannot be empty") as info:
        practice.add_strategy(Strategy(gid, " "))
    assert info.value.field == "description"
    with pytest.raises(NotFound):
        practice.update_strategy(replace(s2, id=999))
    practice.delete_strategy(s2)
    assert practice.goals.strategies(gid) == [done]


def test_delete_goal_cascades(practice: Practice, goal: Goal, client: Client) -> None:
    gid = goal.id or 0
    practice.rate_goal(GoalRating(gid, DAY, 3))
    practice.add_strategy(Strategy(gid, "walk"))
    practice.set_goal_status(gid, GoalStatus.PAUSED, DAY, "holiday")
    GoalRepo(practice.vault).delete(gid)  # the repository cascades; Practice refuses (rated)
    with pytest.raises(NotFound):
        practice.goals.get(gid)
    assert practice.goals.ratings(gid) == []
    assert practice.goals.strategies(gid) == []
    assert practice.goals.history(gid) == []
    assert practice.goals.for_client(client.id or 0) == []


def test_goal_rating_linked_to_deleted_session_survives(
    practice: Practice, goal: Goal, make_session: Callable[..., Session]
) -> None:
    session = make_session()
    practice.rate_goal(GoalRating(goal.id or 0, DAY, 4, session_id=session.id))
    practice.delete_session(session.id or 0)
    assert [r.session_id for r in practice.goals.ratings(goal.id or 0)] == [None]


def test_goal_addressed_in_a_signed_note_cannot_be_deleted(
    practice: Practice, goal: Goal, make_session: Callable[..., Session]
) -> None:
    session = make_session(goal_ids=(goal.id or 0,))
    practice.sign_session(session.id or 0)
    with pytest.raises(RecordLocked):
        practice.delete_goal(goal.id or 0)
    assert practice.goals.get(goal.id or 0) == goal
    assert practice.sessions.get(session.id or 0).goal_ids == (goal.id,)
