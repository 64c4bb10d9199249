"""The change rules (NHS Talking Therapies convention) as one table over every
case: one score, two, a missing measure, at the thresholds, starting below
caseness, worse on one measure and better on the other. Each row gives the
PHQ-9 and GAD-7 totals in date order, the label and the measures that drive it."""

from __future__ import annotations

import pytest

from practice_notes.domain.enums import Instrument
from practice_notes.domain.measures import ChangeLabel, assess_change

L = ChangeLabel
P, G = Instrument.PHQ9, Instrument.GAD7

CASES: list[tuple[str, tuple[int, ...], tuple[int, ...], ChangeLabel, tuple[Instrument, ...]]] = [
    # one score only
    ("one PHQ-9 score", (14,), (), L.TOO_FEW_SCORES, ()),
    ("one score of each", (14,), (3,), L.TOO_FEW_SCORES, ()),
    # the case: a lone GAD-7 of 15 still counts for caseness
    ("PHQ-9 18 -> 4, one GAD-7 of 15", (18, 11, 4), (15,), L.RELIABLE_IMPROVEMENT, (P,)),
    ("PHQ-9 18 -> 4, one GAD-7 of 7", (18, 4), (7,), L.RELIABLE_RECOVERY, (P,)),
    ("PHQ-9 18 -> 4, one GAD-7 of 8 (at caseness)", (18, 4), (8,), L.RELIABLE_IMPROVEMENT, (P,)),
    ("one PHQ-9 of 20, GAD-7 12 -> 3", (20,), (12, 3), L.RELIABLE_IMPROVEMENT, (G,)),
    # two scores, a measure missing
    ("PHQ-9 only, down exactly 6", (9, 3), (), L.RELIABLE_IMPROVEMENT, (P,)),
    ("PHQ-9 only, down 5", (9, 4), (), L.NO_RELIABLE_CHANGE, ()),
    ("GAD-7 only, down exactly 4", (), (7, 3), L.RELIABLE_IMPROVEMENT, (G,)),
    ("GAD-7 only, down 3", (), (7, 4), L.NO_RELIABLE_CHANGE, ()),
    ("PHQ-9 only, up exactly 6", (3, 9), (), L.RELIABLE_DETERIORATION, (P,)),
    ("PHQ-9 only, up 5", (3, 8), (), L.NO_RELIABLE_CHANGE, ()),
    ("GAD-7 only, up exactly 4", (), (2, 6), L.RELIABLE_DETERIORATION, (G,)),
    ("GAD-7 only, up 3", (), (2, 5), L.NO_RELIABLE_CHANGE, ()),
    # at the caseness thresholds
    ("PHQ-9 10 -> 9: recovery, not reliable", (10, 9), (), L.RECOVERY, (P,)),
    ("PHQ-9 16 -> 10: still at caseness", (16, 10), (), L.RELIABLE_IMPROVEMENT, (P,)),
    ("PHQ-9 16 -> 9", (16, 9), (), L.RELIABLE_RECOVERY, (P,)),
    ("GAD-7 8 -> 7: recovery, not reliable", (), (8, 7), L.RECOVERY, (G,)),
    ("GAD-7 12 -> 8: still at caseness", (), (12, 8), L.RELIABLE_IMPROVEMENT, (G,)),
    ("GAD-7 12 -> 7", (), (12, 7), L.RELIABLE_RECOVERY, (G,)),
    # started below caseness: never recovery
    ("PHQ-9 9 -> 2", (9, 2), (), L.RELIABLE_IMPROVEMENT, (P,)),
    ("GAD-7 7 -> 0", (), (7, 0), L.RELIABLE_IMPROVEMENT, (G,)),
    ("both below, no change", (9, 9), (7, 7), L.NO_RELIABLE_CHANGE, ()),
    ("below, then at caseness", (8, 10), (), L.NO_RELIABLE_CHANGE, ()),
    ("below, then reliably worse", (5, 12), (), L.RELIABLE_DETERIORATION, (P,)),
    # recovery needs every measure below caseness at the end
    ("PHQ-9 recovers, GAD-7 still 8", (12, 5), (9, 8), L.RELIABLE_IMPROVEMENT, (P,)),
    ("both below at the end", (12, 5), (9, 7), L.RELIABLE_RECOVERY, (P,)),
    ("both reliably better", (20, 4), (15, 3), L.RELIABLE_RECOVERY, (P, G)),
    ("recovery with no reliable change", (10, 9), (5, 5), L.RECOVERY, (P,)),
    # worse on one, better on the other
    ("PHQ-9 better, GAD-7 worse", (20, 10), (3, 7), L.RELIABLE_DETERIORATION, (G,)),
    ("PHQ-9 worse, GAD-7 better", (5, 15), (13, 9), L.RELIABLE_DETERIORATION, (P,)),
    ("both worse", (2, 20), (1, 18), L.RELIABLE_DETERIORATION, (P, G)),
    # the middle scores never count: first and latest only
    ("a dip in the middle", (12, 2, 11), (), L.NO_RELIABLE_CHANGE, ()),
]


@pytest.mark.parametrize(("name", "phq", "gad", "label", "drivers"), CASES,
                         ids=[c[0] for c in CASES])
def test_change_rules(name: str, phq: tuple[int, ...], gad: tuple[int, ...],
                      label: ChangeLabel, drivers: tuple[Instrument, ...]) -> None:
    summary = assess_change({P: phq, G: gad})
    assert summary is not None
    assert summary.labels == (label,)
    assert summary.drivers == drivers
    # every measure used is reported with its first and latest score and count
    used = {m.instrument: m for m in summary.measures}
    for inst, totals in ((P, phq), (G, gad)):
        if not totals:
            assert inst not in used
            continue
        m = used[inst]
        assert (m.first, m.latest, m.count) == (totals[0], totals[-1], len(totals))
        assert m.has_change == (len(totals) >= 2)
        if not m.has_change:  # one score: no change is ever stated for it
            assert not (m.reliably_better or m.reliably_worse) and inst not in drivers
    if label in (L.RECOVERY, L.RELIABLE_RECOVERY):
        assert summary.first_at_caseness and not summary.latest_at_caseness
        assert all(not m.latest_at_caseness for m in summary.measures)


def test_no_measure_no_summary() -> None:
    assert assess_change({P: (), G: ()}) is None
    assert assess_change({}) is None


def test_a_single_late_score_at_caseness_rules_out_recovery_exhaustively() -> None:
    for p0 in range(10, 28):
        for p1 in range(0, 10):
            for g in range(8, 22):
                s = assess_change({P: (p0, p1), G: (g,)})
                assert s is not None
                assert not {L.RECOVERY, L.RELIABLE_RECOVERY} & set(s.labels)
