"""Composing the demo's text and numbers: notes from fragment pools, measure
items that sum to a total, trajectories with a setback. Deterministic for a
given ``random.Random``."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from practice_notes.demo import record_text as rtxt
from practice_notes.demo import text as txt
from practice_notes.demo.themes import Theme
from practice_notes.domain.enums import Attendance, NoteFormat

_POSSESSIVE = {"she/her": ("her", "her"), "he/him": ("his", "him"), "they/them": ("their", "them")}

_QUOTE_LEADS = (
    "In {p} words: {q}", "{n} put it like this: {q}", "{n} said: {q}",
    "A phrase that stood out: {q}", "{n} summed it up: {q}",
)


# Words that compare with earlier sessions: kept out of the first session's note.
_COMPARES = re.compile(
    r"\b(last|earlier|than|first time|again|recall|more|less|still|unchanged|revisited|new)\b"
)


class Deck:
    """Deals a pool's items in shuffled order. ``draw`` reshuffles when all are
    used; ``fresh`` gives ``None`` instead, so optional text is left out rather
    than repeated until the deck is ``renew``-ed."""

    def __init__(self, rng: random.Random, items: Sequence[str]) -> None:
        self._rng = rng
        self._items = tuple(items)
        self._left: list[str] = []
        self.renew()

    def renew(self) -> None:
        self._left = list(self._items)
        self._rng.shuffle(self._left)

    def draw(self) -> str:
        if not self._left:
            self.renew()
        return self._left.pop()

    def fresh(self, wanted: Callable[[str], bool] | None = None) -> str | None:
        """An unused item (the first one ``wanted`` accepts), or None."""
        for n in range(len(self._left) - 1, -1, -1):
            if wanted is None or wanted(self._left[n]):
                return self._left.pop(n)
        return None


class _Slots(dict[str, str]):
    def __init__(self, writer: Writer) -> None:
        super().__init__(n=writer.name, p=writer.possessive, o=writer.objective)
        self._writer = writer

    def __missing__(self, key: str) -> str:
        if key == "week":
            return self._writer.weeks.draw()
        if key == "reason":
            return self._writer.reasons.draw()
        raise KeyError(key)


def _first_time(text: str) -> bool:
    return not _COMPARES.search(text)


class Writer:
    """One client's voice in the notes: their name, pronouns, themes and decks.

    Within a block of sessions (``new_block`` starts the next) no sentence is
    repeated: required parts come from pools larger than a block, optional parts
    are left out once their pool is used up."""

    BLOCK = 26

    def __init__(
        self, rng: random.Random, name: str, pronouns: str, themes: Sequence[Theme]
    ) -> None:
        self.rng = rng
        self.name = name
        self.possessive, self.objective = _POSSESSIVE.get(pronouns, ("their", "them"))
        self._decks: list[Deck] = []

        def deck(items: Sequence[str]) -> Deck:
            made = Deck(rng, items)
            self._decks.append(made)
            return made

        self.weeks, self.reasons = deck(txt.WEEKS), deck(txt.REASONS)
        self.openers, self.presentation = deck(txt.OPENERS), deck(txt.PRESENTATION)
        self.engagement, self.progress = deck(txt.ENGAGEMENT), deck(txt.PROGRESS)
        self.risk, self.plans = deck(txt.RISK), deck(txt.PLANS)
        self.interventions, self.responses = deck(txt.INTERVENTIONS), deck(txt.RESPONSES)
        self.process, self.homework = deck(txt.PROCESS), deck(txt.HOMEWORK_DONE)
        self.details = deck([d for t in themes for d in t.details])
        self.quotes = deck([q for t in themes for q in t.quotes])
        self.homework_set = deck([d for t in themes for _kind, d in t.strategies])
        self.quote_leads = deck(_QUOTE_LEADS)
        self.checkin_comments = deck(rtxt.CHECKIN_COMMENTS)
        self.rating_notes = {k: deck(v) for k, v in rtxt.RATING_NOTES.items()}
        self.addenda = deck(txt.ADDENDA)
        self.narratives = deck(rtxt.REVIEW_NARRATIVES)
        self.next_steps = deck(rtxt.REVIEW_NEXT_STEPS)
        self.reflections = deck(rtxt.REVIEW_REFLECTIONS)
        self.absences = {
            Attendance.CANCELLED: deck(txt.CANCELLED),
            Attendance.LATE_CANCEL: deck(txt.LATE_CANCEL),
            Attendance.NO_SHOW: deck(txt.NO_SHOW),
        }

    def new_block(self) -> None:
        """Start the next block of sessions: every pool is available again."""
        for d in self._decks:
            d.renew()

    def fill(self, template: str) -> str:
        return template.format_map(_Slots(self))

    def say(self, deck: Deck) -> str:
        return self.fill(deck.draw())

    def maybe(self, chance: float, deck: Deck) -> str:
        """Optional text: with ``chance``, and only while the pool has unused items."""
        if self.rng.random() >= chance:
            return ""
        item = deck.fresh()
        return "" if item is None else self.fill(item)

    def _quote(self) -> str:
        quote = self.quotes.fresh()
        if quote is None:
            return ""
        return self.fill(self.quote_leads.draw().replace("{q}", quote))

    def _story(self) -> str:
        """What the client brought: an opener plus a detail and/or a quote."""
        parts = [self.say(self.openers)]
        roll = self.rng.random()
        if roll < 0.5:
            parts.append(self.maybe(1.0, self.details))
        if roll > 0.55:
            parts.append(self._quote())
        return _join(*parts)

    def homework_to_set(self, chance: float) -> str:
        """A strategy to try before next time, lower-cased to follow "Homework:"; or ""."""
        item = self.maybe(chance, self.homework_set)
        return item[:1].lower() + item[1:]

    def note(self, fmt: NoteFormat, homework_set: str) -> dict[str, str]:
        plan = " ".join(p for p in (self.say(self.plans), homework_set) if p)
        risk = self.maybe(0.4, self.risk)
        if fmt is NoteFormat.SOAP:
            return {
                "subjective": self._story(),
                "objective": f"{self.say(self.presentation)} {self.say(self.engagement)}",
                "assessment": _join(self.say(self.progress), risk),
                "plan": plan,
            }
        if fmt is NoteFormat.DAP:
            return {
                "data": f"{self._story()} {self.say(self.presentation)}",
                "assessment": _join(self.say(self.progress), risk),
                "plan": plan,
            }
        if fmt is NoteFormat.BIRP:
            return {
                "behavior": f"{self._story()} {self.say(self.presentation)}",
                "intervention": self.say(self.interventions),
                "response": self.say(self.responses),
                "plan": plan,
            }
        body = "\n\n".join(p for p in (
            self._story(),
            f"{self.say(self.interventions)} {self.say(self.responses)}",
            _join(self.say(self.progress), risk),
            plan,
        ) if p)
        return {"note": body}

    def intake(self, presenting: str) -> dict[str, str]:
        """The first session's note (SOAP): why the client came, and the contract."""
        story = self.rng.choice(txt.INTAKE_SUBJECTIVE).replace("{presenting}", presenting)
        first_time = [  # nothing that compares with earlier sessions
            deck.fresh(_first_time) or "" for deck in (self.presentation, self.engagement)
        ]
        return {
            "subjective": self.fill(story),
            "objective": self.fill(_join(*first_time)),
            "assessment": _join(self.fill(self.rng.choice(txt.INTAKE_ASSESSMENT)),
                                self.fill(self.risk.fresh(_first_time) or "")),
            "plan": self.fill(self.rng.choice(txt.INTAKE_PLAN)),
        }

    def absence(self, attendance: Attendance) -> dict[str, str]:
        return {"note": self.say(self.absences[attendance])}


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def trajectory(
    rng: random.Random, start: float, end: float, fraction: float, setback: float,
    noise: float = 0.6,
) -> float:
    """A value along an improving path from ``start`` to ``end`` with a dip (of
    size ``setback``, signed) around the middle and a little noise."""
    base = start + (end - start) * min(1.0, fraction * 1.15)
    dip = setback * max(0.0, 1.0 - abs(fraction - 0.5) / 0.08)
    return base + dip + rng.uniform(-noise, noise)


def clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def measure_items(
    rng: random.Random, total: int, weights: Sequence[float], fixed_last: int | None = None
) -> tuple[int, ...]:
    """Answers (0–3 each, one per weight) summing to ``total``; with ``fixed_last``
    the last item is held at that value (PHQ-9 item 9 is set on purpose, never by
    chance)."""
    count = len(weights)
    items = [0] * count
    free = list(range(count))
    if fixed_last is not None:
        items[-1] = fixed_last
        free.pop()
    remaining = max(0, min(total - items[-1] if fixed_last else total, 3 * len(free)))
    while remaining:
        open_ = [i for i in free if items[i] < 3]
        pick = rng.choices(open_, weights=[weights[i] for i in open_])[0]
        items[pick] += 1
        remaining -= 1
    return tuple(items)
