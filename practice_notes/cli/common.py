"""What every command shares: exit codes, :class:`UserError`, one-line messages,
the vault and passphrase options, and opening a vault with a passphrase from the
usual sources.

The services (SQLCipher, every repository) load only when a command needs them,
so that opening the window stays quick.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from practice_notes.locations import default_vault_path
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource
from practice_notes.vault.errors import VaultMissing
from practice_notes.vault.instance_lock import lock_path_for

if TYPE_CHECKING:
    from practice_notes.services.practice import Practice

PROG = "practice-notes"
EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEBUG_ENV = "PRACTICE_NOTES_DEBUG"


class UserError(Exception):
    """A problem the person can act on; ``str()`` is one line."""


# ------------------------------------------------------------------ services
def open_practice(path: Path, passphrase: str) -> Practice:
    from practice_notes.services.unlock import open_practice as open_

    return open_(path, passphrase)


def create_practice(path: Path, passphrase: str) -> Practice:
    from practice_notes.services.unlock import create_practice as create

    return create(path, passphrase)


def change_passphrase(practice: Practice, old: str, new: str) -> None:
    from practice_notes.services.unlock import change_passphrase as change

    change(practice, old, new)


def passphrase_problem(passphrase: str) -> str | None:
    from practice_notes.services.unlock import passphrase_problem as problem

    return problem(passphrase)


# ------------------------------------------------------------------ messages
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """Control characters (ESC, OSC, BEL, other C0/C1) shown as ``\\uXXXX``, never sent
    raw to a terminal (a crafted name must not drive it); tabs and newlines stay."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(text: str) -> None:
    print(printable(text), flush=True)


def warn(text: str) -> None:
    """A warning on stderr (the command still goes on)."""
    print(f"{PROG}: {text}", file=sys.stderr, flush=True)


def one_line(text: object) -> str:
    return " ".join(printable(str(text)).split())


def fail(message: object) -> None:
    print(f"{PROG}: {one_line(message)}", file=sys.stderr, flush=True)


def os_error_text(exc: OSError) -> str:
    name = f" {str(exc.filename)!r}" if exc.filename else ""
    return f"The file{name} could not be used: {exc.strerror or type(exc).__name__}."


# -------------------------------------------------------------------- vaults
def sweep_leftovers() -> None:
    """Remove what an interrupted command left (plaintext shredded); says so once."""
    from practice_notes.vault.outputs import sweep

    with contextlib.suppress(Exception):  # never in the way of the command itself
        sweep()


def vault_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "vault", None) or getattr(args, "gui_vault", None)
    return Path(chosen).expanduser() if chosen else default_vault_path()


def default_demo_path() -> Path:
    return default_vault_path().with_name("demo.vault")


def open_vault(path: Path, args: argparse.Namespace, source: PassphraseSource,
               default: str | None = None) -> tuple[Practice, str]:
    """Unlock the vault at ``path`` with a passphrase from the usual sources."""
    if not path.exists():
        raise UserError(f"There is no vault at {str(path)!r}.")
    passphrase, _origin = source.current(args.passphrase_file, default,
                                         label=f"Passphrase for {path.name}")
    try:
        return open_practice(path, passphrase), passphrase
    except VaultMissing:
        raise UserError(f"There is no vault at {str(path)!r}.") from None


def remove_vault_files(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path_for(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def check_new_passphrase(passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    if problem:
        raise UserError(f"That passphrase is too weak. {problem}")


# ------------------------------------------------------------------- options
def count(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}")
        return value

    return parse


def output_file(given: str, what: str) -> Path:
    """The file to write ``what`` ("the summary", "the letter" …) to: refused in one
    line when it names a folder or its folder does not exist."""
    out = Path(given).expanduser()
    if out.is_dir():
        raise UserError(f"{str(out)!r} is a folder; give {what} a file name.")
    if not out.parent.is_dir():
        raise UserError(f"The folder {str(out.parent)!r} does not exist.")
    return out


def vault_option(p: argparse.ArgumentParser, help_text: str) -> None:
    p.add_argument("--vault", metavar="PATH", help=help_text)


def passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help=f"read the passphrase from FILE (one trailing newline is ignored); "
             f"else {ENV_PASSPHRASE}, else a prompt on a terminal",
    )
