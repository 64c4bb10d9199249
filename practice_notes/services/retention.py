"""Retention: which clients' records may now be destroyed, and destroying them.

The GUI's "Past retention" list and ``practice-notes retention`` both read
``past_retention``. ``destroy_client`` is the one way a client's signed record
leaves the vault: only for a client past retention, only with the client code
typed again, in one transaction that leaves a ``destroy`` audit entry with the
code and counts only (never a name or any text). The record check
(``vault.integrity``) accepts the destroyed client's signed notes as accounted
for by that entry. Afterwards the freed space is wiped (``secure_delete``,
``VACUUM``, write-ahead log truncated).

What this cannot reach: backups and exports made earlier, safety copies made
before a migration, and the disk's own remapping of old blocks. The window says
so before the second confirmation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.retention import Eligibility, eligibility, rule_in_words
from practice_notes.domain.retention import past_retention as _due
from practice_notes.i18n import translate
from practice_notes.services.changes import Change, ChangeKind
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import VaultError
from practice_notes.vault.repos.destruction import DestroyedCounts, DestructionRepo, WipeResult
from practice_notes.vault.signatures import destroy_subject

__all__ = ["DestroyedCounts", "Destruction", "Eligibility", "destroy_client", "past_retention",
           "rule_in_words"]


def past_retention(practice: Practice, today: dt.date | None = None) -> list[Eligibility]:
    """Clients whose records may be destroyed today, the longest past first."""
    return _due(practice.clients.all(), practice.settings.load(), today or dt.date.today())


@dataclass(frozen=True)
class Destruction:
    code: str
    counts: DestroyedCounts
    wipe: WipeResult


def destroy_client(practice: Practice, client_id: int, typed_code: str,
                   today: dt.date | None = None) -> Destruction:
    """Destroy every record and draft of a client past retention, for good."""
    client = practice.clients.get(client_id)
    if typed_code.strip() != client.code:
        raise ValidationError(
            translate("Retention", "Type the client code {code} to confirm").format(
                code=client.code), field="code")
    due = eligibility(client, practice.settings.load())
    day = today or dt.date.today()
    if due is None or not due.is_due(day):
        raise ValidationError(
            translate("Retention", "The records of {code} are not past retention").format(
                code=client.code), field="code")
    repo = DestructionRepo(practice.vault)
    with practice.transaction():
        subject = destroy_subject(practice.vault, client_id, client.code)
        counts = repo.destroy(client_id)
        practice.audit.append("destroy", f"{subject} {counts.detail()}")
        practice.changes.publish(Change(ChangeKind.CLIENT, client_id, client_id))
    try:
        wiped = repo.wipe()
    except VaultError:
        # e.g. another connection was reading: the records are gone and their
        # pages were zeroed (secure_delete); the log is emptied when the vault
        # is locked (Vault.close checkpoints with TRUNCATE).
        wiped = WipeResult(free_pages=-1, wal_emptied=False)
    return Destruction(client.code, counts, wiped)
