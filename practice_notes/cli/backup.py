"""``practice-notes backup create|verify|restore|test``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    UserError,
    check_new_passphrase,
    open_vault,
    passphrase_option,
    say,
    vault_option,
    vault_path,
)
from practice_notes.passphrase_input import (
    ENV_PASSPHRASE,
    PassphraseSource,
    read_passphrase_file,
)

ENV_BACKUP_PASSPHRASE = "PRACTICE_NOTES_BACKUP_PASSPHRASE"


def _separate_passphrase(args: argparse.Namespace, source: PassphraseSource) -> str | None:
    if args.backup_passphrase_file:
        return read_passphrase_file(Path(args.backup_passphrase_file).expanduser())
    return source.env.get(ENV_BACKUP_PASSPHRASE) or None


def _backup_passphrase(args: argparse.Namespace, source: PassphraseSource) -> str:
    """The passphrase that opens a backup file: its own file/variable, else the usual ones."""
    if args.passphrase_file is None:
        own = source.env.get(ENV_BACKUP_PASSPHRASE)
        if own:
            return own
    passphrase, _origin = source.current(args.passphrase_file, label="Backup passphrase")
    return passphrase


def cmd_create(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.backup.create import default_name
    from practice_notes.services import backups

    out = Path(args.out).expanduser()
    if args.out.endswith(("/", os.sep)) and not out.is_dir():
        # A trailing slash names a folder: make it (only the last level, so that a
        # drive that is not mounted is not silently replaced by a local folder).
        if not out.parent.is_dir():
            raise UserError(f"The folder {str(out.parent)!r} does not exist, so "
                                f"{str(out)!r} cannot be made in it.")
        out.mkdir(mode=0o700)
    if out.is_dir():
        out = out / default_name()
    separate = _separate_passphrase(args, source)
    if separate is not None:
        check_new_passphrase(separate)
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        if not args.even_if_damaged:
            _refuse_damaged(practice)
        result = backups.backup_now(practice, passphrase=separate, out=out)
    finally:
        practice.close()
    how = "its own passphrase" if separate else "the vault's passphrase"
    say(f"Backup written and verified: {result.path} (protected by {how}).")
    return EXIT_OK


def _refuse_damaged(practice: Any) -> None:
    from practice_notes.services.integrity import verify_record

    report = verify_record(practice)
    if not report.ok:
        first = report.problems[0]
        more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
        raise UserError(f"The vault fails its check: {first}{more}. No backup was written, "
                        "so an older good backup is not pushed out; run 'practice-notes "
                        "verify' for the list, or add --even-if-damaged to back it up "
                        "anyway.")


def cmd_verify(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services import backups

    report = backups.verify(None, Path(args.file).expanduser(), _backup_passphrase(args, source))
    say(report.summary)
    return EXIT_OK


def cmd_test(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services import backups

    report = backups.run_test_restore(None, Path(args.file).expanduser(),
                                      _backup_passphrase(args, source))
    say("Test-restore succeeded: restored to a temporary place, compared, deleted. "
             + report.summary)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services import backups

    target = Path(args.to).expanduser()
    if target.exists() and not args.replace:
        raise UserError(f"{str(target)!r} already exists; choose a new path, or add "
                        "--replace to replace that vault (a safety copy is kept).")
    result = backups.restore(Path(args.file).expanduser(), _backup_passphrase(args, source),
                             target, replace=args.replace)
    say(f"Restored to {result.path}. It opens with the backup's passphrase; change it "
        "with 'practice-notes passwd' if you like.")
    if result.safety_copy is not None:
        say(f"The replaced vault was kept as {result.safety_copy}.")
    return EXIT_OK


def register(sub: Any) -> None:

    backup = sub.add_parser("backup", help="create, verify, restore or test-restore backups",
                            description="Encrypted backups, verified when written.")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create", help="write a verified backup of a vault",
        description="Write a verified backup. It uses the vault's passphrase unless "
                    f"--backup-passphrase-file or {ENV_BACKUP_PASSPHRASE} gives a separate one "
                    "(e.g. a custodian passphrase).")
    vault_option(create, "the vault (default: the default vault)")
    create.add_argument("--out", required=True, metavar="FILE|FOLDER",
                        help="the backup file, or a folder for a dated name")
    create.add_argument("--even-if-damaged", action="store_true",
                        help="back up a vault that fails 'practice-notes verify' (to keep "
                             "what is there before repairing it)")
    create.add_argument("--backup-passphrase-file", metavar="FILE",
                        help="protect the backup with the passphrase in FILE")
    passphrase_option(create)
    create.set_defaults(func=cmd_create)

    for name, func, text in (("verify", cmd_verify, "check a backup without changing it"),
                             ("test", cmd_test, "restore to a temporary place, compare, "
                                                "delete")):
        p = actions.add_parser(name, help=text, description=text.capitalize() + ". The "
                               f"passphrase comes from --passphrase-file, {ENV_BACKUP_PASSPHRASE}"
                               f" or {ENV_PASSPHRASE}, or a prompt.")
        p.add_argument("file", metavar="FILE", help="the backup file")
        passphrase_option(p)
        p.set_defaults(func=func)

    restore = actions.add_parser("restore", help="restore a backup into a vault",
                                 description="Verify a backup, then restore it.")
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument("--to", required=True, metavar="PATH",
                         help="where the restored vault goes")
    restore.add_argument("--replace", action="store_true",
                         help="replace the (closed) vault at PATH after a safety copy")
    passphrase_option(restore)
    restore.set_defaults(func=cmd_restore)

    from practice_notes.cli import custodian

    custodian.register_action(actions)


__all__ = ["ENV_BACKUP_PASSPHRASE", "register"]
