"""The editor's state as a draft: what autosave writes into the vault."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from practice_notes.domain.enums import Attendance, Modality, NoteFormat
from practice_notes.domain.models import Session
from practice_notes.services.practice_core import session_draft_key


def draft_key(session_id: int) -> str:
    return session_draft_key(session_id)


def session_id_of(key: str) -> int | None:
    prefix, _, rest = key.partition(":")
    return int(rest) if prefix == "session" and rest.isdigit() else None


def to_draft(session: Session) -> str:
    return json.dumps({
        "starts_at": session.starts_at.isoformat(),
        "duration_minutes": session.duration_minutes,
        "attendance": session.attendance.value,
        "modality": session.modality.value,
        "note_format": session.note_format.value,
        "note_fields": session.note_fields,
        "process_notes": session.process_notes,
        "homework_reviewed": session.homework_reviewed,
        "goal_ids": list(session.goal_ids),
    }, ensure_ascii=False)


def from_draft(base: Session, body: str) -> Session:
    """Apply a stored draft to the session it belongs to."""
    d = json.loads(body)
    return replace(
        base,
        starts_at=dt.datetime.fromisoformat(d["starts_at"]),
        duration_minutes=int(d["duration_minutes"]),
        attendance=Attendance(d["attendance"]),
        modality=Modality(d["modality"]),
        note_format=NoteFormat(d["note_format"]),
        note_fields={str(k): str(v) for k, v in d["note_fields"].items()},
        process_notes=str(d["process_notes"]),
        homework_reviewed=str(d["homework_reviewed"]),
        goal_ids=tuple(int(g) for g in d["goal_ids"]),
    )
