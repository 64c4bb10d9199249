"""``practice-notes retention``: the clients whose records may now be destroyed
(the same list as the window's "Past retention"), and, with ``--destroy CODE``,
destroying one of them after the code is typed again on standard input."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    UserError,
    open_vault,
    passphrase_option,
    say,
    vault_option,
    vault_path,
    warn,
)
from practice_notes.passphrase_input import PassphraseSource
from practice_notes.services.retention import (
    Eligibility,
    destroy_client,
    past_retention,
    rule_in_words,
)


def _row(e: Eligibility) -> dict[str, Any]:
    def d(value: Any) -> Any:
        return value.isoformat() if value is not None else None

    return {"code": e.client.code, "name": e.client.display_name,
            "discharged_on": d(e.client.discharged_on), "born_on": d(e.client.born_on),
            "eligible_on": d(e.eligible_on), "after_discharge": d(e.after_discharge),
            "after_majority": d(e.after_majority), "birth_unknown": e.birth_unknown}


def cmd_retention(args: argparse.Namespace, source: PassphraseSource) -> int:
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        rule = rule_in_words(practice.settings.load())
        due = past_retention(practice)
        if args.destroy:
            return _destroy(practice, due, args.destroy)
    finally:
        practice.close()
    if args.json:
        say(json.dumps({"rule": rule, "clients": [_row(e) for e in due]},
                       ensure_ascii=False, indent=2))
        return EXIT_OK
    say(rule)
    for e in due:
        note = " (date of birth not recorded)" if e.birth_unknown else ""
        say("\t".join((e.client.code, " ".join(e.client.display_name.split("\t")),
                       f"discharged {e.client.discharged_on}",
                       f"may be destroyed since {e.eligible_on}{note}")))
    if not due:
        say("No client's records are past retention.")
    return EXIT_OK


def _destroy(practice: Any, due: list[Eligibility], code: str) -> int:
    match = next((e for e in due if e.client.code == code), None)
    if match is None:
        raise UserError(f"{code} is not a client whose records are past retention.")
    print(f"This destroys every record and draft of {code} for good (backups and exports "
          "made before keep theirs). Type the client code to confirm: ",
          end="", file=sys.stderr, flush=True)
    typed = sys.stdin.readline().strip()
    if typed != code:
        raise UserError("The code typed does not match: nothing was destroyed.")
    done = destroy_client(practice, match.client.id or 0, typed)
    say(f"Destroyed the records of {done.code}: {done.counts.total} records "
        f"({done.counts.detail()}).")
    if not done.wipe.wal_emptied:
        warn("the write-ahead log could not be emptied now; it is when the vault closes.")
    return EXIT_OK


def register(sub: Any) -> None:
    cmd = sub.add_parser(
        "retention", help="list clients whose records may be destroyed",
        description="List the discharged clients whose records are past the retention rule "
                    "(set in Settings): code, name, discharge date and the day from which "
                    "the records may be destroyed.")
    vault_option(cmd, "the vault (default: the default vault)")
    cmd.add_argument("--json", action="store_true",
                     help="print a JSON object {rule, clients: [...]}")
    cmd.add_argument("--destroy", metavar="CODE",
                     help="destroy this client's records (past retention only); the code "
                          "must be typed again on standard input")
    passphrase_option(cmd)
    cmd.set_defaults(func=cmd_retention)
