"""Opening, creating and re-keying a practice vault, with audit entries."""

from __future__ import annotations

from pathlib import Path

from practice_notes.domain.models import PracticeSettings
from practice_notes.locations import APP_NAME, default_vault_path
from practice_notes.services.passphrase import MIN_PASSPHRASE, passphrase_problem
from practice_notes.services.practice import Practice
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import VaultError, WrongPassphrase
from practice_notes.vault.schema import SIGNED_CONTENT_VERSION
from practice_notes.vault.signatures import record_signed_baseline

__all__ = ["APP_NAME", "MIN_PASSPHRASE", "change_passphrase", "create_practice",
           "default_vault_path", "open_practice", "passphrase_problem"]

# Failed attempts in this process, by vault path; written to the audit log at the
# next successful unlock (a locked vault cannot be written to).
_failed: dict[str, int] = {}


def open_practice(path: Path | str, passphrase: str) -> Practice:
    key = str(Path(path).expanduser().resolve())
    try:
        vault = Vault.open(path, passphrase)
    except WrongPassphrase:
        _failed[key] = _failed.get(key, 0) + 1
        raise
    if vault.migrated_from is not None and vault.migrated_from < SIGNED_CONTENT_VERSION:
        record_signed_baseline(vault)
    practice = Practice(vault)
    failed = _failed.pop(key, 0)
    if failed:
        practice.audit.append("failed_unlock", f"{failed} failed attempt(s) before this unlock")
    practice.audit.append("unlock")
    return practice


def create_practice(
    path: Path | str, passphrase: str, settings: PracticeSettings | None = None
) -> Practice:
    vault = Vault.create(path, passphrase)
    practice = Practice(vault)
    practice.audit.append("create")
    if settings is not None:
        practice.save_settings(settings)
    return practice


def change_passphrase(practice: Practice, old: str, new: str) -> None:
    if not new:
        raise VaultError("The new passphrase cannot be empty.")
    practice.vault.change_passphrase(old, new)
    practice.audit.append("passphrase_change")
