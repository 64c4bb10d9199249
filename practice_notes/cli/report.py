"""``practice-notes report``: a progress summary PDF from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    UserError,
    open_vault,
    output_file,
    passphrase_option,
    say,
    vault_option,
    vault_path,
    warn,
)
from practice_notes.passphrase_input import PassphraseSource
from practice_notes.reports.options import DEFAULT_SECTIONS, SECTIONS, ReportOptions


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _sections(text: str) -> frozenset[str]:
    chosen = frozenset(s.strip() for s in text.split(",") if s.strip())
    unknown = sorted(chosen - set(SECTIONS))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    if not chosen:
        raise argparse.ArgumentTypeError("choose at least one section")
    return chosen


def _read_text(name: str | None, what: str) -> str:
    if not name:
        return ""
    try:
        return Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read the {what} file {name!r}: {exc}") from None


def cmd_report(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.reporting import (
        build_report,
        default_period,
        item9_dates,
        record_output,
        write_pdf,
    )

    out = output_file(args.out, "the summary")
    narrative = _read_text(args.narrative_file, "narrative")
    next_steps = _read_text(args.next_steps_file, "next steps")
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        client = practice.clients.by_code(args.client.strip().upper())
        start, end = default_period(practice, client.id or 0)
        options = ReportOptions(
            client_id=client.id or 0,
            period_from=args.date_from or start,
            period_to=args.date_to or end,
            sections=args.sections or DEFAULT_SECTIONS,
            pseudonymise=args.pseudonymise,
            paper=args.paper or practice.settings.load().paper_size,
            narrative=narrative,
            next_steps=next_steps,
        )
        options.check()
        flagged = item9_dates(practice, options) if "symptoms" in options.sections else []
        if flagged:
            when = ", ".join(d.isoformat() + ("" if noted else " (no follow-up noted)")
                             for d, noted in flagged)
            advice = ("make sure it was followed up and noted"
                      if not all(noted for _, noted in flagged) else "its follow-up is noted")
            warn(f"warning: this summary includes a PHQ-9 answer above 0 to the question "
                 f"about self-harm ({when}); {advice}.")
        built = build_report(practice, options)
        # the audit entry (and the review) before the file gets its name: all or none
        write_pdf(built.pdf, out, vault_path=practice.path, before_rename=lambda: record_output(
            practice, options, "saved", review=args.record_review))
    finally:
        practice.close()
    say(f"Wrote the progress summary for {client.code} ({options.period_from} to "
        f"{options.period_to}) to {out}.")
    if options.pseudonymise:
        review = built.review
        say(f"Pseudonymised: {len(review.replaced)} name(s) replaced with {client.code} "
            f"({len(review.common_words)} of them also everyday words), "
            f"{len(review.remaining)} other capitalised word(s) that may be names: "
            "please read it through before printing.")
    if args.record_review:
        say("Recorded as used in a review session.")
    return EXIT_OK


def register(sub: Any) -> None:

    report = sub.add_parser(
        "report", help="write a progress summary PDF for one client",
        description="Write a progress summary for a review session. Private process notes "
                    "never appear in it.")
    vault_option(report, "the vault (default: the default vault)")
    report.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    report.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                        help="start of the period (default: since the last recorded review, "
                             "or the last 3 months)")
    report.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                        help="end of the period (default: today)")
    report.add_argument("--sections", type=_sections, metavar="a,b,c",
                        help=f"sections to include, from: {', '.join(SECTIONS)} "
                             "(default: all but sessions)")
    report.add_argument("--pseudonymise", action="store_true",
                        help="show the client code instead of the name, everywhere")
    report.add_argument("--paper", choices=("a4", "letter"),
                        help="paper size (default: the practice setting)")
    report.add_argument("--narrative-file", metavar="FILE",
                        help="a text file with the summary in our words")
    report.add_argument("--next-steps-file", metavar="FILE",
                        help="a text file with the next steps we agreed (default: a box to "
                             "fill in together)")
    report.add_argument("--record-review", action="store_true",
                        help="record that this summary was used in a review session (the "
                             "next default period then starts after it)")
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    passphrase_option(report)
    report.set_defaults(func=cmd_report)


__all__ = ["cmd_report", "register"]
