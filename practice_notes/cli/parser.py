"""The argument parser and ``main``: parse, run one command, turn every failure into
one line on stderr and an exit code (see the package docstring)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from practice_notes import __version__
from practice_notes.cli.common import (
    DEBUG_ENV,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    EXIT_USER,
    PROG,
    UserError,
    fail,
    os_error_text,
    sweep_leftovers,
)
from practice_notes.cli.gui import cmd_gui
from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import install_for_locale
from practice_notes.passphrase_input import (
    ENV_PASSPHRASE,
    PassphraseSource,
    PassphraseUnavailable,
)
from practice_notes.resources import resource_dir
from practice_notes.vault.errors import VaultError


def _window_only(argv: Sequence[str]) -> bool:
    """Whether the arguments can only mean "open the window" (the common case): then
    the sub-command parsers, and what they import, are not built at all."""
    words = list(argv)
    if any(w in ("-h", "--help") or w.startswith("--version") for w in words):
        return False
    if words[:1] == ["--vault"] and len(words) == 2:
        return True
    return not words or (len(words) == 1 and words[0].startswith("--vault="))


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline, encrypted practice notes for solo therapists. "
                    "Without a command, opens the window.",
        epilog=f"Passphrases come from --passphrase-file, then {ENV_PASSPHRASE}, then a "
               "prompt without echo on a terminal. Exit codes: 0 done, 1 a problem to fix "
               "(one line on stderr), 2 usage, 3 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", metavar="PATH", dest="gui_vault",
                        help="open this vault instead of the default one")
    parser.set_defaults(func=cmd_gui)
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Imported here: opening the window does not need them.
    from practice_notes.cli import (
        backup,
        clients,
        demo,
        desktop,
        passwd,
        records,
        report,
        retention,
        search,
        transfer,
        verify,
    )

    for group in (demo, clients, search, passwd, transfer, report, backup, verify, desktop,
                  retention):
        group.register(sub)
    records.register(sub)
    return parser


def _tolerant_output() -> None:
    """Never crash on a name the terminal's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")


def _install_catalogue() -> None:
    """Messages in the locale's language when a translation ships (no Qt here:
    the window installs Qt's translators itself)."""
    with contextlib.suppress(RuntimeError, OSError, SyntaxError):  # ET.ParseError is one
        install_for_locale(resource_dir() / "translations")


def main(argv: Sequence[str] | None = None, source: PassphraseSource | None = None) -> int:
    """Run the command line; returns the exit code (``raise SystemExit(main())``)."""
    _tolerant_output()
    _install_catalogue()
    words = list(argv) if argv is not None else sys.argv[1:]
    parser = build_parser(with_commands=not _window_only(words))
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.func is not cmd_gui:  # the window sweeps once it is on screen
        sweep_leftovers()
    try:
        return int(args.func(args, source or PassphraseSource()))
    except KeyboardInterrupt:
        fail("interrupted")
        return EXIT_INTERRUPTED
    except (UserError, PassphraseUnavailable, VaultError, ValidationError) as exc:
        fail(exc)
        return EXIT_USER
    except OSError as exc:
        fail(os_error_text(exc))
        return EXIT_USER
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        fail(f"internal error ({type(exc).__name__}). Nothing more is shown, to keep notes "
             f"private; set {DEBUG_ENV}=1 to see the details.")
        return EXIT_INTERNAL
