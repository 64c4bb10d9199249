"""The input of the custodian letter (:mod:`practice_notes.reports.custodian`):
no client data, only the number of clients, and never a passphrase."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from practice_notes.domain.models import PracticeSettings


@dataclass(frozen=True)
class CustodianData:
    settings: PracticeSettings
    generated_on: dt.date
    client_count: int
    vault_path: str
    backup_folder: str  # "" when none is set
    automatic: bool  # daily or on-close backups are on
    last_backup_file: str = ""
    last_backup_at: dt.datetime | None = None
    #: Whether the newest backup has its own (custodian) passphrase; None: unknown.
    last_backup_separate: bool | None = None
    retention_years_after_discharge: int = 7
    retention_years_after_majority: int = 0  # 0: no rule for minors
