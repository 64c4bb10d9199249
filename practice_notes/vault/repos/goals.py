"""Goals, their status history, ratings and strategies."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from practice_notes.domain.enums import GoalStatus, OutcomeRating, Rater, RatingScheme, StrategyKind
from practice_notes.domain.models import Goal, GoalRating, GoalStatusChange, Strategy
from practice_notes.vault.codec import d2s, from_json, now_utc_text, s2d, s2d_req, to_json
from practice_notes.vault.database import Row, Vault
from practice_notes.vault.errors import NotFound

_GOAL = (
    "id, client_id, client_words, why_it_matters, agreed_on, target_on, status, scheme,"
    " gas_levels, weight"
)


def _goal(r: Row) -> Goal:
    return Goal(
        id=r[0], client_id=r[1], client_words=r[2], why_it_matters=r[3], agreed_on=s2d(r[4]),
        target_on=s2d(r[5]), status=GoalStatus(r[6]), scheme=RatingScheme(r[7]),
        gas_levels=tuple(from_json(r[8])), weight=float(r[9]),
    )


def _rating(r: Row) -> GoalRating:
    return GoalRating(
        id=r[0], goal_id=r[1], rated_on=s2d_req(r[2]), value=r[3], rated_by=Rater(r[4]),
        note=r[5], session_id=r[6],
    )


def _strategy(r: Row) -> Strategy:
    return Strategy(
        id=r[0], goal_id=r[1], description=r[2], kind=StrategyKind(r[3]), started_on=s2d(r[4]),
        outcome=OutcomeRating(r[5]), outcome_note=r[6],
    )


class GoalRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, g: Goal, reason: str = "") -> Goal:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO goals(client_id, client_words, why_it_matters, agreed_on, target_on,"
                " status, scheme, gas_levels, weight, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (g.client_id, g.client_words, g.why_it_matters, d2s(g.agreed_on),
                 d2s(g.target_on), g.status.value, g.scheme.value, to_json(list(g.gas_levels)),
                 g.weight, now_utc_text()),
            )
            goal = replace(g, id=cur.lastrowid)
            self._record_status(
                int(cur.lastrowid), g.agreed_on or dt.date.today(), g.status, reason or "Agreed"
            )
        return goal

    def update(self, g: Goal) -> Goal:
        """Edit wording, dates, scheme or levels. Status changes go through set_status."""
        with self.vault.transaction():
            cur = self.vault.execute(
                "UPDATE goals SET client_words = ?, why_it_matters = ?, agreed_on = ?,"
                " target_on = ?, scheme = ?, gas_levels = ?, weight = ? WHERE id = ?",
                (g.client_words, g.why_it_matters, d2s(g.agreed_on), d2s(g.target_on),
                 g.scheme.value, to_json(list(g.gas_levels)), g.weight, g.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That goal no longer exists.")
        return self.get(int(g.id or 0))

    def set_status(
        self, goal_id: int, status: GoalStatus, on: dt.date, reason: str
    ) -> GoalStatusChange:
        with self.vault.transaction():
            cur = self.vault.execute(
                "UPDATE goals SET status = ? WHERE id = ?", (status.value, goal_id)
            )
            if cur.rowcount != 1:
                raise NotFound("That goal no longer exists.")
            return self._record_status(goal_id, on, status, reason)

    def _record_status(
        self, goal_id: int, on: dt.date, status: GoalStatus, reason: str
    ) -> GoalStatusChange:
        cur = self.vault.execute(
            "INSERT INTO goal_status_changes(goal_id, changed_on, status, reason)"
            " VALUES (?, ?, ?, ?)",
            (goal_id, on.isoformat(), status.value, reason),
        )
        return GoalStatusChange(goal_id, on, status, reason, id=cur.lastrowid)

    def get(self, goal_id: int) -> Goal:
        row = self.vault.query_opt(f"SELECT {_GOAL} FROM goals WHERE id = ?", (goal_id,))
        if row is None:
            raise NotFound("That goal no longer exists.")
        return _goal(row)

    def for_client(self, client_id: int) -> list[Goal]:
        rows = self.vault.query(
            f"SELECT {_GOAL} FROM goals WHERE client_id = ? ORDER BY id", (client_id,)
        )
        return [_goal(r) for r in rows]

    def delete(self, goal_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM goals WHERE id = ?", (goal_id,))

    def history(self, goal_id: int) -> list[GoalStatusChange]:
        rows = self.vault.query(
            "SELECT id, goal_id, changed_on, status, reason FROM goal_status_changes"
            " WHERE goal_id = ? ORDER BY changed_on, id",
            (goal_id,),
        )
        return [GoalStatusChange(id=r[0], goal_id=r[1], changed_on=s2d_req(r[2]),
                                 status=GoalStatus(r[3]), reason=r[4]) for r in rows]

    # ---------------------------------------------------------------- ratings
    def add_rating(self, r: GoalRating) -> GoalRating:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO goal_ratings(goal_id, rated_on, value, rated_by, note, session_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (r.goal_id, r.rated_on.isoformat(), r.value, r.rated_by.value, r.note,
                 r.session_id),
            )
        return replace(r, id=cur.lastrowid)

    def delete_rating(self, rating_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM goal_ratings WHERE id = ?", (rating_id,))

    def ratings(self, goal_id: int) -> list[GoalRating]:
        rows = self.vault.query(
            "SELECT id, goal_id, rated_on, value, rated_by, note, session_id FROM goal_ratings"
            " WHERE goal_id = ? ORDER BY rated_on, id",
            (goal_id,),
        )
        return [_rating(r) for r in rows]

    def ratings_for_client(self, client_id: int) -> dict[int, list[GoalRating]]:
        rows = self.vault.query(
            "SELECT r.id, r.goal_id, r.rated_on, r.value, r.rated_by, r.note, r.session_id"
            " FROM goal_ratings r JOIN goals g ON g.id = r.goal_id WHERE g.client_id = ?"
            " ORDER BY r.rated_on, r.id",
            (client_id,),
        )
        out: dict[int, list[GoalRating]] = {}
        for row in rows:
            rating = _rating(row)
            out.setdefault(rating.goal_id, []).append(rating)
        return out

    # ------------------------------------------------------------- strategies
    def add_strategy(self, s: Strategy) -> Strategy:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO strategies(goal_id, description, kind, started_on, outcome,"
                " outcome_note) VALUES (?, ?, ?, ?, ?, ?)",
                (s.goal_id, s.description, s.kind.value, d2s(s.started_on), s.outcome.value,
                 s.outcome_note),
            )
        return replace(s, id=cur.lastrowid)

    def update_strategy(self, s: Strategy) -> Strategy:
        with self.vault.transaction():
            cur = self.vault.execute(
                "UPDATE strategies SET description = ?, kind = ?, started_on = ?, outcome = ?,"
                " outcome_note = ? WHERE id = ?",
                (s.description, s.kind.value, d2s(s.started_on), s.outcome.value,
                 s.outcome_note, s.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That strategy no longer exists.")
        return s

    def delete_strategy(self, strategy_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM strategies WHERE id = ?", (strategy_id,))

    def strategies(self, goal_id: int) -> list[Strategy]:
        rows = self.vault.query(
            "SELECT id, goal_id, description, kind, started_on, outcome, outcome_note"
            " FROM strategies WHERE goal_id = ? ORDER BY coalesce(started_on, ''), id",
            (goal_id,),
        )
        return [_strategy(r) for r in rows]
