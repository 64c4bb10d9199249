"""The demo practice: realistic, complete, varied and deterministic (real vaults)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from practice_notes.demo import compose as demo_compose
from practice_notes.demo.build import DemoSummary, build_demo, code_basis
from practice_notes.domain.enums import (
    Attendance,
    ClientStatus,
    GoalStatus,
    Instrument,
    NoteFormat,
    OutcomeRating,
    RatingScheme,
    StrategyKind,
)
from practice_notes.domain.models import Client, Session
from practice_notes.domain.notes import note_text
from practice_notes.domain.rules import CODE_RE
from practice_notes.services.practice import Practice
from practice_notes.services.transfer import dump_json, export_document
from practice_notes.services.unlock import create_practice

TODAY = dt.date(2025, 3, 14)
PASS = "demo passphrase for tests"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Practice, DemoSummary]]:
    """The default demo (8 clients × 26 sessions), built once for this module."""
    practice = create_practice(tmp_path_factory.mktemp("demo") / "demo.vault", PASS)
    summary = build_demo(practice, today=TODAY)
    try:
        yield practice, summary
    finally:
        practice.vault.close()


@pytest.fixture(scope="module")
def practice(demo: tuple[Practice, DemoSummary]) -> Practice:
    return demo[0]


@pytest.fixture(scope="module")
def clients(practice: Practice) -> list[Client]:
    return practice.clients.all()


@pytest.fixture(scope="module")
def sessions(practice: Practice, clients: list[Client]) -> dict[str, list[Session]]:
    return {c.code: practice.sessions.for_client(c.id or 0) for c in clients}


def _ids(client: Client) -> int:
    assert client.id is not None
    return client.id


def test_summary_counts_match_the_vault(
    demo: tuple[Practice, DemoSummary], clients: list[Client],
    sessions: dict[str, list[Session]],
) -> None:
    practice, summary = demo
    assert summary.clients == len(clients) == 8
    assert summary.sessions == sum(len(s) for s in sessions.values()) == 8 * 26
    assert summary.signed == sum(s.is_signed for ss in sessions.values() for s in ss)
    assert summary.goals == sum(len(practice.goals.for_client(_ids(c))) for c in clients)
    assert summary.measures == sum(len(practice.measures.for_client(_ids(c))) for c in clients)
    for name in ("addenda", "ratings", "strategies", "milestones", "agreements", "checkins",
                 "measures", "custom_scores", "reviews"):
        assert getattr(summary, name) > 0, name


def test_clients_have_unique_valid_codes_and_some_non_ascii_names(
    clients: list[Client],
) -> None:
    codes = [c.code for c in clients]
    assert len(set(codes)) == len(codes)
    assert all(CODE_RE.match(code) for code in codes)
    names = {c.display_name for c in clients}
    assert {"Zoë Ångström", "Дарья Ковалёва", "Ólafur Þórsson"} <= names
    assert sum(not c.display_name.isascii() for c in clients) >= 3
    assert {c.status for c in clients} == set(ClientStatus)
    assert {c.pronouns for c in clients} >= {"she/her", "he/him", "they/them"}


def test_code_basis_folds_names_to_latin_initials() -> None:
    assert code_basis("Zoë Ångström") == "Z A"
    assert code_basis("Дарья Ковалёва") == "D K"
    assert code_basis("Ólafur Þórsson") == "O T"


def test_weekly_sessions_end_shortly_before_today(
    clients: list[Client], sessions: dict[str, list[Session]]
) -> None:
    for client in clients:
        dates = [s.starts_at.date() for s in sessions[client.code]]
        assert len(dates) >= 26
        assert all((b - a).days == 7 for a, b in zip(dates, dates[1:], strict=False))
        assert client.start_date == dates[0]
        assert dates[-1] < TODAY
        if client.status is ClientStatus.ACTIVE:
            assert (TODAY - dates[-1]).days <= 7
        assert (dates[-1] - dates[0]).days >= 175  # six months


def test_attendance_formats_and_private_notes_are_mixed(
    sessions: dict[str, list[Session]],
) -> None:
    every = [s for ss in sessions.values() for s in ss]
    attendance = Counter(s.attendance for s in every)
    assert attendance[Attendance.ATTENDED] > 0.8 * len(every)
    assert attendance[Attendance.CANCELLED] and (
        attendance[Attendance.LATE_CANCEL] + attendance[Attendance.NO_SHOW])
    formats = Counter(s.note_format for s in every if s.attendance is Attendance.ATTENDED)
    assert formats.most_common(1)[0][0] is NoteFormat.SOAP
    assert len(formats) >= 3
    assert sum(bool(s.process_notes) for s in every) > len(every) / 4
    assert any(s.homework_reviewed for s in every)
    for ss in sessions.values():
        attended = [s for s in ss if s.attendance is Attendance.ATTENDED]
        assert sum(bool(s.goal_ids) for s in attended) >= len(attended) - 2


def test_older_notes_signed_last_one_or_two_not_and_an_addendum(
    practice: Practice, clients: list[Client], sessions: dict[str, list[Session]]
) -> None:
    tails = set()
    for client in clients:
        ss = sessions[client.code]
        unsigned = [n for n, s in enumerate(ss) if not s.is_signed]
        assert unsigned == list(range(len(ss) - len(unsigned), len(ss)))
        assert 1 <= len(unsigned) <= 2
        tails.add(len(unsigned))
        for s in ss:
            if s.signed_at is not None:
                assert s.signed_at > s.starts_at
                assert practice.sessions.signed_by(s.id or 0) == "Dr Miriam Hale"
    assert tails == {1, 2}
    addenda = [a for c in clients for a in practice.sessions.addenda_for_client(_ids(c))]
    assert addenda
    for a in addenda:
        signed = practice.sessions.get(a.session_id)
        assert signed.signed_at is not None and a.written_at > signed.signed_at
    sign_entries = [e for e in practice.audit.entries() if e.action == "sign"]
    assert len(sign_entries) == sum(s.is_signed for ss in sessions.values() for s in ss)


def test_goals_ratings_status_changes_and_strategies(
    practice: Practice, clients: list[Client]
) -> None:
    statuses: set[GoalStatus] = set()
    kinds: set[StrategyKind] = set()
    outcomes: set[OutcomeRating] = set()
    gas = 0
    for client in clients:
        goals = practice.goals.for_client(_ids(client))
        assert 2 <= len([g for g in goals if g.status is not GoalStatus.REVISED]) <= 4
        ratings = practice.goals.ratings_for_client(_ids(client))
        for goal in goals:
            statuses.add(goal.status)
            low, high = goal.scheme.bounds
            values = [r.value for r in ratings.get(goal.id or 0, [])]
            assert values, goal.client_words
            assert all(low <= v <= high for v in values)
            if goal.scheme is RatingScheme.GAS:
                gas += 1
                assert len(goal.gas_levels) == 5 and all(goal.gas_levels)
            history = practice.goals.history(goal.id or 0)
            assert history[0].status is GoalStatus.ACTIVE
            assert history[-1].status is goal.status
            strategies = practice.goals.strategies(goal.id or 0)
            assert strategies
            kinds |= {s.kind for s in strategies}
            outcomes |= {s.outcome for s in strategies}
            if goal.status is GoalStatus.ACHIEVED:
                assert values[-1] == high or values[-1] >= 9
        scale = [v.value for g in goals if g.scheme is RatingScheme.SCALE_0_10
                 and g.status is GoalStatus.ACTIVE for v in ratings.get(g.id or 0, [])]
        if len(scale) > 4:
            assert sum(scale[-3:]) / 3 > sum(scale[:3]) / 3  # trending up
    assert gas >= 1
    assert {GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.REVISED} <= statuses
    assert kinds == set(StrategyKind)
    assert {OutcomeRating.HELPED, OutcomeRating.PARTLY} <= outcomes


def test_milestones_start_with_confidentiality(practice: Practice, clients: list[Client],
                                               sessions: dict[str, list[Session]]) -> None:
    kinds = {e.id: e.key for e in practice.milestone_kinds.all()}
    seen: set[str] = set()
    for client in clients:
        milestones = practice.milestones.for_client(_ids(client))
        assert len(milestones) >= 4
        first = milestones[0]
        assert kinds[first.kind_id] == "confidentiality_explained"
        assert first.session_id == sessions[client.code][0].id
        assert all(m.note and "{" not in m.note for m in milestones)
        seen |= {kinds[m.kind_id] for m in milestones}
    assert len(seen) >= 8


def test_agreements_with_confidentiality_revision_and_overdue_reviews(
    practice: Practice, clients: list[Client]
) -> None:
    topics = {e.id: e.key for e in practice.agreement_topics.all()}
    revised = overdue = unacknowledged = 0
    for client in clients:
        versions = practice.agreements.for_client(_ids(client))
        series = {v.series_id for v in versions}
        assert 3 <= len(series) <= 5
        assert "confidentiality" in {topics[v.topic_id] for v in versions}
        for v in versions:
            if v.version > 1:
                revised += 1
                assert v.revision_reason
                first = practice.agreements.versions(v.series_id or 0)[0]
                assert first.wording != v.wording and first.agreed_on <= v.agreed_on
            overdue += v.review_on is not None and v.review_on < TODAY
            unacknowledged += v.acknowledged_on is None
        current = practice.agreements_in_force(_ids(client), TODAY)
        assert len(current) == len(series)
    assert revised >= 1 and overdue >= 1
    assert unacknowledged >= 1  # the GUI has something to prompt for


def test_checkins_measures_and_custom_scores(practice: Practice, clients: list[Client]) -> None:
    item9 = improved = with_measures = custom = 0
    for client in clients:
        checkins = practice.checkins.for_client(_ids(client))
        assert len(checkins) >= 4
        assert any(c.comment for c in checkins)
        for instrument in Instrument:
            results = practice.measures.for_client(_ids(client), instrument)
            if not results:
                continue
            with_measures += 1
            gaps = [(b.taken_on - a.taken_on).days for a, b in zip(results, results[1:],
                                                                    strict=False)]
            assert all(21 <= g <= 49 for g in gaps)
            improved += results[-1].total < results[0].total
            item9 += sum(r.items[8] > 0 for r in results if instrument is Instrument.PHQ9)
        scores = practice.measures.custom_for_client(_ids(client))
        if scores:
            custom += 1
            assert len({s.name for s in scores}) == 1 and len(scores) >= 6
    assert with_measures >= 2 * 6  # most clients, both instruments
    assert improved >= with_measures * 0.75
    assert item9 >= 1
    assert custom == 1


def test_item9_is_noted_and_a_crisis_plan_agreed(practice: Practice, clients: list[Client]) -> None:
    topics = {e.key: e.id for e in practice.agreement_topics.all()}
    flagged = [(c, m) for c in clients for m in practice.measures.for_client(_ids(c))
               if m.instrument is Instrument.PHQ9 and m.items[8] > 0]
    assert flagged
    for client, measure in flagged:
        assert "Item 9" in measure.note
        plans = [a for a in practice.agreements.for_client(_ids(client))
                 if a.topic_id == topics["crisis_plan"]]
        assert plans and plans[0].agreed_on <= measure.taken_on


def test_reviews_and_settings(practice: Practice, clients: list[Client]) -> None:
    for client in clients:
        reviews = practice.reviews.for_client(_ids(client))
        assert reviews
        for r in reviews:
            assert r.period_from < r.period_to == r.held_on and r.narrative
        if client.status is ClientStatus.DISCHARGED:
            assert client.next_review_on is None
        else:
            assert client.next_review_on is not None
    settings = practice.settings.load()
    assert settings.therapist_name and settings.practice_name and settings.credentials


def test_text_is_varied_and_has_no_placeholders(
    practice: Practice, sessions: dict[str, list[Session]]
) -> None:
    texts = [note_text(s.note_format, s.note_fields) for ss in sessions.values() for s in ss]
    assert len(set(texts)) >= 0.9 * len(texts)
    for ss in sessions.values():
        sentences: Counter[str] = Counter()
        for s in ss:
            for body in (*s.note_fields.values(), s.process_notes, s.homework_reviewed):
                sentences.update(p for p in re.split(r"(?<=[.!?'])\s+", body.strip()) if p)
        repeated = {k: v for k, v in sentences.items() if v > 1}
        assert not repeated, repeated  # not one sentence twice within a client
    document = dump_json(export_document(practice))
    assert not re.search(r"\{[a-z]+\}", document)


def test_same_seed_same_practice_other_seed_other(tmp_path: Path) -> None:
    def build(name: str, seed: int) -> list[str]:
        p = create_practice(tmp_path / name, PASS)
        try:
            build_demo(p, clients=2, sessions=5, seed=seed, today=TODAY)
            return [note_text(s.note_format, s.note_fields) for c in p.clients.all()
                    for s in p.sessions.for_client(c.id or 0)]
        finally:
            p.vault.close()

    first, again, other = build("a.vault", 3), build("b.vault", 3), build("c.vault", 4)
    assert first == again
    assert first != other


@pytest.mark.parametrize(("clients", "sessions"), [(1, 1), (2, 3), (3, 40)])
def test_small_and_longer_runs(tmp_path: Path, clients: int, sessions: int) -> None:
    p = create_practice(tmp_path / "x.vault", PASS)
    try:
        done: list[tuple[int, int]] = []
        summary = build_demo(p, clients=clients, sessions=sessions, today=TODAY,
                             progress=lambda d, n: done.append((d, n)))
        assert summary.clients == clients and summary.sessions == clients * sessions
        assert done == [(n, clients) for n in range(1, clients + 1)]
        assert len(p.clients.all()) == clients
        assert p.audit.verify().ok
    finally:
        p.vault.close()


def test_refuses_an_empty_demo(practice: Practice) -> None:
    with pytest.raises(ValueError):
        build_demo(practice, clients=0)
    with pytest.raises(ValueError):
        build_demo(practice, sessions=0)


def test_a_deck_never_repeats_before_it_is_used_up() -> None:
    import random

    deck = demo_compose.Deck(random.Random(1), [str(n) for n in range(10)])
    assert sorted(deck.draw() for _ in range(10)) == [str(n) for n in range(10)]
    assert deck.fresh() is None
    deck.renew()
    assert deck.fresh(lambda s: s == "3") == "3"
    assert deck.fresh(lambda s: s == "3") is None


def test_measure_items_sum_to_the_total_within_range() -> None:
    import random

    rng = random.Random(5)
    for total in range(0, 25):
        items = demo_compose.measure_items(rng, total, [1.0] * 9, fixed_last=1 if total else 0)
        assert len(items) == 9 and all(0 <= i <= 3 for i in items)
        assert sum(items) == max(total, 0)
