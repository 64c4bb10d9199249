"""Progress summaries as a use case: choose the period, build the PDF off the
GUI thread, keep a record of the review and an audit entry (never the content)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from practice_notes.domain.models import Review
from practice_notes.reports.options import ReportOptions
from practice_notes.services.practice import Practice
from practice_notes.services.report_data import gather

DEFAULT_MONTHS = 3


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


def make_report(practice: Practice, options: ReportOptions, record: bool = True) -> bytes:
    """Build the PDF; record the review (options and narrative) and an audit entry."""
    # reportlab is imported here, not at start-up: it would slow the app's launch.
    from practice_notes.reports.builder import build_pdf_bytes

    data = gather(practice, options)
    pdf = build_pdf_bytes(data, options)
    if record:
        with practice.vault.transaction():
            practice.add_review(Review(
                client_id=options.client_id,
                held_on=options.generated_on or dt.date.today(),
                period_from=options.period_from,
                period_to=options.period_to,
                options=options.as_record(),
                narrative=options.narrative,
                next_steps=options.next_steps,
            ))
            chosen = ",".join(sorted(options.sections))
            practice.audit.append(
                "report",
                f"client {data.client_code} period {options.period_from}..{options.period_to}"
                f" sections {chosen} pseudonymised={options.pseudonymise} paper={options.paper}",
            )
    return pdf


def write_pdf(pdf: bytes, out: Path) -> None:
    """Write atomically: a temporary name in the same folder, then rename."""
    out = out.expanduser()
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
