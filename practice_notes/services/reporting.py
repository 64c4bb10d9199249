"""Progress summaries as a use case: choose the period, build the PDF off the
GUI thread, write an audit entry (never the content) when the summary leaves the
app — saved (before the file gets its name) or printed — and record a review only
when the therapist says the summary was used in a review session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from practice_notes.domain.enums import Instrument
from practice_notes.domain.measures import item9_flagged, item9_open
from practice_notes.domain.models import Review
from practice_notes.reports.options import ReportOptions
from practice_notes.reports.pseudonym import Place, PseudonymReview
from practice_notes.services.practice import Practice
from practice_notes.services.report_data import gather
from practice_notes.vault.outputs import OutputProblem, output_problem, write_plaintext

DEFAULT_MONTHS = 3


@dataclass(frozen=True)
class Built:
    pdf: bytes
    #: What pseudonymising replaced and left, for the therapist to look over
    #: before printing (empty when not pseudonymised).
    review: PseudonymReview


def default_period(
    practice: Practice, client_id: int, today: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """Since the last review report, or the last three months."""
    end = today or dt.date.today()
    reviews = practice.reviews.for_client(client_id)
    if reviews:
        start = reviews[-1].period_to + dt.timedelta(days=1)
        if start <= end:
            return start, end
    return end - dt.timedelta(days=round(DEFAULT_MONTHS * 30.4)), end


def build_report(practice: Practice, options: ReportOptions) -> Built:
    """Build the PDF, with what pseudonymising replaced for the therapist to
    look over. Nothing is written: building a summary that is then closed unsaved
    leaves no trace (see :func:`record_output` and :func:`record_review`)."""
    # reportlab is imported here, not at start-up: it would slow the app's launch.
    from practice_notes.reports.builder import build

    data = gather(practice, options)
    return Built(*build(data, options))


def record_output(practice: Practice, options: ReportOptions, how: str,
                  review: bool = False) -> None:
    """The audit entry for a summary that left the app (``how``: "saved",
    "printed", "recorded"): the client's code, period and options, never content.
    With ``review``, the review is recorded in the same transaction."""
    code = practice.clients.get(options.client_id).code
    chosen = ",".join(sorted(options.sections))
    with practice.vault.transaction():
        practice.audit.append(
            "report",
            f"client {code} period {options.period_from}..{options.period_to}"
            f" sections {chosen} pseudonymised={options.pseudonymise} paper={options.paper}"
            f" {how}",
        )
        if review:
            record_review(practice, options)


def record_review(practice: Practice, options: ReportOptions) -> Review:
    """Record that the summary was used in a review session with the client:
    its options, narrative and next steps (the next default period starts after it)."""
    with practice.vault.transaction():
        return practice.add_review(Review(
            client_id=options.client_id,
            held_on=options.generated_on or dt.date.today(),
            period_from=options.period_from,
            period_to=options.period_to,
            options=options.as_record(),
            narrative=options.narrative,
            next_steps=options.next_steps,
        ))


def make_report(practice: Practice, options: ReportOptions, record: bool = False) -> bytes:
    """Build the PDF; with ``record``, also record the review (the therapist said
    the summary was used in a review session) and its audit entry, together."""
    pdf = build_report(practice, options).pdf
    if record:
        record_output(practice, options, "recorded", review=True)
    return pdf


def item9_dates(practice: Practice, options: ReportOptions) -> list[tuple[dt.date, bool]]:
    """Dates in the period when PHQ-9 item 9 was answered above 0, each with
    whether its follow-up is noted (``domain.measures.item9_open``)."""
    return [(m.taken_on, not item9_open(m.instrument, m.items, m.note))
            for m in practice.measures.for_client(options.client_id, Instrument.PHQ9)
            if options.period_from <= m.taken_on <= options.period_to
            and item9_flagged(m.instrument, m.items)]


def write_pdf(pdf: bytes, out: Path, before_rename: Callable[[], object] | None = None,
              vault_path: Path | None = None) -> None:
    """Write a built PDF to ``out``: complete under its name, or not there, and
    never stranded under another (``vault.outputs.write_plaintext``).
    ``before_rename`` (recording the review in the vault at ``vault_path``) runs
    once the file is complete."""
    out = Path(out).expanduser()
    try:
        write_plaintext(out, pdf, before_rename=before_rename)
    except OutputProblem as exc:
        raise output_problem(exc, out, "summary", vault_path) from exc.cause


__all__ = ["Built", "Place", "PseudonymReview", "build_report", "default_period",
           "item9_dates", "make_report", "record_output", "record_review", "write_pdf"]
