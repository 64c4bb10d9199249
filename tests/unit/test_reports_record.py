"""What the record holds reaches the page where the guide puts it: addenda,
dated, under their note; the last review's next steps and the client's own
reflection; the next review date; outcome words said once; a footer that
names the therapist or uses the recorded pronouns."""

from __future__ import annotations

import datetime as dt

from practice_notes.domain.enums import GoalStatus, NoteFormat, OutcomeRating
from practice_notes.domain.models import (
    Client,
    Goal,
    PracticeSettings,
    Review,
    Session,
    Strategy,
)
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import make_report
from tests.unit import report_kit as rk

DAY = dt.datetime(2025, 1, 10, 9, 0)


def _text(practice: Practice, cid: int, sections: set[str]) -> str:
    return rk.all_text(make_report(practice, rk.options(cid, sections=frozenset(sections)),
                                   record=False))


def test_addenda_print_dated_under_their_note(practice: Practice) -> None:
    cid = practice.add_client(Client("AD-01", "Ada Quill")).id or 0
    first = practice.save_session(Session(cid, DAY, note_format=NoteFormat.FREE,
                                          note_fields={"note": "Firstnote talked about sleep"}))
    practice.sign_session(first.id or 0, DAY + dt.timedelta(hours=1))
    practice.add_addendum(first.id or 0, "Correction one: it was two weeks",
                          DAY + dt.timedelta(days=2))
    practice.add_addendum(first.id or 0, "Correction two: wrong date", DAY + dt.timedelta(days=9))
    second = practice.save_session(Session(cid, DAY + dt.timedelta(days=7),
                                           note_format=NoteFormat.FREE,
                                           note_fields={"note": "Secondnote walked"}))
    assert second.id
    text = _text(practice, cid, {"sessions"})
    assert "Added on 12 Jan 2025: Correction one: it was two weeks" in text
    assert "Added on 19 Jan 2025: Correction two: wrong date" in text
    order = [text.index(w) for w in ("Firstnote", "Correction one", "Correction two",
                                     "Secondnote")]
    assert order == sorted(order)


def test_last_review_steps_reflection_and_next_review_date(practice: Practice) -> None:
    cid = practice.add_client(Client("RV-01", "Rhea Vale", pronouns="she/her",
                                     next_review_on=dt.date(2025, 6, 2))).id or 0
    practice.add_review(Review(cid, dt.date(2024, 11, 20), dt.date(2024, 8, 1),
                               dt.date(2024, 11, 19), next_steps="Laststepsmark walk twice a week",
                               client_reflection="Reflmark I feel more able to say no"))
    text = _text(practice, cid, {"next_steps"})
    assert "What we agreed at our last review (20 Nov 2024) Laststepsmark walk twice" in text
    assert "In your words, at our last review (20 Nov 2024)" in text
    assert "“Reflmark I feel more able to say no”" in text
    assert "Our next review is planned for 2 Jun 2025." in text
    assert text.index("Laststepsmark") < text.index(rk.NEXT_STEPS.split()[0])


def test_words_are_not_doubled(practice: Practice) -> None:
    cid = practice.add_client(Client("DW-01", "Dee Wren")).id or 0
    goal = practice.add_goal(Goal(cid, "I want to sleep through", agreed_on=dt.date(2024, 12, 2)))
    practice.set_goal_status(goal.id or 0, GoalStatus.ACHIEVED, dt.date(2025, 2, 1),
                             "Achieved: sleeping most nights")
    practice.add_strategy(Strategy(goal.id or 0, "Wind-down hour", outcome=OutcomeRating.HELPED,
                                   outcome_note="Helped most on workdays"))
    text = _text(practice, cid, {"goals", "tried"})
    assert "Achieved: sleeping most nights" in text
    assert "Achieved: Achieved" not in text
    assert "Helped most on workdays" in text and "Helped — Helped" not in text


def test_footer_uses_the_recorded_pronouns_without_a_therapist_name(practice: Practice) -> None:
    practice.save_settings(PracticeSettings())
    cid = practice.add_client(Client("PR-01", "Pia Rowe", pronouns="she/her")).id or 0
    text = _text(practice, cid, {"attendance"})
    assert "Confidential: prepared for Pia Rowe and her therapist." in text
    assert "their therapist" not in text
