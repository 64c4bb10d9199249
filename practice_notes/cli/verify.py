"""``practice-notes verify``: is the record intact and unaltered?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    EXIT_USER,
    open_vault,
    passphrase_option,
    say,
    vault_option,
    vault_path,
)
from practice_notes.passphrase_input import PassphraseSource

ENV_BACKUP_PASSPHRASE = "PRACTICE_NOTES_BACKUP_PASSPHRASE"


def cmd_verify(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.integrity import verify_record

    practice, passphrase = open_vault(vault_path(args), args, source)
    try:
        against = Path(args.against).expanduser() if args.against else None
        backup_passphrase = source.env.get(ENV_BACKUP_PASSPHRASE) or passphrase
        report = verify_record(practice, against, backup_passphrase)
    finally:
        practice.close()
    for problem in report.problems:
        say(f"problem: {problem}")
    for note in report.notes:
        say(f"note: {note}")
    if report.head is not None:
        say(f"Record fingerprint: {report.head.fingerprint}")
    say(report.summary)
    return EXIT_OK if report.ok else EXIT_USER


def register(sub: Any) -> None:
    verify = sub.add_parser(
        "verify", help="check the vault: pages, rules, audit chain, signed notes",
        description="Check the vault's encrypted pages, SQLite's integrity, the rules "
                    "(triggers), the audit chain and every signed note against the hash "
                    "recorded when it was signed; compare the chain with a backup's. One "
                    "line per problem, then a summary. Exit 0: clean; 1: problems found.")
    vault_option(verify, "the vault (default: the default vault)")
    verify.add_argument("--against", metavar="BACKUP",
                        help="compare the audit chain with this backup (default: the newest "
                             "backup in the backup folder that opens with the vault's "
                             f"passphrase; another passphrase comes from {ENV_BACKUP_PASSPHRASE})")
    passphrase_option(verify)
    verify.set_defaults(func=cmd_verify)
