"""The full-text search index: which records it holds, its triggers, and the
v3 rebuild (prefix indexes, update triggers that fire only on indexed columns).

Migration SQL is frozen once released: change the index by adding a step.
"""

from __future__ import annotations

from dataclasses import dataclass

# Full-text search: one FTS5 table over every free-text field. Each source row
# maps to a fixed rowid (id * 16 + code) so updates replace in O(log n).
FTS_CODES = {
    "session": 1,
    "addendum": 2,
    "goal": 3,
    "milestone": 4,
    "agreement": 5,
    "checkin": 6,
    "strategy": 7,
    "rating": 8,
    "measure": 9,
    "client": 10,
    "review": 11,
}


@dataclass(frozen=True)
class Indexed:
    kind: str
    table: str
    client_expr: str
    session_expr: str
    body_expr: str


def _fts_rows(spec: Indexed) -> tuple[str, str]:
    """The trigger statements that add a row's search entry and remove it."""
    code = FTS_CODES[spec.kind]

    def row(alias: str) -> tuple[str, str, str, str]:
        sub = {"N": alias}
        return (
            f"{alias}.id * 16 + {code}",
            spec.body_expr.format(**sub),
            spec.client_expr.format(**sub),
            spec.session_expr.format(**sub),
        )

    rid, body, client, session = row("NEW")
    insert = (
        "INSERT INTO search_index(rowid, body, kind, client_id, ref_id, session_id) "
        f"VALUES ({rid}, {body}, '{spec.kind}', {client}, NEW.id, {session});"
    )
    delete = f"DELETE FROM search_index WHERE rowid = OLD.id * 16 + {code};"
    return insert, delete


def fts_triggers(spec: Indexed) -> list[str]:
    insert, delete = _fts_rows(spec)
    t = spec.table
    return [
        f"CREATE TRIGGER {t}_fts_ai AFTER INSERT ON {t} BEGIN {insert} END",
        f"CREATE TRIGGER {t}_fts_au AFTER UPDATE ON {t} BEGIN {delete} {insert} END",
        f"CREATE TRIGGER {t}_fts_ad AFTER DELETE ON {t} BEGIN {delete} END",
    ]


_NOTE_BODY = (
    "coalesce((SELECT group_concat(value, char(10)) FROM json_each({N}.note_fields)), '')"
    " || char(10) || {N}.process_notes || char(10) || {N}.homework_reviewed"
)
_GOAL_CLIENT = "(SELECT client_id FROM goals WHERE id = {N}.goal_id)"

V1_INDEXED = [
    Indexed("session", "sessions", "{N}.client_id", "{N}.id", _NOTE_BODY),
    Indexed(
        "addendum", "addenda",
        "(SELECT client_id FROM sessions WHERE id = {N}.session_id)", "{N}.session_id",
        "{N}.body",
    ),
    Indexed(
        "goal", "goals", "{N}.client_id", "NULL",
        "{N}.client_words || char(10) || {N}.why_it_matters",
    ),
    Indexed(
        "milestone", "milestones", "{N}.client_id", "{N}.session_id",
        "{N}.custom_label || char(10) || {N}.note",
    ),
    Indexed(
        "agreement", "agreements", "{N}.client_id", "NULL",
        "{N}.wording || char(10) || {N}.revision_reason || char(10) || {N}.end_reason",
    ),
    Indexed("checkin", "checkins", "{N}.client_id", "{N}.session_id", "{N}.comment"),
    Indexed(
        "strategy", "strategies", _GOAL_CLIENT, "NULL",
        "{N}.description || char(10) || {N}.outcome_note",
    ),
    Indexed("rating", "goal_ratings", _GOAL_CLIENT, "{N}.session_id", "{N}.note"),
    Indexed("measure", "measures", "{N}.client_id", "{N}.session_id", "{N}.note"),
    Indexed("client", "clients", "{N}.id", "NULL", "{N}.considerations"),
]

#: Columns whose change changes a row's search entry (its text, client or session).
#: Signing a note, a status or a date changes none of them: no re-indexing.
_V3_WATCHED = {
    "sessions": "client_id, note_fields, process_notes, homework_reviewed",
    "addenda": "session_id, body",
    "goals": "client_id, client_words, why_it_matters",
    "milestones": "client_id, session_id, custom_label, note",
    "agreements": "client_id, wording, revision_reason, end_reason",
    "checkins": "client_id, session_id, comment",
    "strategies": "goal_id, description, outcome_note",
    "goal_ratings": "goal_id, session_id, note",
    "measures": "client_id, session_id, note",
    "clients": "considerations",
    "reviews": "client_id, narrative, next_steps, client_reflection",
}

REVIEW_INDEXED = Indexed(
    "review", "reviews", "{N}.client_id", "NULL",
    "{N}.narrative || char(10) || {N}.next_steps || char(10) || {N}.client_reflection",
)


def v3() -> list[str]:
    """Search at forty years of records: prefix indexes for 2-, 3- and 4-letter
    prefixes (the index is rebuilt from the records), and update triggers that
    fire only when an indexed column changes (signing no longer re-indexes)."""
    stmts = [
        "DROP TABLE search_index",
        """CREATE VIRTUAL TABLE search_index USING fts5(
            body, kind UNINDEXED, client_id UNINDEXED, ref_id UNINDEXED, session_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')""",
    ]
    for spec in [*V1_INDEXED, REVIEW_INDEXED]:
        code = FTS_CODES[spec.kind]
        t = spec.table
        sub = {"N": t}
        stmts.append(
            "INSERT INTO search_index(rowid, body, kind, client_id, ref_id, session_id) "
            f"SELECT {t}.id * 16 + {code}, {spec.body_expr.format(**sub)}, '{spec.kind}', "
            f"{spec.client_expr.format(**sub)}, {t}.id, {spec.session_expr.format(**sub)} "
            f"FROM {t}"
        )
        insert, delete = _fts_rows(spec)
        stmts.append(f"DROP TRIGGER {t}_fts_au")
        stmts.append(
            f"CREATE TRIGGER {t}_fts_au AFTER UPDATE OF {_V3_WATCHED[t]} ON {t} "
            f"BEGIN {delete} {insert} END"
        )
    return stmts
