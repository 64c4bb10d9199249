"""Domain validation rules, without a vault: boundaries, messages and field names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from practice_notes.domain import rules
from practice_notes.domain.enums import Instrument, NoteFormat, RatingScheme
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    PracticeSettings,
    Review,
    Session,
    Strategy,
)
from practice_notes.domain.notes import NOTE_TEMPLATES, normalise_fields, note_text, template

D = dt.date
T = dt.datetime(2024, 1, 1, 9)
LEVELS = ("a", "b", "c", "d", "e")

VALID: list[tuple[Callable[..., None], object]] = [
    (rules.check_client, Client("AB", "A")),
    (rules.check_client, Client("A" * 16, "A" * 200, pronouns="p" * 40)),
    (rules.check_client, Client("0-9", "Ann", considerations="x\n" * 10)),
    (rules.check_session, Session(1, T, duration_minutes=1)),
    (rules.check_session, Session(1, T, duration_minutes=600, note_fields={"plan": "x"})),
    (rules.check_session, Session(1, T, process_notes="x" * rules.MAX_TEXT)),
    (rules.check_goal, Goal(1, "g", agreed_on=D(2024, 1, 1), target_on=D(2024, 1, 1))),
    (rules.check_goal, Goal(1, "g", scheme=RatingScheme.GAS, gas_levels=LEVELS, weight=100)),
    (rules.check_goal, Goal(1, "g", gas_levels=("", "", "", "", ""))),  # blank levels ignored
    (rules.check_strategy, Strategy(1, "s")),
    (rules.check_milestone, Milestone(1, 1, D(2024, 1, 1), custom_label="x" * 200)),
    (rules.check_agreement, AgreementVersion(1, 1, "w", D(2024, 1, 1), D(2024, 1, 1),
                                             D(2024, 1, 1), ended_on=D(2024, 1, 1))),
    (rules.check_checkin, CheckIn(1, D(2024, 1, 1), 0, 10, 0, 10)),
    (rules.check_measure, MeasureResult(1, Instrument.PHQ9, D(2024, 1, 1), (3,) * 9)),
    (rules.check_measure, MeasureResult(1, Instrument.GAD7, D(2024, 1, 1), (0,) * 7)),
    (rules.check_custom_score, CustomScore(1, "x" * 80, D(2024, 1, 1), -1e9)),
    (rules.check_review, Review(1, D(2024, 1, 1), D(2024, 1, 1), D(2024, 1, 1))),
    (rules.check_settings, PracticeSettings(auto_lock_minutes=1, paper_size="letter")),
    (rules.check_settings, PracticeSettings(auto_lock_minutes=240, paper_size="a4")),
]


@pytest.mark.parametrize(("check", "value"), VALID)
def test_valid_values_pass(check: Callable[..., None], value: object) -> None:
    check(value)


INVALID: list[tuple[str, Callable[[], None], str]] = [
    ("code", lambda: rules.check_client(Client("A" * 17, "A")), "code"),
    ("code-lower", lambda: rules.check_client(Client("ab", "A")), "code"),
    ("code-empty", lambda: rules.check_client(Client("", "A")), "code"),
    ("name-long", lambda: rules.check_client(Client("AB", "A" * 201)), "display_name"),
    ("considerations", lambda: rules.check_client(
        Client("AB", "A", considerations="x" * (rules.MAX_TEXT + 1))), "considerations"),
    ("note-too-long", lambda: rules.check_session(
        Session(1, T, note_fields={"plan": "x" * (rules.MAX_TEXT + 1)})), "note_fields"),
    ("homework-too-long", lambda: rules.check_session(
        Session(1, T, homework_reviewed="x" * (rules.MAX_TEXT + 1))), "homework_reviewed"),
    ("gas-6-levels", lambda: rules.check_goal(
        Goal(1, "g", scheme=RatingScheme.GAS, gas_levels=(*LEVELS, "f"))), "gas_levels"),
    ("rating-gas", lambda: rules.check_rating(
        Goal(1, "g", scheme=RatingScheme.GAS, gas_levels=LEVELS), GoalRating(1, D(2024, 1, 1), 3)
    ), "value"),
    ("rating-float", lambda: rules.check_rating(Goal(1, "g"), GoalRating(1, D(2024, 1, 1),
                                                                         2.5)),  # type: ignore[arg-type]
     "value"),
    ("strategy-note", lambda: rules.check_strategy(
        Strategy(1, "s", outcome_note="x" * (rules.MAX_TEXT + 1))), "outcome_note"),
    ("milestone-label", lambda: rules.check_milestone(
        Milestone(1, 1, D(2024, 1, 1), custom_label="x" * 201)), "custom_label"),
    ("agreement-ended", lambda: rules.check_agreement(
        AgreementVersion(1, 1, "w", D(2024, 1, 2), ended_on=D(2024, 1, 1))), "ended_on"),
    ("checkin-float", lambda: rules.check_checkin(
        CheckIn(1, D(2024, 1, 1), 5, 5, 5.0, 5)), "tasks"),  # type: ignore[arg-type]
    ("measure-note", lambda: rules.check_measure(MeasureResult(
        1, Instrument.GAD7, D(2024, 1, 1), (0,) * 7, note="x" * (rules.MAX_TEXT + 1))), "note"),
    ("review-text", lambda: rules.check_review(Review(
        1, D(2024, 1, 1), D(2024, 1, 1), D(2024, 1, 1), next_steps="x" * (rules.MAX_TEXT + 1))),
     "next_steps"),
    ("settings-lock", lambda: rules.check_settings(PracticeSettings(auto_lock_minutes=-5)),
     "auto_lock_minutes"),
    ("settings-paper", lambda: rules.check_settings(PracticeSettings(paper_size="A4")),
     "paper_size"),
]


@pytest.mark.parametrize(("name", "call", "field"), INVALID, ids=[c[0] for c in INVALID])
def test_invalid_values_name_their_field(name: str, call: Callable[[], None], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.field == field
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 120
    assert message[0].isupper()


def test_validation_error_is_a_value_error() -> None:
    err = ValidationError("Bad thing", field="x")
    assert isinstance(err, ValueError) and err.field == "x" and str(err) == "Bad thing"
    assert ValidationError("no field").field is None


def test_note_templates() -> None:
    assert [f.key for f in template(NoteFormat.SOAP)] == [
        "subjective", "objective", "assessment", "plan"]
    assert [f.key for f in template(NoteFormat.DAP)] == ["data", "assessment", "plan"]
    assert [f.key for f in template(NoteFormat.BIRP)] == [
        "behavior", "intervention", "response", "plan"]
    assert [f.key for f in template(NoteFormat.FREE)] == ["note"]
    assert set(NOTE_TEMPLATES) == set(NoteFormat)
    for fmt in NoteFormat:
        for f in template(fmt):
            assert f.label and f.hint


def test_normalise_and_note_text() -> None:
    fields = normalise_fields(NoteFormat.DAP, {"plan": "call", "data": "said hi"})
    assert list(fields.items()) == [("data", "said hi"), ("assessment", ""), ("plan", "call")]
    assert note_text(NoteFormat.DAP, fields) == "Data: said hi\n\nPlan: call"
    assert note_text(NoteFormat.FREE, {"note": "  just this  "}) == "just this"
    assert note_text(NoteFormat.SOAP, {}) == ""
    with pytest.raises(ValidationError, match="'zzz'") as info:
        normalise_fields(NoteFormat.SOAP, {"zzz": "x", "plan": "y"})
    assert info.value.field == "note_fields"


def test_enum_values_are_stable() -> None:
    """Stored in vaults and exports: renaming one would orphan old records."""
    from practice_notes.domain import enums

    assert [e.value for e in enums.Attendance] == ["attended", "cancelled", "late_cancel",
                                                   "no_show"]
    assert [e.value for e in enums.GoalStatus] == ["active", "achieved", "revised", "paused",
                                                   "discontinued"]
    assert [e.value for e in enums.RatingScheme] == ["scale_0_10", "gas"]
    assert RatingScheme.SCALE_0_10.bounds == (0, 10) and RatingScheme.GAS.bounds == (-2, 2)
    assert [e.value for e in enums.Instrument] == ["PHQ-9", "GAD-7"]
    for enum in (enums.ClientStatus, enums.Attendance, enums.Modality, enums.NoteFormat,
                 enums.GoalStatus, enums.RatingScheme, enums.Rater, enums.StrategyKind,
                 enums.OutcomeRating):
        labels = [m.label for m in enum]
        assert all(labels) and len(set(labels)) == len(labels)
