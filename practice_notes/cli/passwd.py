"""``practice-notes passwd``: change the vault's passphrase."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    UserError,
    change_passphrase,
    check_new_passphrase,
    open_vault,
    passphrase_option,
    say,
    vault_option,
    vault_path,
)
from practice_notes.passphrase_input import ENV_NEW_PASSPHRASE, PassphraseSource


def cmd_passwd(args: argparse.Namespace, source: PassphraseSource) -> int:
    path = vault_path(args)
    practice, old = open_vault(path, args, source)
    try:
        new = source.new(args.new_passphrase_file, ENV_NEW_PASSPHRASE, "--new-passphrase-file")
        check_new_passphrase(new)
        if new == old:
            raise UserError("The new passphrase is the same as the current one.")
        change_passphrase(practice, old, new)
    finally:
        practice.close()
    say(f"The passphrase of {path} was changed. Use the new one from now on.")
    return EXIT_OK


def register(sub: Any) -> None:
    passwd = sub.add_parser("passwd", help="change the vault's passphrase",
                            description="Change the passphrase. The new one comes from "
                                        f"--new-passphrase-file, then {ENV_NEW_PASSPHRASE}, "
                                        "then a prompt (twice) on a terminal.")
    vault_option(passwd, "the vault (default: the default vault)")
    passphrase_option(passwd)
    passwd.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                        help="read the new passphrase from FILE")
    passwd.set_defaults(func=cmd_passwd)
