"""The input of a records-request package: one client's record for a period,
as plain frozen values. ``services.records_request`` gathers it; the PDF is
laid out by :mod:`practice_notes.reports.records_pdf`.

Private process notes are never put into this structure, and an unsigned
note carries no text at all: what is not here cannot leak into a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from practice_notes.domain.enums import Attendance, Modality
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    CustomScore,
    MeasureResult,
    PracticeSettings,
)
from practice_notes.reports.data import AddendumData, GoalData, MilestoneData


@dataclass(frozen=True)
class RecordNote:
    """A session in the period. Signed: its progress note and addenda. Not
    signed: only that it exists (a draft is not part of the record)."""

    starts_at: dt.datetime
    duration_minutes: int
    attendance: Attendance
    modality: Modality
    signed_at: dt.datetime | None
    signed_by: str = ""
    text: str = ""  # the progress note with its headings; "" when not signed
    homework_reviewed: str = ""
    addenda: tuple[AddendumData, ...] = ()  # oldest first

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class AgreementRecord:
    topic: str
    versions: tuple[AgreementVersion, ...]  # oldest first


@dataclass(frozen=True)
class ReviewRecord:
    held_on: dt.date
    period_from: dt.date
    period_to: dt.date
    narrative: str
    next_steps: str
    client_reflection: str


@dataclass(frozen=True)
class RecordsData:
    client_label: str  # the name, or the code when pseudonymised
    client_code: str
    display_name: str  # "" when pseudonymised
    pronouns: str
    start_date: dt.date | None
    status_label: str
    considerations: str
    settings: PracticeSettings
    period_from: dt.date
    period_to: dt.date
    whole_record: bool  # no period was asked for: everything up to today
    generated_on: dt.date
    notes: tuple[RecordNote, ...]  # in date order
    goals: tuple[GoalData, ...]  # ratings and status changes within the period
    agreements: tuple[AgreementRecord, ...]
    checkins: tuple[CheckIn, ...]
    measures: tuple[MeasureResult, ...]  # in date order, PHQ-9 and GAD-7 mixed
    custom_scores: tuple[CustomScore, ...]
    milestones: tuple[MilestoneData, ...]
    reviews: tuple[ReviewRecord, ...]
    names_to_hide: tuple[str, ...]  # pseudonymised: never print these
    pseudonymise: bool = False
    record_fingerprint: str = ""

    @property
    def signed_notes(self) -> tuple[RecordNote, ...]:
        return tuple(n for n in self.notes if n.signed)

    @property
    def drafts(self) -> tuple[RecordNote, ...]:
        return tuple(n for n in self.notes if not n.signed)
