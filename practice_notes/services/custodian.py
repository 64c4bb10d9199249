"""The custodian letter as a use case: gather what it says from the settings,
the backup settings and the newest backup (never a passphrase, never a client's
name), build the PDF, write it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from practice_notes.reports.custodian_data import CustodianData
from practice_notes.services import backups
from practice_notes.services.practice import Practice
from practice_notes.vault.outputs import OutputProblem, output_problem, write_plaintext
from practice_notes.vault.repos.misc import KeyValueRepo

#: Audit entries looked at for the newest backup's passphrase kind.
_RECENT = 2000


def _separate(practice: Practice, name: str) -> bool | None:
    """Whether the backup ``name`` was made with its own passphrase (from its
    audit entry); None when not known."""
    if not name:
        return None
    for entry in reversed(practice.audit.entries(limit=_RECENT)):
        if entry.action == "backup" and entry.detail.startswith(f"{name} "):
            found = re.search(r"separate_passphrase=(True|False)", entry.detail)
            return found.group(1) == "True" if found else None
    return None


def gather_custodian(practice: Practice, today: dt.date | None = None) -> CustodianData:
    settings = practice.settings.load()
    backup = backups.load_settings(practice)
    state = backups.status(practice)
    folder = backup.folder or KeyValueRepo(practice.vault, "backup.").load().get("last_folder", "")
    return CustodianData(
        settings=settings,
        generated_on=today or dt.date.today(),
        client_count=len(practice.clients.all()),
        vault_path=str(practice.path.absolute()),
        backup_folder=folder,
        automatic=backup.daily or backup.on_close,
        last_backup_file=state.last_file,
        last_backup_at=state.last_at,
        last_backup_separate=_separate(practice, state.last_file),
        retention_years_after_discharge=settings.retention_years_after_discharge,
        retention_years_after_majority=settings.retention_years_after_majority,
    )


def build_custodian_letter(practice: Practice, today: dt.date | None = None) -> bytes:
    # reportlab is imported here, not at start-up: it would slow the app's launch.
    from practice_notes.reports.custodian import build_custodian_pdf

    data = gather_custodian(practice, today)
    return build_custodian_pdf(data, data.settings.paper_size)


def write_custodian_letter(practice: Practice, out: Path) -> None:
    """Build the letter and write it to ``out`` (complete, or not there)."""
    pdf = build_custodian_letter(practice)
    out = Path(out).expanduser()
    try:
        write_plaintext(out, pdf)
    except OutputProblem as exc:
        raise output_problem(exc, out, "custodian letter", practice.path) from exc.cause


__all__ = ["build_custodian_letter", "gather_custodian", "write_custodian_letter"]
