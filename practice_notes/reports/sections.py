"""The sections of a progress summary, in the order REPORT-GUIDE.md gives."""

from __future__ import annotations

import re

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from practice_notes.domain.chart_geometry import Series
from practice_notes.domain.enums import (
    Attendance,
    GoalStatus,
    OutcomeRating,
    RatingScheme,
)
from practice_notes.domain.gas import GAS_LEVEL_NAMES, T_SCORE_EXPLANATION, t_score
from practice_notes.i18n import translate
from practice_notes.reports import wording
from practice_notes.reports.charts import trend_chart
from practice_notes.reports.context import Ctx
from practice_notes.reports.data import GoalData
from practice_notes.reports.parts import (
    box,
    day,
    signature_lines,
    table,
    two_up,
    with_note,
)
from practice_notes.reports.symptoms import symptoms
from practice_notes.reports.text import esc
from practice_notes.reports.wording import STATUS_WORDS

#: Points of page left below which a goal starts on a new page (a whole goal
#: with its chart needs about 350).
GOAL_START = 260
SCALE_LABELS = {0.0: "0 not yet", 5.0: "5", 10.0: "10 fully"}
GAS_LABELS = {float(k): f"{k:+d}".replace("-", "\u2212") if k else "0 expected"
              for k in GAS_LEVEL_NAMES}


def header(c: Ctx) -> list[Flowable]:
    d, s = c.data, c.data.settings
    out: list[Flowable] = [c.p(translate("Report", "Our progress summary"), "title")]
    out.append(c.p(translate("Report", "For <b>{value}</b>").format(value=c.u(d.client_label))))
    out.append(c.p(
        translate("Report", "Period: {start} to {end} · sessions attended: {session_count}").format(
            start=day(d.period_from), end=day(d.period_to), session_count=d.session_count)))
    who = ", ".join(x for x in (s.therapist_name, s.credentials) if x.strip())
    if who or s.practice_name:
        line = esc(who) + (f" · {esc(s.practice_name)}" if s.practice_name else "")
        out.append(c.p(translate("Report", "Therapist: {line}").format(line=line)))
    out.append(c.p(
        translate("Report", "Prepared on {value}").format(value=day(d.generated_on)), "small"))
    out.append(c.p(wording.tr(wording.INTRO), "small"))
    return out


def summary(c: Ctx) -> list[Flowable]:
    if not c.options.narrative.strip():
        return []
    return [c.p(translate("Report", "In our words"), "h1"), *c.user(c.options.narrative)]


def _goal_order(g: GoalData) -> tuple[int, int]:
    latest, base = g.latest, g.baseline
    improved = bool(latest and base and latest.value > base.value)
    return (0 if g.goal.status is GoalStatus.ACHIEVED else 1 if improved else 2, g.goal.id or 0)


def _gas_value(value: float) -> str:
    return f"{value:+g}".replace("-", "\u2212") if value else "0"


def _dated_ratings(c: Ctx, g: GoalData) -> list[Flowable]:
    """The ratings with their dates (the chart's axis only shows months): the
    first one, and every one in this period."""
    gas = g.goal.scheme is RatingScheme.GAS
    shown = [r for n, r in enumerate(g.ratings) if n == 0 or r.rated_on >= c.data.period_from]
    header = ["Date", "Level" if gas else "Rating", "Rated by"]
    rows = [[day(r.rated_on), _gas_value(r.value) if gas else f"{r.value} of 10",
             r.rated_by.label] for r in shown]
    w = c.width
    caption = ("Every rating with its date:" if len(shown) == len(g.ratings)
               else "The first rating and every rating in this period, with dates:")
    return [c.p(caption, "small"),
            two_up(header, rows, [w * 0.19, w * 0.12, w * 0.15], w * 0.08, c.clean)]


def goals(c: Ctx) -> list[Flowable]:
    d = c.data
    lead: list[Flowable] = [c.p(translate("Report", "Goals"), "h1")]
    if not d.goals:
        return [*lead, c.p(wording.tr(wording.NO_GOALS))]
    lead.append(c.p(wording.tr(wording.GOALS_INTRO), "small"))
    out: list[Flowable] = []
    for g in sorted(d.goals, key=_goal_order):
        goal = g.goal
        gas = goal.scheme is RatingScheme.GAS
        block: list[Flowable] = [*lead, *c.user(f"“{goal.client_words.strip()}”", "quote")]
        lead = []
        if goal.why_it_matters.strip():
            block += c.user(goal.why_it_matters, prefix="<b>Why it matters:</b> ")
        block.append(c.p(
            translate("Report", "<b>Where we are:</b> {value}.").format(
                value=wording.tr(STATUS_WORDS[goal.status]))))
        for h in g.history:
            what = with_note(h.status.label, h.reason, ": ")
            block += c.user(what, prefix=f"{day(h.changed_on)} — ", bullet="•")
        base, latest = g.baseline, g.latest
        after: list[Flowable] = []
        dated: list[Flowable] = []
        rated: list[Flowable] = []  # the ratings line stays with its chart
        if base and latest:
            rated.append(c.p(
                translate("Report", "When we started ({first_day}): <b>{first}</b>. Latest "
                                    "({latest_day}): <b>{latest}</b>.").format(
                    first_day=day(base.rated_on), first=_rating(base.value, goal.scheme),
                    latest_day=day(latest.rated_on), latest=_rating(latest.value, goal.scheme))))
            low, high = goal.scheme.bounds
            rated.append(trend_chart(
                c.width, 150, low, high,
                [Series("Rating", tuple((r.rated_on, float(r.value)) for r in g.ratings))],
                y_labels=GAS_LABELS if gas else SCALE_LABELS,
                y_title="Rating (GAS level, 0 = expected)" if gas
                else "Rating, 0 = not yet, 10 = fully reached",
                value_format=_gas_value if gas else _plain,
            ))
            if len({r.rated_on for r in g.ratings}) > 8:  # the axis shows months: date them
                dated = _dated_ratings(c, g)
        else:
            block.append(c.p(translate("Report", "Not rated yet.")))
        if gas and len(goal.gas_levels) == 5:
            rows = [["Level", "What it looks like"]] + [
                [_gas_value(lvl) + (" (expected)" if lvl == 0 else ""), text]
                for lvl, text in zip(range(-2, 3), goal.gas_levels, strict=True)
            ]
            # the level table stays with the goal's chart (or its "not rated" line)
            levels = [Spacer(1, 6), *table(rows, c.styles, [c.width * 0.2, c.width * 0.8],
                                           c.clean)]
            if rated:
                rated += levels
            else:
                block += levels
        if dated:
            after += [Spacer(1, 8), KeepTogether(dated)]
        # A goal and its chart stay on one page, unless much of this page is still
        # free: then the goal starts here and its chart may go on to the next page.
        # The GAS level table always stays with the chart.
        out += [CondPageBreak(GOAL_START), KeepTogether(block)]
        if rated:
            out.append(KeepTogether(rated))
        out += after
        out.append(Spacer(1, 14))
    gas_goals = [g for g in d.gas_goals if g.latest is not None]
    if gas_goals:
        score = t_score([g.latest.value for g in gas_goals if g.latest],
                        [g.goal.weight for g in gas_goals])
        n = len(gas_goals)
        out.append(KeepTogether([
            c.p(
                (translate("Report", "<b>GAS T-score: {score:.1f}</b> across %n goal rated on "
                                     "the −2 to +2 scale.", "", n) if n == 1
                 else translate("Report", "<b>GAS T-score: {score:.1f}</b> across %n goals "
                                          "rated on the −2 to +2 scale.", "", n)
                 ).format(score=score)),
            c.p(T_SCORE_EXPLANATION, "small"),
        ]))
    return out


def _plain(value: float) -> str:
    return f"{value:g}"


def _rating(value: int, scheme: RatingScheme) -> str:
    if scheme is RatingScheme.GAS:
        return f"{_gas_value(value)} ({GAS_LEVEL_NAMES[value]})" if value else "0 (expected level)"
    return f"{value} out of 10"


#: strengths first: what helped, then what helped a little, then the rest
_OUTCOME_ORDER = {OutcomeRating.HELPED: 0, OutcomeRating.PARTLY: 1, OutcomeRating.NOT_YET: 2,
                  OutcomeRating.DID_NOT_HELP: 3}


def tried(c: Ctx) -> list[Flowable]:
    """Strategies and homework, grouped under the goal they serve."""
    head = c.p(translate("Report", "What we tried"), "h1")
    out: list[Flowable] = []
    for g in c.data.goals:
        if not g.strategies:
            continue
        rows = [["What we tried", "How it went"]]
        for s in sorted(g.strategies, key=lambda s: _OUTCOME_ORDER[s.outcome]):
            how = with_note(s.outcome.label, s.outcome_note, " — ")
            rows.append([with_note(s.kind.label, s.description, ": "), how])
        out += [*table(rows, c.styles, [c.width * 0.52, c.width * 0.48], c.clean,
                       caption=f"For “{g.goal.client_words.strip()}”"), Spacer(1, 10)]
    if not out:
        return [head, c.p(wording.tr(wording.NO_TRIED))]
    return [KeepTogether([head, out[0]]), *out[1:]]


def relationship(c: Ctx) -> list[Flowable]:
    d = c.data
    out: list[Flowable] = [c.p(translate("Report", "Our working relationship"), "h1")]
    if d.checkins:
        names = (("Bond", "bond"), ("Goals", "goals"), ("Tasks", "tasks"), ("Overall", "overall"))
        series = [Series(label, tuple((ci.checked_on, float(getattr(ci, attr)))
                                      for ci in d.checkins), style=n)
                  for n, (label, attr) in enumerate(names)]
        out = [KeepTogether([
            *out,
            c.p(wording.tr(wording.CHECKIN_INTRO)),
            trend_chart(c.width, 170, 0, 10, series, y_title="Check-in ratings (0–10)"),
        ])]
        comments = [ci for ci in d.checkins if ci.comment.strip()]
        said: list[Flowable] = []
        for ci in comments[-4:]:
            said += c.user(f"“{ci.comment.strip()}”", prefix=f"{day(ci.checked_on)}: ")
        # the question never starts a page on its own: it keeps the last comment with it
        out += said[:-1]
        out.append(KeepTogether([*said[-1:], c.p(f"<b>{wording.tr(wording.CHANGE_QUESTION)}</b>")]))
    else:
        out.append(c.p(wording.tr(wording.NO_CHECKIN)))
    if d.milestones:
        out.append(c.p(translate("Report", "Moments that mattered"), "h2"))
        for m in d.milestones:
            out += c.user(with_note(m.label, m.note, " — "),
                          prefix=f"<b>{day(m.occurred_on)}</b>: ", bullet="•")
    return out


def agreements(c: Ctx) -> list[Flowable]:
    lead: list[Flowable] = [c.p(translate("Report", "Agreements"), "h1")]
    if not c.data.agreements:
        return [*lead, c.p(wording.tr(wording.NO_AGREEMENTS))]
    lead.append(c.p(wording.tr(wording.AGREEMENTS_INTRO)))
    out: list[Flowable] = []
    for a in c.data.agreements:
        v = a.current
        block: list[Flowable] = [*lead, c.p(c.u(a.topic), "h2"), *c.user(v.wording)]
        lead = []
        facts = [f"Version {v.version}", f"agreed {day(v.agreed_on)}",
                 f"acknowledged {day(v.acknowledged_on)}" if v.acknowledged_on
                 else "not yet acknowledged"]
        if v.review_on is None:
            facts.append("no review date set")
        elif v.review_on < c.data.period_to:
            facts[-1] += f". The review was due on {day(v.review_on)}: let us look at it again"
        else:
            facts.append(f"next review {day(v.review_on)}")
        block.append(c.p(esc(", ".join(facts) + "."), "small"))
        for r in a.revisions_in_period:
            changed = f"Changed in this period — version {r.version} on {day(r.agreed_on)}"
            if r.revision_reason.strip():
                block += c.user(r.revision_reason, "small", prefix=f"{changed}: ")
            else:
                block.append(c.p(changed, "small"))
        out.append(KeepTogether(block))
    return out


def attendance(c: Ctx) -> list[Flowable]:
    counts = c.data.attendance
    rows = [["", "Sessions"]] + [[a.label, str(counts[a])] for a in Attendance]
    return [c.p(translate("Report", "Attendance"), "h1"),
            *table(rows, c.styles, [c.width * 0.5, c.width * 0.2], c.clean, plain=True)]


def sessions(c: Ctx) -> list[Flowable]:
    out: list[Flowable] = [c.p(translate("Report", "Session summaries"), "h1")]
    shown = [s for s in c.data.sessions if s.text.strip() or s.addenda]
    if not shown:
        return [*out, c.p(wording.tr(wording.NO_SESSIONS))]
    for s in shown:
        out.append(c.p(f"{day(s.starts_at.date())} — {s.attendance.label}", "h2"))
        out += c.user(s.text)
        for a in s.addenda:  # corrections, dated, under the note they correct
            body = a.body.strip()
            if re.match(r"(?i)addendum\b\W*", body):  # "Added on …: Addendum: …" says it twice
                body = re.sub(r"(?i)^addendum\b\W*", "", body)
            out += c.user(body, "addendum",
                          prefix=f"<b>{esc(wording.addendum_line(a.written_at, day))}</b> ")
    return out


def next_steps(c: Ctx) -> list[Flowable]:
    d = c.data
    out: list[Flowable] = [c.p(translate("Report", "Next steps we agreed"), "h1")]
    last = d.last_review
    if last is not None and last.next_steps.strip():
        heading = wording.tr(wording.LAST_STEPS_HEADING)
        out.append(c.p(f"{esc(heading)} ({day(last.held_on)})", "h2"))
        out += c.user(last.next_steps)
        out.append(c.p(translate("Report", "This time"), "h2"))
    if c.options.next_steps.strip():
        out += c.user(c.options.next_steps)
    else:
        out.append(box("Next steps", 90, c.width, c.styles))
    out.append(c.p(esc(wording.next_review_line(d.next_review_on, day))))
    out.append(Spacer(1, 10))
    if last is not None and last.client_reflection.strip():
        out.append(KeepTogether([
            c.p(f"{esc(wording.tr(wording.REFLECTION_HEADING))} ({day(last.held_on)})", "h2"),
            *c.user(f"“{last.client_reflection.strip()}”", "quote"),
        ]))
    out.append(KeepTogether([
        box(wording.tr(wording.COMMENTS_BOX), 150, c.width, c.styles),
        Spacer(1, 6),
        signature_lines(c.width, c.styles),
    ]))
    return out


BUILDERS = {
    "summary": summary, "goals": goals, "tried": tried, "symptoms": symptoms,
    "relationship": relationship, "agreements": agreements, "attendance": attendance,
    "sessions": sessions, "next_steps": next_steps,
}
