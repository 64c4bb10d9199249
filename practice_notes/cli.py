"""The ``practice-notes`` command: the window by default, and sub-commands for scripts.

Exit codes: 0 success; 1 a problem the person can act on (one line on stderr,
``practice-notes: …``, never a traceback); 2 a usage error (argparse); 3 an
internal error (a bug: one line naming only the kind of error, never note text;
set ``PRACTICE_NOTES_DEBUG=1`` to get the traceback); 130 interrupted.

PySide6 is imported only when the window is asked for.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from practice_notes import __version__
from practice_notes.domain.errors import ValidationError
from practice_notes.locations import default_vault_path
from practice_notes.passphrase_input import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    PassphraseSource,
    PassphraseUnavailable,
)
from practice_notes.vault.errors import VaultError, VaultMissing, WrongPassphrase
from practice_notes.vault.instance_lock import lock_path_for

if TYPE_CHECKING:
    from practice_notes.services.practice import Practice

PROG = "practice-notes"
EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEMO_PASSPHRASE = "demo"
DEBUG_ENV = "PRACTICE_NOTES_DEBUG"


class UserError(Exception):
    """A problem the person can act on; ``str()`` is one line."""


# ------------------------------------------------------------------ helpers
# The services (SQLCipher, every repository) load only when a command needs them,
# so that opening the window stays quick.
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


def _say(text: str) -> None:
    print(text, flush=True)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _vault_path(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "vault", None) or getattr(args, "gui_vault", None)
    return Path(chosen).expanduser() if chosen else default_vault_path()


def _default_demo_path() -> Path:
    return default_vault_path().with_name("demo.vault")


def _open(path: Path, args: argparse.Namespace, source: PassphraseSource,
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


def _remove_vault_files(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path_for(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _check_new_passphrase(passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    if problem:
        raise UserError(f"That passphrase is too weak. {problem}")


# ----------------------------------------------------------------- commands
def _run_gui(path: Path | None, passphrase: str | None = None) -> int:
    try:
        app = importlib.import_module("practice_notes.ui.app")
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
        raise UserError(f"The desktop window could not start: {_one_line(exc)}") from None
    run_gui: Callable[[Path | None, str | None], int] = app.run_gui
    return int(run_gui(path, passphrase))


def cmd_gui(args: argparse.Namespace, source: PassphraseSource) -> int:
    path = Path(args.gui_vault).expanduser() if args.gui_vault else None
    return _run_gui(path)


def cmd_demo(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.demo import open_or_build_demo

    path = Path(args.vault).expanduser() if args.vault else _default_demo_path()
    passphrase, origin = source.current(args.passphrase_file, default=DEMO_PASSPHRASE)
    if origin == "default":
        _say(f'No passphrase given, so the demo vault uses the passphrase "{DEMO_PASSPHRASE}".')
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
        _say(f"Opening the existing demo practice at {path} (delete it to build a new one).")
    else:
        _say(f"Created a demo practice at {path}: {summary.clients} clients, "
             f"{summary.sessions} sessions.")
    if args.no_gui:
        return EXIT_OK
    return _run_gui(path, passphrase)


def cmd_clients(args: argparse.Namespace, source: PassphraseSource) -> int:
    practice, _ = _open(_vault_path(args), args, source)
    try:
        rows = [(s.client.code, s.client.display_name, s.client.status.value)
                for s in practice.client_list()]
    finally:
        practice.close()
    if args.json:
        objects = [{"code": c, "name": n, "status": s} for c, n, s in rows]
        _say(json.dumps(objects, ensure_ascii=False, indent=2))
    else:
        for code, name, status in rows:
            _say("\t".join((code, " ".join(name.split("\t")), status)))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, source: PassphraseSource) -> int:
    path = _vault_path(args)
    practice, old = _open(path, args, source)
    try:
        new = source.new(args.new_passphrase_file, ENV_NEW_PASSPHRASE, "--new-passphrase-file")
        _check_new_passphrase(new)
        if new == old:
            raise UserError("The new passphrase is the same as the current one.")
        change_passphrase(practice, old, new)
    finally:
        practice.close()
    _say(f"The passphrase of {path} was changed. Use the new one from now on.")
    return EXIT_OK


# ------------------------------------------------------------------- parser
def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}")
        return value

    return parse


def _vault_option(p: argparse.ArgumentParser, help_text: str) -> None:
    p.add_argument("--vault", metavar="PATH", help=help_text)


def _passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help=f"read the passphrase from FILE (one trailing newline is ignored); "
             f"else {ENV_PASSPHRASE}, else a prompt on a terminal",
    )


COMMANDS = ("demo", "clients", "export", "import", "passwd", "report", "backup")


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

    demo = sub.add_parser("demo", help="create a realistic demo practice and open it",
                          description="Create a demo practice (or reuse an existing one) "
                                      "and open it.")
    _vault_option(demo, "where the demo vault goes (default: demo.vault beside the "
                        "default vault)")
    demo.add_argument("--clients", type=_count(1, 10_000), default=8, metavar="N",
                      help="number of clients (default 8)")
    demo.add_argument("--sessions", type=_count(1, 5_000), default=26, metavar="N",
                      help="weekly sessions per client (default 26)")
    demo.add_argument("--seed", type=_count(0, 2**31 - 1), default=7, metavar="N",
                      help="random seed; the same seed gives the same practice (default 7)")
    demo.add_argument("--no-gui", action="store_true", help="create it, but do not open it")
    _passphrase_option(demo)
    demo.set_defaults(func=cmd_demo)

    clients = sub.add_parser("clients", help="list clients (code, name, status)",
                             description="List clients: code, name and status separated "
                                         "by tabs, one per line.")
    _vault_option(clients, "the vault (default: the default vault)")
    clients.add_argument("--json", action="store_true",
                         help="print a JSON array of {code, name, status}")
    _passphrase_option(clients)
    clients.set_defaults(func=cmd_clients)

    passwd = sub.add_parser("passwd", help="change the vault's passphrase",
                            description="Change the passphrase. The new one comes from "
                                        f"--new-passphrase-file, then {ENV_NEW_PASSPHRASE}, "
                                        "then a prompt (twice) on a terminal.")
    _vault_option(passwd, "the vault (default: the default vault)")
    _passphrase_option(passwd)
    passwd.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                        help="read the new passphrase from FILE")
    passwd.set_defaults(func=cmd_passwd)

    # Commands kept in their own modules (they use the helpers above).
    from practice_notes import cli_backup, cli_report, cli_transfer

    cli_transfer.register(sub)
    cli_report.register(sub)
    cli_backup.register(sub)
    return parser


# --------------------------------------------------------------------- main
def _fail(message: object) -> None:
    print(f"{PROG}: {_one_line(message)}", file=sys.stderr, flush=True)


def _os_error_text(exc: OSError) -> str:
    name = f" {str(exc.filename)!r}" if exc.filename else ""
    return f"The file{name} could not be used: {exc.strerror or type(exc).__name__}."


def _tolerant_output() -> None:
    """Never crash on a name the terminal's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None, source: PassphraseSource | None = None) -> int:
    """Run the command line; returns the exit code (``raise SystemExit(main())``)."""
    _tolerant_output()
    words = list(argv) if argv is not None else sys.argv[1:]
    parser = build_parser(with_commands=not _window_only(words))
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.func(args, source or PassphraseSource()))
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED
    except (UserError, PassphraseUnavailable, VaultError, ValidationError) as exc:
        _fail(exc)
        return EXIT_USER
    except OSError as exc:
        _fail(_os_error_text(exc))
        return EXIT_USER
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        _fail(f"internal error ({type(exc).__name__}). Nothing more is shown, to keep notes "
              f"private; set {DEBUG_ENV}=1 to see the details.")
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
