"""How hard a new passphrase is to guess, by zxcvbn (Dropbox's estimator, the
maintained Python port): common passwords, keyboard rows, repeats, dates and
dictionary words count for little, whatever their length. The weakest are
refused; the window and the CLI say why, in one line."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from practice_notes.i18n import translate

MIN_PASSPHRASE = 10
#: zxcvbn's own cap on what it examines (its time grows with length); a longer
#: passphrase is rated on its first characters, which it can only strengthen.
MAX_EXAMINED = 72
#: Words that say nothing secret here: the app's name and what it holds.
APP_WORDS = ("practice", "notes", "practicenotes", "therapy", "therapist", "vault",
             "client", "clients", "session", "sessions")


class Strength(enum.IntEnum):
    REFUSED = 0  # too short or too easy to guess: not accepted
    FAIR = 1     # accepted; longer would be better
    STRONG = 2


@dataclass(frozen=True)
class PassphraseRating:
    strength: Strength
    score: int  # zxcvbn's 0–4 (0 when refused for length)
    problem: str | None  # why it is refused, or None

    @property
    def accepted(self) -> bool:
        return self.problem is None


def rate_passphrase(passphrase: str) -> PassphraseRating:
    """Refused below ``MIN_PASSPHRASE`` characters or below zxcvbn score 2
    (about 10⁸ guesses: the top passwords, "password1234", "1234567890");
    strong at score 4 (about 10¹⁰ guesses and more); fair between."""
    if len(passphrase) < MIN_PASSPHRASE:
        return PassphraseRating(Strength.REFUSED, 0, translate(
            "Passphrase", "Use at least {count} characters (a few words is easiest to "
                          "remember).").format(count=MIN_PASSPHRASE))
    # imported here: loading its word lists takes ~0.1 s, kept off the launch path
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:MAX_EXAMINED], user_inputs=list(APP_WORDS),
                    max_length=MAX_EXAMINED)
    score = int(result["score"])
    if score < 2:
        return PassphraseRating(Strength.REFUSED, score, translate(
            "Passphrase", "It is too easy to guess (a common password, a keyboard pattern, a "
                          "repeat or a date). Add another word or two; uncommon words are "
                          "better."))
    return PassphraseRating(Strength.STRONG if score >= 4 else Strength.FAIR, score, None)


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, or None."""
    return rate_passphrase(passphrase).problem
