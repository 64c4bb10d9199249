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
    passphrase_option,
    say,
    vault_option,
    vault_path,
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


def cmd_report(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.reporting import default_period, make_report, write_pdf

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UserError(f"{str(out)!r} is a folder; give the summary a file name.")
    if not out.parent.is_dir():
        raise UserError(f"The folder {str(out.parent)!r} does not exist.")
    narrative = ""
    if args.narrative_file:
        narrative = Path(args.narrative_file).expanduser().read_text(encoding="utf-8")
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
        )
        pdf = make_report(practice, options)
        write_pdf(pdf, out)
    finally:
        practice.close()
    say(f"Wrote the progress summary for {client.code} ({options.period_from} to "
        f"{options.period_to}) to {out}.")
    return EXIT_OK


def register(sub: Any) -> None:

    report = sub.add_parser(
        "report", help="write a progress summary PDF for one client",
        description="Write a progress summary for a review session. Private process notes "
                    "never appear in it.")
    vault_option(report, "the vault (default: the default vault)")
    report.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    report.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                        help="start of the period (default: since the last summary, or the "
                             "last 3 months)")
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
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    passphrase_option(report)
    report.set_defaults(func=cmd_report)


__all__ = ["cmd_report", "register"]
