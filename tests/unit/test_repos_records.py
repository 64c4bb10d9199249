"""Measures, custom scores, practice settings, drafts and review records."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    Client,
    CustomScore,
    MeasureResult,
    PracticeSettings,
    Review,
)
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import create_practice
from practice_notes.vault.errors import NotFound
from tests.unit.vaultkit import PASSPHRASE

D = dt.date
PHQ = Instrument.PHQ9
GAD = Instrument.GAD7


# ------------------------------------------------------------------ measures
def test_measures_round_trip(shared_practice: Practice, fresh_client: Client) -> None:
    p, cid = shared_practice, fresh_client.id or 0
    phq = p.add_measure(MeasureResult(cid, PHQ, D(2024, 1, 5), (3, 3, 2, 2, 1, 1, 0, 0, 1),
                                      note="first"))
    gad = p.add_measure(MeasureResult(cid, GAD, D(2024, 1, 4), (0, 1, 2, 3, 0, 1, 2)))
    assert phq.total == 13 and gad.total == 9
    assert p.measures.for_client(cid) == [gad, phq]
    assert p.measures.for_client(cid, PHQ) == [phq]
    assert p.vault.query_one("SELECT total FROM measures WHERE id = ?", (phq.id,))[0] == 13
    p.delete_measure(gad)
    assert p.measures.for_client(cid, GAD) == []


@pytest.mark.parametrize(
    ("instrument", "items", "words"),
    [
        (PHQ, (0,) * 8, "has 9 answers, got 8"),
        (PHQ, (0,) * 10, "has 9 answers, got 10"),
        (GAD, (0,) * 9, "has 7 answers, got 9"),
        (PHQ, (0, 0, 0, 0, 4, 0, 0, 0, 0), "answer 5 must be"),
        (PHQ, (-1, 0, 0, 0, 0, 0, 0, 0, 0), "answer 1 must be"),
        (GAD, (0, 0, 0, 0, 0, 0, True), "answer 7 must be"),
        (GAD, (0, 0, 1.5, 0, 0, 0, 0), "answer 3 must be"),
    ],
)
def test_measure_item_validation(shared_practice: Practice, fresh_client: Client,
                                 instrument: Instrument, items: tuple[int, ...],
                                 words: str) -> None:
    cid = fresh_client.id or 0
    with pytest.raises(ValidationError, match=words) as info:
        shared_practice.add_measure(MeasureResult(cid, instrument, D(2024, 1, 5), items))
    assert info.value.field == "items"
    assert shared_practice.measures.for_client(cid) == []


def test_custom_scores(shared_practice: Practice, fresh_client: Client) -> None:
    p, cid = shared_practice, fresh_client.id or 0
    b = p.add_custom_score(CustomScore(cid, "Sleep hours", D(2024, 1, 6), 6.5))
    a = p.add_custom_score(CustomScore(cid, "CORE-10", D(2024, 1, 5), 14))
    assert p.measures.custom_for_client(cid) == [a, b]
    p.delete_custom_score(a)
    assert p.measures.custom_for_client(cid) == [b]


@pytest.mark.parametrize(
    ("name", "value", "field", "words"),
    [
        ("  ", 1.0, "name", "cannot be empty"),
        ("x" * 81, 1.0, "name", "at most 80"),
        ("two\nlines", 1.0, "name", "one line"),
        ("ok", float("nan"), "value", "must be a number"),
        ("ok", float("inf"), "value", "must be a number"),
        ("ok", float("-inf"), "value", "must be a number"),
    ],
)
def test_custom_score_validation(shared_practice: Practice, fresh_client: Client, name: str,
                                 value: float, field: str, words: str) -> None:
    cid = fresh_client.id or 0
    with pytest.raises(ValidationError, match=words) as info:
        shared_practice.add_custom_score(CustomScore(cid, name, D(2024, 1, 5), value))
    assert info.value.field == field
    assert shared_practice.measures.custom_for_client(cid) == []


# ------------------------------------------------------------------ settings
def test_settings_defaults_and_round_trip(practice: Practice) -> None:
    assert practice.settings.load() == PracticeSettings(therapist_name="Sam Rivers",
                                                         practice_name="Oak")
    new = PracticeSettings(therapist_name="Dr Ana Lima", practice_name="Lima Therapy — Café",
                           credentials="MBACP (Accred)", contact="07700 900123",
                           auto_lock_minutes=25, paper_size="letter")
    practice.save_settings(new)
    assert practice.settings.load() == new
    practice.save_settings(replace(new, auto_lock_minutes=1))
    assert practice.settings.load().auto_lock_minutes == 1


def test_settings_of_a_new_vault_are_defaults(vault_path: Path) -> None:
    p = create_practice(vault_path, PASSPHRASE)
    try:
        assert p.settings.load() == PracticeSettings()
    finally:
        p.vault.close()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"auto_lock_minutes": 0}, "auto_lock_minutes"),
        ({"auto_lock_minutes": 241}, "auto_lock_minutes"),
        ({"paper_size": "a5"}, "paper_size"),
        ({"therapist_name": "two\nlines"}, "therapist_name"),
        ({"practice_name": "p" * 201}, "practice_name"),
        ({"contact": "a\rb"}, "contact"),
        ({"credentials": "c" * 201}, "credentials"),
    ],
)
def test_settings_validation(practice: Practice, changes: dict[str, object], field: str) -> None:
    before = practice.settings.load()
    with pytest.raises(ValidationError) as info:
        practice.save_settings(replace(before, **changes))  # type: ignore[arg-type]
    assert info.value.field == field
    assert practice.settings.load() == before


# -------------------------------------------------------------------- drafts
def test_drafts_put_get_discard(practice: Practice) -> None:
    assert practice.drafts.get("session:new") is None
    at = dt.datetime(2024, 1, 5, 10, 0, 0)
    d = practice.put_draft("session:new", "half a thought", at)
    assert practice.drafts.get("session:new") == d
    later = practice.put_draft("session:new", "a whole thought ✓", at + dt.timedelta(minutes=1))
    other = practice.put_draft("session:7", "other", at - dt.timedelta(minutes=5))
    assert practice.drafts.get("session:new") == later
    assert practice.drafts.all() == [other, later]
    practice.discard_draft("session:new")
    practice.discard_draft("session:new")  # twice is fine
    assert practice.drafts.get("session:new") is None
    assert practice.drafts.all() == [other]


def test_draft_without_time_gets_now(practice: Practice) -> None:
    d = practice.put_draft("k", "body")
    assert abs((dt.datetime.now() - d.updated_at).total_seconds()) < 60
    assert practice.drafts.get("k") == d


# ------------------------------------------------------------------- reviews
def test_reviews(shared_practice: Practice, fresh_client: Client) -> None:
    p, cid = shared_practice, fresh_client.id or 0
    r2 = p.add_review(Review(cid, D(2024, 6, 1), D(2024, 3, 1), D(2024, 6, 1)))
    r1 = p.add_review(Review(cid, D(2024, 3, 1), D(2024, 1, 1), D(2024, 3, 1),
                             options={"pseudonymise": True, "sections": ["goals", "measures"]},
                             narrative="Good progress", next_steps="Keep the diary"))
    assert p.reviews.for_client(cid) == [r1, r2]
    after = replace(r1, client_reflection="I feel lighter", options={"pseudonymise": False})
    p.update_review(after)
    assert p.reviews.for_client(cid)[0] == after
    with pytest.raises(NotFound):
        p.update_review(replace(r1, id=999_999))


def test_review_period_rule(shared_practice: Practice, fresh_client: Client) -> None:
    cid = fresh_client.id or 0
    with pytest.raises(ValidationError, match="ends before it starts") as info:
        shared_practice.add_review(Review(cid, D(2024, 3, 1), D(2024, 3, 2), D(2024, 3, 1)))
    assert info.value.field == "period_to"
    assert shared_practice.reviews.for_client(cid) == []
