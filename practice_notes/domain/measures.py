"""PHQ-9 and GAD-7: items, totals, severity bands and change labels.

Severity bands: PHQ-9 (Kroenke et al. 2001), GAD-7 (Spitzer et al. 2006).
Change labels follow the NHS Talking Therapies convention; the rule is named by
``CHANGE_RULE`` so every page that prints a label can say which rule it used.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError


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
    "PHQ-9 is a nine-question check on low mood over the past two weeks (0 to 27).",
    9,
    27,
    ((0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"),
     (15, 19, "moderately severe"), (20, 27, "severe")),
    caseness=10,
    reliable_change=6,
)
GAD7 = InstrumentSpec(
    Instrument.GAD7,
    "GAD-7",
    "GAD-7 is a seven-question check on worry and anxiety over the past two weeks (0 to 21).",
    7,
    21,
    ((0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")),
    caseness=8,
    reliable_change=4,
)
SPECS: dict[Instrument, InstrumentSpec] = {Instrument.PHQ9: PHQ9, Instrument.GAD7: GAD7}

CHANGE_RULE = (
    "Change labels follow the NHS Talking Therapies convention: caseness is PHQ-9 10 or more "
    "or GAD-7 8 or more; reliable change is a PHQ-9 change of 6 or more or a GAD-7 change "
    "of 4 or more between the first and latest scores."
)

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
            f"{spec.title} has {spec.item_count} answers, got {len(items)}", field="items"
        )
    out = []
    for n, value in enumerate(items, start=1):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
            raise ValidationError(
                f"{spec.title} answer {n} must be a whole number from 0 to 3", field="items"
            )
        out.append(value)
    return tuple(out)


def severity(instrument: Instrument, total: int) -> str:
    spec = SPECS[instrument]
    for low, high, label in spec.bands:
        if low <= total <= high:
            return label
    raise ValidationError(
        f"{spec.title} total must be between 0 and {spec.max_total}, got {total}", field="total"
    )


def item9_flagged(instrument: Instrument, items: tuple[int, ...]) -> bool:
    """PHQ-9 item 9 above 0 must be seen by the therapist. A 0 never means "no risk"."""
    return instrument is Instrument.PHQ9 and len(items) == 9 and items[8] > 0


class ChangeLabel(StrEnum):
    RELIABLE_RECOVERY = "reliable recovery"
    RECOVERY = "recovery"
    RELIABLE_IMPROVEMENT = "reliable improvement"
    RELIABLE_DETERIORATION = "reliable deterioration"
    NO_RELIABLE_CHANGE = "no reliable change"


@dataclass(frozen=True)
class ChangeSummary:
    """Change between first and latest scores, judged on both measures together."""

    labels: tuple[ChangeLabel, ...]
    first_at_caseness: bool
    latest_at_caseness: bool
    improved: bool
    deteriorated: bool


def _caseness(phq: int | None, gad: int | None) -> bool:
    return (phq is not None and phq >= PHQ9.caseness) or (gad is not None and gad >= GAD7.caseness)


def change_summary(
    phq: tuple[int, int] | None, gad: tuple[int, int] | None
) -> ChangeSummary | None:
    """Judge change from (first, latest) totals of PHQ-9 and/or GAD-7.

    Reliable improvement: PHQ-9 down 6+ or GAD-7 down 4+, with neither reliably worse.
    Reliable deterioration: the same sizes upward on either.
    Recovery: started at caseness and now below caseness on both measures.
    Never "recovery" when the first scores were below caseness.
    """
    if phq is None and gad is None:
        return None
    up = down = False
    for pair, spec in ((phq, PHQ9), (gad, GAD7)):
        if pair is None:
            continue
        first, latest = pair
        if first - latest >= spec.reliable_change:
            down = True
        if latest - first >= spec.reliable_change:
            up = True
    first_case = _caseness(phq[0] if phq else None, gad[0] if gad else None)
    latest_case = _caseness(phq[1] if phq else None, gad[1] if gad else None)
    improved = down and not up
    labels: list[ChangeLabel] = []
    if up:
        labels.append(ChangeLabel.RELIABLE_DETERIORATION)
    recovered = first_case and not latest_case
    if improved and recovered:
        labels.append(ChangeLabel.RELIABLE_RECOVERY)
    elif improved:
        labels.append(ChangeLabel.RELIABLE_IMPROVEMENT)
    elif recovered and not up:
        labels.append(ChangeLabel.RECOVERY)
    if not labels:
        labels.append(ChangeLabel.NO_RELIABLE_CHANGE)
    return ChangeSummary(tuple(labels), first_case, latest_case, improved, up)
