"""``practice-notes desktop-entry``: add or remove the applications-menu entry
(for a pip install; the .deb does this system-wide). The work is in
``practice_notes.desktop_entry``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from practice_notes.cli.common import EXIT_OK, EXIT_USER, say
from practice_notes.desktop_entry import install, remove


def cmd_desktop_entry(args: argparse.Namespace, source: Any) -> int:
    if os.name != "posix" or sys.platform == "darwin":
        print("practice-notes: Menu entries are for Linux desktops; on Windows and macOS "
              "the installer adds Practice Notes to the Start menu or Applications.",
              file=sys.stderr, flush=True)
        return EXIT_USER
    if args.install:
        files = install()
        say(f"Added Practice Notes to the applications menu: {files[-1]}")
    else:
        files = remove()
        say("Removed Practice Notes from the applications menu." if files else
            "Practice Notes was not in this user's applications menu.")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("desktop-entry", help="add or remove the applications-menu entry",
                       description="Add (or remove) Practice Notes to this user's "
                                   "applications menu, with its icon, under "
                                   "$XDG_DATA_HOME (default ~/.local/share). For a pip "
                                   "install; the .deb package does this system-wide.")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--install", action="store_true", help="write the entry and icons")
    what.add_argument("--remove", action="store_true", help="remove them")
    p.set_defaults(func=cmd_desktop_entry)
