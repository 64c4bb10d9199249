"""``practice-notes export`` and ``import``: the whole practice as one JSON document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from practice_notes.cli.common import (
    EXIT_OK,
    UserError,
    check_new_passphrase,
    create_practice,
    open_vault,
    passphrase_option,
    remove_vault_files,
    say,
    vault_option,
    vault_path,
)
from practice_notes.cli.signer import ask_signer
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource


def cmd_export(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services.transfer import write_export

    if args.format != "fhir" and (args.client or args.pseudonymise):
        raise UserError("--client and --pseudonymise go with --format fhir; the JSON export "
                        "is always the whole practice.")
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UserError(f"{str(out)!r} is a folder; give the export a file name.")
    if out.exists() and not args.force:
        raise UserError(f"{str(out)!r} already exists; choose another name or add --force.")
    if args.format == "fhir":
        return _export_fhir(args, source, out)
    practice, _ = open_vault(vault_path(args), args, source)
    try:
        clients = len(practice.client_list())
        write_export(practice, out)
    finally:
        practice.close()
    say(f"Exported {clients} clients to {out}.")
    print("The export is not encrypted: keep it somewhere safe and delete it when done.",
          file=sys.stderr)
    return EXIT_OK


def _export_fhir(args: argparse.Namespace, source: PassphraseSource, out: Path) -> int:
    from practice_notes.services.fhir import write_fhir

    practice, _ = open_vault(vault_path(args), args, source)
    try:
        done = write_fhir(practice, out, args.client, args.pseudonymise)
    finally:
        practice.close()
    say(f"Exported {done.clients} clients ({done.resources} FHIR resources) to {out}.")
    if args.pseudonymise:
        say(f"Pseudonymised: {done.names_replaced} name(s) replaced with client codes, "
            f"{done.words_left} other capitalised word(s) that may be names: please read it "
            "through before sharing.")
    print("The export is not encrypted: keep it somewhere safe and delete it when done.",
          file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, source: PassphraseSource) -> int:
    from practice_notes.services import transfer
    from practice_notes.services.transfer import ImportProblem

    file = Path(args.file).expanduser()
    path = vault_path(args)

    def refused(exc: ImportProblem) -> UserError:
        where = "" if exc.path == "$" else f" at {exc.path}"
        return UserError(f"{file.name} cannot be imported{where}: {exc.problem}")

    # Two passes over the file, a client at a time: all of it is checked before a
    # vault is opened or made, then written (memory stays flat at any size).
    try:
        checked = transfer.check_import_file(file)
    except ImportProblem as exc:
        raise refused(exc) from None
    if path.exists():
        practice, _ = open_vault(path, args, source)
        try:
            summary = transfer.import_file(practice, file, checked)
        except ImportProblem as exc:
            raise refused(exc) from None
        finally:
            practice.close()
    else:
        passphrase = source.new(args.passphrase_file, ENV_PASSPHRASE, "--passphrase-file")
        check_new_passphrase(passphrase)
        practice = create_practice(path, passphrase)
        try:
            summary = transfer.import_file(practice, file, checked)
        except BaseException as exc:
            practice.close()
            remove_vault_files(path)
            if isinstance(exc, ImportProblem):
                raise refused(exc) from None
            raise
        try:
            ask_signer(practice, source.interactive)
        finally:
            practice.close()
        say(f"Created a new vault at {path}.")
    say(f"Imported {summary.clients} clients and {summary.sessions} sessions "
        f"({summary.records} records) into {path}.")
    return EXIT_OK


def register(sub: Any) -> None:

    export = sub.add_parser("export", help="export the practice to a JSON or FHIR file",
                            description="Export the whole practice (json, the default), or a "
                                        "FHIR R4 Bundle of one client or of every client "
                                        "(fhir; never private process notes). The file is NOT "
                                        "encrypted.")
    vault_option(export, "the vault (default: the default vault)")
    export.add_argument("--format", choices=("json", "fhir"), default="json",
                        help="export format: json (whole practice, importable) or fhir "
                             "(FHIR R4 Bundle)")
    export.add_argument("--client", metavar="CODE",
                        help="with --format fhir: only this client (default: every client)")
    export.add_argument("--pseudonymise", action="store_true",
                        help="with --format fhir: the client code instead of names, and the "
                             "client's names replaced in every text")
    export.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    passphrase_option(export)
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser("import", help="import a JSON export into a new or empty vault",
                         description="Import a JSON export. A vault that does not exist "
                                     "is created (its new passphrase from the same sources, "
                                     "asked twice on a terminal).")
    vault_option(imp, "the vault (default: the default vault)")
    imp.add_argument("file", metavar="FILE", help="the JSON export to import")
    passphrase_option(imp)
    imp.set_defaults(func=cmd_import)
