"""The summary's own words: section introductions and empty-section lines,
change statements, follow-up, addenda, last review and the footer, kept in
one place so that they can be reviewed (and later translated) together. Each
constant and function is plain text (no markup): callers escape it. (Section
titles are ``options.SECTIONS``; headings and table headers remain in the
section builders.)

Clinical wording rules (REPORT-GUIDE.md): the first and latest scores and the
change in points come before any label; caseness is worded neutrally ("in the
range where extra support is often offered"), never as "you no longer
qualify"; a single score never gets a change statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from practice_notes.domain.enums import GoalStatus, Instrument
from practice_notes.domain.measures import (
    SPECS,
    ChangeLabel,
    ChangeSummary,
    MeasureChange,
    severity,
)

# ------------------------------------------------------- section texts
INTRO = ("We made this summary to read together. It shows what we have worked on, what has "
         "changed and what we want to do next. Your view matters most: please tell us what "
         "fits and what does not.")
NO_GOALS = "We have not written down goals yet."
NO_TRIED = "No strategies or homework written down yet."
NO_AGREEMENTS = "No agreements are in force in this period."
AGREEMENTS_INTRO = "The agreements we made about how we work together, as they stand now."
NO_SESSIONS = "No session summaries in this period."
COMMENTS_BOX = "Your comments: what fits, what does not, what could we change?"
GOALS_INTRO = ("Each goal is written in your own words. Ratings go from 0 (not yet) to 10 (fully"
               " reached), or use Goal Attainment Scaling from −2 to +2, where 0 is the level we"
               " expected.")
CHECKIN_INTRO = ("From time to time we checked in on how we work together: our bond, whether we "
                 "work on what matters to you (goals), how we work (tasks), and overall, each from"
                 " 0 to 10.")
NO_CHECKIN = ("We have not done a check-in in this period. What could we change to make our "
              "work more helpful for you?")
CHANGE_QUESTION = "What could we change to make our work more helpful for you?"
SYMPTOMS_INTRO = ("These questionnaires ask about symptoms over the past two weeks. Scores are one "
                  "view among many: what you notice matters as much.")

# ---------------------------------------------------------------- change
IN_RANGE = "in the range where extra support is often offered"
BELOW_RANGE = "below the range where extra support is often offered"

STATUS_WORDS = {
    GoalStatus.ACTIVE: "We are working on this",
    GoalStatus.ACHIEVED: "Reached",
    GoalStatus.REVISED: "We changed this goal",
    GoalStatus.PAUSED: "Paused for now",
    GoalStatus.DISCONTINUED: "We stopped working on this",
}

CHANGE_HEADING = "Change from first to latest score:"
CHANGE_WORDS = {
    ChangeLabel.RELIABLE_RECOVERY: "reliable recovery: a change bigger than day-to-day ups and "
                                   "downs, from scores " + IN_RANGE + " at the start to scores "
                                   "below it on every measure now",
    ChangeLabel.RECOVERY: "recovery: scores started " + IN_RANGE + " and are now below it on "
                          "every measure, though the change is within day-to-day ups and downs",
    ChangeLabel.RELIABLE_IMPROVEMENT: "reliable improvement: a change bigger than day-to-day "
                                      "ups and downs",
    ChangeLabel.RELIABLE_DETERIORATION: "scores went up by more than day-to-day ups and downs; "
                                        "this is worth talking through together",
    ChangeLabel.NO_RELIABLE_CHANGE: "no reliable change yet: differences are within day-to-day "
                                    "ups and downs",
    ChangeLabel.TOO_FEW_SCORES: "no change can be stated yet: each measure has one score in "
                                "this period",
}

ITEM9_INTRO = "One of the PHQ-9 questions asks about thoughts of hurting yourself."
ITEM9_NOTHING_RECORDED = "It is on our list to talk about together."

ADDENDA_HEADING = "Added later"
REFLECTION_HEADING = "In your words, at our last review"
LAST_STEPS_HEADING = "What we agreed at our last review"
NEXT_REVIEW_NONE = "We have not set a date for our next review yet."


def points(m: MeasureChange) -> str:
    """``18 → 4, down 14 points`` (the change before any label)."""
    n = abs(m.points)
    unit = "point" if n == 1 else "points"
    if m.points < 0:
        return f"{m.first} → {m.latest}, down {n} {unit}"
    if m.points > 0:
        return f"{m.first} → {m.latest}, up {n} {unit}"
    return f"{m.first} → {m.latest}, no change in points"


def measure_line(m: MeasureChange) -> str:
    """What can and cannot be concluded from one measure in the period."""
    title = m.spec.title
    where = IN_RANGE if m.latest_at_caseness else BELOW_RANGE
    if not m.has_change:
        return (f"{title}: one score in this period, {m.latest} "
                f"({severity(m.instrument, m.latest)}), {where}. One score cannot show a "
                "change.")
    size = m.spec.reliable_change
    if m.reliably_better or m.reliably_worse:
        judged = f"a change of {size} or more points is bigger than day-to-day ups and downs"
    else:
        judged = f"within day-to-day ups and downs (less than {size} points)"
    return f"{title}: {points(m)}; {judged}. The latest score is {where}."


def _titles(instruments: tuple[Instrument, ...]) -> str:
    return " and ".join(SPECS[i].title for i in instruments)


def overall_line(summary: ChangeSummary) -> str:
    """The combined label, saying which measure drives it."""
    label = summary.labels[0]
    words = CHANGE_WORDS[label]
    if summary.drivers:
        head, _, rest = words.partition(":")
        verb = "shows" if len(summary.drivers) == 1 else "show"
        words = f"{head} ({_titles(summary.drivers)} {verb} this):{rest}"
    text = f"Overall: {words}."
    if (summary.improved and summary.first_at_caseness and summary.latest_at_caseness
            and label is ChangeLabel.RELIABLE_IMPROVEMENT):
        still = tuple(m.instrument for m in summary.measures if m.latest_at_caseness)
        text += (f" We do not call this recovery: the latest {_titles(still)} score is still "
                 f"{IN_RANGE}.")
    return text


def item9_line(taken_on: str, note: str) -> str:
    """What was recorded about the follow-up of an item-9 answer above 0."""
    if note.strip():
        return f"On {taken_on} we noted: {note.strip()}"
    return f"On {taken_on}: {ITEM9_NOTHING_RECORDED}"


def addendum_line(written_at: dt.datetime, day: Callable[[dt.date], str]) -> str:
    return f"Added on {day(written_at.date())}:"


def next_review_line(on: dt.date | None, day: Callable[[dt.date], str]) -> str:
    if on is None:
        return NEXT_REVIEW_NONE
    return f"Our next review is planned for {day(on)}."


#: Pronoun sets recorded for a client, mapped to the possessive the footer uses.
_POSSESSIVES = {"she": "her", "he": "his", "they": "their", "ze": "hir", "xe": "xyr"}


def footer(label: str, pronouns: str, therapist: str, pseudonymised: bool) -> str:
    """The confidentiality footer: the therapist's name, else the client's
    recorded pronouns, never a guessed "their"."""
    if therapist.strip():
        return f"Confidential: prepared for {label} and {therapist.strip()}."
    first = pronouns.strip().lower().split("/")[0].strip()
    possessive = _POSSESSIVES.get(first)
    if possessive and not pseudonymised:
        return f"Confidential: prepared for {label} and {possessive} therapist."
    return f"Confidential: prepared for {label} and the therapist named above."
