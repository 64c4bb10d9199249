"""What the Goals panel shows, as plain functions and table columns: rating texts,
the chart's series, the GAS summary, and the columns of its four tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from practice_notes.domain.enums import GoalStatus, Rater, RatingScheme
from practice_notes.domain.gas import GAS_LEVEL_NAMES, t_score
from practice_notes.domain.models import Goal, GoalRating
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate
from practice_notes.ui.charts import GAS_Y_LABELS, Series
from practice_notes.ui.panels.records import Column

# The labelled 0–10 scale the progress summary uses too.
SCALE_Y_LABELS: Mapping[float, str] = {
    0: "0 not yet", 2: "2", 4: "4", 6: "6", 8: "8", 10: "10 fully reached",
}
SCALE_GUIDE = "0 = not yet, 10 = fully reached"
GAS_GUIDE = ("0 is the expected level: what we hope to see by the target date. "
             "−1 and −2 are less than expected, +1 and +2 more. Below 0 is not a failure.")
# Goals that count in the GAS summary: the revised ones live on in their new
# wording, and discontinued ones were set aside together.
SUMMARY_STATUSES = (GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.PAUSED)
# Goals being worked on first, then the ones set aside, each in the order agreed.
STATUS_ORDER = (GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.ACHIEVED, GoalStatus.REVISED,
                GoalStatus.DISCONTINUED)
RATER_STYLE = {Rater.TOGETHER: 0, Rater.CLIENT: 1, Rater.THERAPIST: 2}


def day_text(day: dt.date | None, empty: str = "—") -> str:
    return f"{day.day} {day:%b %Y}" if day else empty


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def signed_value(value: int, scheme: RatingScheme) -> str:
    if scheme is RatingScheme.GAS:
        return "0" if value == 0 else f"{value:+d}".replace("-", "−")
    return str(value)


def level_text(goal: Goal, value: int) -> str:
    """What a rating means: the GAS level's name and the goal's own words for it,
    or the anchor of the 0–10 scale."""
    if goal.scheme is RatingScheme.GAS:
        words = GAS_LEVEL_NAMES.get(value, "")
        own = goal.gas_levels[value + 2] if len(goal.gas_levels) == 5 and -2 <= value <= 2 else ""
        return f"{words}: {own}" if own else words
    if value == 0:
        return "not yet"
    if value == 10:
        return "fully reached"
    return f"{value} of 10"


def rating_text(goal: Goal, value: int) -> str:
    """Short text for tables: '+1 more' (GAS, as on the chart's axis) or '7 of 10'."""
    if goal.scheme is RatingScheme.GAS:
        return GAS_Y_LABELS.get(value, signed_value(value, goal.scheme))
    return f"{value} of 10"


def chart_series(ratings: Sequence[GoalRating]) -> list[Series]:
    """One series per rater present, so client's and therapist's views stay apart."""
    by_rater: dict[Rater, list[tuple[dt.date, float]]] = {}
    for r in ratings:
        by_rater.setdefault(r.rated_by, []).append((r.rated_on, float(r.value)))
    return [
        Series(f"{rater.label}", tuple(sorted(points, key=lambda p: p[0])), RATER_STYLE[rater])
        for rater, points in sorted(by_rater.items(), key=lambda kv: RATER_STYLE[kv[0]])
    ]


def chart_labels(scheme: RatingScheme) -> Mapping[float, str]:
    return GAS_Y_LABELS if scheme is RatingScheme.GAS else SCALE_Y_LABELS


def latest(ratings: Iterable[GoalRating]) -> GoalRating | None:
    return max(ratings, key=lambda r: (r.rated_on, r.id or 0), default=None)


@dataclass(frozen=True)
class GasSummary:
    score: float
    goals: int


def gas_summary(goals: Sequence[Goal],
                ratings: Mapping[int, Sequence[GoalRating]]) -> GasSummary | None:
    """The GAS T-score over the latest rating of each GAS goal that counts
    (active, achieved or paused), weighted by the goals' weights."""
    levels: list[int] = []
    weights: list[float] = []
    for goal in goals:
        if goal.scheme is not RatingScheme.GAS or goal.status not in SUMMARY_STATUSES:
            continue
        last = latest(ratings.get(goal.id or 0, ()))
        if last is None:
            continue
        levels.append(last.value)
        weights.append(goal.weight)
    if not levels:
        return None
    return GasSummary(t_score(levels, weights), len(levels))


def gas_summary_text(summary: GasSummary | None) -> str:
    if summary is None:
        return ""
    goals = "goal" if summary.goals == 1 else "goals"
    return (f"GAS summary T-score: {summary.score:.1f} "
            f"(latest ratings of {summary.goals} {goals}; 50 = as expected)")


# ------------------------------------------------------------------ table rows
@dataclass(frozen=True)
class GoalRow:
    goal: Goal
    latest: GoalRating | None


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _latest_sort(row: GoalRow) -> float:
    if row.latest is None:
        return -1000.0
    low, high = row.goal.scheme.bounds
    return (row.latest.value - low) / (high - low)


GOAL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Goal"), lambda r: first_line(r.goal.client_words),
           accessible=lambda r: r.goal.client_words),
    Column(QT_TRANSLATE_NOOP("Column", "Scale"),
           lambda r: "GAS" if r.goal.scheme is RatingScheme.GAS else "0–10",
           accessible=lambda r: r.goal.scheme.label),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda r: r.goal.status.label,
           sort=lambda r: f"{STATUS_ORDER.index(r.goal.status)}#{r.goal.id or 0:09d}"),
    Column(QT_TRANSLATE_NOOP("Column", "Latest"),
           lambda r: signed_value(r.latest.value, r.goal.scheme) if r.latest else "—",
           sort=_latest_sort, numeric=True,
           accessible=lambda r: rating_text(r.goal, r.latest.value) if r.latest
           else translate("Goals", "Not rated yet")),
    Column(QT_TRANSLATE_NOOP("Column", "Rated on"),
           lambda r: day_text(r.latest.rated_on if r.latest else None),
           sort=lambda r: _iso(r.latest.rated_on if r.latest else None)),
    Column(QT_TRANSLATE_NOOP("Column", "Target"), lambda r: day_text(r.goal.target_on),
           sort=lambda r: _iso(r.goal.target_on)),
)

STATUS_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda c: day_text(c.changed_on),
           sort=lambda c: f"{c.changed_on.isoformat()}#{c.id or 0:09d}"),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda c: c.status.label),
    Column(QT_TRANSLATE_NOOP("Column", "Reason"),
           lambda c: first_line(c.reason, 200), accessible=lambda c: c.reason),
)

STRATEGY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Strategy or homework"), lambda s: first_line(s.description),
           accessible=lambda s: s.description),
    Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda s: s.kind.label),
    Column(QT_TRANSLATE_NOOP("Column", "Started"),
           lambda s: day_text(s.started_on), sort=lambda s: _iso(s.started_on)),
    Column(QT_TRANSLATE_NOOP("Column", "How it went"), lambda s: s.outcome.label),
    Column(QT_TRANSLATE_NOOP("Column", "Note"),
           lambda s: first_line(s.outcome_note), accessible=lambda s: s.outcome_note),
)


@dataclass(frozen=True)
class RatingRow:
    goal: Goal
    rating: GoalRating
    session_day: dt.date | None = None


RATING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda r: day_text(r.rating.rated_on),
           sort=lambda r: f"{r.rating.rated_on.isoformat()}#{r.rating.id or 0:09d}"),
    Column(QT_TRANSLATE_NOOP("Column", "Rating"), lambda r: rating_text(r.goal, r.rating.value),
           sort=lambda r: float(r.rating.value),
           accessible=lambda r: level_text(r.goal, r.rating.value)),
    Column(QT_TRANSLATE_NOOP("Column", "By"), lambda r: r.rating.rated_by.label),
    Column(QT_TRANSLATE_NOOP("Column", "Note"),
           lambda r: first_line(r.rating.note), accessible=lambda r: r.rating.note),
    Column(QT_TRANSLATE_NOOP("Column", "Session"), lambda r: day_text(r.session_day, ""),
           sort=lambda r: _iso(r.session_day)),
)
