"""The sections of a progress summary, in the order REPORT-GUIDE.md gives."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from practice_notes.domain.enums import Attendance, GoalStatus, Instrument, RatingScheme
from practice_notes.domain.gas import GAS_LEVEL_NAMES, T_SCORE_EXPLANATION, t_score
from practice_notes.domain.measures import (
    CHANGE_RULE,
    SPECS,
    ChangeLabel,
    change_summary,
    item9_flagged,
    severity,
)
from practice_notes.reports.charts import Band, Series, trend_chart
from practice_notes.reports.data import GoalData, ReportData
from practice_notes.reports.options import ReportOptions
from practice_notes.reports.parts import Clean, box, bullet, day, signature_lines, table
from practice_notes.reports.styles import Styles
from practice_notes.reports.text import esc, paragraphs

SCALE_LABELS = {0.0: "0 not yet", 5.0: "5", 10.0: "10 fully"}
GAS_LABELS = {float(k): f"{k:+d}" if k else "0 expected" for k in GAS_LEVEL_NAMES}
STATUS_WORDS = {
    GoalStatus.ACTIVE: "We are working on this",
    GoalStatus.ACHIEVED: "Reached",
    GoalStatus.REVISED: "We changed this goal",
    GoalStatus.PAUSED: "Paused for now",
    GoalStatus.DISCONTINUED: "We stopped working on this",
}
CHANGE_WORDS = {
    ChangeLabel.RELIABLE_RECOVERY: "reliable recovery: a clear improvement, and scores are now "
                                   "below the level where support is usually offered",
    ChangeLabel.RECOVERY: "recovery: scores are now below the level where support is usually "
                          "offered",
    ChangeLabel.RELIABLE_IMPROVEMENT: "reliable improvement: a change bigger than day-to-day "
                                      "ups and downs",
    ChangeLabel.RELIABLE_DETERIORATION: "scores went up by more than day-to-day ups and downs; "
                                        "this is worth talking through together",
    ChangeLabel.NO_RELIABLE_CHANGE: "no reliable change yet: differences are within day-to-day "
                                    "ups and downs",
}


@dataclass(frozen=True)
class Ctx:
    data: ReportData
    options: ReportOptions
    styles: Styles
    width: float
    clean: Clean

    def p(self, text: str, style: str = "body") -> Paragraph:
        """Our own wording with user values already escaped by the caller."""
        return Paragraph(text, getattr(self.styles, style))

    def user(self, text: str, style: str = "body", prefix: str = "") -> list[Flowable]:
        return paragraphs(self.clean(text), getattr(self.styles, style), prefix)

    def u(self, text: str) -> str:
        return esc(self.clean(text))


def header(c: Ctx) -> list[Flowable]:
    d, s = c.data, c.data.settings
    out: list[Flowable] = [c.p("Our progress summary", "title")]
    out.append(c.p(f"For <b>{c.u(d.client_label)}</b>"))
    out.append(c.p(f"Period: {day(d.period_from)} to {day(d.period_to)} · "
                   f"sessions attended: {d.session_count}"))
    who = ", ".join(x for x in (s.therapist_name, s.credentials) if x.strip())
    if who or s.practice_name:
        line = esc(who) + (f" · {esc(s.practice_name)}" if s.practice_name else "")
        out.append(c.p(f"Therapist: {line}"))
    out.append(c.p(f"Prepared on {day(d.generated_on)}", "small"))
    out.append(c.p("We made this summary to read together. It shows what we have worked on, "
                   "what has changed and what we want to do next. Your view matters most: "
                   "please tell us what fits and what does not.", "small"))
    return out


def summary(c: Ctx) -> list[Flowable]:
    if not c.options.narrative.strip():
        return []
    return [c.p("In our words", "h1"), *c.user(c.options.narrative)]


def _goal_order(g: GoalData) -> tuple[int, int]:
    latest, base = g.latest, g.baseline
    improved = bool(latest and base and latest.value > base.value)
    return (0 if g.goal.status is GoalStatus.ACHIEVED else 1 if improved else 2, g.goal.id or 0)


def goals(c: Ctx) -> list[Flowable]:
    d = c.data
    out: list[Flowable] = [c.p("Goals", "h1")]
    if not d.goals:
        return [*out, c.p("We have not written down goals yet.")]
    out.append(c.p("Each goal is written in your own words. Ratings go from 0 (not yet) to "
                   "10 (fully reached), or use Goal Attainment Scaling from −2 to +2, where 0 is "
                   "the level we expected.", "small"))
    for g in sorted(d.goals, key=_goal_order):
        goal = g.goal
        block: list[Flowable] = c.user(f"“{goal.client_words.strip()}”", "quote")
        if goal.why_it_matters.strip():
            block += c.user(goal.why_it_matters, prefix="<b>Why it matters:</b> ")
        block.append(c.p(f"<b>Where we are:</b> {STATUS_WORDS[goal.status]}."))
        for h in g.history:
            reason = f": {c.u(h.reason)}" if h.reason.strip() else ""
            block.append(bullet(f"{day(h.changed_on)} — {h.status.label}{reason}", c.styles))
        base, latest = g.baseline, g.latest
        if base and latest:
            block.append(c.p(f"When we started ({day(base.rated_on)}): "
                             f"<b>{_rating(base.value, goal.scheme)}</b>. "
                             f"Latest ({day(latest.rated_on)}): "
                             f"<b>{_rating(latest.value, goal.scheme)}</b>."))
            low, high = goal.scheme.bounds
            labels = GAS_LABELS if goal.scheme is RatingScheme.GAS else SCALE_LABELS
            block.append(trend_chart(
                c.width, 150, low, high,
                [Series("Rating", tuple((r.rated_on, float(r.value)) for r in g.ratings))],
                y_labels=labels,
                y_title="Rating (GAS level)" if goal.scheme is RatingScheme.GAS
                else "Rating, 0 = not yet, 10 = fully reached",
            ))
            if len({r.rated_on for r in g.ratings}) > 8:  # the axis shows months: date them
                rows = [["Date", "Rating", "Rated by"]] + [
                    [day(r.rated_on), _rating(r.value, goal.scheme), r.rated_by.label]
                    for r in g.ratings
                ]
                block.append(table(rows, c.styles,
                                   [c.width * 0.3, c.width * 0.45, c.width * 0.25], c.clean))
        else:
            block.append(c.p("Not rated yet."))
        if goal.scheme is RatingScheme.GAS and len(goal.gas_levels) == 5:
            rows = [["Level", "What it looks like"]] + [
                [f"{lvl:+d}" if lvl else "0 (expected)", text]
                for lvl, text in zip(range(-2, 3), goal.gas_levels, strict=True)
            ]
            block.append(table(rows, c.styles, [c.width * 0.2, c.width * 0.8], c.clean))
        out.append(KeepTogether(block[:3]))
        out += block[3:]
        out.append(Spacer(1, 8))
    gas = [g for g in d.gas_goals if g.latest is not None]
    if gas:
        score = t_score([g.latest.value for g in gas if g.latest],
                        [g.goal.weight for g in gas])
        out.append(c.p(f"<b>GAS T-score: {score:.1f}</b> across {len(gas)} goal"
                       f"{'s' if len(gas) > 1 else ''}."))
        out.append(c.p(T_SCORE_EXPLANATION, "small"))
    return out


def _rating(value: int, scheme: RatingScheme) -> str:
    if scheme is RatingScheme.GAS:
        return f"{value:+d} ({GAS_LEVEL_NAMES[value]})" if value else "0 (expected level)"
    return f"{value} out of 10"


def tried(c: Ctx) -> list[Flowable]:
    out: list[Flowable] = [c.p("What we tried", "h1")]
    rows = [["Goal", "What we tried", "How it went"]]
    for g in c.data.goals:
        for s in g.strategies:
            how = s.outcome.label + (f" — {s.outcome_note}" if s.outcome_note.strip() else "")
            words = g.goal.client_words if len(g.goal.client_words) < 60 \
                else g.goal.client_words[:57] + "…"
            rows.append([words, f"{s.kind.label}: {s.description}", how])
    if len(rows) == 1:
        return [*out, c.p("No strategies or homework written down yet.")]
    out.append(table(rows, c.styles, [c.width * 0.3, c.width * 0.38, c.width * 0.32], c.clean))
    return out


def symptoms(c: Ctx) -> list[Flowable]:
    d = c.data
    used = {inst: ms for inst, ms in d.measures.items() if ms}
    if not used and not d.custom_scores:
        return []
    out: list[Flowable] = [c.p("Symptom change", "h1")]
    out.append(c.p("These questionnaires ask about symptoms over the past two weeks. Scores "
                   "are one view among many: what you notice matters as much.", "small"))
    pairs: dict[Instrument, tuple[int, int]] = {}
    for inst, results in used.items():
        spec = SPECS[inst]
        head = [c.p(spec.title, "h2"), c.p(spec.explanation)]
        bands = [Band(lo, hi + 1 if hi < spec.max_total else hi, label)
                 for lo, hi, label in spec.bands]
        ticks = {float(lo): str(lo) for lo, _hi, _label in spec.bands}
        ticks[float(spec.max_total)] = str(spec.max_total)
        chart = trend_chart(c.width, 170, 0, spec.max_total,
                            [Series(spec.title, tuple((m.taken_on, float(m.total))
                                                      for m in results))],
                            bands=bands, y_labels=ticks,
                            y_title=f"{spec.title} total (0–{spec.max_total})")
        out.append(KeepTogether([*head, chart]))
        rows = [["Date", "Score", "Range"]] + [
            [day(m.taken_on), str(m.total), severity(inst, m.total)] for m in results
        ]
        out.append(table(rows, c.styles, [c.width * 0.3, c.width * 0.2, c.width * 0.5], c.clean))
        bands_text = ", ".join(f"{lo}–{hi} {label}" for lo, hi, label in spec.bands)
        out.append(c.p(f"Ranges: {bands_text}.", "small"))
        if len(results) >= 2:
            pairs[inst] = (results[0].total, results[-1].total)
        if inst is Instrument.PHQ9 and any(item9_flagged(inst, m.items) for m in results):
            out.append(c.p("One question asks about thoughts of being better off dead or of "
                           "hurting yourself. We talked about this together."))
    change = change_summary(pairs.get(Instrument.PHQ9), pairs.get(Instrument.GAD7))
    if change is not None:
        words = "; ".join(CHANGE_WORDS[label] for label in change.labels)
        out.append(c.p(f"<b>Change from first to latest score:</b> {words}."))
        out.append(c.p(CHANGE_RULE, "small"))
    if d.custom_scores:
        out.append(c.p("Other measures", "h2"))
        rows = [["Measure", "Date", "Score"]] + [
            [s.name, day(s.taken_on), f"{s.value:g}"] for s in d.custom_scores
        ]
        out.append(table(rows, c.styles, [c.width * 0.45, c.width * 0.3, c.width * 0.25],
                         c.clean))
    return out


def relationship(c: Ctx) -> list[Flowable]:
    d = c.data
    out: list[Flowable] = [c.p("Our working relationship", "h1")]
    if d.checkins:
        out.append(c.p("From time to time we checked in on how we work together: our bond, "
                       "whether we work on what matters to you (goals), how we work (tasks), "
                       "and overall, each from 0 to 10."))
        names = (("Bond", "bond"), ("Goals", "goals"), ("Tasks", "tasks"), ("Overall", "overall"))
        series = [Series(label, tuple((ci.checked_on, float(getattr(ci, attr)))
                                      for ci in d.checkins), style=n)
                  for n, (label, attr) in enumerate(names)]
        out.append(trend_chart(c.width, 170, 0, 10, series, y_title="Check-in ratings (0–10)"))
        comments = [ci for ci in d.checkins if ci.comment.strip()]
        for ci in comments[-4:]:
            out += c.user(f"“{ci.comment.strip()}”", prefix=f"{day(ci.checked_on)}: ")
        out.append(c.p("<b>What could we change to make our work more helpful for you?</b>"))
    else:
        out.append(c.p("We have not done a check-in in this period. What could we change to "
                       "make our work more helpful for you?"))
    if d.milestones:
        out.append(c.p("Moments that mattered", "h2"))
        for m in d.milestones:
            note = f" — {c.u(m.note)}" if m.note.strip() else ""
            out.append(bullet(f"<b>{day(m.occurred_on)}</b>: {c.u(m.label)}{note}", c.styles))
    return out


def agreements(c: Ctx) -> list[Flowable]:
    out: list[Flowable] = [c.p("Agreements", "h1")]
    if not c.data.agreements:
        return [*out, c.p("No agreements are in force in this period.")]
    out.append(c.p("The agreements we made about how we work together, as they stand now."))
    for a in c.data.agreements:
        v = a.current
        block: list[Flowable] = [c.p(c.u(a.topic), "h2"), *c.user(v.wording)]
        facts = [f"version {v.version}", f"agreed {day(v.agreed_on)}"]
        facts.append(f"next review {day(v.review_on)}" if v.review_on else "no review date set")
        facts.append(f"acknowledged {day(v.acknowledged_on)}" if v.acknowledged_on
                     else "not yet acknowledged")
        block.append(c.p(esc(", ".join(facts).capitalize() + "."), "small"))
        for r in a.revisions_in_period:
            why = f": {c.u(r.revision_reason)}" if r.revision_reason.strip() else ""
            block.append(c.p(f"Changed in this period — version {r.version} on "
                             f"{day(r.agreed_on)}{why}", "small"))
        out.append(KeepTogether(block))
    return out


def attendance(c: Ctx) -> list[Flowable]:
    counts = c.data.attendance
    rows = [["", "Sessions"]] + [[a.label, str(counts[a])] for a in Attendance]
    return [c.p("Attendance", "h1"),
            table(rows, c.styles, [c.width * 0.5, c.width * 0.2], c.clean)]


def sessions(c: Ctx) -> list[Flowable]:
    out: list[Flowable] = [c.p("Session summaries", "h1")]
    shown = [s for s in c.data.sessions if s.text.strip()]
    if not shown:
        return [*out, c.p("No session summaries in this period.")]
    for s in shown:
        out.append(c.p(f"{day(s.starts_at.date())} — {s.attendance.label}", "h2"))
        out += c.user(s.text)
    return out


def next_steps(c: Ctx) -> list[Flowable]:
    out: list[Flowable] = [c.p("Next steps we agreed", "h1")]
    if c.options.next_steps.strip():
        out += c.user(c.options.next_steps)
    else:
        out.append(box("Next steps", 90, c.width, c.styles))
    out.append(Spacer(1, 10))
    out.append(box("Your comments: what fits, what does not, what could we change?", 150,
                   c.width, c.styles))
    out.append(Spacer(1, 6))
    out.append(signature_lines(c.width, c.styles))
    return out


BUILDERS = {
    "summary": summary, "goals": goals, "tried": tried, "symptoms": symptoms,
    "relationship": relationship, "agreements": agreements, "attendance": attendance,
    "sessions": sessions, "next_steps": next_steps,
}
