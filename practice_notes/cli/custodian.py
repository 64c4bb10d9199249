"""``practice-notes backup custodian-letter``: the letter for the custodian of
the records (where the backups are, which passphrase opens them, how to open
them, what to do). It never contains a passphrase."""

from __future__ import annotations

import argparse
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    open_vault,
    output_file,
    passphrase_option,
    say,
    vault_option,
    vault_path,
)
from practice_notes.passphrase_input import PassphraseSource


def cmd_custodian_letter(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.custodian import write_custodian_letter

    out = output_file(args.out, "the letter")
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        write_custodian_letter(practice, out)
    finally:
        practice.close()
    say(f"Wrote the custodian letter to {out}. Print it, sign it and keep it with your "
        "professional will; write by hand where the passphrase is kept.")
    return EXIT_OK


def register_action(actions: Any) -> None:
    """``custodian-letter`` in the ``backup`` group."""
    letter = actions.add_parser(
        "custodian-letter", help="write the letter for the custodian of your records (PDF)",
        description="Write a printable letter for the person who would take care of your "
                    "records: where the backups are, which passphrase opens them (never the "
                    "passphrase itself), how to open them, and what to do.")
    vault_option(letter, "the vault (default: the default vault)")
    letter.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    passphrase_option(letter)
    letter.set_defaults(func=cmd_custodian_letter)


__all__ = ["cmd_custodian_letter", "register_action"]
