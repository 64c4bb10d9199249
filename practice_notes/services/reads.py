"""Read-only views of the repositories, the only part of them ``Practice`` shows.

Each view hands out the reading methods of one repository and nothing that
writes: every change to the record goes through a ``Practice`` method.
"""

from __future__ import annotations

from practice_notes.vault.audit import AuditLog
from practice_notes.vault.repos.clients import ClientRepo, ClientSummary
from practice_notes.vault.repos.goals import GoalRepo
from practice_notes.vault.repos.measures import MeasureRepo
from practice_notes.vault.repos.misc import DraftRepo, ReviewRepo, SettingsRepo
from practice_notes.vault.repos.relationship import (
    AgreementRepo,
    CatalogueRepo,
    CheckInRepo,
    MilestoneRepo,
)
from practice_notes.vault.repos.search import MARK_END, MARK_START, SearchQueryError
from practice_notes.vault.repos.sessions import SessionRepo

__all__ = [  # with, for clients, a row of the client list and the search-match marks
    "MARK_END", "MARK_START", "SearchQueryError", "AgreementReads", "AuditReads", "CatalogueReads",
    "CheckInReads", "ClientReads", "ClientSummary", "DraftReads", "GoalReads",
    "MeasureReads", "MilestoneReads", "ReviewReads", "SessionReads", "SettingsReads",
]


class ClientReads:
    def __init__(self, repo: ClientRepo) -> None:
        self.get = repo.get
        self.by_code = repo.by_code
        self.all = repo.all
        self.summaries = repo.summaries
        self.codes = repo.codes


class SessionReads:
    def __init__(self, repo: SessionRepo) -> None:
        self.get = repo.get
        self.for_client = repo.for_client
        self.signed_by = repo.signed_by
        self.addenda = repo.addenda
        self.addenda_for_client = repo.addenda_for_client


class GoalReads:
    def __init__(self, repo: GoalRepo) -> None:
        self.get = repo.get
        self.for_client = repo.for_client
        self.history = repo.history
        self.ratings = repo.ratings
        self.ratings_for_client = repo.ratings_for_client
        self.strategies = repo.strategies


class CatalogueReads:
    def __init__(self, repo: CatalogueRepo) -> None:
        self.name = repo.table
        self.all = repo.all
        self.get = repo.get
        self.by_key = repo.by_key


class MilestoneReads:
    def __init__(self, repo: MilestoneRepo) -> None:
        self.for_client = repo.for_client


class AgreementReads:
    def __init__(self, repo: AgreementRepo) -> None:
        self.get = repo.get
        self.current = repo.current
        self.versions = repo.versions
        self.for_client = repo.for_client


class CheckInReads:
    def __init__(self, repo: CheckInRepo) -> None:
        self.for_client = repo.for_client


class MeasureReads:
    def __init__(self, repo: MeasureRepo) -> None:
        self.for_client = repo.for_client
        self.custom_for_client = repo.custom_for_client


class SettingsReads:
    def __init__(self, repo: SettingsRepo) -> None:
        self.load = repo.load


class DraftReads:
    def __init__(self, repo: DraftRepo) -> None:
        self.get = repo.get
        self.all = repo.all


class ReviewReads:
    def __init__(self, repo: ReviewRepo) -> None:
        self.for_client = repo.for_client


class AuditReads:
    """The audit trail: read and verified here; sibling services append their own events."""

    def __init__(self, log: AuditLog) -> None:
        self.entries = log.entries
        self.verify = log.verify
        self.append = log.append
        self.append_many = log.append_many
