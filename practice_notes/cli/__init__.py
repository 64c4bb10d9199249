"""The ``practice-notes`` command: the window by default, and sub-commands for scripts.

Exit codes: 0 success; 1 a problem the person can act on (one line on stderr,
``practice-notes: …``, never a traceback); 2 a usage error (argparse); 3 an
internal error (a bug: one line naming only the kind of error, never note text;
set ``PRACTICE_NOTES_DEBUG=1`` to get the traceback); 130 interrupted.

Layout: ``common`` holds what every command shares (opening a vault, passphrase
options, ``say``, one-line errors, exit codes, :class:`UserError`); ``parser``
builds the argument parser and runs a command (``main``); one module per command
group: ``gui``, ``demo``, ``clients``, ``passwd``, ``transfer`` (export/import),
``report`` and ``backup``. Command modules import ``common`` only, never each
other or ``parser``. PySide6 is imported only when the window is asked for.
"""

from practice_notes.cli.common import (
    DEBUG_ENV,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_USER,
    PROG,
    UserError,
)
from practice_notes.cli.parser import build_parser, main

__all__ = [
    "DEBUG_ENV", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "EXIT_USER",
    "PROG", "UserError", "build_parser", "main",
]
