"""Schema and numbered forward migrations.

Each migration runs in one transaction together with its ``PRAGMA user_version``
bump. Migration SQL is frozen once released: change the schema by adding a step.
"""

from __future__ import annotations

from practice_notes.vault.schema_activity import ACTIVITY_COUNTS_VERSION, v8
from practice_notes.vault.schema_search import (  # noqa: F401 - FTS_CODES re-exported
    FTS_CODES,
    REVIEW_INDEXED,
    V1_INDEXED,
    fts_triggers,
    v3,
)

APPLICATION_ID = 0x504E4F54  # "PNOT"


def _locked(name: str, when: str, table: str, event: str, message: str) -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


_V1_TABLES = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        preferred_name TEXT NOT NULL DEFAULT '',
        pronouns TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('active','paused','discharged')),
        considerations TEXT NOT NULL DEFAULT '',
        next_review_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
        attendance TEXT NOT NULL
            CHECK (attendance IN ('attended','cancelled','late_cancel','no_show')),
        modality TEXT NOT NULL CHECK (modality IN ('in_person','video','phone')),
        note_format TEXT NOT NULL CHECK (note_format IN ('soap','dap','birp','free')),
        note_fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(note_fields)),
        process_notes TEXT NOT NULL DEFAULT '',
        homework_reviewed TEXT NOT NULL DEFAULT '',
        signed_at TEXT,
        signed_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    "CREATE INDEX sessions_client ON sessions(client_id, starts_at)",
    """CREATE TABLE addenda (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id),
        written_at TEXT NOT NULL,
        body TEXT NOT NULL CHECK (length(trim(body)) > 0))""",
    "CREATE INDEX addenda_session ON addenda(session_id)",
    """CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        client_words TEXT NOT NULL CHECK (length(trim(client_words)) > 0),
        why_it_matters TEXT NOT NULL DEFAULT '',
        agreed_on TEXT,
        target_on TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('active','achieved','revised','paused','discontinued')),
        scheme TEXT NOT NULL CHECK (scheme IN ('scale_0_10','gas')),
        gas_levels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gas_levels)),
        weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
        created_at TEXT NOT NULL)""",
    "CREATE INDEX goals_client ON goals(client_id)",
    """CREATE TABLE goal_status_changes (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        changed_on TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX goal_status_goal ON goal_status_changes(goal_id)",
    """CREATE TABLE goal_ratings (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        rated_on TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value BETWEEN -2 AND 10),
        rated_by TEXT NOT NULL CHECK (rated_by IN ('client','therapist','together')),
        note TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)""",
    "CREATE INDEX goal_ratings_goal ON goal_ratings(goal_id, rated_on)",
    """CREATE TABLE strategies (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('strategy','homework')),
        started_on TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('not_yet','helped','partly','did_not_help')),
        outcome_note TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX strategies_goal ON strategies(goal_id)",
    """CREATE TABLE session_goals (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, goal_id)) WITHOUT ROWID""",
    """CREATE TABLE milestone_kinds (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        kind_id INTEGER NOT NULL REFERENCES milestone_kinds(id),
        occurred_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        custom_label TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)""",
    "CREATE INDEX milestones_client ON milestones(client_id, occurred_on)",
    """CREATE TABLE agreement_topics (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        topic_id INTEGER NOT NULL REFERENCES agreement_topics(id),
        series_id INTEGER NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        wording TEXT NOT NULL CHECK (length(trim(wording)) > 0),
        agreed_on TEXT NOT NULL,
        review_on TEXT,
        acknowledged_on TEXT,
        revision_reason TEXT NOT NULL DEFAULT '',
        ended_on TEXT,
        end_reason TEXT NOT NULL DEFAULT '',
        UNIQUE (series_id, version))""",
    "CREATE INDEX agreements_client ON agreements(client_id)",
    """CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        checked_on TEXT NOT NULL,
        bond INTEGER NOT NULL CHECK (bond BETWEEN 0 AND 10),
        goals INTEGER NOT NULL CHECK (goals BETWEEN 0 AND 10),
        tasks INTEGER NOT NULL CHECK (tasks BETWEEN 0 AND 10),
        overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10),
        comment TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)""",
    "CREATE INDEX checkins_client ON checkins(client_id, checked_on)",
    """CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        instrument TEXT NOT NULL CHECK (instrument IN ('PHQ-9','GAD-7')),
        taken_on TEXT NOT NULL,
        items TEXT NOT NULL CHECK (json_valid(items)),
        total INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)""",
    "CREATE INDEX measures_client ON measures(client_id, instrument, taken_on)",
    """CREATE TABLE custom_scores (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id),
        name TEXT NOT NULL,
        taken_on TEXT NOT NULL,
        value REAL NOT NULL,
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)""",
    "CREATE INDEX custom_scores_client ON custom_scores(client_id, name, taken_on)",
    """CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL)""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        body, kind UNINDEXED, client_id UNINDEXED, ref_id UNINDEXED, session_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2')""",
]

_SIGNED = "(SELECT signed_at FROM sessions WHERE id = {}.session_id) IS NOT NULL"

_V1_RULES = [
    _locked("sessions_signed_no_update", "OLD.signed_at IS NOT NULL", "sessions", "UPDATE",
            "signed note is locked"),
    _locked("sessions_signed_no_delete", "OLD.signed_at IS NOT NULL", "sessions", "DELETE",
            "signed note is locked"),
    _locked("session_goals_signed_ins", _SIGNED.format("NEW"), "session_goals", "INSERT",
            "signed note is locked"),
    _locked("session_goals_signed_del", _SIGNED.format("OLD"), "session_goals", "DELETE",
            "signed note is locked"),
    _locked("addenda_need_signed", "NOT " + _SIGNED.format("NEW"), "addenda", "INSERT",
            "addenda are for signed notes"),
    _locked("addenda_no_update", "1", "addenda", "UPDATE", "addenda are permanent"),
    _locked("addenda_no_delete", "1", "addenda", "DELETE", "addenda are permanent"),
    _locked("agreements_no_rewrite",
            "NEW.wording IS NOT OLD.wording OR NEW.agreed_on IS NOT OLD.agreed_on"
            " OR NEW.topic_id IS NOT OLD.topic_id OR NEW.client_id IS NOT OLD.client_id"
            " OR NEW.version IS NOT OLD.version OR NEW.series_id IS NOT OLD.series_id"
            " OR (OLD.acknowledged_on IS NOT NULL AND NEW.acknowledged_on IS NOT"
            " OLD.acknowledged_on)",
            "agreements", "UPDATE", "agreements are revised, never overwritten"),
    _locked("agreements_no_delete_acknowledged",
            "OLD.acknowledged_on IS NOT NULL OR EXISTS (SELECT 1 FROM agreements a"
            " WHERE a.series_id = OLD.series_id AND a.version > OLD.version)",
            "agreements", "DELETE", "acknowledged or revised agreements are kept"),
    _locked("audit_no_update", "1", "audit_log", "UPDATE", "the audit log is append-only"),
    _locked("audit_no_delete", "1", "audit_log", "DELETE", "the audit log is append-only"),
]

MILESTONE_KINDS = [
    ("confidentiality_explained", "Confidentiality and its limits explained"),
    ("first_disclosure", "First disclosure"),
    ("disagreement_voiced", "Disagreement voiced"),
    ("rupture_repair", "Rupture and repair"),
    ("first_homework", "First homework completed"),
    ("feedback_given", "Client feedback on therapy"),
    ("setback_worked_through", "A setback worked through"),
    ("goal_set_together", "Goals set together"),
    ("asked_for_help", "Asked for what they need"),
]

AGREEMENT_TOPICS = [
    ("confidentiality", "Confidentiality and its limits"),
    ("contact_between_sessions", "Contact between sessions"),
    ("cancellations", "Cancellations and lateness"),
    ("session_length", "Session length and frequency"),
    ("fees", "Fees"),
    ("social_media", "Social media"),
    ("gifts", "Gifts"),
    ("recording", "Recording"),
    ("crisis_plan", "Crisis plan"),
    ("ending_therapy", "Ending therapy"),
]


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _v1() -> list[str]:
    stmts = list(_V1_TABLES)
    for spec in V1_INDEXED:
        stmts.extend(fts_triggers(spec))
    stmts.extend(_V1_RULES)
    catalogues = (("milestone_kinds", MILESTONE_KINDS), ("agreement_topics", AGREEMENT_TOPICS))
    for table, rows in catalogues:
        for pos, (key, label) in enumerate(rows):
            stmts.append(
                f"INSERT INTO {table}(key, label, active, position) "
                f"VALUES ({_q(key)}, {_q(label)}, 1, {pos})"
            )
    stmts.append(f"PRAGMA application_id = {APPLICATION_ID}")
    return stmts


def _v2() -> list[str]:
    """Review sessions and the summaries made for them."""
    stmts = [
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            held_on TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
            narrative TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            client_reflection TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        "CREATE INDEX reviews_client ON reviews(client_id, held_on)",
    ]
    stmts.extend(fts_triggers(REVIEW_INDEXED))
    return stmts


def _v4() -> list[str]:
    """Each client's session count and last session, kept by triggers: the client
    list on unlock reads one row per client instead of every session."""
    recount = (
        "INSERT OR REPLACE INTO client_activity(client_id, sessions, last_starts_at)"
        " SELECT {c}, count(*), max(starts_at) FROM sessions WHERE client_id = {c};"
    )
    return [
        """CREATE TABLE client_activity (
            client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
            sessions INTEGER NOT NULL,
            last_starts_at TEXT)""",
        "INSERT INTO client_activity(client_id, sessions, last_starts_at)"
        " SELECT client_id, count(*), max(starts_at) FROM sessions GROUP BY client_id",
        "CREATE TRIGGER sessions_activity_ai AFTER INSERT ON sessions BEGIN"
        " INSERT INTO client_activity(client_id, sessions, last_starts_at)"
        " VALUES (NEW.client_id, 1, NEW.starts_at) ON CONFLICT(client_id) DO UPDATE SET"
        " sessions = sessions + 1, last_starts_at = max(last_starts_at, excluded.last_starts_at);"
        " END",
        "CREATE TRIGGER sessions_activity_ad AFTER DELETE ON sessions BEGIN "
        + recount.format(c="OLD.client_id") + " END",
        "CREATE TRIGGER sessions_activity_au AFTER UPDATE OF client_id, starts_at ON sessions"
        " BEGIN " + recount.format(c="OLD.client_id") + " "
        + recount.format(c="NEW.client_id") + " END",
    ]


def _v5() -> list[str]:
    """Names to hide in pseudonymised summaries (a JSON list of strings)."""
    return [
        "ALTER TABLE clients ADD COLUMN other_names TEXT NOT NULL DEFAULT '[]'"
        " CHECK (json_valid(other_names))",
    ]


#: From v6 on, every signed note and addendum has a content hash in the audit
#: log. Opening a vault migrated from an older version records a one-time
#: baseline of the notes signed before (services.unlock,
#: vault.integrity.record_signed_baseline). The migration adds the index that
#: the baseline and the record check read the sign entries through.
SIGNED_CONTENT_VERSION = 6


def _v6() -> list[str]:
    return ["CREATE INDEX audit_log_action ON audit_log(action)"]


#: Destroying a client's records at the end of retention (services.retention)
#: is the one way signed notes, addenda and acknowledged agreements leave the
#: vault: inside that transaction the client's id sits in ``destroying``, and
#: only then do the rules below let their rows go. The table is empty at
#: every commit (the destruction deletes its row before committing; the record
#: check reports a leftover row).
_DESTROYING = "EXISTS (SELECT 1 FROM destroying WHERE client_id = {})"
_SESSION_CLIENT = "(SELECT client_id FROM sessions WHERE id = {}.session_id)"


def _v7() -> list[str]:
    """Discharge date and date of birth (retention), and the one sanctioned way to
    remove a signed record: destruction of a whole client past retention."""
    backfill = (
        # A client discharged before v7: the day of the last discharge in the audit
        # log, else the day the client row was last changed (never earlier than the
        # real discharge, so retention never ends too soon).
        "UPDATE clients SET discharged_on = coalesce((SELECT substr(max(at), 1, 10)"
        " FROM audit_log WHERE action = 'discharge' AND detail = 'client ' || clients.code),"
        " substr(updated_at, 1, 10)) WHERE status = 'discharged'"
    )
    session_client = _SESSION_CLIENT.format("OLD")
    return [
        "ALTER TABLE clients ADD COLUMN discharged_on TEXT",
        "ALTER TABLE clients ADD COLUMN born_on TEXT",
        backfill,
        "CREATE TABLE destroying (client_id INTEGER PRIMARY KEY)",
        "DROP TRIGGER sessions_signed_no_delete",
        _locked("sessions_signed_no_delete",
                "OLD.signed_at IS NOT NULL AND NOT " + _DESTROYING.format("OLD.client_id"),
                "sessions", "DELETE", "signed note is locked"),
        "DROP TRIGGER session_goals_signed_del",
        _locked("session_goals_signed_del",
                _SIGNED.format("OLD") + " AND NOT " + _DESTROYING.format(session_client),
                "session_goals", "DELETE", "signed note is locked"),
        "DROP TRIGGER addenda_no_delete",
        _locked("addenda_no_delete", "NOT " + _DESTROYING.format(session_client),
                "addenda", "DELETE", "addenda are permanent"),
        "DROP TRIGGER agreements_no_delete_acknowledged",
        _locked("agreements_no_delete_acknowledged",
                "(OLD.acknowledged_on IS NOT NULL OR EXISTS (SELECT 1 FROM agreements a"
                " WHERE a.series_id = OLD.series_id AND a.version > OLD.version))"
                " AND NOT " + _DESTROYING.format("OLD.client_id"),
                "agreements", "DELETE", "acknowledged or revised agreements are kept"),
    ]


#: The schema version from which clients have ``discharged_on`` and ``born_on``.
RETENTION_VERSION = 7

MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, _v1()), (2, _v2()), (3, v3()), (4, _v4()), (5, _v5()), (SIGNED_CONTENT_VERSION, _v6()),
    (RETENTION_VERSION, _v7()), (ACTIVITY_COUNTS_VERSION, v8()),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
