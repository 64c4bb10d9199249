"""The window: ``practice-notes [--vault PATH]`` with no command."""

from __future__ import annotations

import argparse
from pathlib import Path

from practice_notes.cli.common import UserError, one_line, sweep_leftovers
from practice_notes.passphrase_input import PassphraseSource


def run_gui(path: Path | None, passphrase: str | None = None) -> int:
    # A static import (PyInstaller follows it), made only when the window is asked
    # for, so that the commands never load Qt.
    try:
        from practice_notes.ui.app import run_gui as run
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("practice_notes"):
            raise UserError(
                "The desktop window is not part of this build; see 'practice-notes --help' "
                "for the commands."
            ) from None
        raise UserError(
            f"The desktop window needs {exc.name or 'PySide6'}, which is not installed."
        ) from None
    except ImportError as exc:  # e.g. a Qt system library missing
        raise UserError(f"The desktop window could not start: {one_line(exc)}") from None
    return int(run(path, passphrase, after_shown=sweep_leftovers))


def cmd_gui(args: argparse.Namespace, source: PassphraseSource) -> int:
    path = Path(args.gui_vault).expanduser() if args.gui_vault else None
    return run_gui(path)
