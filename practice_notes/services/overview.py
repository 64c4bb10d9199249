"""What the Overview shows first for a client, computed without Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from practice_notes.domain.enums import Attendance, GoalStatus, Instrument
from practice_notes.domain.measures import (
    SPECS,
    ChangeSummary,
    assess_change,
    item9_open,
    severity,
)
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
)
from practice_notes.services.practice import Practice

REVIEW_SOON_DAYS = 14
ATTENDANCE_DAYS = 90


@dataclass(frozen=True)
class GoalLine:
    goal: Goal
    ratings: tuple[GoalRating, ...]

    @property
    def latest(self) -> GoalRating | None:
        return self.ratings[-1] if self.ratings else None


@dataclass(frozen=True)
class AgreementDue:
    agreement: AgreementVersion
    topic: str
    overdue: bool


@dataclass(frozen=True)
class MilestoneLine:
    milestone: Milestone
    label: str


@dataclass(frozen=True)
class SymptomLine:
    """One measure (PHQ-9 or GAD-7) on the Overview: its latest score with the
    severity band, its first score, and every score in date order for a trend."""

    instrument: Instrument
    first: MeasureResult
    latest: MeasureResult
    scores: tuple[MeasureResult, ...]

    @property
    def title(self) -> str:
        return SPECS[self.instrument].title

    @property
    def max_total(self) -> int:
        return SPECS[self.instrument].max_total

    @property
    def band(self) -> str:
        return severity(self.instrument, self.latest.total)

    @property
    def change(self) -> int | None:
        """Points since the first score (negative: down); None with one score."""
        return self.latest.total - self.first.total if len(self.scores) >= 2 else None


@dataclass(frozen=True)
class Symptoms:
    """PHQ-9 / GAD-7 for the Overview, and the item-9 answers above 0 whose
    follow-up is not recorded yet (oldest first)."""

    lines: tuple[SymptomLine, ...] = ()
    summary: ChangeSummary | None = None
    item9_open: tuple[MeasureResult, ...] = ()


def client_symptoms(practice: Practice, client_id: int) -> Symptoms:
    results = sorted(practice.measures.for_client(client_id),
                     key=lambda m: (m.taken_on, m.id or 0))
    lines = []
    for instrument in SPECS:
        mine = tuple(m for m in results if m.instrument is instrument)
        if mine:
            lines.append(SymptomLine(instrument, mine[0], mine[-1], mine))
    summary = assess_change({line.instrument: [m.total for m in line.scores]
                             for line in lines})
    waiting = tuple(m for m in results if item9_open(m.instrument, m.items, m.note))
    return Symptoms(tuple(lines), summary, waiting)


@dataclass(frozen=True)
class ClientOverview:
    client: Client
    today: dt.date
    goals: tuple[GoalLine, ...]
    agreements_due: tuple[AgreementDue, ...]
    recent_milestones: tuple[MilestoneLine, ...]
    checkins: tuple[CheckIn, ...]
    attendance: dict[Attendance, int]
    next_review_on: dt.date | None
    symptoms: Symptoms = Symptoms()

    @property
    def last_checkin(self) -> CheckIn | None:
        return self.checkins[-1] if self.checkins else None


def client_overview(
    practice: Practice, client_id: int, today: dt.date | None = None, milestones: int = 5
) -> ClientOverview:
    day = today or dt.date.today()
    client = practice.clients.get(client_id)
    ratings = practice.goals.ratings_for_client(client_id)
    goals = tuple(
        GoalLine(g, tuple(ratings.get(g.id or 0, ())))
        for g in practice.goals.for_client(client_id)
        if g.status is GoalStatus.ACTIVE
    )
    topics = {t.id: t.label for t in practice.agreement_topics.all()}
    due = []
    for a in practice.agreements_in_force(client_id, day):
        if a.review_on is not None and a.review_on <= day + dt.timedelta(days=REVIEW_SOON_DAYS):
            due.append(AgreementDue(a, topics.get(a.topic_id, "Agreement"), a.review_on < day))
    due.sort(key=lambda d: d.agreement.review_on or day)
    kinds = {k.id: k.label for k in practice.milestone_kinds.all()}
    recent = [
        MilestoneLine(m, m.custom_label or kinds.get(m.kind_id, "Milestone"))
        for m in practice.milestones.for_client(client_id)
        if m.occurred_on <= day
    ][-milestones:]
    since = day - dt.timedelta(days=ATTENDANCE_DAYS)
    counts = dict.fromkeys(Attendance, 0)
    for s in practice.sessions.for_client(client_id, since, day):
        if s.counts:  # an empty unsigned draft is not attendance
            counts[s.attendance] += 1
    return ClientOverview(
        client=client,
        today=day,
        goals=goals,
        agreements_due=tuple(due),
        recent_milestones=tuple(reversed(recent)),
        checkins=tuple(practice.checkins.for_client(client_id)),
        attendance=counts,
        next_review_on=client.next_review_on,
        symptoms=client_symptoms(practice, client_id),
    )
