"""PHQ-9 and GAD-7: items, totals, severity bands and change labels.

Severity bands: PHQ-9 (Kroenke et al. 2001), GAD-7 (Spitzer et al. 2006).
Change labels follow the NHS Talking Therapies convention; the rule is named by
``CHANGE_RULE`` so every page that prints a label can say which rule it used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class InstrumentSpec:
    instrument: Instrument
    title: str
    explanation: str
    item_count: int
    max_total: int
    bands: tuple[tuple[int, int, str], ...]
    caseness: int
    reliable_change: int


PHQ9 = InstrumentSpec(
    Instrument.PHQ9,
    "PHQ-9",
    QT_TRANSLATE_NOOP("Instrument", "PHQ-9 is a nine-question check on low mood over the past "
                                    "two weeks (0 to 27)."),
    9,
    27,
    ((0, 4, QT_TRANSLATE_NOOP("Severity", "minimal")),
     (5, 9, QT_TRANSLATE_NOOP("Severity", "mild")),
     (10, 14, QT_TRANSLATE_NOOP("Severity", "moderate")),
     (15, 19, QT_TRANSLATE_NOOP("Severity", "moderately severe")),
     (20, 27, QT_TRANSLATE_NOOP("Severity", "severe"))),
    caseness=10,
    reliable_change=6,
)
GAD7 = InstrumentSpec(
    Instrument.GAD7,
    "GAD-7",
    QT_TRANSLATE_NOOP("Instrument", "GAD-7 is a seven-question check on worry and anxiety over "
                                    "the past two weeks (0 to 21)."),
    7,
    21,
    ((0, 4, QT_TRANSLATE_NOOP("Severity", "minimal")),
     (5, 9, QT_TRANSLATE_NOOP("Severity", "mild")),
     (10, 14, QT_TRANSLATE_NOOP("Severity", "moderate")),
     (15, 21, QT_TRANSLATE_NOOP("Severity", "severe"))),
    caseness=8,
    reliable_change=4,
)
SPECS: dict[Instrument, InstrumentSpec] = {Instrument.PHQ9: PHQ9, Instrument.GAD7: GAD7}

CHANGE_RULE = QT_TRANSLATE_NOOP(
    "Instrument",
    "Change labels follow the NHS Talking Therapies convention: caseness is PHQ-9 10 or more "
    "or GAD-7 8 or more; reliable change is a PHQ-9 change of 6 or more or a GAD-7 change "
    "of 4 or more between the first and latest scores; recovery means starting at caseness "
    "and ending below it on every measure used. A measure with one score counts for "
    "caseness, but no change is stated for it.")

PHQ9_ITEM_TEXT = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself, or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed, or the opposite, "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead, or of hurting yourself in some way",
)
GAD7_ITEM_TEXT = (
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid, as if something awful might happen",
)
ITEM_TEXT: dict[Instrument, tuple[str, ...]] = {
    Instrument.PHQ9: PHQ9_ITEM_TEXT,
    Instrument.GAD7: GAD7_ITEM_TEXT,
}
ANSWER_LABELS = ("Not at all", "Several days", "More than half the days", "Nearly every day")


def validate_items(instrument: Instrument, items: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    spec = SPECS[instrument]
    if len(items) != spec.item_count:
        raise ValidationError(
            translate("Rules", "{title} has {item_count} answers, got {value}").format(
                title=spec.title, item_count=spec.item_count, value=len(items)), field="items"
        )
    out = []
    for n, value in enumerate(items, start=1):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
            raise ValidationError(
                translate("Rules", "{title} answer {n} must be a whole number from 0 to 3").format(
                    title=spec.title, n=n), field="items"
            )
        out.append(value)
    return tuple(out)


def severity(instrument: Instrument, total: int) -> str:
    spec = SPECS[instrument]
    for low, high, label in spec.bands:
        if low <= total <= high:
            return translate("Severity", label)
    raise ValidationError(
        translate("Rules", "{title} total must be between 0 and {max_total}, got {total}").format(
            title=spec.title, max_total=spec.max_total, total=total), field="total"
    )


def item9_flagged(instrument: Instrument, items: tuple[int, ...]) -> bool:
    """PHQ-9 item 9 above 0 must be seen by the therapist. A 0 never means "no risk"."""
    return instrument is Instrument.PHQ9 and len(items) == 9 and items[8] > 0


def item9_open(instrument: Instrument, items: tuple[int, ...], note: str) -> bool:
    """An item-9 answer above 0 whose follow-up is not recorded yet.

    Saving such a result needs the therapist's tick that they saw it; what was
    discussed is then noted with the result, and that note is the record of the
    follow-up (the summary prints it in neutral words). Until it is written the
    answer stays open."""
    return item9_flagged(instrument, items) and not note.strip()


class ChangeLabel(StrEnum):
    RELIABLE_RECOVERY = "reliable recovery"
    RECOVERY = "recovery"
    RELIABLE_IMPROVEMENT = "reliable improvement"
    RELIABLE_DETERIORATION = "reliable deterioration"
    NO_RELIABLE_CHANGE = "no reliable change"
    TOO_FEW_SCORES = "no change can be stated yet"

    @property
    def label(self) -> str:
        """The value in words, translated (the value itself is what is stored)."""
        return translate("Enum", _CHANGE_LABELS[self.value])


_CHANGE_LABELS = {
    "reliable recovery": QT_TRANSLATE_NOOP("Enum", "reliable recovery"),
    "recovery": QT_TRANSLATE_NOOP("Enum", "recovery"),
    "reliable improvement": QT_TRANSLATE_NOOP("Enum", "reliable improvement"),
    "reliable deterioration": QT_TRANSLATE_NOOP("Enum", "reliable deterioration"),
    "no reliable change": QT_TRANSLATE_NOOP("Enum", "no reliable change"),
    "no change can be stated yet": QT_TRANSLATE_NOOP("Enum", "no change can be stated yet"),
}


@dataclass(frozen=True)
class MeasureChange:
    """One measure's first and latest score in a period. With a single score
    it still counts for caseness, but no change can be stated for it."""

    instrument: Instrument
    first: int
    latest: int
    count: int

    @property
    def spec(self) -> InstrumentSpec:
        return SPECS[self.instrument]

    @property
    def has_change(self) -> bool:
        return self.count >= 2

    @property
    def points(self) -> int:
        """Latest minus first (negative: scores went down, which is better)."""
        return self.latest - self.first

    @property
    def reliably_better(self) -> bool:
        return self.has_change and -self.points >= self.spec.reliable_change

    @property
    def reliably_worse(self) -> bool:
        return self.has_change and self.points >= self.spec.reliable_change

    @property
    def first_at_caseness(self) -> bool:
        return self.first >= self.spec.caseness

    @property
    def latest_at_caseness(self) -> bool:
        return self.latest >= self.spec.caseness


@dataclass(frozen=True)
class ChangeSummary:
    """Change between first and latest scores, judged on all measures together.
    ``drivers`` are the measures the label rests on, in PHQ-9, GAD-7 order."""

    labels: tuple[ChangeLabel, ...]
    first_at_caseness: bool
    latest_at_caseness: bool
    improved: bool
    deteriorated: bool
    measures: tuple[MeasureChange, ...] = ()
    drivers: tuple[Instrument, ...] = ()


def assess_change(scores: Mapping[Instrument, Sequence[int]]) -> ChangeSummary | None:
    """Judge change from each measure's totals in date order (PHQ-9, GAD-7).

    Every measure with a score counts for caseness, a single score too (a lone
    GAD-7 of 15 rules out recovery); change needs two scores of that measure.
    Reliable improvement: PHQ-9 down 6+ or GAD-7 down 4+, with neither reliably
    worse. Reliable deterioration: the same sizes upward on either. Recovery:
    started at caseness and now below caseness on every measure used. Never
    "recovery" when the first scores were below caseness.
    """
    measures = tuple(
        MeasureChange(inst, totals[0], totals[-1], len(totals))
        for inst in SPECS
        if (totals := tuple(scores.get(inst, ())))
    )
    if not measures:
        return None
    worse = tuple(m.instrument for m in measures if m.reliably_worse)
    better = tuple(m.instrument for m in measures if m.reliably_better)
    first_case = any(m.first_at_caseness for m in measures)
    latest_case = any(m.latest_at_caseness for m in measures)
    improved = bool(better) and not worse
    recovered = first_case and not latest_case and not worse
    changed = any(m.has_change for m in measures)
    labels: tuple[ChangeLabel, ...]
    drivers: tuple[Instrument, ...] = ()
    if worse:
        labels, drivers = (ChangeLabel.RELIABLE_DETERIORATION,), worse
    elif improved and recovered:
        labels, drivers = (ChangeLabel.RELIABLE_RECOVERY,), better
    elif improved:
        labels, drivers = (ChangeLabel.RELIABLE_IMPROVEMENT,), better
    elif recovered and changed:
        labels = (ChangeLabel.RECOVERY,)
        drivers = tuple(m.instrument for m in measures
                        if m.has_change and m.first_at_caseness and not m.latest_at_caseness)
    elif changed:
        labels = (ChangeLabel.NO_RELIABLE_CHANGE,)
    else:
        labels = (ChangeLabel.TOO_FEW_SCORES,)
    return ChangeSummary(labels, first_case, latest_case, improved, bool(worse), measures,
                         drivers)


def change_summary(
    phq: tuple[int, int] | None, gad: tuple[int, int] | None
) -> ChangeSummary | None:
    """:func:`assess_change` for (first, latest) pairs of PHQ-9 and/or GAD-7."""
    scores: dict[Instrument, Sequence[int]] = {}
    if phq is not None:
        scores[Instrument.PHQ9] = phq
    if gad is not None:
        scores[Instrument.GAD7] = gad
    return assess_change(scores)
