"""Validation rules for every noun. Each check raises ValidationError with a
one-line message and the name of the field at fault."""

from __future__ import annotations

import datetime as dt
import re

from practice_notes.domain.enums import RatingScheme
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.measures import validate_items
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
from practice_notes.domain.notes import normalise_fields
from practice_notes.i18n import translate

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")
MAX_NAME = 200
MAX_OTHER_NAMES = 50
MAX_RETENTION_YEARS = 100
MAX_TEXT = 2_000_000  # a very long note still fits; beyond this is a paste accident


# Terminal controls (ESC, BEL, OSC's C1 form…): never in a one-line field, where
# a name printed by the command line could otherwise drive the terminal.
_CONTROL_RE = re.compile("[\x01-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _no_nul(value: str, what: str, field: str) -> None:
    if "\x00" in value:
        raise ValidationError(
            translate("Rules", "{what} contains an invalid (NUL) character").format(
                what=what), field=field)
    if _SURROGATE_RE.search(value):
        raise ValidationError(
            translate("Rules", "{what} is not valid Unicode text (a lone surrogate)").format(
                what=what), field=field)


def _required(value: str, what: str, field: str) -> None:
    _no_nul(value, what, field)
    if not value.strip():
        raise ValidationError(translate("Rules", "{what} cannot be empty").format(
            what=what), field=field)


def _short(value: str, what: str, field: str, limit: int = MAX_NAME) -> None:
    _no_nul(value, what, field)
    if len(value) > limit:
        raise ValidationError(
            translate("Rules", "{what} is too long (at most {limit} characters)").format(
                what=what, limit=limit), field=field)
    if "\n" in value or "\r" in value:
        raise ValidationError(translate("Rules", "{what} must be on one line").format(
            what=what), field=field)
    if m := _CONTROL_RE.search(value):
        raise ValidationError(
            translate("Rules", "{what} contains a control character (U+{code})").format(
                what=what, code=f"{ord(m.group()):04X}"), field=field)


def _text(value: str, what: str, field: str) -> None:
    _no_nul(value, what, field)
    if len(value) > MAX_TEXT:
        raise ValidationError(translate("Rules", "{what} is too long (at most {MAX_TEXT:,} "
                                                 "characters)").format(
                                                     what=what, MAX_TEXT=MAX_TEXT), field=field)


def _score(value: int, what: str, field: str, low: int = 0, high: int = 10) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(translate("Rules", "{what} must be a whole number from {low} to "
                                                 "{high}").format(
                                                     what=what, low=low, high=high), field=field)


def check_client(c: Client) -> None:
    if not CODE_RE.match(c.code):
        raise ValidationError(
            translate("Rules", "Client code must be 2–16 capital letters, digits or hyphens (e.g. "
                               "AB-07)"),
            field="code",
        )
    _required(c.display_name, "Name", "display_name")
    _short(c.display_name, "Name", "display_name")
    _short(c.preferred_name, "Preferred name", "preferred_name")
    _short(c.pronouns, "Pronouns", "pronouns", 40)
    if len(c.other_names) > MAX_OTHER_NAMES:
        raise ValidationError(f"At most {MAX_OTHER_NAMES} other names", field="other_names")
    for other in c.other_names:
        _short(other, "Each other name", "other_names")
    _text(c.considerations, "Considerations", "considerations")
    if c.born_on is not None and not dt.date(1900, 1, 1) <= c.born_on <= dt.date.today():
        raise ValidationError(
            translate("Rules", "Date of birth must be a past date after 1900"), field="born_on")
    if c.discharged_on is not None and c.born_on is not None and c.discharged_on < c.born_on:
        raise ValidationError(
            translate("Rules", "The discharge date cannot be before the date of birth"),
            field="discharged_on")


def check_session(s: Session) -> None:
    if not 1 <= s.duration_minutes <= 600:
        raise ValidationError(
            translate("Rules", "Duration must be between 1 and 600 minutes"),
            field="duration_minutes"
        )
    normalise_fields(s.note_format, s.note_fields)
    for key, body in s.note_fields.items():
        _text(body, f"Note field {key!r}", "note_fields")
    _text(s.process_notes, "Private process notes", "process_notes")
    _text(s.homework_reviewed, "Homework reviewed", "homework_reviewed")


def check_goal(g: Goal) -> None:
    _required(g.client_words, "The goal in the client's words", "client_words")
    _text(g.client_words, "The goal", "client_words")
    _text(g.why_it_matters, "Why it matters", "why_it_matters")
    if g.agreed_on and g.target_on and g.target_on < g.agreed_on:
        raise ValidationError(
            translate("Rules", "Target date cannot be before the date agreed"), field="target_on")
    if g.scheme is RatingScheme.GAS:
        if len(g.gas_levels) != 5 or not all(level.strip() for level in g.gas_levels):
            raise ValidationError(
                translate("Rules", "A GAS goal needs a description for each level from −2 to "
                                       "+2"), field="gas_levels"
            )
    elif g.gas_levels and any(level.strip() for level in g.gas_levels):
        raise ValidationError(
            translate("Rules", "Level descriptions belong to GAS goals only"), field="gas_levels")
    if not 0 < g.weight <= 100:
        raise ValidationError(
            translate("Rules", "Goal weight must be above 0 and at most 100"), field="weight")


def check_rating(goal: Goal, r: GoalRating) -> None:
    low, high = goal.scheme.bounds
    _score(r.value, "Rating", "value", low, high)
    _text(r.note, "Rating note", "note")


def check_strategy(s: Strategy) -> None:
    _required(s.description, "Strategy", "description")
    _text(s.description, "Strategy", "description")
    _text(s.outcome_note, "Outcome note", "outcome_note")


def check_milestone(m: Milestone) -> None:
    _short(m.custom_label, "Milestone name", "custom_label")
    _text(m.note, "Milestone note", "note")


def check_agreement(a: AgreementVersion) -> None:
    _required(a.wording, "The agreed wording", "wording")
    _text(a.wording, "The agreed wording", "wording")
    if a.review_on and a.review_on < a.agreed_on:
        raise ValidationError(
            translate("Rules", "Review date cannot be before the date agreed"), field="review_on")
    if a.acknowledged_on and a.acknowledged_on < a.agreed_on:
        raise ValidationError(
            translate("Rules", "Acknowledgement cannot be before the date agreed"),
            field="acknowledged_on"
        )
    if a.ended_on and a.ended_on < a.agreed_on:
        raise ValidationError(
            translate("Rules", "End date cannot be before the date agreed"), field="ended_on")


def check_checkin(c: CheckIn) -> None:
    for name in ("bond", "goals", "tasks", "overall"):
        _score(getattr(c, name), name.capitalize(), name)
    _text(c.comment, "Comment", "comment")


def check_measure(m: MeasureResult) -> None:
    validate_items(m.instrument, m.items)
    _text(m.note, "Note", "note")


def check_custom_score(s: CustomScore) -> None:
    _required(s.name, "Score name", "name")
    _short(s.name, "Score name", "name", 80)
    if s.value != s.value or s.value in (float("inf"), float("-inf")):
        raise ValidationError(translate("Rules", "Score must be a number"), field="value")


def check_review(r: Review) -> None:
    if r.period_to < r.period_from:
        raise ValidationError(
            translate("Rules", "The period ends before it starts"), field="period_to")
    for name in ("narrative", "next_steps", "client_reflection"):
        _text(getattr(r, name), name.replace("_", " ").capitalize(), name)


def check_settings(s: PracticeSettings) -> None:
    _short(s.therapist_name, "Therapist name", "therapist_name")
    _short(s.practice_name, "Practice name", "practice_name")
    _short(s.credentials, "Credentials", "credentials")
    _short(s.contact, "Contact", "contact")
    if not 1 <= s.auto_lock_minutes <= 240:
        raise ValidationError(
            "Auto-lock must be between 1 and 240 minutes", field="auto_lock_minutes"
        )
    if not 1 <= s.retention_years_after_discharge <= MAX_RETENTION_YEARS:
        raise ValidationError(
            translate("Rules", "Years to keep records after discharge must be between 1 and "
                               "{high}").format(high=MAX_RETENTION_YEARS),
            field="retention_years_after_discharge")
    if not 0 <= s.retention_years_after_majority <= MAX_RETENTION_YEARS:
        raise ValidationError(
            translate("Rules", "Years to keep records after the client turns 18 must be between"
                               " 0 (off) and {high}").format(high=MAX_RETENTION_YEARS),
            field="retention_years_after_majority")
    if s.paper_size not in ("a4", "letter"):
        raise ValidationError(
            translate("Rules", "Paper size must be A4 or Letter"), field="paper_size")
    if not 1 <= s.review_interval_months <= 60:
        raise ValidationError(
            translate("Rules", "Agreements are reviewed every 1 to 60 months"),
            field="review_interval_months")
