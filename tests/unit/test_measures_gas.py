"""PHQ-9 / GAD-7 bands and change labels, and the GAS T-score, against the
numbers in the report guide (Kroenke 2001, Spitzer 2006, NHS Talking Therapies,
Kiresuk & Sherman)."""

from __future__ import annotations

import pytest

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.gas import GAS_LEVEL_NAMES, GAS_LEVELS, t_score
from practice_notes.domain.measures import (
    CHANGE_RULE,
    GAD7,
    ITEM_TEXT,
    PHQ9,
    SPECS,
    ChangeLabel,
    change_summary,
    item9_flagged,
    severity,
    validate_items,
)

PHQ = Instrument.PHQ9
GAD = Instrument.GAD7
L = ChangeLabel


# ----------------------------------------------------------------- severity
@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
     (14, "moderate"), (15, "moderately severe"), (19, "moderately severe"), (20, "severe"),
     (27, "severe")],
)
def test_phq9_bands(total: int, band: str) -> None:
    assert severity(PHQ, total) == band


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
     (14, "moderate"), (15, "severe"), (21, "severe")],
)
def test_gad7_bands(total: int, band: str) -> None:
    assert severity(GAD, total) == band


@pytest.mark.parametrize(("instrument", "total"), [(PHQ, -1), (PHQ, 28), (GAD, 22), (GAD, -1)])
def test_totals_out_of_range(instrument: Instrument, total: int) -> None:
    with pytest.raises(ValidationError, match="between 0 and") as info:
        severity(instrument, total)
    assert info.value.field == "total"


def test_every_total_has_exactly_one_band() -> None:
    for spec in (PHQ9, GAD7):
        covered = [t for low, high, _ in spec.bands for t in range(low, high + 1)]
        assert covered == list(range(spec.max_total + 1))
        assert spec.max_total == 3 * spec.item_count
        assert len(ITEM_TEXT[spec.instrument]) == spec.item_count
    assert set(SPECS) == set(Instrument)


def test_validate_items() -> None:
    assert validate_items(PHQ, [0, 1, 2, 3, 0, 1, 2, 3, 0]) == (0, 1, 2, 3, 0, 1, 2, 3, 0)
    with pytest.raises(ValidationError):
        validate_items(GAD, [0] * 6)
    with pytest.raises(ValidationError):
        validate_items(GAD, [0, 0, 0, 0, 0, 0, "1"])  # type: ignore[list-item]


def test_item9() -> None:
    base = (0,) * 8
    assert not item9_flagged(PHQ, (*base, 0))
    for answer in (1, 2, 3):
        assert item9_flagged(PHQ, (*base, answer))
    assert not item9_flagged(GAD, (3,) * 7)
    assert not item9_flagged(PHQ, (3,) * 8)  # incomplete: not judged here


# ------------------------------------------------------------ change labels
def test_caseness_and_reliable_change_constants() -> None:
    assert (PHQ9.caseness, PHQ9.reliable_change) == (10, 6)
    assert (GAD7.caseness, GAD7.reliable_change) == (8, 4)
    assert "NHS Talking Therapies" in CHANGE_RULE


def test_no_scores_no_summary() -> None:
    assert change_summary(None, None) is None


@pytest.mark.parametrize(
    ("phq", "gad", "labels"),
    [
        # reliable improvement: exactly at the threshold, and one below it
        ((9, 3), None, (L.RELIABLE_IMPROVEMENT,)),
        ((9, 4), None, (L.NO_RELIABLE_CHANGE,)),
        (None, (7, 3), (L.RELIABLE_IMPROVEMENT,)),
        (None, (7, 4), (L.NO_RELIABLE_CHANGE,)),
        # reliable deterioration: exactly at the threshold, and one below it
        ((3, 9), None, (L.RELIABLE_DETERIORATION,)),
        ((3, 8), None, (L.NO_RELIABLE_CHANGE,)),
        (None, (2, 6), (L.RELIABLE_DETERIORATION,)),
        (None, (2, 5), (L.NO_RELIABLE_CHANGE,)),
        # recovery only when the first score was at caseness
        ((12, 9), None, (L.RECOVERY,)),
        ((16, 9), None, (L.RELIABLE_RECOVERY,)),
        (None, (8, 7), (L.RECOVERY,)),
        (None, (12, 7), (L.RELIABLE_RECOVERY,)),
        ((9, 2), None, (L.RELIABLE_IMPROVEMENT,)),  # below caseness at first: never recovery
        (None, (7, 0), (L.RELIABLE_IMPROVEMENT,)),
        ((9, 9), (7, 7), (L.NO_RELIABLE_CHANGE,)),
        # recovery needs both measures below caseness at the end
        ((12, 5), (9, 8), (L.RELIABLE_IMPROVEMENT,)),
        ((12, 5), (9, 7), (L.RELIABLE_RECOVERY,)),
        # improvement on one and reliable worsening on the other is not improvement
        ((20, 10), (3, 7), (L.RELIABLE_DETERIORATION,)),
        ((15, 5), (9, 13), (L.RELIABLE_DETERIORATION,)),
        # caseness at the end after starting below: not recovery, deterioration if big
        ((5, 12), None, (L.RELIABLE_DETERIORATION,)),
        ((8, 10), None, (L.NO_RELIABLE_CHANGE,)),
        # recovery without reliable improvement and with no worsening
        ((10, 9), (5, 5), (L.RECOVERY,)),
    ],
)
def test_change_labels(phq: tuple[int, int] | None, gad: tuple[int, int] | None,
                       labels: tuple[ChangeLabel, ...]) -> None:
    summary = change_summary(phq, gad)
    assert summary is not None
    assert summary.labels == labels
    recovery = {L.RECOVERY, L.RELIABLE_RECOVERY}
    if recovery & set(labels):
        assert summary.first_at_caseness and not summary.latest_at_caseness


def test_change_summary_flags() -> None:
    s = change_summary((16, 9), (4, 2))
    assert s is not None
    assert (s.first_at_caseness, s.latest_at_caseness, s.improved, s.deteriorated) == (
        True, False, True, False)
    s = change_summary((3, 9), None)
    assert s is not None and s.deteriorated and not s.improved


def test_never_recovered_from_below_caseness() -> None:
    """Exhaustive: no first score below caseness on both ever gets a recovery label."""
    for p0 in range(0, 10):
        for g0 in range(0, 8):
            for p1 in range(0, 28, 3):
                for g1 in range(0, 22, 3):
                    s = change_summary((p0, p1), (g0, g1))
                    assert s is not None
                    assert L.RECOVERY not in s.labels and L.RELIABLE_RECOVERY not in s.labels


# --------------------------------------------------------------------- GAS
@pytest.mark.parametrize(
    ("levels", "expected"),
    [([0], 50.0), ([0, 0, 0], 50.0), ([1], 60.0), ([1, 1, 1], 63.7), ([-1, -1, -1], 36.3),
     ([2, -2], 50.0)],
)
def test_t_score_check_values(levels: list[int], expected: float) -> None:
    assert round(t_score(levels), 1) == expected


def test_t_score_weights_and_rho() -> None:
    assert round(t_score([1, 0], weights=[2, 1]), 1) == round(
        50 + 10 * 2 / ((0.7 * 5 + 0.3 * 9) ** 0.5), 1)
    assert t_score([1], weights=[3]) == pytest.approx(60.0)  # one goal: weight cancels
    assert t_score([1, 1], rho=0.0) == pytest.approx(50 + 20 / 2 ** 0.5)


@pytest.mark.parametrize(
    ("levels", "weights", "words"),
    [([], None, "at least one"), ([3], None, r"from −2 to \+2"), ([1, 1], [1], "differ"),
     ([1], [0], "positive"), ([1], [-1], "positive")],
)
def test_t_score_refuses_bad_input(levels: list[int], weights: list[float] | None,
                                   words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        t_score(levels, weights)


def test_gas_level_names() -> None:
    assert GAS_LEVELS == (-2, -1, 0, 1, 2)
    assert GAS_LEVEL_NAMES[0] == "expected level"
    assert set(GAS_LEVEL_NAMES) == set(GAS_LEVELS)
