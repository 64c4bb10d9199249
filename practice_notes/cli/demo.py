"""``practice-notes demo``: build (or reuse) a demo practice and open it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    UserError,
    count,
    default_demo_path,
    passphrase_option,
    say,
    vault_option,
)
from practice_notes.cli.gui import run_gui
from practice_notes.passphrase_input import PassphraseSource
from practice_notes.vault.errors import WrongPassphrase

DEMO_PASSPHRASE = "demo"


def cmd_demo(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.demo.build import open_or_build_demo

    path = Path(args.vault).expanduser() if args.vault else default_demo_path()
    passphrase, origin = source.current(args.passphrase_file, default=DEMO_PASSPHRASE)
    if origin == "default":
        say(f'No passphrase given, so the demo vault uses the passphrase "{DEMO_PASSPHRASE}".')
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rBuilding the demo practice: {done}/{total} clients",
                  end="" if done < total else "\n", file=sys.stderr, flush=True)

    try:
        practice, summary = open_or_build_demo(path, passphrase, args.clients, args.sessions,
                                               seed=args.seed, progress=progress)
    except WrongPassphrase:
        raise UserError(
            f"A vault already exists at {str(path)!r} and that passphrase does not open it. "
            "Use --vault for a new demo, or delete that file."
        ) from None
    practice.close()
    if summary is None:
        say(f"Opening the existing demo practice at {path} (delete it to build a new one).")
    else:
        say(f"Created a demo practice at {path}: {summary.clients} clients, "
            f"{summary.sessions} sessions.")
    if args.no_gui:
        return EXIT_OK
    return run_gui(path, passphrase)


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="create a realistic demo practice and open it",
                          description="Create a demo practice (or reuse an existing one) "
                                      "and open it.")
    vault_option(demo, "where the demo vault goes (default: demo.vault beside the "
                       "default vault)")
    demo.add_argument("--clients", type=count(1, 10_000), default=8, metavar="N",
                      help="number of clients (default 8)")
    demo.add_argument("--sessions", type=count(1, 5_000), default=26, metavar="N",
                      help="weekly sessions per client (default 26)")
    demo.add_argument("--seed", type=count(0, 2**31 - 1), default=7, metavar="N",
                      help="random seed; the same seed gives the same practice (default 7)")
    demo.add_argument("--no-gui", action="store_true", help="create it, but do not open it")
    passphrase_option(demo)
    demo.set_defaults(func=cmd_demo)
