"""Gathering a progress summary's input: the practice's record for one client and
period, read into the plain frozen :class:`~practice_notes.reports.data.ReportData`
that :mod:`practice_notes.reports` lays out. Private process notes are never read."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from practice_notes.domain.enums import Attendance, Instrument
from practice_notes.domain.models import Client
from practice_notes.domain.notes import note_text
from practice_notes.reports.data import (
    AddendumData,
    AgreementData,
    GoalData,
    LastReview,
    MilestoneData,
    ReportData,
    SessionSummary,
)
from practice_notes.reports.options import ReportOptions
from practice_notes.services.practice import Practice
from practice_notes.vault.integrity import record_fingerprint


def _within(day: dt.date, options: ReportOptions) -> bool:
    return options.period_from <= day <= options.period_to


def gather(practice: Practice, options: ReportOptions) -> ReportData:
    """Read what the summary for ``options`` shows (never a process note)."""
    options.check()
    cid = options.client_id
    client = practice.clients.get(cid)
    end = options.period_to
    # An unsigned session without note text is neither counted nor listed.
    sessions = [s for s in practice.sessions.for_client(cid, options.period_from, end)
                if s.counts]
    attendance = dict.fromkeys(Attendance, 0)
    for s in sessions:
        attendance[s.attendance] += 1
    ratings = practice.goals.ratings_for_client(cid)
    goals = []
    for g in practice.goals.for_client(cid):
        history = tuple(
            h for h in practice.goals.history(g.id or 0) if _within(h.changed_on, options)
        )
        goal_ratings = tuple(r for r in ratings.get(g.id or 0, ()) if r.rated_on <= end)
        created = g.agreed_on or options.period_from
        if created > end:
            continue
        goals.append(
            GoalData(g, goal_ratings, history, tuple(practice.goals.strategies(g.id or 0)))
        )
    measures = {
        inst: tuple(
            m for m in practice.measures.for_client(cid, inst) if _within(m.taken_on, options)
        )
        for inst in Instrument
    }
    kinds = {k.id: k.label for k in practice.milestone_kinds.all()}
    milestones = tuple(
        MilestoneData(m.occurred_on, m.custom_label or kinds.get(m.kind_id, "Milestone"), m.note)
        for m in practice.milestones.for_client(cid)
        if _within(m.occurred_on, options)
    )
    topics = {t.id: t.label for t in practice.agreement_topics.all()}
    all_versions = practice.agreements.for_client(cid)
    agreements = []
    for current in practice.agreements_in_force(cid, end):
        series = [v for v in all_versions if v.series_id == current.series_id]
        revised = tuple(v for v in series if v.version > 1 and _within(v.agreed_on, options))
        agreements.append(
            AgreementData(topics.get(current.topic_id, "Agreement"), current, revised)
        )
    agreements.sort(key=lambda a: (a.topic, a.current.series_id or 0))
    addenda: dict[int, list[AddendumData]] = {}
    for a in practice.sessions.addenda_for_client(cid):
        addenda.setdefault(a.session_id, []).append(AddendumData(a.written_at, a.body))
    summaries = tuple(
        SessionSummary(s.starts_at, s.attendance, note_text(s.note_format, s.note_fields),
                       tuple(sorted(addenda.get(s.id or 0, ()), key=lambda a: a.written_at)))
        for s in sessions
    )
    earlier = [r for r in practice.reviews.for_client(cid) if r.held_on <= end]
    last = earlier[-1] if earlier else None
    label = client.code if options.pseudonymise else client.name
    hide = names_to_hide(client) if options.pseudonymise else ()
    return ReportData(
        client_label=label,
        client_code=client.code,
        settings=practice.settings.load(),
        period_from=options.period_from,
        period_to=end,
        generated_on=options.generated_on or dt.date.today(),
        session_count=attendance[Attendance.ATTENDED],
        attendance=MappingProxyType(attendance),
        goals=tuple(goals),
        measures=MappingProxyType(measures),
        custom_scores=tuple(
            s for s in practice.measures.custom_for_client(cid) if _within(s.taken_on, options)
        ),
        checkins=tuple(
            c for c in practice.checkins.for_client(cid) if _within(c.checked_on, options)
        ),
        milestones=milestones,
        agreements=tuple(agreements),
        sessions=summaries,
        names_to_hide=hide,
        pronouns=client.pronouns,
        next_review_on=client.next_review_on,
        last_review=LastReview(last.held_on, last.next_steps, last.client_reflection)
        if last else None,
        record_fingerprint=record_fingerprint(practice.vault),
    )


def names_to_hide(client: Client) -> tuple[str, ...]:
    """Every name a pseudonymised summary must not print: the display and
    preferred names and the therapist's own list (nicknames, earlier and family
    names)."""
    names = (client.display_name, client.preferred_name, *client.other_names)
    return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))
