"""Everything a progress summary shows, gathered from the vault for one period.

Private process notes are never read into this structure: what is not here
cannot leak into a PDF.
"""

from __future__ import annotations

import datetime as dt
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
from practice_notes.domain.notes import note_text
from practice_notes.reports.options import ReportOptions
from practice_notes.services.practice import Practice


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
class SessionSummary:
    starts_at: dt.datetime
    attendance: Attendance
    text: str  # the progress note only, never process notes


@dataclass(frozen=True)
class ReportData:
    client_label: str  # preferred name, or the code when pseudonymised
    client_code: str
    settings: PracticeSettings
    period_from: dt.date
    period_to: dt.date
    generated_on: dt.date
    session_count: int
    attendance: dict[Attendance, int]
    goals: tuple[GoalData, ...]
    measures: dict[Instrument, tuple[MeasureResult, ...]]
    custom_scores: tuple[CustomScore, ...]
    checkins: tuple[CheckIn, ...]
    milestones: tuple[MilestoneData, ...]
    agreements: tuple[AgreementData, ...]
    sessions: tuple[SessionSummary, ...]
    names_to_hide: tuple[str, ...]  # for pseudonymised reports: never print these

    @property
    def gas_goals(self) -> tuple[GoalData, ...]:
        return tuple(g for g in self.goals if g.goal.scheme is RatingScheme.GAS)


def _within(day: dt.date, options: ReportOptions) -> bool:
    return options.period_from <= day <= options.period_to


def gather(practice: Practice, options: ReportOptions) -> ReportData:
    options.check()
    cid = options.client_id
    client = practice.clients.get(cid)
    end = options.period_to
    sessions = practice.sessions.for_client(cid, options.period_from, end)
    attendance = dict.fromkeys(Attendance, 0)
    for s in sessions:
        attendance[s.attendance] += 1
    ratings = practice.goals.ratings_for_client(cid)
    goals = []
    for g in practice.goals.for_client(cid):
        history = tuple(
            h for h in practice.goals.history(g.id or 0) if _within(h.changed_on, options)
        )
        goal_ratings = tuple(r for r in ratings.get(g.id or 0, ()) if r.rated_on <= end)
        created = g.agreed_on or options.period_from
        if created > end:
            continue
        goals.append(
            GoalData(g, goal_ratings, history, tuple(practice.goals.strategies(g.id or 0)))
        )
    measures = {
        inst: tuple(
            m for m in practice.measures.for_client(cid, inst) if _within(m.taken_on, options)
        )
        for inst in Instrument
    }
    kinds = {k.id: k.label for k in practice.milestone_kinds.all()}
    milestones = tuple(
        MilestoneData(m.occurred_on, m.custom_label or kinds.get(m.kind_id, "Milestone"), m.note)
        for m in practice.milestones.for_client(cid)
        if _within(m.occurred_on, options)
    )
    topics = {t.id: t.label for t in practice.agreement_topics.all()}
    all_versions = practice.agreements.for_client(cid)
    agreements = []
    for current in practice.agreements_in_force(cid, end):
        series = [v for v in all_versions if v.series_id == current.series_id]
        revised = tuple(v for v in series if v.version > 1 and _within(v.agreed_on, options))
        agreements.append(
            AgreementData(topics.get(current.topic_id, "Agreement"), current, revised)
        )
    agreements.sort(key=lambda a: (a.topic, a.current.series_id or 0))
    summaries = tuple(
        SessionSummary(s.starts_at, s.attendance, note_text(s.note_format, s.note_fields))
        for s in sessions
    )
    label = client.code if options.pseudonymise else client.name
    hide = (client.display_name, client.preferred_name) if options.pseudonymise else ()
    return ReportData(
        client_label=label,
        client_code=client.code,
        settings=practice.settings.load(),
        period_from=options.period_from,
        period_to=end,
        generated_on=options.generated_on or dt.date.today(),
        session_count=attendance[Attendance.ATTENDED],
        attendance=attendance,
        goals=tuple(goals),
        measures=measures,
        custom_scores=tuple(
            s for s in practice.measures.custom_for_client(cid) if _within(s.taken_on, options)
        ),
        checkins=tuple(
            c for c in practice.checkins.for_client(cid) if _within(c.checked_on, options)
        ),
        milestones=milestones,
        agreements=tuple(agreements),
        sessions=summaries,
        names_to_hide=tuple(n for n in hide if n.strip()),
    )
