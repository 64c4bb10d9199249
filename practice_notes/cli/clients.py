"""``practice-notes clients``: list the clients (code, name, status)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    open_vault,
    passphrase_option,
    say,
    vault_option,
    vault_path,
)
from practice_notes.passphrase_input import PassphraseSource


def cmd_clients(args: argparse.Namespace, source: PassphraseSource) -> int:
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        rows = [(s.client.code, s.client.display_name, s.client.status.value)
                for s in practice.client_list()]
    finally:
        practice.close()
    if args.json:
        objects = [{"code": c, "name": n, "status": s} for c, n, s in rows]
        say(json.dumps(objects, ensure_ascii=False, indent=2))
    else:
        for code, name, status in rows:
            say("\t".join((code, " ".join(name.split("\t")), status)))
    return EXIT_OK


def register(sub: Any) -> None:
    clients = sub.add_parser("clients", help="list clients (code, name, status)",
                             description="List clients: code, name and status separated "
                                         "by tabs, one per line.")
    vault_option(clients, "the vault (default: the default vault)")
    clients.add_argument("--json", action="store_true",
                         help="print a JSON array of {code, name, status}")
    passphrase_option(clients)
    clients.set_defaults(func=cmd_clients)
