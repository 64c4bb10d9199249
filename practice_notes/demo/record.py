"""The demo client's record beyond the notes: goals with ratings and status
changes, strategies, trust milestones, agreements with revisions, check-ins,
measures, custom scores and reviews, each placed on the client's timeline."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, replace

from practice_notes.demo import record_text as rtxt
from practice_notes.demo.compose import Deck, Writer, clamp, measure_items, trajectory
from practice_notes.demo.record_text import AGREEMENTS, MILESTONE_NOTES, REVISIONS
from practice_notes.demo.themes import Theme
from practice_notes.domain.enums import (
    Attendance,
    GoalStatus,
    Instrument,
    OutcomeRating,
    Rater,
    RatingScheme,
    StrategyKind,
)
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    Review,
    Strategy,
)
from practice_notes.services.practice import Practice

_EXTRA_TOPICS = ("fees", "session_length", "social_media", "gifts", "recording")
_RATERS = (Rater.TOGETHER, Rater.CLIENT, Rater.THERAPIST)
# Typical weight of each answer (the last PHQ-9 item is set on purpose, never drawn).
_ITEM_PROFILES = {
    Instrument.PHQ9: (1.6, 1.8, 1.6, 1.8, 1.0, 1.3, 1.1, 0.4, 0.0),
    Instrument.GAD7: (1.7, 1.5, 1.6, 1.5, 0.8, 1.1, 0.9),
}


class Timeline:
    """When things happen for one client, as indices of their weekly sessions
    (always attended ones)."""

    def __init__(
        self, rng: random.Random, index: int, attendance: list[Attendance], first: dt.date,
        unsigned_tail: int,
    ) -> None:
        self.count = len(attendance)
        self.first = first
        self._attended = [k for k, a in enumerate(attendance) if a is Attendance.ATTENDED]
        positions = {k: n for n, k in enumerate(self._attended)}
        self.goals_at = self.near(1 / max(self.count - 1, 1))
        self.ratings = {k for k, n in positions.items() if k > self.goals_at and n % 3 == 2}
        self.checkins = {k for k, n in positions.items() if n % 4 == 2}
        self.measures = [k for k, n in positions.items() if n % 4 == 0]
        self.reviews = sorted({self.near(w / max(self.count - 1, 1))
                               for w in range(12, self.count - 1, 12)} - {0})
        self.achieve_at = self.near(0.72) if index % 3 == 0 else None
        self.revise_at = self.near(0.42) if index % 3 == 1 else None
        self.pause_at = self.near(0.6) if index % 4 == 2 else None
        self.revise_agreement_at = self.near(0.55) if index % 3 != 2 else None
        self.ending_at = self.near(0.85)
        addendum = self.near(0.3) if index % 3 == 0 or rng.random() < 0.2 else None
        self.addendum_at = addendum if addendum is not None and (
            addendum < self.count - unsigned_tail) else None
        plan = [
            (0.0, "confidentiality_explained"), (1 / max(self.count - 1, 1), "goal_set_together"),
            (0.12, "first_disclosure"), (0.2, "first_homework"), (0.56, "setback_worked_through"),
            (0.64, "feedback_given"),
        ]
        if index % 2 == 0:
            plan.append((0.33, "disagreement_voiced"))
        if index % 3 == 0:
            plan.append((0.4, "rupture_repair"))
        if index % 2 == 1:
            plan.append((0.8, "asked_for_help"))
        self.milestones: dict[int, list[str]] = {}
        for fraction, key in plan:
            self.milestones.setdefault(self.near(fraction), []).append(key)

    def near(self, fraction: float) -> int:
        """The attended session closest to ``fraction`` of the way through."""
        target = fraction * (self.count - 1)
        return min(self._attended, key=lambda k: (abs(k - target), k))

    def fraction(self, k: int) -> float:
        return k / max(self.count - 1, 1)


@dataclass
class _GoalTrack:
    goal: Goal
    start_k: int
    low: float
    high: float
    last: int = 0
    rated: bool = False


class Recorder:
    """Writes one client's record as their sessions go by; counts what it wrote."""

    def __init__(
        self, practice: Practice, writer: Writer, timeline: Timeline, index: int,
        client_id: int, themes: tuple[Theme, Theme],
    ) -> None:
        self.p, self.w, self.t = practice, writer, timeline
        self.rng = writer.rng
        self.index, self.cid, self.themes = index, client_id, themes
        self.counts: Counter[str] = Counter()
        self.tracks: list[_GoalTrack] = []
        self.series: dict[str, int] = {}
        self.kinds = {e.key: _id(e.id) for e in practice.milestone_kinds.all()}
        self.topics = {e.key: _id(e.id) for e in practice.agreement_topics.all()}
        self.milestone_notes = {k: Deck(self.rng, v) for k, v in MILESTONE_NOTES.items()}
        self.weights = {  # which answers run high for this client
            instrument: [w * self.rng.uniform(0.6, 1.5) for w in profile]
            for instrument, profile in _ITEM_PROFILES.items()
        }
        self.phq_start = themes[0].phq_start + self.rng.randint(-2, 3)
        self.gad_start = themes[0].gad_start + self.rng.randint(-2, 3)
        self.item9_left = 2 if index % 8 == 0 else 0
        self.strategies = {t.key: self.rng.sample(t.strategies, len(t.strategies))
                           for t in themes}
        self.strategy_next = dict.fromkeys(self.strategies, 0)
        self.outcome_notes = {OutcomeRating(key): Deck(self.rng, notes)
                              for key, notes in rtxt.OUTCOME_NOTES.items()}

    # ------------------------------------------------------------------ goals
    def active_goals(self) -> list[Goal]:
        return [t.goal for t in self.tracks if t.goal.status is GoalStatus.ACTIVE]

    def set_goals(self, k: int, on: dt.date) -> None:
        primary, secondary = self.themes
        specs: list[tuple[str, str, tuple[str, ...], Theme]] = []
        if self.index % 2 == 0:
            specs.append((*primary.gas, primary))
        specs.append((*primary.goals[0], (), primary))
        extra = [(*g, (), primary) for g in primary.goals[1:]]
        extra += [(*g, (), secondary) for g in secondary.goals]
        self.rng.shuffle(extra)
        specs += extra[: self.rng.randint(2, 4) - len(specs)]
        for n, (words, why, levels, theme) in enumerate(specs):
            track = self._add_goal(k, on, words, why, levels, theme)
            if n == 0 and self.t.achieve_at is not None:  # this one will be achieved
                track.high = 2.8 if levels else 10.5

    def _add_goal(self, k: int, on: dt.date, words: str, why: str, levels: tuple[str, ...],
                  theme: Theme, start: float | None = None) -> _GoalTrack:
        gas = bool(levels)
        goal = self.p.add_goal(Goal(
            client_id=self.cid, client_words=words, why_it_matters=why, agreed_on=on,
            target_on=on + dt.timedelta(weeks=self.rng.choice((16, 20, 26))),
            scheme=RatingScheme.GAS if gas else RatingScheme.SCALE_0_10, gas_levels=levels,
        ))
        low = start if start is not None else (self.rng.choice((-2, -1, -1)) if gas
                                               else self.rng.uniform(1.5, 4.0))
        track = _GoalTrack(goal, k, low, 1.4 if gas else self.rng.uniform(7.0, 9.0))
        self.tracks.append(track)
        self.counts["goals"] += 1
        self._strategies(_id(goal.id), k, on, theme)
        return track

    def _strategies(self, goal_id: int, k: int, agreed: dt.date, theme: Theme) -> None:
        span = max(0, self.t.count - 1 - k)  # weeks left until the last session
        pool = self.strategies[theme.key]
        for n in range(self.rng.randint(2, 3)):
            kind, description = pool[self.strategy_next[theme.key] % len(pool)]
            self.strategy_next[theme.key] += 1
            weeks = min(span, n * self.rng.randint(2, 6))
            outcome = OutcomeRating.NOT_YET if span - weeks < 4 else self.rng.choices(
                (OutcomeRating.HELPED, OutcomeRating.PARTLY, OutcomeRating.DID_NOT_HELP),
                weights=(6, 3, 1))[0]
            note = "" if outcome is OutcomeRating.NOT_YET else self.w.maybe(
                1.0, self.outcome_notes[outcome])
            self.p.add_strategy(Strategy(
                goal_id, description, StrategyKind(kind), agreed + dt.timedelta(weeks=weeks),
                outcome, note,
            ))
            self.counts["strategies"] += 1

    def _rate(self, track: _GoalTrack, k: int, sid: int, on: dt.date, peak: bool = False) -> None:
        goal = track.goal
        low_b, high_b = goal.scheme.bounds
        gas = goal.scheme is RatingScheme.GAS
        span = max(self.t.count - 1 - track.start_k, 1)
        value = trajectory(self.rng, track.low, track.high, (k - track.start_k) / span,
                           -1.3 if gas else -2.5, 0.4 if gas else 0.8)
        if peak:
            value = high_b if gas else max(value, 9)
        previous, track.last = track.last, clamp(value, low_b, high_b)
        change = "same" if not track.rated or previous == track.last else (
            "up" if track.last > previous else "down")
        track.rated = True
        self.p.rate_goal(GoalRating(
            _id(goal.id), on, track.last, self.rng.choices(_RATERS, weights=(6, 3, 1))[0],
            self.w.maybe(0.5, self.w.rating_notes[change]), session_id=sid,
        ))
        self.counts["ratings"] += 1

    def _goal_events(self, k: int, sid: int, on: dt.date) -> None:
        active = [t for t in self.tracks if t.goal.status is GoalStatus.ACTIVE]
        achieved = active[0] if k == self.t.achieve_at and active else None
        if k in self.t.ratings:
            for track in active:
                if track is not achieved:
                    self._rate(track, k, sid, on)
        if achieved is not None:
            track = achieved
            self._rate(track, k, sid, on, peak=True)
            self._set_status(track, GoalStatus.ACHIEVED, on,
                             self.w.fill(self.rng.choice(rtxt.STATUS_REASONS["achieved"])))
        if k == self.t.revise_at:
            old = next((t for t in active
                        if t.goal.client_words == self.themes[0].goals[0][0]), None)
            if old is not None:
                words, reason = self.themes[0].revision
                self._set_status(old, GoalStatus.REVISED, on, self.w.fill(reason))
                new = self._add_goal(k, on, self.w.fill(words), old.goal.why_it_matters, (),
                                     self.themes[0], start=float(old.last or old.low))
                self._rate(new, k, sid, on)
        if k == self.t.pause_at and len(active) > 2:
            self._set_status(active[-1], GoalStatus.PAUSED, on,
                             self.w.fill(self.rng.choice(rtxt.STATUS_REASONS["paused"])))

    def _set_status(self, track: _GoalTrack, status: GoalStatus, on: dt.date, why: str) -> None:
        self.p.set_goal_status(_id(track.goal.id), status, on, why)
        track.goal = replace(track.goal, status=status)

    # ------------------------------------------------------ after a session
    def after_session(self, k: int, sid: int, on: dt.date) -> None:
        """Everything that happened in attended session ``k``."""
        self._goal_events(k, sid, on)
        for key in self.t.milestones.get(k, ()):
            note = self.w.fill(self.milestone_notes[key].draw())
            self.p.add_milestone(Milestone(self.cid, self.kinds[key], on, note, session_id=sid))
            self.counts["milestones"] += 1
        self._agreements(k, on)
        if k in self.t.checkins:
            self._checkin(k, sid, on)
        if k in self.t.measures and self.index % 5 != 4:
            self._measures(k, sid, on)
        if k in self.t.reviews:
            self._review(k, on)
        if self.index % 8 == 1 and k % 2 == 0:
            self._custom_score(k, sid, on)

    def _agree(self, key: str, on: dt.date, review_weeks: int, ack: dt.date | None) -> None:
        version = self.p.add_agreement(AgreementVersion(
            self.cid, self.topics[key], self.w.fill(self.rng.choice(AGREEMENTS[key])), on,
            review_on=on + dt.timedelta(weeks=review_weeks), acknowledged_on=ack,
        ))
        self.series[key] = _id(version.series_id)
        self.counts["agreements"] += 1

    def _agreements(self, k: int, on: dt.date) -> None:
        if k == 0:
            self._agree("confidentiality", on, 52, on)
            self._agree("cancellations", on, 26, on)
            self._agree("contact_between_sessions", on, 26,
                        on + dt.timedelta(days=7) if self.t.count > 1 else None)
            for key in self.rng.sample(_EXTRA_TOPICS, self.rng.randint(0, 1 + self.index % 2)):
                self._agree(key, on, self.rng.choice((12, 26)), on)
        if k == self.t.revise_agreement_at and k > 0:
            options = [key for key in REVISIONS if key in self.series]
            key = options[self.index % len(options)]
            wording, reason = REVISIONS[key]
            ack = None if self.index % 4 == 2 else on
            self.p.revise_agreement(self.series[key], self.w.fill(wording), on,
                                    on + dt.timedelta(weeks=12), self.w.fill(reason), ack)
            self.counts["agreements"] += 1
        if k == self.t.ending_at and self.index % 8 == 6 and k > 0:
            self._agree("ending_therapy", on, 8, on)

    def _checkin(self, k: int, sid: int, on: dt.date) -> None:
        f = self.t.fraction(k)
        rupture = -2.0 if self.index % 3 == 0 else -0.8

        def score(start: float, end: float) -> int:
            return clamp(trajectory(self.rng, start, end, f, rupture, 0.7), 0, 10)

        bond, goals, tasks = score(6.5, 9.0), score(5.5, 8.5), score(5.0, 8.0)
        overall = clamp((bond + goals + tasks) / 3 + self.rng.uniform(-0.6, 0.6), 0, 10)
        self.p.add_checkin(CheckIn(self.cid, on, bond, goals, tasks, overall,
                                   self.w.maybe(0.75, self.w.checkin_comments), session_id=sid))
        self.counts["checkins"] += 1

    def _measures(self, k: int, sid: int, on: dt.date) -> None:
        f = self.t.fraction(k)
        for instrument, start, cap in ((Instrument.PHQ9, self.phq_start, 27),
                                       (Instrument.GAD7, self.gad_start, 21)):
            total = clamp(trajectory(self.rng, start, start * 0.4, f, 4.0, 1.5), 0, cap)
            fixed: int | None = None
            note = ""
            if instrument is Instrument.PHQ9:
                fixed = 0
                if self.item9_left:
                    fixed = 1
                    note = self.w.fill(rtxt.MEASURE_NOTES[2 - self.item9_left])
                    if self.item9_left == 2 and "crisis_plan" not in self.series:
                        self._agree("crisis_plan", on, 8, on)
                    self.item9_left -= 1
            items = measure_items(self.rng, total, self.weights[instrument], fixed)
            self.p.add_measure(MeasureResult(self.cid, instrument, on, items, sid, note))
            self.counts["measures"] += 1

    def _review(self, k: int, on: dt.date) -> None:
        earlier = [r for r in self.t.reviews if r < k]
        start = self.t.first + dt.timedelta(weeks=earlier[-1] if earlier else 0)
        self.p.add_review(Review(
            self.cid, on, start, on, narrative=self.w.say(self.w.narratives),
            next_steps=self.w.say(self.w.next_steps),
            client_reflection=self.w.say(self.w.reflections),
        ))
        self.counts["reviews"] += 1

    def _custom_score(self, k: int, sid: int, on: dt.date) -> None:
        f = self.t.fraction(k)
        if self.themes[0].key == "panic":
            name = "SUDS on the bus (0–100)"
            value = float(clamp(trajectory(self.rng, 85, 30, f, 15, 8) / 5, 0, 20) * 5)
        else:
            name = "Hours slept (nightly average)"
            value = round(trajectory(self.rng, 4.6, 6.9, f, -0.8, 0.4), 1)
        self.p.add_custom_score(CustomScore(self.cid, name, on, value, session_id=sid))
        self.counts["custom_scores"] += 1


def _id(value: int | None) -> int:
    if value is None:
        raise ValueError("record was not saved")
    return value
