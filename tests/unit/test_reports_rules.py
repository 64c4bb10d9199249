"""The numbers on the page follow REPORT-GUIDE.md: severity bands, change
labels only where the named rule is met (never "recovery" without caseness at
the start), neutral wording for PHQ-9 item 9, and the GAS T-score."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from practice_notes.domain.enums import Instrument, RatingScheme
from practice_notes.domain.gas import t_score
from practice_notes.domain.measures import CHANGE_RULE
from practice_notes.domain.models import Client, Goal, GoalRating, MeasureResult
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import make_report
from tests.unit import report_kit as rk
from tests.unit.vaultkit import GAS_LEVELS

SYMPTOMS = frozenset({"symptoms"})
FIRST_DAY = rk.PERIOD_FROM + dt.timedelta(days=5)
LAST_DAY = rk.TODAY - dt.timedelta(days=5)


def _items(instrument: Instrument, total: int, item9: int = 0) -> tuple[int, ...]:
    """Answers adding up to ``total`` (PHQ-9 item 9 set apart)."""
    count = 9 if instrument is Instrument.PHQ9 else 7
    free = count - 1 if instrument is Instrument.PHQ9 else count
    rest = total - item9
    assert 0 <= rest <= 3 * free
    items = [min(3, max(0, rest - 3 * n)) for n in range(free)]
    if instrument is Instrument.PHQ9:
        items.append(item9)
    assert sum(items) == total
    return tuple(items)


def _client_with_scores(
    practice: Practice, code: str, phq: tuple[int, ...] = (), gad: tuple[int, ...] = (),
    item9: int = 0,
) -> int:
    cid = practice.add_client(Client(code, f"Client {code}")).id or 0
    for inst, totals in ((Instrument.PHQ9, phq), (Instrument.GAD7, gad)):
        step = (LAST_DAY - FIRST_DAY) / max(1, len(totals) - 1)
        for n, total in enumerate(totals):
            flag = item9 if inst is Instrument.PHQ9 and n == 0 else 0
            practice.add_measure(MeasureResult(cid, inst, FIRST_DAY + step * n,
                                               _items(inst, total, flag)))
    return cid


def _symptom_text(practice: Practice, cid: int) -> str:
    return rk.all_text(make_report(practice, rk.options(cid, sections=SYMPTOMS), record=False))


RECOVERY_WORDS = "Overall: recovery (PHQ-9 and GAD-7 show this): scores started in the range where"
RELIABLE_RECOVERY = "Overall: reliable recovery ("
IMPROVEMENT = "reliable improvement ("
NO_CHANGE = "no reliable change yet"
DETERIORATION = "scores went up by more than day-to-day ups and downs"


@pytest.mark.parametrize(("phq", "gad", "expected", "absent"), [
    # caseness at the start, now below on both, PHQ-9 down 10: reliable recovery
    pytest.param((15, 11, 5), (10, 3), [RELIABLE_RECOVERY], [IMPROVEMENT, NO_CHANGE],
                 id="reliable-recovery"),
    # caseness at the start, now below, but changes within the reliable sizes
    pytest.param((11, 8), (8, 6), [RECOVERY_WORDS], [RELIABLE_RECOVERY, IMPROVEMENT],
                 id="recovery-without-reliable-change"),
    # reliably better, still at caseness: improvement, no recovery
    pytest.param((20, 12), (), [IMPROVEMENT, "We do not call this recovery"],
                 ["Overall: recovery", "reliable recovery"], id="reliable-improvement"),
    # small changes only
    pytest.param((12, 10), (9, 8), [NO_CHANGE], ["recover", IMPROVEMENT],
                 id="no-reliable-change"),
    # GAD-7 up by 4: reliable deterioration
    pytest.param((6, 7), (4, 8), [DETERIORATION], ["recover", IMPROVEMENT],
                 id="deterioration"),
    # reliably better but never at caseness: never "recovery"
    pytest.param((9, 2), (7, 2), [IMPROVEMENT], ["recover"], id="not-caseness-at-start"),
])
def test_change_labels_follow_the_named_rule(
    practice: Practice, phq: tuple[int, ...], gad: tuple[int, ...], expected: list[str],
    absent: list[str],
) -> None:
    text = _symptom_text(practice, _client_with_scores(practice, "CH-01", phq, gad))
    assert "Change from first to latest score:" in text
    for words in expected:
        assert words in text
    body = text.replace(rk.flat(CHANGE_RULE), "")  # the rule itself names recovery
    for words in absent:
        assert words.casefold() not in body.casefold()
    assert rk.flat(CHANGE_RULE) in text
    assert "level where support is usually offered" not in text


def test_the_issue_case_a_single_severe_gad7_rules_out_recovery(practice: Practice) -> None:
    """PHQ-9 18 -> 4 with a single GAD-7 of 15: points first, then an improvement
    label driven by PHQ-9, never recovery, and the lone 15 named as such."""
    text = _symptom_text(practice, _client_with_scores(practice, "CH-03", (18, 4), (15,)))
    assert "PHQ-9: 18 → 4, down 14 points" in text
    assert ("GAD-7: one score in this period, 15 (severe), in the range where extra support "
            "is often offered. One score cannot show a change.") in text
    assert "Overall: reliable improvement (PHQ-9 shows this)" in text
    assert "We do not call this recovery: the latest GAD-7 score is still in the range" in text
    assert "Overall: recovery" not in text and "reliable recovery" not in text
    assert text.index("PHQ-9: 18 → 4") < text.index("Overall:") < text.index("Talking Therapies")


def test_one_score_has_no_change_label(practice: Practice) -> None:
    text = _symptom_text(practice, _client_with_scores(practice, "CH-02", (14,), (9,)))
    assert "Change from first to latest score" not in text
    assert "Talking Therapies" not in text


def test_severity_bands_and_one_line_explanations(practice: Practice) -> None:
    cid = _client_with_scores(practice, "SV-01", (4, 5, 10, 15, 20, 24), (4, 9, 14, 15, 21))
    text = _symptom_text(practice, cid)
    assert "PHQ-9 is a nine-question check on low mood over the past two weeks" in text
    assert "GAD-7 is a seven-question check on worry and anxiety" in text
    for line in ("4 minimal", "5 mild", "10 moderate", "15 moderately severe", "20 severe",
                 "24 severe", "21 severe"):
        assert line in text, line
    assert "Ranges: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, " \
           "20–27 severe." in text
    assert "Ranges: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe." in text
    assert "9 mild" in text and "14 moderate" in text


ALARMING = ("better off dead", "suicid", "self-harm", "item 9", "question 9", "no risk",
            "risk")


def test_item9_above_zero_prints_a_neutral_sentence_only(practice: Practice) -> None:
    cid = _client_with_scores(practice, "IX-01", (16, 12), item9=2)
    text = _symptom_text(practice, cid)
    assert "We talked about this together" not in text
    assert "It is on our list to talk about together." in text
    lowered = text.casefold()
    assert [w for w in ALARMING if w in lowered] == []


def test_item9_at_zero_says_nothing_about_it(practice: Practice) -> None:
    text = _symptom_text(practice, _client_with_scores(practice, "IX-02", (16, 12)))
    assert "We talked about this together" not in text
    assert "no risk" not in text.casefold()


def _gas_goals(practice: Practice, code: str, levels: list[int],
               weights: list[float] | None = None) -> int:
    cid = practice.add_client(Client(code, f"Client {code}")).id or 0
    for n, level in enumerate(levels):
        weight = weights[n] if weights else 1.0
        goal = practice.add_goal(Goal(cid, f"GAS goal {n}", agreed_on=FIRST_DAY,
                                      scheme=RatingScheme.GAS, gas_levels=GAS_LEVELS,
                                      weight=weight))
        practice.rate_goal(GoalRating(goal.id or 0, FIRST_DAY, -1))
        practice.rate_goal(GoalRating(goal.id or 0, LAST_DAY, level))
    return cid


def _formula(levels: list[int], weights: list[float]) -> float:
    """REPORT-GUIDE.md, written out again here: rho = 0.3."""
    rho = 0.3
    num = 10 * sum(w * x for w, x in zip(weights, levels, strict=True))
    den = math.sqrt((1 - rho) * sum(w * w for w in weights) + rho * sum(weights) ** 2)
    return 50 + num / den


@pytest.mark.parametrize(("levels", "weights", "printed"), [
    ([0, 0], None, "50.0"),
    ([1], None, "60.0"),
    ([1, 1, 1], None, "63.7"),
    ([-1, -1, -1], None, "36.3"),
    ([2, -1, 0], [3.0, 1.0, 2.0], None),
])
def test_gas_t_score_is_printed_from_the_formula(
    practice: Practice, levels: list[int], weights: list[float] | None, printed: str | None
) -> None:
    cid = _gas_goals(practice, "GS-01", levels, weights)
    text = rk.all_text(make_report(practice, rk.options(cid, sections=frozenset({"goals"})),
                                   record=False))
    ws = weights or [1.0] * len(levels)
    expected = f"{_formula(levels, ws):.1f}"
    assert expected == f"{t_score(levels, ws):.1f}"
    if printed is not None:
        assert expected == printed
    plural = "s" if len(levels) > 1 else ""
    assert f"GAS T-score: {expected} across {len(levels)} goal{plural}" in text
    assert "50 means goals are at the expected level" in text
    # the levels are described in words on the page
    assert "0 (expected) answers most calls" in text
    assert "−2 still avoiding every call" in text


def test_no_t_score_without_gas_goals(practice: Practice) -> None:
    cid = practice.add_client(Client("GS-02", "Client GS-02")).id or 0
    goal = practice.add_goal(Goal(cid, "I want to sleep better", agreed_on=FIRST_DAY))
    practice.rate_goal(GoalRating(goal.id or 0, LAST_DAY, 6))
    text = rk.all_text(make_report(practice, rk.options(cid, sections=frozenset({"goals"})),
                                   record=False))
    assert "“I want to sleep better”" in text
    assert "Latest (9 Mar 2025): 6 out of 10." in text
    assert "T-score" not in text
