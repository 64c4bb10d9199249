"""Bulk writes with explicit ids, for importing a whole practice into an empty vault.

Every method expects to run inside the caller's ``vault.transaction()``: an import
is all or nothing. Ids are the ones the records had in the exported vault, so
references between records (and the search index rowids) stay as they were.

The database rules shape the order of writes: a session is inserted unsigned,
then its goal links, then it is signed with an UPDATE, and only then can its
addenda be added. Agreement versions are inserted whole (the no-rewrite rule is
about updates).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from practice_notes.domain.enums import ClientStatus
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
    Review,
    Session,
    Strategy,
)
from practice_notes.vault.codec import d2s, now_utc_text, t2s, to_json
from practice_notes.vault.database import Vault
from practice_notes.vault.repos.relationship import CatalogueName

#: Tables whose rows make up the practice's records (catalogues, settings, meta
#: and the audit log excluded).
RECORD_TABLES = (
    "clients", "sessions", "session_goals", "addenda", "goals", "goal_status_changes",
    "goal_ratings", "strategies", "milestones", "agreements", "checkins", "measures",
    "custom_scores", "reviews", "drafts",
)


class BulkRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # ------------------------------------------------------------------ reads
    def count(self, table: str) -> int:
        if table not in RECORD_TABLES:
            raise ValueError(f"not a record table: {table!r}")
        return int(self.vault.query_one(f"SELECT count(*) FROM {table}")[0])

    def vault_id(self) -> str:
        """The random id the vault got when it was made ("" if it has none)."""
        row = self.vault.query_opt("SELECT value FROM meta WHERE key = 'vault_id'")
        return str(row[0]) if row else ""

    def signers(self, client_id: int) -> dict[int, str]:
        """Who signed each of a client's signed sessions, by session id (one client
        at a time: an export's memory stays flat however many sessions there are)."""
        rows = self.vault.query(
            "SELECT id, signed_by FROM sessions WHERE client_id = ? AND signed_at IS NOT NULL",
            (client_id,),
        )
        return {int(r[0]): str(r[1]) for r in rows}

    # ------------------------------------------------------------- catalogues
    def reconcile_catalogue(
        self, table: CatalogueName, entries: Sequence[CatalogueEntry]
    ) -> dict[str, int]:
        """Make the catalogue hold exactly ``entries`` (matched by key) and return
        the id of each key. Rows whose key is not in ``entries`` are removed, which
        only works while no record uses them (an empty vault)."""
        existing = {str(r[0]): int(r[1]) for r in self.vault.query(f"SELECT key, id FROM {table}")}
        wanted = {e.key for e in entries}
        for key in sorted(set(existing) - wanted):
            self.vault.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
        for e in entries:
            if e.key in existing:
                self.vault.execute(
                    f"UPDATE {table} SET label = ?, active = ?, position = ? WHERE key = ?",
                    (e.label, int(e.active), e.position, e.key),
                )
            else:
                self.vault.execute(
                    f"INSERT INTO {table}(key, label, active, position) VALUES (?, ?, ?, ?)",
                    (e.key, e.label, int(e.active), e.position),
                )
        return {str(r[0]): int(r[1]) for r in self.vault.query(f"SELECT key, id FROM {table}")}

    # ---------------------------------------------------------------- clients
    def insert_clients(self, clients: Iterable[Client]) -> None:
        """A discharged client from an export without a discharge date (older
        formats) is taken as discharged today: retention never ends too soon."""
        now = now_utc_text()
        today = dt.date.today()
        self.vault.executemany(
            "INSERT INTO clients(id, code, display_name, preferred_name, pronouns, start_date,"
            " status, considerations, next_review_on, other_names, discharged_on, born_on,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.code, c.display_name, c.preferred_name, c.pronouns, d2s(c.start_date),
              c.status.value, c.considerations, d2s(c.next_review_on),
              json.dumps(list(c.other_names)),
              d2s(c.discharged_on or (today if c.status is ClientStatus.DISCHARGED else None)),
              d2s(c.born_on), now, now)
             for c in clients],
        )

    # --------------------------------------------------------------- sessions
    def insert_sessions(self, sessions: Sequence[Session]) -> None:
        """Sessions unsigned, with their goal links (``signed_at`` is ignored here)."""
        now = now_utc_text()
        self.vault.executemany(
            "INSERT INTO sessions(id, client_id, starts_at, duration_minutes, attendance,"
            " modality, note_format, note_fields, process_notes, homework_reviewed,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(s.id, s.client_id, t2s(s.starts_at), s.duration_minutes, s.attendance.value,
              s.modality.value, s.note_format.value, to_json(s.note_fields), s.process_notes,
              s.homework_reviewed, now, now)
             for s in sessions],
        )
        self.vault.executemany(
            "INSERT INTO session_goals(session_id, goal_id) VALUES (?, ?)",
            [(s.id, g) for s in sessions for g in s.goal_ids],
        )

    def sign_sessions(self, signatures: Iterable[tuple[int, dt.datetime, str]]) -> None:
        """(session id, signed at, signed by): lock the notes, after their goal links."""
        self.vault.executemany(
            "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
            [(t2s(at), by, sid) for sid, at, by in signatures],
        )

    def insert_addenda(self, addenda: Iterable[Addendum]) -> None:
        self.vault.executemany(
            "INSERT INTO addenda(id, session_id, written_at, body) VALUES (?, ?, ?, ?)",
            [(a.id, a.session_id, t2s(a.written_at), a.body) for a in addenda],
        )

    # ------------------------------------------------------------------ goals
    def insert_goals(self, goals: Iterable[Goal]) -> None:
        now = now_utc_text()
        self.vault.executemany(
            "INSERT INTO goals(id, client_id, client_words, why_it_matters, agreed_on,"
            " target_on, status, scheme, gas_levels, weight, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(g.id, g.client_id, g.client_words, g.why_it_matters, d2s(g.agreed_on),
              d2s(g.target_on), g.status.value, g.scheme.value, to_json(list(g.gas_levels)),
              g.weight, now)
             for g in goals],
        )

    def insert_status_changes(self, changes: Iterable[GoalStatusChange]) -> None:
        self.vault.executemany(
            "INSERT INTO goal_status_changes(id, goal_id, changed_on, status, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            [(c.id, c.goal_id, c.changed_on.isoformat(), c.status.value, c.reason)
             for c in changes],
        )

    def insert_ratings(self, ratings: Iterable[GoalRating]) -> None:
        self.vault.executemany(
            "INSERT INTO goal_ratings(id, goal_id, rated_on, value, rated_by, note, session_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r.id, r.goal_id, r.rated_on.isoformat(), r.value, r.rated_by.value, r.note,
              r.session_id) for r in ratings],
        )

    def insert_strategies(self, strategies: Iterable[Strategy]) -> None:
        self.vault.executemany(
            "INSERT INTO strategies(id, goal_id, description, kind, started_on, outcome,"
            " outcome_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(s.id, s.goal_id, s.description, s.kind.value, d2s(s.started_on), s.outcome.value,
              s.outcome_note) for s in strategies],
        )

    # ----------------------------------------------------------- relationship
    def insert_milestones(self, milestones: Iterable[Milestone]) -> None:
        self.vault.executemany(
            "INSERT INTO milestones(id, client_id, kind_id, occurred_on, note, custom_label,"
            " session_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(m.id, m.client_id, m.kind_id, m.occurred_on.isoformat(), m.note, m.custom_label,
              m.session_id) for m in milestones],
        )

    def insert_agreements(self, versions: Iterable[AgreementVersion]) -> None:
        self.vault.executemany(
            "INSERT INTO agreements(id, client_id, topic_id, series_id, version, wording,"
            " agreed_on, review_on, acknowledged_on, revision_reason, ended_on, end_reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, a.client_id, a.topic_id, a.series_id, a.version, a.wording,
              a.agreed_on.isoformat(), d2s(a.review_on), d2s(a.acknowledged_on),
              a.revision_reason, d2s(a.ended_on), a.end_reason) for a in versions],
        )

    def insert_checkins(self, checkins: Iterable[CheckIn]) -> None:
        self.vault.executemany(
            "INSERT INTO checkins(id, client_id, checked_on, bond, goals, tasks, overall,"
            " comment, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.client_id, c.checked_on.isoformat(), c.bond, c.goals, c.tasks, c.overall,
              c.comment, c.session_id) for c in checkins],
        )

    # --------------------------------------------------------------- measures
    def insert_measures(self, measures: Iterable[MeasureResult]) -> None:
        self.vault.executemany(
            "INSERT INTO measures(id, client_id, instrument, taken_on, items, total, note,"
            " session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(m.id, m.client_id, m.instrument.value, m.taken_on.isoformat(),
              to_json(list(m.items)), m.total, m.note, m.session_id) for m in measures],
        )

    def insert_custom_scores(self, scores: Iterable[CustomScore]) -> None:
        self.vault.executemany(
            "INSERT INTO custom_scores(id, client_id, name, taken_on, value, session_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(s.id, s.client_id, s.name, s.taken_on.isoformat(), s.value, s.session_id)
             for s in scores],
        )

    # ------------------------------------------------------- reviews, drafts
    def insert_reviews(self, reviews: Iterable[Review]) -> None:
        now = now_utc_text()
        self.vault.executemany(
            "INSERT INTO reviews(id, client_id, held_on, period_from, period_to, options,"
            " narrative, next_steps, client_reflection, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, r.client_id, r.held_on.isoformat(), r.period_from.isoformat(),
              r.period_to.isoformat(), to_json(r.options), r.narrative, r.next_steps,
              r.client_reflection, now) for r in reviews],
        )

    def insert_drafts(self, drafts: Iterable[Draft]) -> None:
        self.vault.executemany(
            "INSERT INTO drafts(key, body, updated_at) VALUES (?, ?, ?)",
            [(d.key, d.body, t2s(d.updated_at)) for d in drafts],
        )
