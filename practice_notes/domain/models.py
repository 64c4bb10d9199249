"""Frozen dataclasses that cross every layer. ``id`` is ``None`` until stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from practice_notes.domain.enums import (
    Attendance,
    ClientStatus,
    GoalStatus,
    Instrument,
    Modality,
    NoteFormat,
    OutcomeRating,
    Rater,
    RatingScheme,
    StrategyKind,
)
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Client:
    code: str
    display_name: str
    preferred_name: str = ""
    pronouns: str = ""
    start_date: dt.date | None = None
    status: ClientStatus = ClientStatus.ACTIVE
    considerations: str = ""
    next_review_on: dt.date | None = None
    #: Names a pseudonymised summary must hide besides the display and preferred
    #: names: nicknames, earlier names, family names the therapist adds.
    other_names: tuple[str, ...] = ()
    #: The day of the last discharge (set by the service when the status becomes
    #: discharged, cleared when the client is taken on again); retention runs from it.
    discharged_on: dt.date | None = None
    #: Optional; with the majority rule on, retention may run from the 18th birthday.
    born_on: dt.date | None = None
    id: int | None = None

    @property
    def name(self) -> str:
        """What the client likes to be called."""
        return self.preferred_name or self.display_name


@dataclass(frozen=True)
class Session:
    client_id: int
    starts_at: dt.datetime
    duration_minutes: int = 50
    attendance: Attendance = Attendance.ATTENDED
    modality: Modality = Modality.IN_PERSON
    note_format: NoteFormat = NoteFormat.SOAP
    note_fields: dict[str, str] = field(default_factory=dict)
    process_notes: str = ""
    homework_reviewed: str = ""
    goal_ids: tuple[int, ...] = ()
    signed_at: dt.datetime | None = None
    id: int | None = None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def has_note_text(self) -> bool:
        return any(value.strip() for value in self.note_fields.values())

    @property
    def counts(self) -> bool:
        """Signed, or with note text: an empty unsigned draft is counted nowhere
        (attendance, summaries, the client list, search)."""
        return self.is_signed or self.has_note_text


@dataclass(frozen=True)
class Addendum:
    session_id: int
    written_at: dt.datetime
    body: str
    id: int | None = None


@dataclass(frozen=True)
class Goal:
    client_id: int
    client_words: str
    why_it_matters: str = ""
    agreed_on: dt.date | None = None
    target_on: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    scheme: RatingScheme = RatingScheme.SCALE_0_10
    # GAS level descriptions, index 0 = -2 ... index 4 = +2; empty for 0-10 goals.
    gas_levels: tuple[str, ...] = ()
    weight: float = 1.0
    id: int | None = None


@dataclass(frozen=True)
class GoalStatusChange:
    goal_id: int
    changed_on: dt.date
    status: GoalStatus
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True)
class GoalRating:
    goal_id: int
    rated_on: dt.date
    value: int
    rated_by: Rater = Rater.TOGETHER
    note: str = ""
    session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Strategy:
    goal_id: int
    description: str
    kind: StrategyKind = StrategyKind.STRATEGY
    started_on: dt.date | None = None
    outcome: OutcomeRating = OutcomeRating.NOT_YET
    outcome_note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CatalogueEntry:
    """An entry of an editable catalogue (milestone kinds, agreement topics)."""

    key: str
    label: str
    active: bool = True
    position: int = 0
    id: int | None = None


@dataclass(frozen=True)
class Milestone:
    client_id: int
    kind_id: int
    occurred_on: dt.date
    note: str = ""
    custom_label: str = ""
    session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class AgreementVersion:
    """One version of a boundary agreement. Versions of one agreement share
    ``series_id`` (the id of the first version); a revision supersedes, never
    overwrites."""

    client_id: int
    topic_id: int
    wording: str
    agreed_on: dt.date
    review_on: dt.date | None = None
    acknowledged_on: dt.date | None = None
    version: int = 1
    series_id: int | None = None
    revision_reason: str = ""
    ended_on: dt.date | None = None
    end_reason: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CheckIn:
    client_id: int
    checked_on: dt.date
    bond: int
    goals: int
    tasks: int
    overall: int
    comment: str = ""
    session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class MeasureResult:
    client_id: int
    instrument: Instrument
    taken_on: dt.date
    items: tuple[int, ...]
    session_id: int | None = None
    note: str = ""
    id: int | None = None

    @property
    def total(self) -> int:
        return sum(self.items)


@dataclass(frozen=True)
class CustomScore:
    client_id: int
    name: str
    taken_on: dt.date
    value: float
    session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Review:
    """A review session held with the client and the summary made for it."""

    client_id: int
    held_on: dt.date
    period_from: dt.date
    period_to: dt.date
    options: dict[str, object] = field(default_factory=dict)
    narrative: str = ""
    next_steps: str = ""
    client_reflection: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PracticeSettings:
    therapist_name: str = ""
    practice_name: str = ""
    credentials: str = ""
    contact: str = ""
    auto_lock_minutes: int = 10
    paper_size: str = "a4"
    #: Records may be destroyed this many years after discharge ...
    retention_years_after_discharge: int = 7
    #: ... and (when not 0) no sooner than this many years after the client turns 18.
    retention_years_after_majority: int = 0
    review_interval_months: int = 3


@dataclass(frozen=True)
class Draft:
    key: str
    body: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    action: str
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref_id: int
    client_id: int
    snippet: str
    session_id: int | None = None
    date: dt.date | None = None  # the record's own date (a session's day, a goal's agreed date…)
    client_code: str = ""
    client_name: str = ""  # what the client likes to be called
    field: str = ""  # the field the match came from ("process_notes", "wording" …)

    @property
    def private(self) -> bool:
        """The match is in the therapist's private process notes (never printed)."""
        return f"{self.kind}.{self.field}" in PRIVATE_SEARCH_FIELDS

    @property
    def label(self) -> str:
        """Where the match came from, in words ("Session note", "Private process
        notes", "Goal: why it matters" …); the record's kind when the field is not known."""
        known = SEARCH_FIELD_LABELS.get(f"{self.kind}.{self.field}")
        if known is None:
            known = SEARCH_KIND_LABELS.get(self.kind)
        return translate("Enum", known) if known is not None else self.kind


SEARCH_FIELD_LABELS = {
    "session.note_fields": QT_TRANSLATE_NOOP("Enum", "Session note"),
    "session.process_notes": QT_TRANSLATE_NOOP("Enum", "Private process notes"),
    "session.homework_reviewed": QT_TRANSLATE_NOOP("Enum", "Session: homework reviewed"),
    "goal.client_words": QT_TRANSLATE_NOOP("Enum", "Goal"),
    "goal.why_it_matters": QT_TRANSLATE_NOOP("Enum", "Goal: why it matters"),
    "milestone.custom_label": QT_TRANSLATE_NOOP("Enum", "Milestone"),
    "milestone.note": QT_TRANSLATE_NOOP("Enum", "Milestone note"),
    "agreement.wording": QT_TRANSLATE_NOOP("Enum", "Agreement wording"),
    "agreement.revision_reason": QT_TRANSLATE_NOOP("Enum", "Agreement: reason for revising"),
    "agreement.end_reason": QT_TRANSLATE_NOOP("Enum", "Agreement: reason for ending"),
    "checkin.comment": QT_TRANSLATE_NOOP("Enum", "Check-in comment"),
    "strategy.description": QT_TRANSLATE_NOOP("Enum", "Strategy"),
    "strategy.outcome_note": QT_TRANSLATE_NOOP("Enum", "Strategy: how it went"),
    "rating.note": QT_TRANSLATE_NOOP("Enum", "Goal rating note"),
    "measure.note": QT_TRANSLATE_NOOP("Enum", "Measure note"),
    "client.considerations": QT_TRANSLATE_NOOP("Enum", "Client considerations"),
    "review.narrative": QT_TRANSLATE_NOOP("Enum", "Review narrative"),
    "review.next_steps": QT_TRANSLATE_NOOP("Enum", "Review: next steps"),
    "review.client_reflection": QT_TRANSLATE_NOOP("Enum", "Review: client's reflection"),
}
#: Fields whose text never appears in a summary: marked private where shown.
PRIVATE_SEARCH_FIELDS = frozenset({"session.process_notes"})


SEARCH_KIND_LABELS = {
    "session": QT_TRANSLATE_NOOP("Enum", "Session note"),
    "addendum": QT_TRANSLATE_NOOP("Enum", "Addendum"),
    "goal": QT_TRANSLATE_NOOP("Enum", "Goal"),
    "milestone": QT_TRANSLATE_NOOP("Enum", "Milestone"),
    "agreement": QT_TRANSLATE_NOOP("Enum", "Agreement"),
    "checkin": QT_TRANSLATE_NOOP("Enum", "Check-in"),
    "strategy": QT_TRANSLATE_NOOP("Enum", "Strategy"),
    "rating": QT_TRANSLATE_NOOP("Enum", "Goal rating"),
    "measure": QT_TRANSLATE_NOOP("Enum", "Measure"),
    "client": QT_TRANSLATE_NOOP("Enum", "Client"),
    "review": QT_TRANSLATE_NOOP("Enum", "Review"),
}
