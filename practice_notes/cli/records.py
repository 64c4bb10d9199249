"""``practice-notes records``: a records-request package PDF for one client."""

from __future__ import annotations

import argparse
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
)
from practice_notes.cli.report import _date
from practice_notes.passphrase_input import PassphraseSource


def cmd_records(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.records_request import RecordsRequest, write_records

    out = output_file(args.out, "the package")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError("--from must be on or before --to.")
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        client = practice.clients.by_code(args.client.strip().upper())
        request = RecordsRequest(
            client_id=client.id or 0, period_from=args.date_from, period_to=args.date_to,
            pseudonymise=args.pseudonymise,
            paper=args.paper or practice.settings.load().paper_size)
        built = write_records(practice, request, out)
    finally:
        practice.close()
    say(f"Wrote the records of {built.client_code} ({built.period_from} to {built.period_to}: "
        f"{built.signed_notes} signed note(s), {built.drafts} unsigned note(s) listed as "
        f"drafts without their text) to {out}.")
    if request.pseudonymise:
        review = built.review
        say(f"Pseudonymised: {len(review.replaced)} name(s) replaced with {built.client_code} "
            f"({len(review.common_words)} of them also everyday words), "
            f"{len(review.remaining)} other capitalised word(s) that may be names: "
            "please read it through before giving it out.")
    return EXIT_OK


def register(sub: Any) -> None:
    records = sub.add_parser(
        "records", help="write a records-request package PDF for one client",
        description="Write one client's record for a period as a PDF to give them: every "
                    "signed progress note with its addenda, goals and ratings, agreements "
                    "with every version, check-ins and measures. Private process notes and "
                    "the text of unsigned notes are never included.")
    vault_option(records, "the vault (default: the default vault)")
    records.add_argument("--client", required=True, metavar="CODE", help="the client's code")
    records.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                         help="start of the period (default: the start of the record)")
    records.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                         help="end of the period (default: today)")
    records.add_argument("--pseudonymise", action="store_true",
                         help="show the client code instead of the client's names, everywhere")
    records.add_argument("--paper", choices=("a4", "letter"),
                         help="paper size (default: the practice setting)")
    records.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    passphrase_option(records)
    records.set_defaults(func=cmd_records)


__all__ = ["cmd_records", "register"]
