"""Passphrase strength by zxcvbn: the weakest refused with a reason, keyboard
rows and common passwords never rated strong, whatever their length."""

from __future__ import annotations

import pytest

from practice_notes.services.passphrase import (
    MAX_EXAMINED,
    Strength,
    passphrase_problem,
    rate_passphrase,
)
from practice_notes.services.unlock import passphrase_problem as unlock_problem


@pytest.mark.parametrize("weak", [
    "1234567890", "password1234", "aaaaaaaaaaaa", "qwertyuiop", "practicenotes1",
    "abcdefghijkl", "iloveyou123",
])
def test_the_weakest_are_refused_with_a_reason(weak: str) -> None:
    rating = rate_passphrase(weak)
    assert rating.strength is Strength.REFUSED and not rating.accepted
    assert rating.score < 2
    assert "too easy to guess" in (rating.problem or "")
    assert unlock_problem(weak) == passphrase_problem(weak) == rating.problem


def test_short_is_refused_for_its_length() -> None:
    rating = rate_passphrase("x7#Lq!")
    assert rating.strength is Strength.REFUSED
    assert rating.problem is not None and "at least 10 characters" in rating.problem


def test_a_keyboard_row_is_not_strong() -> None:
    rating = rate_passphrase("qwertyuiopasdfghjklz")
    assert rating.strength is not Strength.STRONG


@pytest.mark.parametrize("good", [
    "correct horse battery staple", "blue kettle morning walk", "Tr0ub4dor&3-xkcd",
])
def test_uncommon_words_are_strong(good: str) -> None:
    rating = rate_passphrase(good)
    assert rating.accepted and rating.strength is Strength.STRONG and rating.score == 4


def test_a_very_long_passphrase_is_rated_not_refused() -> None:
    # zxcvbn itself refuses more than 72 characters: the first ones are rated
    long = "seven quiet herons fold maps under amber lamps " * 4
    assert len(long) > MAX_EXAMINED
    assert rate_passphrase(long).strength is Strength.STRONG
