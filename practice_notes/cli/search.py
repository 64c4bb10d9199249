"""``practice-notes search``: full-text search from the command line, one line per
hit — the same service method (``Practice.search``) as the window's search."""

from __future__ import annotations

import argparse
import json
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
from practice_notes.domain.errors import SearchQueryError
from practice_notes.domain.models import SearchHit
from practice_notes.passphrase_input import PassphraseSource

#: How a match is marked in printed snippets (the vault's markers are control characters).
HIGHLIGHT = ("[", "]")


def printable(text: str) -> str:
    """One line of text: the snippet's match markers as brackets, every other
    control character escaped (a note's line breaks print as \\n)."""
    from practice_notes.vault.repos.search import MARK_END, MARK_START

    out = []
    for ch in text:
        if ch == MARK_START:
            out.append(HIGHLIGHT[0])
        elif ch == MARK_END:
            out.append(HIGHLIGHT[1])
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ch in "\u2028\u2029":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def _record(hit: SearchHit) -> dict[str, Any]:
    return {"date": hit.date.isoformat() if hit.date else None, "client": hit.client_code,
            "field": hit.label, "private": hit.private, "kind": hit.kind, "id": hit.ref_id,
            "session_id": hit.session_id, "snippet": printable(hit.snippet)}


def cmd_search(args: argparse.Namespace, source: PassphraseSource) -> int:
    if args.limit < 1:
        raise UserError("--limit must be 1 or more.")
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        client_id = practice.clients.by_code(args.client).id if args.client else None
        try:
            hits = practice.search(args.query, args.limit, client_id)
        except SearchQueryError as exc:
            raise UserError(f"Cannot search for that: {exc}") from None
    finally:
        practice.close()
    if args.json:
        say(json.dumps([_record(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        for h in hits:
            when = h.date.isoformat() if h.date else "-"
            say("\t".join((when, h.client_code, h.label, printable(h.snippet))))
    return EXIT_OK


def register(sub: Any) -> None:
    search = sub.add_parser(
        "search", help="search every note, goal and agreement",
        description="Full-text search, newest first: one line per hit with the date, the "
                    "client code, what matched and a snippet (the match in [brackets], "
                    "line breaks as \\n), separated by tabs. Every word must match; the "
                    "last one may be the start of a word (2 letters or more); \"quoted "
                    "words\" match as a phrase.")
    vault_option(search, "the vault (default: the default vault)")
    search.add_argument("--client", metavar="CODE", help="only this client's records")
    search.add_argument("--limit", type=int, default=50, metavar="N",
                        help="at most N hits (default 50)")
    search.add_argument("--json", action="store_true",
                        help="print a JSON array of {date, client, field, kind, id, "
                             "session_id, snippet}")
    passphrase_option(search)
    search.add_argument("query", metavar="QUERY", help="what to search for")
    search.set_defaults(func=cmd_search)
