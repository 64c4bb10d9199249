"""Search hits say which field matched (a session's note or its private process
notes, a goal's words or why it matters …) and carry the record's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from practice_notes.domain.models import (
    AgreementVersion,
    Client,
    Goal,
    Review,
    Session,
)
from practice_notes.services.practice import Practice
from practice_notes.vault.repos.search import MARK_END, MARK_START, matched_field

D = dt.date


def only(practice: Practice, text: str) -> tuple[str, str, str, bool, dt.date | None]:
    [hit] = practice.search(text)
    return hit.kind, hit.field, hit.label, hit.private, hit.date


def test_each_field_is_named(practice: Practice, client: Client, goal: Goal,
                             make_session: Callable[..., Session]) -> None:
    cid = client.id or 0
    s = make_session(note_fields={"subjective": "alphasoap said", "plan": "betaplan next"},
                     process_notes="my gammaprocess hunch", homework_reviewed="deltahomework")
    day = s.starts_at.date()
    assert only(practice, "alphasoap") == ("session", "note_fields", "Session note", False, day)
    assert only(practice, "betaplan") == ("session", "note_fields", "Session note", False, day)
    assert only(practice, "gammaprocess") == (
        "session", "process_notes", "Private process notes", True, day)
    assert only(practice, "deltahomework")[1:3] == ("homework_reviewed",
                                                    "Session: homework reviewed")
    g = practice.add_goal(Goal(cid, "zetawords", why_it_matters="etawhy", agreed_on=D(2024, 2, 1)))
    assert only(practice, "zetawords") == ("goal", "client_words", "Goal", False, D(2024, 2, 1))
    assert only(practice, "etawhy")[1:3] == ("why_it_matters", "Goal: why it matters")
    topic = practice.agreement_topics.all()[0]
    a = practice.add_agreement(AgreementVersion(cid, topic.id or 0, "kappawording",
                                                D(2024, 1, 1)))
    assert only(practice, "kappawording") == ("agreement", "wording", "Agreement wording", False,
                                              D(2024, 1, 1))
    assert a.id and g.id
    practice.add_review(Review(cid, D(2024, 2, 1), D(2024, 1, 1), D(2024, 2, 1),
                               narrative="rhonarrative", next_steps="sigmanext",
                               client_reflection="taureflection"))
    assert only(practice, "taureflection")[1:3] == ("client_reflection",
                                                    "Review: client's reflection")
    practice.update_client(replace(client, considerations="piconsideration"))
    assert only(practice, "piconsideration")[1:4] == ("considerations", "Client considerations",
                                                      False)


def test_the_same_word_in_note_and_process_notes(
        practice: Practice, make_session: Callable[..., Session]) -> None:
    # the snippet shows the first match; the label names the field it is in
    make_session(note_fields={"subjective": "Talked about work."},
                 process_notes="Sensed anger about the mother; transference?")
    make_session(1, note_fields={"subjective": "The mother visited; a calm week."},
                 process_notes="mother again")
    hits = practice.search("mother")
    assert [(h.field, h.private) for h in hits] == [("note_fields", False),
                                                     ("process_notes", True)]


def test_matched_field_places_the_snippet() -> None:
    parts = ["First part with words", "Second part: the match here", "third"]
    snippet = f"…part: the {MARK_START}match{MARK_END} here…"
    assert matched_field(snippet, parts) == 1
    assert matched_field(f"{MARK_START}First{MARK_END} part", parts) == 0
    assert matched_field(f"…{MARK_START}third{MARK_END}", parts) == 2
    # a snippet that spans two parts: the part of its first highlighted word
    across = f"…words\nSecond part: the {MARK_START}match{MARK_END}…"
    assert matched_field(across, parts) == 1
    # a word that cannot be placed falls back to the first part holding it
    assert matched_field(f"{MARK_START}THIRD{MARK_END} elsewhere", parts) == 2


def test_a_snippet_never_runs_from_the_note_into_the_process_notes(
        practice: Practice, make_session: Callable[..., Session]) -> None:
    make_session(note_fields={"subjective": "We planned the week around the mother."},
                 process_notes="Secretword countertransference strong today.")
    [hit] = practice.search("mother")
    assert hit.field == "note_fields" and not hit.private
    assert "Secretword" not in hit.snippet and "countertransference" not in hit.snippet
    assert hit.snippet.endswith(f"{MARK_START}mother{MARK_END}.…")
    [hit] = practice.search("secretword")
    assert hit.field == "process_notes" and hit.private
    assert "planned" not in hit.snippet and "mother" not in hit.snippet
    assert hit.snippet.startswith(f"…{MARK_START}Secretword{MARK_END}")


def test_place_snippet_cuts_at_the_field() -> None:
    from practice_notes.vault.repos.search import place_snippet

    parts = ["note text ends here", "private words follow"]
    snippet = f"…text ends {MARK_START}here{MARK_END}\nprivate words…"
    assert place_snippet(snippet, parts) == (0, f"…text ends {MARK_START}here{MARK_END}…")
    snippet = f"…ends here\nprivate {MARK_START}words{MARK_END} follow"
    assert place_snippet(snippet, parts) == (1, f"…private {MARK_START}words{MARK_END} follow")
