"""The body of a records-request package, section by section. User text goes
through the same helpers as the progress summary (escaped or never parsed,
names replaced when pseudonymised, long text split, right-to-left text in
display order)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from practice_notes.domain.enums import RatingScheme
from practice_notes.domain.measures import severity
from practice_notes.domain.models import AgreementVersion
from practice_notes.i18n import translate
from practice_notes.reports import wording
from practice_notes.reports.data import GoalData
from practice_notes.reports.parts import Clean, day, table, with_note
from practice_notes.reports.records_data import RecordNote, RecordsData
from practice_notes.reports.styles import Styles
from practice_notes.reports.text import esc, paragraphs


@dataclass(frozen=True)
class RCtx:
    styles: Styles
    width: float
    clean: Clean

    def p(self, text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        """Our own wording, user values already escaped by the caller."""
        return Paragraph(text, getattr(self.styles, style), bulletText=bullet)

    def user(self, text: str, style: str = "body", prefix: str = "") -> list[Flowable]:
        """User text as paragraphs; ``prefix`` is our own markup before it."""
        return paragraphs(self.clean(text), getattr(self.styles, style), prefix)

    def u(self, text: str) -> str:
        return esc(self.clean(text))


def _when(at: dt.datetime) -> str:
    return f"{day(at.date())}, {at:%H:%M}"


def details(c: RCtx, d: RecordsData) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Records", "Client details"), "h1")]
    facts = [(translate("Records", "Client code"), d.client_code)]
    if d.display_name:
        facts.append((translate("Records", "Name"), d.display_name))
    if d.pronouns.strip():
        facts.append((translate("Records", "Pronouns"), d.pronouns))
    if d.start_date:
        facts.append((translate("Records", "Started"), day(d.start_date)))
    facts.append((translate("Records", "Status"), d.status_label))
    if d.considerations.strip():
        facts.append((translate("Records", "Considerations"), d.considerations))
    for label, value in facts:
        out += c.user(value, prefix=f"<b>{esc(label)}:</b> ")
    return out


def _note(c: RCtx, n: RecordNote) -> list[Flowable]:
    heading = translate("Records", "{when} — {attendance} · {modality} · {minutes} minutes").format(
        when=_when(n.starts_at), attendance=n.attendance.label, modality=n.modality.label,
        minutes=n.duration_minutes)
    out: list[Flowable] = [CondPageBreak(90), c.p(esc(heading), "h2")]
    if n.signed_at is None:
        out.append(c.p(translate("Records", "<b>Draft, not part of the record.</b> This note "
                                            "was never signed; its text is not included."),
                       "small"))
        return out
    signed = esc(translate("Records", "Signed on {when}").format(when=_when(n.signed_at)))
    if n.signed_by.strip():
        signed += " " + translate("Records", "by {name}").format(name=c.u(n.signed_by))
    out.append(c.p(signed, "small"))
    out += c.user(n.text) if n.text.strip() else [
        c.p(translate("Records", "(No note text.)"), "small")]
    if n.homework_reviewed.strip():
        out += c.user(n.homework_reviewed,
                      prefix=translate("Records", "<b>Homework reviewed:</b> "))
    for a in n.addenda:
        out += c.user(a.body, "addendum",
                      prefix=f"<b>{esc(wording.addendum_line(a.written_at, day))}</b> ")
    return out


def notes(c: RCtx, d: RecordsData) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Records", "Progress notes"), "h1")]
    if not d.notes:
        return [*out, c.p(translate("Records", "No sessions in this period."))]
    out.append(c.p(translate("Records", "Every session in date order. Each signed note is "
                                        "followed by its addenda (dated corrections)."),
                   "small"))
    for n in d.notes:
        out += _note(c, n)
    return out


def _value(value: float, scheme: RatingScheme) -> str:
    if scheme is RatingScheme.GAS:
        return f"{value:+g}".replace("-", "\u2212") if value else "0"
    return translate("Records", "{value:g} of 10").format(value=value)


def _goal(c: RCtx, g: GoalData) -> list[Flowable]:
    goal = g.goal
    out: list[Flowable] = [CondPageBreak(120), *c.user(f"“{goal.client_words.strip()}”", "quote")]
    if goal.why_it_matters.strip():
        out += c.user(goal.why_it_matters,
                      prefix=translate("Records", "<b>Why it matters:</b> "))
    facts = [translate("Records", "Status: {status}").format(status=goal.status.label)]
    if goal.agreed_on:
        facts.append(translate("Records", "agreed {date}").format(date=day(goal.agreed_on)))
    if goal.target_on:
        facts.append(translate("Records", "target {date}").format(date=day(goal.target_on)))
    facts.append(goal.scheme.label)
    out.append(c.p(esc(", ".join(facts)), "small"))
    for h in g.history:
        out += c.user(with_note(h.status.label, h.reason, ": "),
                      prefix=f"{day(h.changed_on)} — ")
    if goal.scheme is RatingScheme.GAS and len(goal.gas_levels) == 5:
        rows = [[translate("Records", "Level"), translate("Records", "What it looks like")]]
        rows += [[_value(lvl, goal.scheme), text]
                 for lvl, text in zip(range(-2, 3), goal.gas_levels, strict=True)]
        out += [*table(rows, c.styles, [c.width * 0.15, c.width * 0.85], c.clean),
                Spacer(1, 6)]
    if g.ratings:
        rows = [[translate("Records", "Date"), translate("Records", "Rating"),
                 translate("Records", "Rated by"), translate("Records", "Note")]]
        rows += [[day(r.rated_on), _value(r.value, goal.scheme), r.rated_by.label, r.note]
                 for r in g.ratings]
        out += table(rows, c.styles, [c.width * 0.19, c.width * 0.14, c.width * 0.17,
                                      c.width * 0.5], c.clean)
    else:
        out.append(c.p(translate("Records", "No ratings in this period."), "small"))
    if g.strategies:
        rows = [[translate("Records", "What we tried"), translate("Records", "How it went")]]
        rows += [[with_note(s.kind.label, s.description, ": "),
                  with_note(s.outcome.label, s.outcome_note, " — ")] for s in g.strategies]
        out += [Spacer(1, 6), *table(rows, c.styles, [c.width * 0.52, c.width * 0.48], c.clean)]
    return [*out, Spacer(1, 12)]


def goals(c: RCtx, d: RecordsData) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Records", "Goals"), "h1")]
    if not d.goals:
        return [*out, c.p(translate("Records", "No goals in this period."))]
    for g in d.goals:
        out += _goal(c, g)
    return out


def _version(c: RCtx, v: AgreementVersion) -> list[Flowable]:
    facts = [translate("Records", "Version {n}, agreed {date}").format(
        n=v.version, date=day(v.agreed_on))]
    facts.append(translate("Records", "acknowledged {date}").format(date=day(v.acknowledged_on))
                 if v.acknowledged_on else translate("Records", "not acknowledged"))
    if v.review_on:
        facts.append(translate("Records", "review {date}").format(date=day(v.review_on)))
    if v.ended_on:
        facts.append(translate("Records", "ended {date}").format(date=day(v.ended_on)))
    out: list[Flowable] = [c.p(f"<b>{esc(', '.join(facts))}</b>", "small"), *c.user(v.wording)]
    if v.revision_reason.strip():
        out += c.user(v.revision_reason, "small",
                      prefix=translate("Records", "Why it changed: "))
    if v.end_reason.strip():
        out += c.user(v.end_reason, "small", prefix=translate("Records", "Why it ended: "))
    return out


def agreements(c: RCtx, d: RecordsData) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Records", "Agreements"), "h1")]
    if not d.agreements:
        return [*out, c.p(translate("Records", "No agreements in this period."))]
    out.append(c.p(translate("Records", "Every version, oldest first: a revision supersedes "
                                        "the version before it, which is kept."), "small"))
    for a in d.agreements:
        out += [CondPageBreak(90), c.p(c.u(a.topic), "h2")]
        for v in a.versions:
            out += _version(c, v)
    return out


def checkins(c: RCtx, d: RecordsData) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Records", "Alliance check-ins"), "h1")]
    if not d.checkins:
        return [*out, c.p(translate("Records", "No check-ins in this period."))]
    out.append(c.p(translate("Records", "How our work together felt, each rated 0 to 10: the "
                                        "bond between us, agreement on goals and on tasks, "
                                        "and overall."), "small"))
    rows = [[translate("Records", "Date"), translate("Records", "Bond"),
             translate("Records", "Goals"), translate("Records", "Tasks"),
             translate("Records", "Overall"), translate("Records", "Comment")]]
    rows += [[day(x.checked_on), str(x.bond), str(x.goals), str(x.tasks), str(x.overall),
              x.comment] for x in d.checkins]
    w = c.width
    widths = [w * 0.19, w * 0.11, w * 0.11, w * 0.11, w * 0.14, w * 0.34]
    return [*out, *table(rows, c.styles, widths, c.clean)]


def measures(c: RCtx, d: RecordsData) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Records", "Questionnaires and scores"), "h1")]
    if not (d.measures or d.custom_scores):
        return [*out, c.p(translate("Records", "No questionnaires or scores in this period."))]
    if d.measures:
        out.append(c.p(translate("Records", "PHQ-9 and GAD-7 are short questionnaires about "
                                            "symptoms over the past two weeks; each answer is "
                                            "0 to 3 and the score is their sum."), "small"))
        rows = [[translate("Records", "Date"), translate("Records", "Measure"),
                 translate("Records", "Score"), translate("Records", "Answers"),
                 translate("Records", "Note")]]
        rows += [[day(m.taken_on), m.instrument.value,
                  f"{m.total} ({severity(m.instrument, m.total)})",
                  " ".join(str(i) for i in m.items), m.note] for m in d.measures]
        w = c.width
        out += table(rows, c.styles, [w * 0.2, w * 0.15, w * 0.21, w * 0.24, w * 0.2], c.clean)
    if d.custom_scores:
        rows = [[translate("Records", "Date"), translate("Records", "Score"),
                 translate("Records", "Value")]]
        rows += [[day(s.taken_on), s.name, f"{s.value:g}"] for s in d.custom_scores]
        out += [Spacer(1, 8), *table(rows, c.styles, [c.width * 0.2, c.width * 0.55,
                                                      c.width * 0.25], c.clean)]
    return out


def milestones(c: RCtx, d: RecordsData) -> list[Flowable]:
    if not d.milestones:
        return []
    out: list[Flowable] = [c.p(translate("Records", "Moments that mattered"), "h1")]
    for m in d.milestones:
        out += c.user(with_note(m.label, m.note, " — "), prefix=f"<b>{day(m.occurred_on)}</b>: ")
    return out


def reviews(c: RCtx, d: RecordsData) -> list[Flowable]:
    if not d.reviews:
        return []
    out: list[Flowable] = [c.p(translate("Records", "Review sessions"), "h1")]
    for r in d.reviews:
        head = translate("Records", "{held} (covering {start} to {end})").format(
            held=day(r.held_on), start=day(r.period_from), end=day(r.period_to))
        block: list[Flowable] = [c.p(esc(head), "h2")]
        for label, text in ((translate("Records", "<b>Summary:</b> "), r.narrative),
                            (translate("Records", "<b>Next steps:</b> "), r.next_steps),
                            (translate("Records", "<b>In the client's words:</b> "),
                             r.client_reflection)):
            if text.strip():
                block += c.user(text, prefix=label)
        out += [KeepTogether(block[:2]), *block[2:]]
    return out


Section = Callable[[RCtx, RecordsData], list[Flowable]]
SECTIONS: tuple[Section, ...] = (details, notes, goals, agreements, checkins, measures,
                                 milestones, reviews)
