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
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate

# ------------------------------------------------------- section texts
INTRO = QT_TRANSLATE_NOOP(
    "Report", "We made this summary to read together. It shows what we have worked on, what has "
              "changed and what we want to do next. Your view matters most: please tell us what "
              "fits and what does not.")
NO_GOALS = QT_TRANSLATE_NOOP("Report", "We have not written down goals yet.")
NO_TRIED = QT_TRANSLATE_NOOP("Report", "No strategies or homework written down yet.")
NO_AGREEMENTS = QT_TRANSLATE_NOOP("Report", "No agreements are in force in this period.")
AGREEMENTS_INTRO = QT_TRANSLATE_NOOP(
    "Report", "The agreements we made about how we work together, as they stand now.")
NO_SESSIONS = QT_TRANSLATE_NOOP("Report", "No session summaries in this period.")
COMMENTS_BOX = QT_TRANSLATE_NOOP(
    "Report", "Your comments: what fits, what does not, what could we change?")
GOALS_INTRO = QT_TRANSLATE_NOOP(
    "Report", "Each goal is written in your own words. Ratings go from 0 (not yet) to 10 (fully "
              "reached), or use Goal Attainment Scaling from −2 to +2, where 0 is the level we "
              "expected.")
CHECKIN_INTRO = QT_TRANSLATE_NOOP(
    "Report", "From time to time we checked in on how we work together: our bond, whether we "
              "work on what matters to you (goals), how we work (tasks), and overall, each from "
              "0 to 10.")
NO_CHECKIN = QT_TRANSLATE_NOOP(
    "Report", "We have not done a check-in in this period. What could we change to make our work "
              "more helpful for you?")
CHANGE_QUESTION = QT_TRANSLATE_NOOP(
    "Report", "What could we change to make our work more helpful for you?")
SYMPTOMS_INTRO = QT_TRANSLATE_NOOP(
    "Report", "These questionnaires ask about symptoms over the past two weeks. Scores are one "
              "view among many: what you notice matters as much.")

# ---------------------------------------------------------------- change
IN_RANGE = QT_TRANSLATE_NOOP("Report", "in the range where extra support is often offered")
BELOW_RANGE = QT_TRANSLATE_NOOP("Report", "below the range where extra support is often offered")

STATUS_WORDS = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("Report", "We are working on this"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Report", "Reached"),
    GoalStatus.REVISED: QT_TRANSLATE_NOOP("Report", "We changed this goal"),
    GoalStatus.PAUSED: QT_TRANSLATE_NOOP("Report", "Paused for now"),
    GoalStatus.DISCONTINUED: QT_TRANSLATE_NOOP("Report", "We stopped working on this"),
}

CHANGE_HEADING = QT_TRANSLATE_NOOP("Report", "Change from first to latest score:")
CHANGE_WORDS = {
    ChangeLabel.RELIABLE_RECOVERY: QT_TRANSLATE_NOOP(
        "Report", "reliable recovery: a change bigger than day-to-day ups and downs, from scores "
                  "in the range where extra support is often offered at the start to scores below "
                  "it on every measure now"),
    ChangeLabel.RECOVERY: QT_TRANSLATE_NOOP(
        "Report", "recovery: scores started in the range where extra support is often offered and "
                  "are now below it on every measure, though the change is within day-to-day ups "
                  "and downs"),
    ChangeLabel.RELIABLE_IMPROVEMENT: QT_TRANSLATE_NOOP(
        "Report", "reliable improvement: a change bigger than day-to-day ups and downs"),
    ChangeLabel.RELIABLE_DETERIORATION: QT_TRANSLATE_NOOP(
        "Report", "scores went up by more than day-to-day ups and downs; this is worth talking "
                  "through together"),
    ChangeLabel.NO_RELIABLE_CHANGE: QT_TRANSLATE_NOOP(
        "Report", "no reliable change yet: differences are within day-to-day ups and downs"),
    ChangeLabel.TOO_FEW_SCORES: QT_TRANSLATE_NOOP(
        "Report", "no change can be stated yet: each measure has one score in this period"),
}

ITEM9_INTRO = QT_TRANSLATE_NOOP(
    "Report", "One of the PHQ-9 questions asks about thoughts of hurting yourself.")
ITEM9_NOTHING_RECORDED = QT_TRANSLATE_NOOP("Report", "It is on our list to talk about together.")

ADDENDA_HEADING = QT_TRANSLATE_NOOP("Report", "Added later")
REFLECTION_HEADING = QT_TRANSLATE_NOOP("Report", "In your words, at our last review")
LAST_STEPS_HEADING = QT_TRANSLATE_NOOP("Report", "What we agreed at our last review")
NEXT_REVIEW_NONE = QT_TRANSLATE_NOOP("Report", "We have not set a date for our next review yet.")


def tr(text: str) -> str:
    """One of the constants above (or ``STATUS_WORDS``/``CHANGE_WORDS``), translated."""
    return translate("Report", text)


def points(m: MeasureChange) -> str:
    """``18 → 4, down 14 points`` (the change before any label)."""
    n = abs(m.points)
    if m.points < 0:
        text = (translate("Report", "{first} → {latest}, down %n point", "", n) if n == 1
                else translate("Report", "{first} → {latest}, down %n points", "", n))
    elif m.points > 0:
        text = (translate("Report", "{first} → {latest}, up %n point", "", n) if n == 1
                else translate("Report", "{first} → {latest}, up %n points", "", n))
    else:
        text = translate("Report", "{first} → {latest}, no change in points")
    return text.format(first=m.first, latest=m.latest)


def measure_line(m: MeasureChange) -> str:
    """What can and cannot be concluded from one measure in the period."""
    title = m.spec.title
    where = tr(IN_RANGE if m.latest_at_caseness else BELOW_RANGE)
    if not m.has_change:
        return translate(
            "Report", "{title}: one score in this period, {score} ({severity}), {where}. One "
            "score cannot show a change.").format(
                title=title, score=m.latest, severity=severity(m.instrument, m.latest),
                where=where)
    size = m.spec.reliable_change
    if m.reliably_better or m.reliably_worse:
        judged = translate("Report", "a change of {size} or more points is bigger than "
                           "day-to-day ups and downs").format(size=size)
    else:
        judged = translate("Report", "within day-to-day ups and downs (less than {size} "
                           "points)").format(size=size)
    return translate("Report", "{title}: {points}; {judged}. The latest score is {where}.").format(
        title=title, points=points(m), judged=judged, where=where)


def _titles(instruments: tuple[Instrument, ...]) -> str:
    titles = [SPECS[i].title for i in instruments]
    text = titles[0] if titles else ""
    for title in titles[1:]:
        text = translate("Report", "{first} and {second}").format(first=text, second=title)
    return text


def overall_line(summary: ChangeSummary) -> str:
    """The combined label, saying which measure drives it."""
    label = summary.labels[0]
    words = tr(CHANGE_WORDS[label])
    if summary.drivers:
        head, _, rest = words.partition(":")
        if len(summary.drivers) == 1:
            words = translate("Report", "{label} ({measures} shows this):{rest}")
        else:
            words = translate("Report", "{label} ({measures} show this):{rest}")
        words = words.format(label=head, measures=_titles(summary.drivers), rest=rest)
    text = translate("Report", "Overall: {words}.").format(words=words)
    if (summary.improved and summary.first_at_caseness and summary.latest_at_caseness
            and label is ChangeLabel.RELIABLE_IMPROVEMENT):
        still = tuple(m.instrument for m in summary.measures if m.latest_at_caseness)
        text += " " + translate(
            "Report", "We do not call this recovery: the latest {measures} score is still in "
            "the range where extra support is often offered.").format(measures=_titles(still))
    return text


def item9_line(taken_on: str, note: str) -> str:
    """What was recorded about the follow-up of an item-9 answer above 0."""
    if note.strip():
        return translate("Report", "On {date} we noted: {note}").format(
            date=taken_on, note=note.strip())
    return translate("Report", "On {date}: {nothing_recorded}").format(
        date=taken_on, nothing_recorded=tr(ITEM9_NOTHING_RECORDED))


def addendum_line(written_at: dt.datetime, day: Callable[[dt.date], str]) -> str:
    return translate("Report", "Added on {date}:").format(date=day(written_at.date()))


def next_review_line(on: dt.date | None, day: Callable[[dt.date], str]) -> str:
    if on is None:
        return tr(NEXT_REVIEW_NONE)
    return translate("Report", "Our next review is planned for {date}.").format(date=day(on))


#: Pronoun sets recorded for a client, mapped to the possessive the footer uses.
_POSSESSIVES = {"she": "her", "he": "his", "they": "their", "ze": "hir", "xe": "xyr"}


def footer(label: str, pronouns: str, therapist: str, pseudonymised: bool) -> str:
    """The confidentiality footer: the therapist's name, else the client's
    recorded pronouns, never a guessed "their"."""
    if therapist.strip():
        return translate("Report", "Confidential: prepared for {client} and {therapist}.").format(
            client=label, therapist=therapist.strip())
    first = pronouns.strip().lower().split("/")[0].strip()
    possessive = _POSSESSIVES.get(first)
    if possessive == "her" and not pseudonymised:
        return translate("Report", "Confidential: prepared for {client} and her therapist.",
                         "pronouns she/her").format(client=label)
    if possessive == "his" and not pseudonymised:
        return translate("Report", "Confidential: prepared for {client} and his therapist.",
                         "pronouns he/him").format(client=label)
    if possessive == "their" and not pseudonymised:
        return translate("Report", "Confidential: prepared for {client} and their therapist.",
                         "pronouns they/them").format(client=label)
    if possessive == "hir" and not pseudonymised:
        return translate("Report", "Confidential: prepared for {client} and hir therapist.",
                         "pronouns ze/hir").format(client=label)
    if possessive == "xyr" and not pseudonymised:
        return translate("Report", "Confidential: prepared for {client} and xyr therapist.",
                         "pronouns xe/xyr").format(client=label)
    return translate("Report", "Confidential: prepared for {client} and the therapist named "
                     "above.").format(client=label)
