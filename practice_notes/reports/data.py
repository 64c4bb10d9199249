"""The input of a progress summary: everything it shows for one period, as plain
frozen values. ``services.reporting`` gathers it from a practice and hands it to
:mod:`practice_notes.reports.builder`; this package never reads the vault itself
and imports nothing above :mod:`practice_notes.domain`.

Private process notes are never put into this structure: what is not here
cannot leak into a PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from practice_notes.domain.enums import Attendance, Instrument, RatingScheme
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    CustomScore,
    Goal,
    GoalRating,
    GoalStatusChange,
    MeasureResult,
    PracticeSettings,
    Strategy,
)


@dataclass(frozen=True)
class GoalData:
    goal: Goal
    ratings: tuple[GoalRating, ...]  # all ratings up to the period end (baseline may be older)
    history: tuple[GoalStatusChange, ...]  # status changes within the period
    strategies: tuple[Strategy, ...]

    @property
    def baseline(self) -> GoalRating | None:
        return self.ratings[0] if self.ratings else None

    @property
    def latest(self) -> GoalRating | None:
        return self.ratings[-1] if self.ratings else None


@dataclass(frozen=True)
class AgreementData:
    topic: str
    current: AgreementVersion
    revisions_in_period: tuple[AgreementVersion, ...]


@dataclass(frozen=True)
class MilestoneData:
    occurred_on: dt.date
    label: str
    note: str


@dataclass(frozen=True)
class AddendumData:
    written_at: dt.datetime
    body: str


@dataclass(frozen=True)
class SessionSummary:
    starts_at: dt.datetime
    attendance: Attendance
    text: str  # the progress note only, never process notes
    addenda: tuple[AddendumData, ...] = ()  # dated corrections, oldest first


@dataclass(frozen=True)
class LastReview:
    """What the last review before this period recorded."""

    held_on: dt.date
    next_steps: str
    client_reflection: str


@dataclass(frozen=True)
class ReportData:
    client_label: str  # preferred name, or the code when pseudonymised
    client_code: str
    settings: PracticeSettings
    period_from: dt.date
    period_to: dt.date
    generated_on: dt.date
    session_count: int
    attendance: Mapping[Attendance, int]  # read-only (a MappingProxyType)
    goals: tuple[GoalData, ...]
    measures: Mapping[Instrument, tuple[MeasureResult, ...]]  # read-only
    custom_scores: tuple[CustomScore, ...]
    checkins: tuple[CheckIn, ...]
    milestones: tuple[MilestoneData, ...]
    agreements: tuple[AgreementData, ...]
    sessions: tuple[SessionSummary, ...]
    names_to_hide: tuple[str, ...]  # for pseudonymised reports: never print these
    pronouns: str = ""
    next_review_on: dt.date | None = None
    last_review: LastReview | None = None
    record_fingerprint: str = ""  # the audit chain's head when printed (verify compares it)

    @property
    def gas_goals(self) -> tuple[GoalData, ...]:
        return tuple(g for g in self.goals if g.goal.scheme is RatingScheme.GAS)
