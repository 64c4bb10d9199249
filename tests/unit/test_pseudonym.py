"""Pseudonymising without leaking or garbling: accents, case, possessive and
inflected endings, short parts, nicknames and earlier names; names that are
also everyday words replaced only where capitalised and listed for a look."""

from __future__ import annotations

import pytest

from practice_notes.reports.pseudonym import Redactor

CODE = "ZA-01"


@pytest.mark.parametrize(("names", "text", "expected"), [
    # accent- and case-insensitive
    (("Zoë Ångström",), "zoe said Angstrom twice; ZOË too",
     f"{CODE} said {CODE} twice; {CODE} too"),
    (("Wiśniewski",), "Mr Wisniewski came", f"Mr {CODE} came"),
    (("Łukasz",), "Lukasz and łukasz", f"{CODE} and {CODE}"),
    # possessive and inflected endings
    (("Zoë",), "Zoë's plan and Zoës list and Zoe’s mug",
     f"{CODE}'s plan and {CODE} list and {CODE}’s mug"),
    (("Mateusz",), "Rozmowa z Mateuszem, u Mateusza, Mateuszowi",
     f"Rozmowa z {CODE}, u {CODE}, {CODE}"),
    (("Дарья",), "Письмо для Дарьи и Дарье, с Дарьей", f"Письмо для {CODE} и {CODE}, с {CODE}"),
    (("James",), "James' bike", f"{CODE}' bike"),
    # short name parts, nicknames and earlier names from the therapist's list
    (("Li Na", "Nana", "Smithers"), "Li met Nana; née Smithers", f"{CODE} met {CODE}; née {CODE}"),
    # ordinary words are left alone
    (("Sam Ng",), "the same as Samuel? Sam said sample", f"the same as Samuel? {CODE} said sample"),
])
def test_names_are_replaced_in_every_form(names: tuple[str, ...], text: str,
                                          expected: str) -> None:
    redact = Redactor(names, CODE)
    assert redact(text) == expected


def test_names_that_are_everyday_words_only_where_capitalised() -> None:
    """A client named "Hope Will": "I hope I will feel like myself again" stays."""
    redact = Redactor(("Hope Will",), CODE)
    sentence = "I hope I will feel like myself again, and I will."
    assert redact(sentence) == sentence
    assert redact("Hope Will came; Hope was glad. Will's idea.") == (
        f"{CODE} came; {CODE} was glad. {CODE}'s idea.")
    looks = redact.review.common_words
    assert [p.found for p in looks] == ["Hope Will", "Hope", "Will's"]
    assert all(p.common_word for p in looks)


def test_review_lists_every_replacement_and_remaining_name_like_words() -> None:
    redact = Redactor(("Anna Kowalska",), CODE)
    out = redact("We met Anna and her sister Marta in Kraków. Later Anny was calm.")
    assert "Anna" not in out and "Anny" not in out
    assert [p.found for p in redact.review.replaced] == ["Anna", "Anny"]
    assert all(p.found in p.context for p in redact.review.replaced)
    assert [p.found for p in redact.review.remaining] == ["Marta", "Kraków"]
    # a sentence start is not evidence of a name; the code itself is not listed
    assert "Later" not in [p.found for p in redact.review.remaining]
    # each remaining word is listed once, however often it appears
    redact("Marta came back with Marta's notes.")
    assert [p.found for p in redact.review.remaining] == ["Marta", "Kraków"]


def test_no_names_no_change_and_nothing_recorded() -> None:
    redact = Redactor((), CODE)
    assert redact("Anna went home") == "Anna went home"
    assert redact.review.replaced == [] and redact.review.remaining == []


def test_a_field_at_the_maximum_length_is_pseudonymised_in_linear_time() -> None:
    import time

    from practice_notes.domain.rules import MAX_TEXT

    redact = Redactor(("Zoë Ångström", "Bea Hope"), CODE)
    sentence = "We met Zoë and talked about hope. Later Ångström said Marta helped. "
    text = sentence * (MAX_TEXT // len(sentence))
    started = time.monotonic()
    out = redact(text)
    elapsed = time.monotonic() - started
    assert elapsed < 30, f"{elapsed:.1f} s"
    assert "Zoë" not in out and "Ångström" not in out and "about hope" in out
    assert len(redact.review.replaced) == 2 * (MAX_TEXT // len(sentence))
