"""One client and everything recorded with them, as the export document's object.

The fields are exactly those of ``transfer_schema`` (a test checks this). Lists
are in a fixed order that ends in the record id, so the same vault content
always gives the same document.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from practice_notes.domain.models import (
    Addendum,
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    GoalRating,
    MeasureResult,
    Milestone,
    Review,
    Session,
    Strategy,
)
from practice_notes.services.practice import Practice


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _t(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.replace(tzinfo=None, microsecond=0).isoformat(timespec="seconds")


def _session(s: Session, signed_by: str, addenda: list[Addendum]) -> dict[str, Any]:
    return {
        "id": s.id, "starts_at": _t(s.starts_at), "duration_minutes": s.duration_minutes,
        "attendance": s.attendance.value, "modality": s.modality.value,
        "note_format": s.note_format.value, "note_fields": dict(s.note_fields),
        "process_notes": s.process_notes, "homework_reviewed": s.homework_reviewed,
        "goals_addressed": sorted(s.goal_ids), "signed_at": _t(s.signed_at),
        "signed_by": signed_by,
        "addenda": [{"id": a.id, "written_at": _t(a.written_at), "body": a.body}
                    for a in sorted(addenda, key=lambda a: (a.written_at, a.id or 0))],
    }


def _rating(r: GoalRating) -> dict[str, Any]:
    return {"id": r.id, "rated_on": _d(r.rated_on), "value": r.value,
            "rated_by": r.rated_by.value, "note": r.note, "session_id": r.session_id}


def _strategy(s: Strategy) -> dict[str, Any]:
    return {"id": s.id, "description": s.description, "kind": s.kind.value,
            "started_on": _d(s.started_on), "outcome": s.outcome.value,
            "outcome_note": s.outcome_note}


def _goals(practice: Practice, client_id: int) -> list[dict[str, Any]]:
    ratings = practice.goals.ratings_for_client(client_id)
    out = []
    for g in sorted(practice.goals.for_client(client_id), key=lambda g: g.id or 0):
        gid = g.id or 0
        history = sorted(practice.goals.history(gid), key=lambda h: (h.changed_on, h.id or 0))
        out.append({
            "id": gid, "client_words": g.client_words, "why_it_matters": g.why_it_matters,
            "agreed_on": _d(g.agreed_on), "target_on": _d(g.target_on),
            "status": g.status.value, "scheme": g.scheme.value,
            "gas_levels": list(g.gas_levels), "weight": float(g.weight),
            "status_history": [{"id": h.id, "changed_on": _d(h.changed_on),
                                "status": h.status.value, "reason": h.reason}
                               for h in history],
            "ratings": [_rating(r) for r in
                        sorted(ratings.get(gid, []), key=lambda r: (r.rated_on, r.id or 0))],
            "strategies": [_strategy(s) for s in
                           sorted(practice.goals.strategies(gid), key=lambda s: s.id or 0)],
        })
    return out


def _milestone(m: Milestone, kind: str) -> dict[str, Any]:
    return {"id": m.id, "kind": kind, "occurred_on": _d(m.occurred_on), "note": m.note,
            "custom_label": m.custom_label, "session_id": m.session_id}


def _agreement(a: AgreementVersion, topic: str) -> dict[str, Any]:
    return {"id": a.id, "series_id": a.series_id, "version": a.version, "topic": topic,
            "wording": a.wording, "agreed_on": _d(a.agreed_on), "review_on": _d(a.review_on),
            "acknowledged_on": _d(a.acknowledged_on), "revision_reason": a.revision_reason,
            "ended_on": _d(a.ended_on), "end_reason": a.end_reason}


def _checkin(c: CheckIn) -> dict[str, Any]:
    return {"id": c.id, "checked_on": _d(c.checked_on), "bond": c.bond, "goals": c.goals,
            "tasks": c.tasks, "overall": c.overall, "comment": c.comment,
            "session_id": c.session_id}


def _measure(m: MeasureResult) -> dict[str, Any]:
    return {"id": m.id, "instrument": m.instrument.value, "taken_on": _d(m.taken_on),
            "items": list(m.items), "note": m.note, "session_id": m.session_id}


def _custom_score(s: CustomScore) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "taken_on": _d(s.taken_on), "value": float(s.value),
            "session_id": s.session_id}


def _review(r: Review) -> dict[str, Any]:
    return {"id": r.id, "held_on": _d(r.held_on), "period_from": _d(r.period_from),
            "period_to": _d(r.period_to), "options": dict(r.options), "narrative": r.narrative,
            "next_steps": r.next_steps, "client_reflection": r.client_reflection}


def client_record(
    practice: Practice, c: Client, signers: dict[int, str], kind_keys: dict[int, str],
    topic_keys: dict[int, str],
) -> dict[str, Any]:
    """The client's object in the document, with all their records nested."""
    cid = c.id or 0
    addenda: dict[int, list[Addendum]] = {}
    for a in practice.sessions.addenda_for_client(cid):
        addenda.setdefault(a.session_id, []).append(a)
    sessions = sorted(practice.sessions.for_client(cid), key=lambda s: (s.starts_at, s.id or 0))

    def by_day(day: dt.date, row_id: int | None) -> tuple[dt.date, int]:
        return day, row_id or 0

    return {
        "id": cid, "code": c.code, "display_name": c.display_name,
        "preferred_name": c.preferred_name, "pronouns": c.pronouns,
        "other_names": list(c.other_names), "start_date": _d(c.start_date),
        "status": c.status.value,
        "considerations": c.considerations, "next_review_on": _d(c.next_review_on),
        "discharged_on": _d(c.discharged_on), "born_on": _d(c.born_on),
        "goals": _goals(practice, cid),
        "sessions": [_session(s, signers.get(s.id or 0, ""), addenda.get(s.id or 0, []))
                     for s in sessions],
        "milestones": [_milestone(m, kind_keys[m.kind_id]) for m in sorted(
            practice.milestones.for_client(cid), key=lambda m: by_day(m.occurred_on, m.id))],
        "agreements": [_agreement(a, topic_keys[a.topic_id]) for a in sorted(
            practice.agreements.for_client(cid), key=lambda a: (a.series_id or 0, a.version))],
        "checkins": [_checkin(x) for x in sorted(
            practice.checkins.for_client(cid), key=lambda x: by_day(x.checked_on, x.id))],
        "measures": [_measure(m) for m in sorted(
            practice.measures.for_client(cid), key=lambda m: by_day(m.taken_on, m.id))],
        "custom_scores": [_custom_score(s) for s in sorted(
            practice.measures.custom_for_client(cid),
            key=lambda s: (s.name, s.taken_on, s.id or 0))],
        "reviews": [_review(r) for r in sorted(
            practice.reviews.for_client(cid), key=lambda r: by_day(r.held_on, r.id))],
    }
