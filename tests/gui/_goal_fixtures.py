"""Data for the Goals panel tests: a real temporary vault with one client, and
small builders for goals, ratings and sessions. No fixtures here (the test files
define their own, so nothing clashes with tests/gui/conftest.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from practice_notes.domain.enums import Rater, RatingScheme
from practice_notes.domain.models import Client, Goal, GoalRating, PracticeSettings, Session
from practice_notes.services import Practice
from practice_notes.services.unlock import create_practice

PASSPHRASE = "correct horse battery staple"
TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=120)
LEVELS = (
    "Stays at home, does not try",
    "Walks to the gate",
    "Walks to the shop with someone",
    "Walks to the shop alone once a week",
    "Walks to the shop alone whenever needed",
)


def make_practice(folder: Path) -> tuple[Practice, int]:
    practice = create_practice(folder / "goals.vault", PASSPHRASE,
                               PracticeSettings(therapist_name="Sam Rivers"))
    client = practice.add_client(Client(code="AB-01", display_name="Alex Brown"))
    assert client.id is not None
    return practice, client.id


def scale_goal(practice: Practice, client_id: int, words: str = "Sleep through the night",
               **kw: object) -> Goal:
    return practice.add_goal(Goal(client_id, words, agreed_on=START, **kw))  # type: ignore[arg-type]


def gas_goal(practice: Practice, client_id: int,
             words: str = "Walk to the corner shop on my own") -> Goal:
    return practice.add_goal(Goal(client_id, words, agreed_on=START, scheme=RatingScheme.GAS,
                                  gas_levels=LEVELS))


def rate(practice: Practice, goal: Goal, *values: int, by: Rater = Rater.TOGETHER,
         every: int = 14, session_id: int | None = None) -> list[GoalRating]:
    return [practice.rate_goal(GoalRating(goal.id or 0, START + dt.timedelta(days=every * i + 1),
                                          v, by, session_id=session_id))
            for i, v in enumerate(values)]


def session(practice: Practice, client_id: int, days_after_start: int = 7,
            goal_ids: tuple[int, ...] = (), signed: bool = False) -> Session:
    when = dt.datetime.combine(START + dt.timedelta(days=days_after_start), dt.time(10, 0))
    s = practice.save_session(Session(client_id, when, goal_ids=goal_ids,
                                      note_fields={"subjective": "talked"}))
    if signed:
        s = practice.sign_session(s.id or 0)
    return s
