"""Sessions, signing and addenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from practice_notes.domain.enums import Attendance, Modality, NoteFormat
from practice_notes.domain.models import Addendum, Session
from practice_notes.vault.codec import from_json, now_utc_text, s2t, s2t_req, t2s, to_json
from practice_notes.vault.database import Row, Vault
from practice_notes.vault.errors import NotFound, RecordLocked

_COLS = (
    "id, client_id, starts_at, duration_minutes, attendance, modality, note_format,"
    " note_fields, process_notes, homework_reviewed, signed_at"
)


class SessionRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _session(self, r: Row, goal_ids: tuple[int, ...]) -> Session:
        return Session(
            id=r[0], client_id=r[1], starts_at=s2t_req(r[2]), duration_minutes=r[3],
            attendance=Attendance(r[4]), modality=Modality(r[5]), note_format=NoteFormat(r[6]),
            note_fields=dict(from_json(r[7])), process_notes=r[8], homework_reviewed=r[9],
            signed_at=s2t(r[10]), goal_ids=goal_ids,
        )

    def _goal_map(self, session_ids: list[int]) -> dict[int, tuple[int, ...]]:
        out: dict[int, list[int]] = {}
        if not session_ids:
            return {}
        rows = self.vault.query(
            "SELECT session_id, goal_id FROM session_goals WHERE session_id IN"
            " (SELECT value FROM json_each(?)) ORDER BY goal_id",
            (to_json(session_ids),),
        )
        for sid, gid in rows:
            out.setdefault(sid, []).append(gid)
        return {k: tuple(v) for k, v in out.items()}

    def add(self, s: Session) -> Session:
        now = now_utc_text()
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO sessions(client_id, starts_at, duration_minutes, attendance,"
                " modality, note_format, note_fields, process_notes, homework_reviewed,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (s.client_id, t2s(s.starts_at), s.duration_minutes, s.attendance.value,
                 s.modality.value, s.note_format.value, to_json(s.note_fields), s.process_notes,
                 s.homework_reviewed, now, now),
            )
            sid = int(cur.lastrowid)
            self._set_goals(sid, s.goal_ids)
        return replace(s, id=sid, signed_at=None)

    def update(self, s: Session) -> Session:
        """Save an unsigned session. A signed one is refused (also by a trigger)."""
        with self.vault.transaction():
            current = self.get(self._id(s))
            if current.is_signed:
                raise RecordLocked("This note is signed and locked. Add an addendum instead.")
            self.vault.execute(
                "UPDATE sessions SET starts_at = ?, duration_minutes = ?, attendance = ?,"
                " modality = ?, note_format = ?, note_fields = ?, process_notes = ?,"
                " homework_reviewed = ?, updated_at = ? WHERE id = ?",
                (t2s(s.starts_at), s.duration_minutes, s.attendance.value, s.modality.value,
                 s.note_format.value, to_json(s.note_fields), s.process_notes,
                 s.homework_reviewed, now_utc_text(), s.id),
            )
            if set(current.goal_ids) != set(s.goal_ids):
                self.vault.execute("DELETE FROM session_goals WHERE session_id = ?", (s.id,))
                self._set_goals(self._id(s), s.goal_ids)
        return replace(s, signed_at=None)

    @staticmethod
    def _id(s: Session) -> int:
        if s.id is None:
            raise NotFound("That session has not been saved yet.")
        return s.id

    def _set_goals(self, session_id: int, goal_ids: tuple[int, ...]) -> None:
        self.vault.executemany(
            "INSERT OR IGNORE INTO session_goals(session_id, goal_id) VALUES (?, ?)",
            [(session_id, g) for g in goal_ids],
        )

    def sign(self, session_id: int, signed_by: str, at: dt.datetime) -> Session:
        with self.vault.transaction():
            current = self.get(session_id)
            if current.is_signed:
                raise RecordLocked("This note is already signed.")
            self.vault.execute(
                "UPDATE sessions SET signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ?",
                (t2s(at), signed_by, now_utc_text(), session_id),
            )
        return self.get(session_id)

    def delete(self, session_id: int) -> None:
        with self.vault.transaction():
            if self.get(session_id).is_signed:
                raise RecordLocked("A signed note cannot be deleted.")
            self.vault.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def get(self, session_id: int) -> Session:
        row = self.vault.query_opt(f"SELECT {_COLS} FROM sessions WHERE id = ?", (session_id,))
        if row is None:
            raise NotFound("That session no longer exists.")
        return self._session(row, self._goal_map([session_id]).get(session_id, ()))

    def for_client(
        self, client_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[Session]:
        sql = f"SELECT {_COLS} FROM sessions WHERE client_id = ?"
        params: list[object] = [client_id]
        if start is not None:
            sql += " AND starts_at >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND starts_at < ?"
            params.append((end + dt.timedelta(days=1)).isoformat())
        rows = self.vault.query(sql + " ORDER BY starts_at", params)
        goals = self._goal_map([r[0] for r in rows])
        return [self._session(r, goals.get(r[0], ())) for r in rows]

    def signed_by(self, session_id: int) -> str:
        return str(self.vault.query_one(
            "SELECT signed_by FROM sessions WHERE id = ?", (session_id,))[0])

    # --------------------------------------------------------------- addenda
    def add_addendum(self, a: Addendum) -> Addendum:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO addenda(session_id, written_at, body) VALUES (?, ?, ?)",
                (a.session_id, t2s(a.written_at), a.body),
            )
        return replace(a, id=cur.lastrowid)

    def addenda(self, session_id: int) -> list[Addendum]:
        rows = self.vault.query(
            "SELECT id, session_id, written_at, body FROM addenda WHERE session_id = ?"
            " ORDER BY written_at, id",
            (session_id,),
        )
        return [Addendum(id=r[0], session_id=r[1], written_at=s2t_req(r[2]), body=r[3])
                for r in rows]

    def addenda_for_client(self, client_id: int) -> list[Addendum]:
        rows = self.vault.query(
            "SELECT a.id, a.session_id, a.written_at, a.body FROM addenda a"
            " JOIN sessions s ON s.id = a.session_id WHERE s.client_id = ?"
            " ORDER BY a.written_at, a.id",
            (client_id,),
        )
        return [Addendum(id=r[0], session_id=r[1], written_at=s2t_req(r[2]), body=r[3])
                for r in rows]
