"""A records request as a use case: gather one client's record for a period
(signed notes with their addenda, goals, agreements, check-ins, measures,
milestones, reviews; never a process note, never an unsigned note's text),
build the PDF, and record an audit entry (the client code and the period,
never any content)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import AgreementVersion, Client
from practice_notes.domain.notes import note_text
from practice_notes.i18n import translate
from practice_notes.reports.data import AddendumData, GoalData, MilestoneData
from practice_notes.reports.pseudonym import PseudonymReview
from practice_notes.reports.records_data import (
    AgreementRecord,
    RecordNote,
    RecordsData,
    ReviewRecord,
)
from practice_notes.services.practice import Practice
from practice_notes.services.report_data import names_to_hide
from practice_notes.vault.integrity import record_fingerprint
from practice_notes.vault.outputs import OutputProblem, output_problem, write_plaintext


@dataclass(frozen=True)
class RecordsRequest:
    client_id: int
    period_from: dt.date | None = None  # None: from the start of the record
    period_to: dt.date | None = None  # None: up to today
    pseudonymise: bool = False
    paper: str = "a4"
    generated_on: dt.date | None = None

    def check(self) -> None:
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise ValidationError(translate(
                "Records", "The period must start on or before its end."), field="period")
        if self.paper not in ("a4", "letter"):
            raise ValidationError(translate("Records", "Paper is a4 or letter."), field="paper")


@dataclass(frozen=True)
class RecordsBuilt:
    pdf: bytes
    client_code: str
    period_from: dt.date
    period_to: dt.date
    signed_notes: int
    drafts: int
    #: What pseudonymising replaced and left, for the therapist to look over
    #: (empty when not pseudonymised).
    review: PseudonymReview = field(default_factory=PseudonymReview)
    pseudonymised: bool = False


def _first_day(practice: Practice, client: Client, fallback: dt.date) -> dt.date:
    """The earliest date in the client's record."""
    cid = client.id or 0
    days = [client.start_date] if client.start_date else []
    sessions = practice.sessions.for_client(cid)
    if sessions:
        days.append(sessions[0].starts_at.date())
    days += [g.agreed_on for g in practice.goals.for_client(cid) if g.agreed_on]
    days += [r.rated_on for rs in practice.goals.ratings_for_client(cid).values() for r in rs]
    days += [a.agreed_on for a in practice.agreements.for_client(cid)]
    days += [x.checked_on for x in practice.checkins.for_client(cid)]
    days += [m.taken_on for i in Instrument for m in practice.measures.for_client(cid, i)]
    return min(days, default=fallback)


def gather_records(practice: Practice, request: RecordsRequest) -> RecordsData:
    """Read what the package shows (never a process note or a draft's text)."""
    request.check()
    cid = request.client_id
    client = practice.clients.get(cid)
    today = request.generated_on or dt.date.today()
    end = request.period_to or today
    start = request.period_from or min(_first_day(practice, client, end), end)

    def within(day: dt.date) -> bool:
        return start <= day <= end

    addenda: dict[int, list[AddendumData]] = {}
    for a in practice.sessions.addenda_for_client(cid):
        addenda.setdefault(a.session_id, []).append(AddendumData(a.written_at, a.body))
    notes = []
    for s in practice.sessions.for_client(cid, start, end):
        if s.signed_at is None:  # a draft: that it exists, nothing of what it says
            notes.append(RecordNote(s.starts_at, s.duration_minutes, s.attendance, s.modality,
                                    None))
            continue
        notes.append(RecordNote(
            s.starts_at, s.duration_minutes, s.attendance, s.modality, s.signed_at,
            practice.sessions.signed_by(s.id or 0), note_text(s.note_format, s.note_fields),
            s.homework_reviewed,
            tuple(sorted(addenda.get(s.id or 0, ()), key=lambda a: a.written_at))))
    notes.sort(key=lambda n: n.starts_at)
    ratings = practice.goals.ratings_for_client(cid)
    goals = tuple(
        GoalData(g, tuple(r for r in ratings.get(g.id or 0, ()) if within(r.rated_on)),
                 tuple(h for h in practice.goals.history(g.id or 0) if within(h.changed_on)),
                 tuple(practice.goals.strategies(g.id or 0)))
        for g in practice.goals.for_client(cid) if g.agreed_on is None or g.agreed_on <= end)
    topics = {t.id: t.label for t in practice.agreement_topics.all()}
    series: dict[int, list[AgreementVersion]] = {}
    for v in practice.agreements.for_client(cid):
        series.setdefault(v.series_id or v.id or 0, []).append(v)
    agreements = []
    for versions in series.values():
        shown = sorted((v for v in versions if v.agreed_on <= end), key=lambda v: v.version)
        ended = [v.ended_on for v in versions if v.ended_on]
        if shown and not (ended and min(ended) < start):
            agreements.append(AgreementRecord(
                topics.get(shown[0].topic_id, translate("Records", "Agreement")), tuple(shown)))
    agreements.sort(key=lambda a: (a.versions[0].agreed_on, a.topic))
    kinds = {k.id: k.label for k in practice.milestone_kinds.all()}
    measures = sorted((m for i in Instrument for m in practice.measures.for_client(cid, i)
                       if within(m.taken_on)), key=lambda m: (m.taken_on, m.instrument.value))
    hide = names_to_hide(client) if request.pseudonymise else ()
    return RecordsData(
        client_label=client.code if request.pseudonymise else client.name,
        client_code=client.code,
        display_name="" if request.pseudonymise else client.display_name,
        pronouns=client.pronouns,
        start_date=client.start_date,
        status_label=client.status.label,
        considerations=client.considerations,
        settings=practice.settings.load(),
        period_from=start,
        period_to=end,
        whole_record=request.period_from is None and request.period_to is None,
        generated_on=today,
        notes=tuple(notes),
        goals=goals,
        agreements=tuple(agreements),
        checkins=tuple(x for x in practice.checkins.for_client(cid) if within(x.checked_on)),
        measures=tuple(measures),
        custom_scores=tuple(s for s in practice.measures.custom_for_client(cid)
                            if within(s.taken_on)),
        milestones=tuple(
            MilestoneData(m.occurred_on, m.custom_label or kinds.get(m.kind_id, "Milestone"),
                          m.note)
            for m in practice.milestones.for_client(cid) if within(m.occurred_on)),
        reviews=tuple(ReviewRecord(r.held_on, r.period_from, r.period_to, r.narrative,
                                   r.next_steps, r.client_reflection)
                      for r in practice.reviews.for_client(cid) if within(r.held_on)),
        names_to_hide=hide,
        pseudonymise=request.pseudonymise,
        record_fingerprint=record_fingerprint(practice.vault),
    )


def audit_records(practice: Practice, built: RecordsBuilt, pseudonymise: bool,
                  how: str = "") -> None:
    """The audit entry: the client code, the period and counts, never content;
    ``how`` it left the app when known ("saved", "printed")."""
    with practice.vault.transaction():
        practice.audit.append(
            "records",
            f"client {built.client_code} period {built.period_from}..{built.period_to}"
            f" signed_notes={built.signed_notes} drafts_listed={built.drafts}"
            f" pseudonymised={pseudonymise}" + (f" {how}" if how else ""))


def build_records(practice: Practice, request: RecordsRequest,
                  audit: bool = True) -> RecordsBuilt:
    """Build the PDF in memory; with ``audit``, record that it was made. The
    window builds without and records the package when it is saved or printed
    (a package built and closed unseen leaves no trace); :func:`write_records`
    audits before the file gets its name."""
    # reportlab is imported here, not at start-up: it would slow the app's launch.
    from practice_notes.reports.records_pdf import build_records_pdf

    data = gather_records(practice, request)
    pdf, review = build_records_pdf(data, request.paper)
    built = RecordsBuilt(pdf, data.client_code, data.period_from, data.period_to,
                         len(data.signed_notes), len(data.drafts), review,
                         request.pseudonymise)
    if audit:
        audit_records(practice, built, request.pseudonymise)
    return built


def write_records(practice: Practice, request: RecordsRequest, out: Path,
                  before_rename: Callable[[], object] | None = None) -> RecordsBuilt:
    """Build and write the package to ``out`` (plaintext, mode 0600, complete
    or not there); the audit entry is committed before the file gets its name."""
    built = build_records(practice, request, audit=False)
    out = Path(out).expanduser()

    def record() -> None:
        audit_records(practice, built, request.pseudonymise, "saved")
        if before_rename is not None:
            before_rename()

    try:
        write_plaintext(out, built.pdf, before_rename=record)
    except OutputProblem as exc:
        raise output_problem(exc, out, "records package", practice.path) from exc.cause
    return built


__all__ = ["RecordsBuilt", "RecordsRequest", "build_records", "gather_records",
           "write_records"]
