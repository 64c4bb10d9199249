"""Never fail on text a therapist can type: every free-text field that a
summary prints, long enough to be taller than a page in a table cell (and
one unbroken run of thousands of characters), prints in full with all
sections on; the fields that sit in table cells also at the app's maximum
length (``MAX_TEXT``, 2,000,000 characters)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from practice_notes.domain.enums import GoalStatus, Instrument, NoteFormat, RatingScheme
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    Review,
    Session,
    Strategy,
)
from practice_notes.domain.rules import MAX_TEXT
from practice_notes.reports.options import SECTIONS
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import make_report
from tests.unit import report_kit as rk

ALL = frozenset(SECTIONS)
SENTENCE = "We tried it & it helped <a bit>. "
DAY = dt.date(2025, 1, 6)


def long_text(tag: str, size: int) -> str:
    """``Start<tag>`` … ``End<tag>``, ``size`` characters, with one unbroken
    run of 3,500 characters in the middle."""
    run = "x" * 3500
    fill = max(0, size - len(run) - 40)
    half = SENTENCE * (fill // len(SENTENCE) // 2)
    return f"Start{tag} {half}{run} {half}End{tag}"


def _client(practice: Practice, size: int, fields: set[str]) -> int:
    def text(tag: str) -> str:
        return long_text(tag, size) if tag in fields else f"Short{tag}"

    cid = practice.add_client(Client("LX-01", "Lex Long")).id or 0
    goal = practice.add_goal(Goal(cid, text("Words"), text("Why"), agreed_on=DAY,
                                  scheme=RatingScheme.GAS,
                                  gas_levels=tuple(text(f"Level{n}") for n in range(5))))
    gid = goal.id or 0
    practice.rate_goal(GoalRating(gid, DAY, -1))
    practice.rate_goal(GoalRating(gid, DAY + dt.timedelta(days=30), 1))
    practice.set_goal_status(gid, GoalStatus.PAUSED, DAY + dt.timedelta(days=31), text("Reason"))
    practice.add_strategy(Strategy(gid, text("Strategy"), outcome_note=text("Outcome")))
    session = practice.save_session(Session(cid, dt.datetime(2025, 1, 6, 9),
                                            note_format=NoteFormat.FREE,
                                            note_fields={"note": text("Note")}))
    practice.sign_session(session.id or 0, dt.datetime(2025, 1, 6, 11))
    practice.add_addendum(session.id or 0, text("Addendum"), dt.datetime(2025, 1, 7, 9))
    kinds = practice.milestone_kinds.all()
    practice.add_milestone(Milestone(cid, kinds[0].id or 0, DAY, note=text("Milestone")))
    practice.add_checkin(CheckIn(cid, DAY, 7, 7, 7, 7, comment=text("Comment")))
    topic = practice.agreement_topics.all()[0]
    first = practice.add_agreement(AgreementVersion(cid, topic.id or 0, text("Wording"), DAY))
    practice.revise_agreement(first.series_id or 0, text("Wording2"), DAY + dt.timedelta(days=1),
                              None, text("Revision"))
    practice.add_measure(MeasureResult(cid, Instrument.PHQ9, DAY, (2, 2, 2, 2, 1, 1, 1, 1, 1),
                                       note=text("Followup")))
    practice.add_review(Review(cid, dt.date(2024, 11, 20), dt.date(2024, 8, 1),
                               dt.date(2024, 11, 19), next_steps=text("Laststeps"),
                               client_reflection=text("Reflection")))
    return cid


TAGS = ("Words", "Why", *(f"Level{n}" for n in range(5)), "Reason", "Strategy", "Outcome",
        "Note", "Addendum", "Milestone", "Comment", "Wording2", "Revision", "Followup",
        "Laststeps", "Reflection", "Narrative", "Nextsteps")


def test_every_field_longer_than_a_page_prints_in_full(practice: Practice) -> None:
    """Each field 12,000 characters: a table cell of it is taller than a page
    (the old LayoutError at 4,000-8,000 characters, or 3,000 unbroken)."""
    size = 12_000
    cid = _client(practice, size, set(TAGS))
    opts = rk.options(cid, sections=ALL, narrative=long_text("Narrative", size),
                      next_steps=long_text("Nextsteps", size))
    text = rk.all_text(make_report(practice, opts, record=False))
    missing = [t for t in TAGS if f"Start{t}" not in text or f"End{t}" not in text]
    assert missing == []
    assert text.count("x") >= 3500 * len(TAGS)  # every unbroken run, whole


@pytest.mark.slow
@pytest.mark.parametrize("tag", ["Strategy", "Outcome", "Level0"])
def test_table_cell_fields_at_the_maximum_length_print(practice: Practice, tag: str) -> None:
    cid = _client(practice, MAX_TEXT, {tag})
    started = time.monotonic()
    pdf = make_report(practice, rk.options(cid, sections=frozenset({"goals", "tried"})),
                      record=False)
    elapsed = time.monotonic() - started
    assert elapsed < 120, f"{tag} at {MAX_TEXT:,} characters took {elapsed:.0f} s"
    pages = rk.reader(pdf).pages
    assert len(pages) > 300
    tail = "".join(rk.flat(p.extract_text()) for p in pages[-4:])
    assert f"End{tag}" in tail
    assert f"Start{tag}" in "".join(rk.flat(p.extract_text()) for p in pages[:5])
