"""The whole-practice export document, format version 2: its fields and its check.

A checked document becomes a ``Plan`` of domain records with their ids (see
``transfer_parse``). The field tuples below are the schema: the exporter writes exactly these fields
and the importer requires exactly these. Adding, removing or changing the
meaning of a field means a new ``FORMAT_VERSION`` (see README, "Export format").
Version 1 (clients without ``other_names``) is still read: its clients have none.
"""

from __future__ import annotations

from dataclasses import dataclass

from practice_notes.domain.models import (
    Addendum,
    AgreementVersion,
    CatalogueEntry,
    CheckIn,
    Client,
    CustomScore,
    Draft,
    Goal,
    GoalRating,
    GoalStatusChange,
    MeasureResult,
    Milestone,
    PracticeSettings,
    Review,
    Session,
    Strategy,
)
from practice_notes.services.transfer_fields import (  # noqa: F401 - re-exported
    OPTIONAL_FIELDS,
    ImportProblem,
    kind_of,
)

FORMAT = "practice-notes-export"
FORMAT_VERSION = 2
#: The versions this app reads (it writes FORMAT_VERSION).
READ_VERSIONS = (1, 2)

ROOT_FIELDS = ("format", "version", "app_version", "settings", "catalogues", "clients", "drafts")
SETTINGS_FIELDS = (
    "therapist_name", "practice_name", "credentials", "contact", "auto_lock_minutes",
    "paper_size", "retention_years_after_discharge", "retention_years_after_majority",
    "review_interval_months",
)
CATALOGUES_FIELDS = ("milestone_kinds", "agreement_topics")
CATALOGUE_ENTRY_FIELDS = ("key", "label", "active", "position")
CLIENT_FIELDS = (
    "id", "code", "display_name", "preferred_name", "pronouns", "other_names", "start_date",
    "status", "considerations", "next_review_on", "discharged_on", "born_on", "goals",
    "sessions", "milestones", "agreements", "checkins", "measures", "custom_scores", "reviews",
)
#: A version 1 client: no ``other_names`` (added in version 2).
CLIENT_FIELDS_V1 = tuple(n for n in CLIENT_FIELDS if n != "other_names")
GOAL_FIELDS = (
    "id", "client_words", "why_it_matters", "agreed_on", "target_on", "status", "scheme",
    "gas_levels", "weight", "status_history", "ratings", "strategies",
)
STATUS_CHANGE_FIELDS = ("id", "changed_on", "status", "reason")
RATING_FIELDS = ("id", "rated_on", "value", "rated_by", "note", "session_id")
STRATEGY_FIELDS = ("id", "description", "kind", "started_on", "outcome", "outcome_note")
SESSION_FIELDS = (
    "id", "starts_at", "duration_minutes", "attendance", "modality", "note_format",
    "note_fields", "process_notes", "homework_reviewed", "goals_addressed", "signed_at",
    "signed_by", "addenda",
)
ADDENDUM_FIELDS = ("id", "written_at", "body")
MILESTONE_FIELDS = ("id", "kind", "occurred_on", "note", "custom_label", "session_id")
AGREEMENT_FIELDS = (
    "id", "series_id", "version", "topic", "wording", "agreed_on", "review_on",
    "acknowledged_on", "revision_reason", "ended_on", "end_reason",
)
CHECKIN_FIELDS = ("id", "checked_on", "bond", "goals", "tasks", "overall", "comment",
                  "session_id")
MEASURE_FIELDS = ("id", "instrument", "taken_on", "items", "note", "session_id")
CUSTOM_SCORE_FIELDS = ("id", "name", "taken_on", "value", "session_id")
REVIEW_FIELDS = (
    "id", "held_on", "period_from", "period_to", "options", "narrative", "next_steps",
    "client_reflection",
)
DRAFT_FIELDS = ("key", "body", "updated_at")


# ---------------------------------------------------------------- the plan
@dataclass(frozen=True)
class SessionPlan:
    session: Session  # signed_at kept; written unsigned first, then signed
    signed_by: str
    addenda: tuple[Addendum, ...]


@dataclass(frozen=True)
class GoalPlan:
    goal: Goal
    history: tuple[GoalStatusChange, ...]
    ratings: tuple[GoalRating, ...]
    strategies: tuple[Strategy, ...]


@dataclass(frozen=True)
class ClientPlan:
    client: Client
    goals: tuple[GoalPlan, ...]
    sessions: tuple[SessionPlan, ...]
    milestones: tuple[tuple[str, Milestone], ...]  # (kind key, milestone without kind_id)
    agreements: tuple[tuple[str, AgreementVersion], ...]  # (topic key, version)
    checkins: tuple[CheckIn, ...]
    measures: tuple[MeasureResult, ...]
    custom_scores: tuple[CustomScore, ...]
    reviews: tuple[Review, ...]


@dataclass(frozen=True)
class Plan:
    """A checked document as domain records, ready to be written."""

    settings: PracticeSettings
    milestone_kinds: tuple[CatalogueEntry, ...]
    agreement_topics: tuple[CatalogueEntry, ...]
    clients: tuple[ClientPlan, ...]
    drafts: tuple[Draft, ...]

    @property
    def session_count(self) -> int:
        return sum(len(c.sessions) for c in self.clients)

    @property
    def record_count(self) -> int:
        """Every record: clients, sessions and all they hold, and drafts."""
        n = len(self.drafts)
        for c in self.clients:
            n += 1 + len(c.sessions) + len(c.milestones) + len(c.agreements)
            n += len(c.checkins) + len(c.measures) + len(c.custom_scores) + len(c.reviews)
            n += sum(len(s.addenda) for s in c.sessions)
            n += sum(1 + len(g.history) + len(g.ratings) + len(g.strategies) for g in c.goals)
        return n


def client_fields(version: int) -> tuple[str, ...]:
    """The fields of a client object in a document of ``version``."""
    return CLIENT_FIELDS_V1 if version == 1 else CLIENT_FIELDS


def check_header(doc: object) -> int:
    """Format and version first, so a newer document gets the right message.
    Returns the document's version (one of ``READ_VERSIONS``)."""
    if not isinstance(doc, dict):
        raise ImportProblem("$", f"the document must be a JSON object, not {kind_of(doc)}")
    if doc.get("format") != FORMAT:
        raise ImportProblem("format", f"this is not a Practice Notes export (expected {FORMAT!r})")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportProblem("version", f"must be a whole number, not {kind_of(version)}")
    if version > FORMAT_VERSION:
        raise ImportProblem(
            "version",
            f"this export uses format version {version}, made by a newer Practice Notes; "
            f"this app reads version {FORMAT_VERSION}. Update Practice Notes to import it",
        )
    if version not in READ_VERSIONS:
        raise ImportProblem("version", f"unknown format version {version}")
    return version
